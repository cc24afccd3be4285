import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths as fnsAddMonths, addYears as fnsAddYears, addDays as fnsAddDays, format } from 'date-fns';
import {
  addDays,
  addMonths,
  addYears,
  firstDateOutsideMonthsAfter,
  formatLong,
  isIsoDate,
  isWithinMonthsBefore,
  subMonths,
  yearsHavePassed,
} from './dates';

/** A day between 1900 and 2100 as `YYYY-MM-DD`, built from date-fns so it always exists. */
const isoDay = fc.integer({ min: 0, max: 73000 }).map((n) => format(fnsAddDays(new Date(1900, 0, 1), n), 'yyyy-MM-dd'));

function viaDateFns(date: string, f: (d: Date) => Date): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return format(f(new Date(y, m - 1, d)), 'yyyy-MM-dd');
}

describe('isIsoDate', () => {
  it('accepts real days and refuses days that do not exist', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2023-04-31')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
    expect(isIsoDate(20230101)).toBe(false);
  });
});

describe('month and year arithmetic agrees with date-fns', () => {
  it('addMonths', () => {
    fc.assert(fc.property(isoDay, fc.integer({ min: -400, max: 400 }), (d, n) => addMonths(d, n) === viaDateFns(d, (x) => fnsAddMonths(x, n))));
  });
  it('addYears', () => {
    fc.assert(fc.property(isoDay, fc.integer({ min: -30, max: 30 }), (d, n) => addYears(d, n) === viaDateFns(d, (x) => fnsAddYears(x, n))));
  });
  it('addDays', () => {
    fc.assert(fc.property(isoDay, fc.integer({ min: -1000, max: 1000 }), (d, n) => addDays(d, n) === viaDateFns(d, (x) => fnsAddDays(x, n))));
  });
  it('puts the anniversary of 29 February on 28 February in a common year', () => {
    expect(addYears('2020-02-29', 5)).toBe('2025-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
    expect(subMonths('2024-02-29', 24)).toBe('2022-02-28');
  });
});

describe('yearsHavePassed: on and after the anniversary', () => {
  it.each([
    ['2018-03-10', '2025-03-09', false],
    ['2018-03-10', '2025-03-10', true],
    ['2018-03-10', '2025-03-11', true],
    ['2016-02-29', '2023-02-27', false],
    ['2016-02-29', '2023-02-28', true],
    ['2016-02-29', '2023-03-01', true],
  ])('7 years since %s on %s: %s', (since, on, expected) => {
    expect(yearsHavePassed(since, 7, on)).toBe(expected);
  });
});

describe('isWithinMonthsBefore: on or after the decision date less 24 months', () => {
  it.each([
    ['2023-05-31', '2025-06-01', false],
    ['2023-06-01', '2025-06-01', true],
    ['2023-06-02', '2025-06-01', true],
  ])('%s within 24 months before %s: %s', (event, on, expected) => {
    expect(isWithinMonthsBefore(event, 24, on)).toBe(expected);
  });
});

describe('firstDateOutsideMonthsAfter', () => {
  it('is the day after the 24-month anniversary in an ordinary case', () => {
    expect(firstDateOutsideMonthsAfter('2023-06-01', 24)).toBe('2025-06-02');
  });
  it('waits past 29 February when the event was on 28 February', () => {
    expect(firstDateOutsideMonthsAfter('2022-02-28', 24)).toBe('2024-03-01');
  });
  it('is exactly the first day on which the event falls outside the window', () => {
    fc.assert(
      fc.property(isoDay, (event) => {
        const first = firstDateOutsideMonthsAfter(event, 24);
        return !isWithinMonthsBefore(event, 24, first) && isWithinMonthsBefore(event, 24, addDays(first, -1));
      }),
    );
  });
});

describe('formatLong', () => {
  it('writes dates as GOV.UK letters do', () => {
    expect(formatLong('2017-07-13')).toBe('13 July 2017');
    expect(formatLong('2025-11-01')).toBe('1 November 2025');
  });
});

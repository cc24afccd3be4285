import { describe, expect, it } from 'vitest';
import { CALAIS_TRANSFER_WINDOW, inForce, SECTION_72_MINIMUM_MONTHS, SUITABILITY_NUMBERING, type DatedTable } from './parameters';

describe('dated tables', () => {
  it.each([
    ['2025-11-10', 'part-9'],
    ['2025-11-11', 'part-suitability'],
    ['2025-11-12', 'part-suitability'],
  ])('suitability numbering on %s: %s', (date, expected) => {
    expect(inForce(SUITABILITY_NUMBERING, date)).toBe(expected);
  });
  it.each([
    ['2022-06-27', 24],
    ['2022-06-28', 12],
    ['2022-06-29', 12],
  ])('section 72 minimum for a conviction on %s: %d months', (date, expected) => {
    expect(inForce(SECTION_72_MINIMUM_MONTHS, date)).toBe(expected);
  });
  it('holds the 352I window', () => {
    expect(inForce(CALAIS_TRANSFER_WINDOW, '2025-06-01')).toEqual({ first: '2016-10-17', last: '2017-07-13' });
  });
  it('every table is in date order', () => {
    for (const table of [SUITABILITY_NUMBERING, SECTION_72_MINIMUM_MONTHS, CALAIS_TRANSFER_WINDOW] as DatedTable<unknown>[]) {
      const froms = table.map((row) => row.from);
      expect(froms).toEqual([...froms].sort());
    }
  });
  it('refuses a date before the first row', () => {
    expect(() => inForce([{ from: '2020-01-01', value: 1, source: 'test' }], '2019-12-31')).toThrow();
  });
});

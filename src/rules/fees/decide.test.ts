import { describe, expect, it } from 'vitest';
import { decideFeeStatus } from './decide';
import { calaisFeeStatusCaseSchema, type CalaisFeeStatusCase } from './schema';

const decisionDate = '2026-11-23';

/** A first-year student, course from September 2025, with 352J leave granted in 2021: home fees. */
function student(overrides: Partial<CalaisFeeStatusCase> = {}): CalaisFeeStatusCase {
  return calaisFeeStatusCaseSchema.parse({
    format: 'calais-fee-status-case',
    version: 1,
    course: { startsOn: '2025-09-22', firstTermBeganOn: '2025-09-22' },
    academicYear: { startsOn: '2025-08-01', firstYearOfCourse: true },
    leave: { paragraph: '352J', grantedOn: '2021-06-01', expiresOn: '2026-05-31' },
    ordinarilyResidentInUkAndIslandsSinceGrant: true,
    ordinarilyResidentInUkOnFirstTermStart: true,
    ...overrides,
  });
}

/** A later year of the same course, assessed on the academic year's first day. */
function laterYear(yearStart: string, laterYearStatus: CalaisFeeStatusCase['laterYearStatus']): CalaisFeeStatusCase {
  return student({
    academicYear: { startsOn: yearStart, firstYearOfCourse: false },
    leave: { paragraph: '352J', grantedOn: '2021-06-01', expiresOn: '2023-05-31' },
    course: { startsOn: '2022-09-26', firstTermBeganOn: '2022-09-26' },
    qualifiedInEarlierYear: true,
    laterYearStatus,
  });
}

const statusOf = (d: { reasons: { code: string; status: string }[] }, code: string) => d.reasons.find((r) => r.code === code)?.status;

describe('scope of the category', () => {
  it.each([
    ['2023-07-31', 'out-of-scope'],
    ['2023-08-01', 'home-fees'],
    ['2023-08-02', 'home-fees'],
  ])('academic year starting %s: %s', (startsOn, outcome) => {
    const input = student({ academicYear: { startsOn, firstYearOfCourse: false }, course: { startsOn: '2021-09-20', firstTermBeganOn: '2021-09-20' } });
    expect(decideFeeStatus(input, { decisionDate }).outcome).toBe(outcome);
  });
  it.each([
    ['2020-07-31', 'out-of-scope'],
    ['2020-08-01', 'home-fees'],
    ['2020-08-02', 'home-fees'],
  ])('course starting %s: %s', (startsOn, outcome) => {
    const input = student({ academicYear: { startsOn: '2023-08-01', firstYearOfCourse: false }, course: { startsOn, firstTermBeganOn: startsOn } });
    expect(decideFeeStatus(input, { decisionDate }).outcome).toBe(outcome);
  });
});

describe('criterion (a) on the right day', () => {
  it('the first year is tested on the day the first term began, not the academic year’s first day', () => {
    const d = decideFeeStatus(student({ leave: { paragraph: '352J', grantedOn: '2025-09-01' } }), { decisionDate });
    expect(d).toMatchObject({ outcome: 'home-fees', relevantDate: '2025-09-22' });
  });
  it.each([
    ['2025-09-21', 'home-fees'],
    ['2025-09-22', 'home-fees'],
    ['2025-09-23', 'not-eligible'],
  ])('leave granted %s against a first term beginning 22 September 2025: %s', (grantedOn, outcome) => {
    expect(decideFeeStatus(student({ leave: { paragraph: '352J', grantedOn } }), { decisionDate }).outcome).toBe(outcome);
  });
  it.each([
    ['2025-09-21', 'not-eligible'],
    ['2025-09-22', 'home-fees'],
    ['2025-09-23', 'home-fees'],
  ])('leave expiring %s before a first term beginning 22 September 2025: %s', (expiresOn, outcome) => {
    expect(decideFeeStatus(student({ leave: { paragraph: '352J', grantedOn: '2020-09-01', expiresOn } }), { decisionDate }).outcome).toBe(outcome);
  });
  it('leave extended by section 3C counts while the application is undecided', () => {
    const d = decideFeeStatus(student({ leave: { paragraph: '352J', grantedOn: '2020-09-01', expiresOn: '2025-06-30', section3c: { appliedOn: '2025-06-20' } } }), { decisionDate });
    expect(d.outcome).toBe('home-fees');
    expect(d.reasons.find((r) => r.code === 'fee-a-calais-leave')?.citation).toBe('FEE: Expiry date for Calais leave');
  });
  it.each([
    ['2025-09-21', 'not-eligible'],
    ['2025-09-22', 'home-fees'],
    ['2025-09-23', 'home-fees'],
  ])('section 3C leave ending %s, against a first term beginning 22 September 2025: %s', (endedOn, outcome) => {
    const leave = { paragraph: '352J' as const, grantedOn: '2020-09-01', expiresOn: '2025-06-30', section3c: { appliedOn: '2025-06-20', endedOn } };
    expect(decideFeeStatus(student({ leave }), { decisionDate }).outcome).toBe(outcome);
  });
  it('an application made after the leave expired does not extend it', () => {
    const d = decideFeeStatus(student({ leave: { paragraph: '352J', grantedOn: '2020-09-01', expiresOn: '2025-06-30', section3c: { appliedOn: '2025-07-01' } } }), { decisionDate });
    expect(d.outcome).toBe('not-eligible');
  });
});

describe('later years: the relaxation by the academic year’s first day', () => {
  it.each([
    ['2024-07-31', 'any-leave', 'not-met'],
    ['2024-08-01', 'any-leave', 'met'],
    ['2024-08-02', 'british-or-irish', 'met'],
    ['2026-03-04', 'late-application-sui-13-1', 'not-met'],
    ['2026-03-05', 'late-application-sui-13-1', 'met'],
    ['2026-03-06', 'late-application-sui-13-1', 'met'],
    ['2026-09-01', 'none', 'not-met'],
  ] as const)('year starting %s with %s: %s', (yearStart, laterStatus, status) => {
    expect(statusOf(decideFeeStatus(laterYear(yearStart, laterStatus), { decisionDate }), 'fee-a-calais-leave')).toBe(status);
  });
});

describe('becoming eligible mid-course', () => {
  it('home fees from the next academic year after the grant', () => {
    const d = decideFeeStatus(student({ leave: { paragraph: '352T', grantedOn: '2026-01-15' } }), { decisionDate });
    expect(d).toMatchObject({ outcome: 'not-eligible', eligibleFrom: '2026-08-01', decisionCitation: 'FEE: Becoming eligible' });
  });
  it('no date is given when a residence criterion fails', () => {
    const d = decideFeeStatus(student({ leave: { paragraph: '352T', grantedOn: '2026-01-15' }, ordinarilyResidentInUkAndIslandsSinceGrant: false }), { decisionDate });
    expect(d.eligibleFrom).toBeUndefined();
  });
});

describe('FEE (a), later years: "qualified in an earlier year" unanswered is incomplete, never not eligible', () => {
  it.each([
    ['2024-07-31', undefined, 'incomplete', 'unknown'],
    ['2024-08-01', undefined, 'incomplete', 'unknown'],
    ['2024-07-31', false, 'not-eligible', 'not-met'],
    ['2024-08-01', false, 'not-eligible', 'not-met'],
    ['2024-07-31', true, 'not-eligible', 'not-met'],
    ['2024-08-01', true, 'home-fees', 'met'],
  ] as const)('academic year from %s, qualified in an earlier year: %s → %s', (yearStart, qualifiedInEarlierYear, outcome, status) => {
    const base = laterYear(yearStart, 'any-leave');
    const input = qualifiedInEarlierYear === undefined ? { ...base, qualifiedInEarlierYear: undefined } : { ...base, qualifiedInEarlierYear };
    const d = decideFeeStatus(input, { decisionDate });
    expect(d.outcome).toBe(outcome);
    const a = d.reasons.find((r) => r.code === 'fee-a-calais-leave');
    expect(a?.status).toBe(status);
    if (status === 'unknown') expect(a).toMatchObject({ citation: 'FEE (a), later years', missing: ['qualifiedInEarlierYear'] });
  });
});

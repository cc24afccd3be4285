import { describe, expect, it } from 'vitest';
import { migrateRelatedCase } from '../../related/migrate';
import { decideRestrictedLeave } from './decide';
import { restrictedLeaveCaseSchema, type RestrictedLeaveCase } from './schema';
import { section72MinimumMonths } from '../criminality/section72';
import { isParticularlySeriousCrime } from './scope';

/** A person excluded under Article 1F with an Article 3 barrier: granted 6 months. Tests change one part. */
function excluded(overrides: Partial<RestrictedLeaveCase> = {}): RestrictedLeaveCase {
  return restrictedLeaveCaseSchema.parse(
    migrateRelatedCase({
    format: 'restricted-leave-case',
    version: 1,
    request: 'initial',
    scope: { excludedArticle1F: true, excluded339D: true, excludedStatelessConvention: false, dangerToSecurity: false, convictions: [] },
    echrBarrier: true,
    echrArticles: ['Article 3'],
    duration: { removalLikelyWithin6Months: false, riskNeedsFrequentReview: false },
    conditions: { risk: 'higher', destitute: false },
    ...overrides,
    }),
  );
}

/** Only Article 33(2) for crime can bring this person in scope. */
function convicted(convictedOn: string, sentenceMonths: number, more: Partial<RestrictedLeaveCase['scope']> = {}): RestrictedLeaveCase {
  return excluded({
    scope: {
      excludedArticle1F: false,
      excluded339D: false,
      excludedStatelessConvention: false,
      dangerToSecurity: false,
      convictions: [{ convictedOn, sentenceMonths, convictedInUk: true }],
      dangerPresumptionRebutted: false,
      ...more,
    },
  });
}

const decide = (input: RestrictedLeaveCase) => decideRestrictedLeave(input, { decisionDate: '2026-11-23' });

describe('section 72(2): the threshold follows the conviction date', () => {
  it.each([
    ['2022-06-27', 24],
    ['2022-06-28', 12],
    ['2022-06-29', 12],
  ])('convicted %s: at least %i months', (convictedOn, months) => {
    expect(section72MinimumMonths(convictedOn)).toBe(months);
  });
  it.each([
    ['2022-06-27', 12, 'not-in-scope'],
    ['2022-06-27', 23, 'not-in-scope'],
    ['2022-06-27', 24, 'grant'],
    ['2022-06-28', 11, 'not-in-scope'],
    ['2022-06-28', 12, 'grant'],
    ['2022-06-29', 12, 'grant'],
  ])('convicted %s with %i months: %s', (convictedOn, months, outcome) => {
    expect(decide(convicted(convictedOn, months)).outcome).toBe(outcome);
  });
  it('an overseas conviction needs the UK-equivalent finding; a pending appeal is not a final judgment', () => {
    expect(isParticularlySeriousCrime({ convictedOn: '2023-01-01', sentenceMonths: 18, convictedInUk: false })).toBeUndefined();
    expect(isParticularlySeriousCrime({ convictedOn: '2023-01-01', sentenceMonths: 18, convictedInUk: false, ukEquivalentMeetsThreshold: true })).toBe(true);
    expect(isParticularlySeriousCrime({ convictedOn: '2023-01-01', sentenceMonths: 18, convictedInUk: true, appealPending: true })).toBe(false);
  });
  it('a rebutted presumption takes the person out of scope, towards refugee leave', () => {
    const d = decide(convicted('2023-03-01', 30, { dangerPresumptionRebutted: true }));
    expect(d.outcome).toBe('not-in-scope');
    expect(d.actions.map((a) => a.code)).toEqual(['consider-refugee-leave']);
  });
});

describe('grant, duration and conditions', () => {
  it('grants 6 months with conditions chosen by risk, lapsing on travel', () => {
    const d = decide(excluded());
    expect(d).toMatchObject({ outcome: 'grant', durationMonths: 6, lapsesOnTravelOutsideCommonTravelArea: true });
    expect(d.conditions?.map((c) => `${c.kind}:${c.choice}`)).toEqual(['work:option-2', 'study:restricted', 'public-funds:NRPF', 'reporting:monthly', 'residence:notify-only']);
  });
  it.each([
    ['lower', 'option-1'],
    ['higher', 'option-2'],
    ['particularly-high', 'option-3'],
  ] as const)('%s risk: work %s', (risk, option) => {
    const d = decide(excluded({ conditions: { risk, destitute: false } }));
    expect(d.conditions?.find((c) => c.kind === 'work')?.choice).toBe(option);
  });
  it('a destitute person gets recourse to public funds, code 2G', () => {
    expect(decide(excluded({ conditions: { risk: 'lower', destitute: true } })).conditions?.find((c) => c.kind === 'public-funds')?.choice).toBe('2G');
  });
  it.each([
    [5, 'grant', true],
    [6, 'grant', true],
  ])('%i months: %s, lapses on travel %s', (proposedMonths, outcome, lapses) => {
    const d = decide(excluded({ duration: { removalLikelyWithin6Months: false, riskNeedsFrequentReview: false, proposedMonths, justification: 'case review' } }));
    expect(d).toMatchObject({ outcome, lapsesOnTravelOutsideCommonTravelArea: lapses });
  });
  it('7 months needs grade 6 approval, and then does not lapse on travel', () => {
    const proposal = { removalLikelyWithin6Months: false, riskNeedsFrequentReview: false, proposedMonths: 7, justification: 'settled family life with young children' };
    expect(decide(excluded({ duration: proposal })).outcome).toBe('refer');
    expect(decide(excluded({ duration: proposal, approvals: { grade6: true } }))).toMatchObject({ outcome: 'grant', durationMonths: 7, lapsesOnTravelOutsideCommonTravelArea: false });
  });
  it('removal likely within 6 months needs a shorter period', () => {
    expect(decide(excluded({ duration: { removalLikelyWithin6Months: true, riskNeedsFrequentReview: false } })).outcome).toBe('incomplete');
    expect(decide(excluded({ duration: { removalLikelyWithin6Months: true, riskNeedsFrequentReview: false, proposedMonths: 3 } }))).toMatchObject({ outcome: 'grant', durationMonths: 3 });
  });
  it('dependants are granted leave in line', () => {
    expect(decide(excluded({ dependants: [{ relationship: 'child', name: 'A' }] })).dependantsInLine).toEqual([{ relationship: 'child', name: 'A', durationMonths: 6 }]);
  });
});

describe('refusal and indefinite leave', () => {
  it('no ECHR barrier: refuse and prioritise removal', () => {
    const d = decide(excluded({ echrBarrier: false }));
    expect(d).toMatchObject({ outcome: 'refuse', decisionCitation: 'RL: Removal or deportation' });
  });
  it('indefinite leave needs exceptional circumstances and SCS PB1 agreement; otherwise restricted leave continues', () => {
    expect(decide(excluded({ request: 'indefinite', exceptionalCircumstances: false })).outcome).toBe('grant');
    expect(decide(excluded({ request: 'indefinite', exceptionalCircumstances: true })).outcome).toBe('refer');
    expect(decide(excluded({ request: 'indefinite', exceptionalCircumstances: true, approvals: { scsPb1: true } })).outcome).toBe('grant-indefinite');
  });
});

describe('NIAA 2002 s72(2): every conviction recorded, each tested on its own', () => {
  it.each([
    // The longer sentence (18 months, before 28 June 2022) is below its 2-year threshold; the shorter (12 months, from 28 June 2022) meets its own.
    [[{ convictedOn: '2022-06-27', sentenceMonths: 18, convictedInUk: true }, { convictedOn: '2022-06-28', sentenceMonths: 12, convictedInUk: true }], 'grant'],
    [[{ convictedOn: '2022-06-27', sentenceMonths: 18, convictedInUk: true }, { convictedOn: '2022-06-27', sentenceMonths: 12, convictedInUk: true }], 'not-in-scope'],
    [[{ convictedOn: '2022-06-27', sentenceMonths: 18, convictedInUk: true }, { convictedOn: '2022-06-29', sentenceMonths: 12, convictedInUk: true }], 'grant'],
  ])('convictions %j: %s', (convictions, outcome) => {
    const input = convicted('2020-01-01', 1);
    expect(decide({ ...input, scope: { ...input.scope, hasConvictions: true, convictions } }).outcome).toBe(outcome);
  });
  it.each([
    [true, [], ['scope.convictions'], undefined],
    [true, undefined, ['scope.convictions'], undefined],
    [undefined, undefined, ['scope.hasConvictions'], undefined],
    [false, [{ convictedOn: '2023-01-01', sentenceMonths: 30, convictedInUk: true }], ['scope.hasConvictions'], true],
  ] as const)('answered %s, listed %j: unknown, never none (missing %j)', (hasConvictions, convictions, missing, inconsistent) => {
    const input = convicted('2020-01-01', 1);
    const d = decide({ ...input, scope: { ...input.scope, hasConvictions, convictions: convictions ? [...convictions] : undefined } });
    expect(d.outcome).toBe('incomplete');
    const r = d.reasons.find((x) => x.code === 'rl-scope-s72');
    expect(r?.missing).toEqual(missing);
    expect(r?.inconsistent).toBe(inconsistent);
    if (hasConvictions === true) expect(r?.text).toBe('Add the conviction, or change the answer to No.');
  });
});

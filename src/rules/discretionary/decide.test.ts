import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateRelatedCase } from '../../related/migrate';
import { addDays, daysInPeriod, isOnOrAfter } from '../../dates';
import { decideDiscretionaryLeave } from './decide';
import { discretionaryLeaveCaseSchema, DL_PART_NINE_GROUNDS, type DiscretionaryLeaveCase } from './schema';
import { suitabilityGround } from '../grounds';
import { dlQualifyingPeriod } from './settlement';

/** A medical case that is granted 30 months on 2026-11-23; each test changes one part. */
function medical(overrides: Partial<DiscretionaryLeaveCase> = {}): DiscretionaryLeaveCase {
  return discretionaryLeaveCaseSchema.parse(
    migrateRelatedCase({
    format: 'discretionary-leave-case',
    version: 1,
    application: { kind: 'initial', madeOn: '2026-05-01' },
    exclusion: { qualifiesUnderRules: false, qualifiesForArticle8Leave: false },
    category: { basis: 'medical', met: true },
    restrictedLeaveScope: false,
    criminality: { custodialSentences: [], persistentOffender: false, seriousHarm: false },
    duration: { returnExpectedWithin6Months: false, period: 'standard', childrenAffected: false },
    ...overrides,
    }),
  );
}

/** Every Part 9 ground recorded as not applying. */
const NO_PART_NINE_GROUND = Object.fromEntries(DL_PART_NINE_GROUNDS.map((code) => [code, { applies: false }]));

/** A settlement application after DL first granted on `firstGrant`. */
function settlement(firstGrant: string, extra: Partial<DiscretionaryLeaveCase> = {}): DiscretionaryLeaveCase {
  return medical({
    application: { kind: 'settlement', madeOn: '2026-01-10' },
    history: { grants: [{ from: firstGrant, to: '2030-01-01' }], imprisonment: [] },
    settlement: { basisEndsWithin12Months: false },
    suitability: NO_PART_NINE_GROUND,
    ...extra,
  });
}

const find = (d: { reasons: { code: string; status: string; citation: string; facts: string[] }[] }, code: string) => d.reasons.find((r) => r.code === code);

describe('the standard grant', () => {
  it('grants 30 months for a medical case', () => {
    expect(decideDiscretionaryLeave(medical(), { decisionDate: '2026-11-23' })).toMatchObject({ outcome: 'grant', durationMonths: 30, decisionCitation: 'DL: Granting Discretionary Leave (DL)' });
  });
  it('a shorter period carries its reason, and 6 months or less lapses on travel', () => {
    const d = decideDiscretionaryLeave(medical({ duration: { returnExpectedWithin6Months: false, period: 'shorter', shorterMonths: 6, shorterReason: 'treatment ends in the spring', childrenAffected: false } }), {
      decisionDate: '2026-11-23',
    });
    expect(d).toMatchObject({ outcome: 'grant', durationMonths: 6 });
    expect(d.actions.map((a) => a.code)).toContain('lapses-on-travel');
  });
  it('return within 6 months: refuse and defer removal', () => {
    const d = decideDiscretionaryLeave(medical({ duration: { returnExpectedWithin6Months: true, period: 'standard', childrenAffected: false } }), { decisionDate: '2026-11-23' });
    expect(d.outcome).toBe('refuse');
    expect(d.actions.map((a) => a.code)).toEqual(['defer-removal']);
  });
  it('indefinite leave for a child is referred, and needs the best interests recorded', () => {
    const unrecorded = decideDiscretionaryLeave(medical({ duration: { returnExpectedWithin6Months: false, period: 'indefinite', childrenAffected: true } }), { decisionDate: '2026-11-23' });
    expect(unrecorded.outcome).toBe('incomplete');
    const recorded = decideDiscretionaryLeave(medical({ duration: { returnExpectedWithin6Months: false, period: 'indefinite', childrenAffected: true, childBestInterestsRecorded: true } }), {
      decisionDate: '2026-11-23',
    });
    expect(recorded).toMatchObject({ outcome: 'refer', decisionCitation: 'DL: Non-standard grant periods: longer periods of stay' });
  });
});

describe('criminality', () => {
  const withSentence = (months: number, madeOn = '2026-05-01', kind: 'initial' | 'further' = 'initial') =>
    medical({
      application: { kind, madeOn },
      history: { grants: [{ from: '2023-01-10', to: '2025-07-09' }], imprisonment: [] },
      criminality: {
        custodialSentences: [{ convictedOn: '2021-03-01', months }],
        persistentOffender: false,
        seriousHarm: false,
        furtherDlException: { previouslyGrantedDl: true, circumstancesOfGrantContinue: true, offendingBeforeLastGrant: true, noConvictionsSinceLastGrant: true },
      },
    });
  it.each([
    [11, 'grant'],
    [12, 'refuse'],
    [13, 'refuse'],
  ])('a custodial sentence of %i months: %s', (months, outcome) => {
    expect(decideDiscretionaryLeave(withSentence(months), { decisionDate: '2026-11-23' }).outcome).toBe(outcome);
  });
  it.each([
    ['2020-11-30', undefined, 'unknown', ['application.madeOn']],
    ['2020-12-01', undefined, 'unknown', ['application.madeAfter9am']],
    ['2020-12-01', false, 'unknown', ['application.madeOn']],
    ['2020-12-01', true, 'not-met', undefined],
    ['2020-12-02', undefined, 'not-met', undefined],
  ] as const)('9.4.1 applies to applications made after 9 am on 1 December 2020 (made %s, after 9 am: %s): %s', (madeOn, madeAfter9am, status, missing) => {
    const input = withSentence(12, madeOn);
    const timed = madeAfter9am === undefined ? input : { ...input, application: { ...input.application, madeAfter9am } };
    const r = find(decideDiscretionaryLeave(timed, { decisionDate: '2026-11-23' }), 'dl-criminality-sentence') as { status: string; missing?: string[] } | undefined;
    expect(r?.status).toBe(status);
    expect(r?.missing).toEqual(missing);
  });
  it.each([
    [true, 11, 'grant'],
    [true, 12, 'refuse'],
    [false, 12, 'incomplete'],
  ] as const)('9.4.1 on 1 December 2020 after 9 am: %s, a sentence of %i months: %s', (madeAfter9am, months, outcome) => {
    const input = withSentence(months, '2020-12-01');
    expect(decideDiscretionaryLeave({ ...input, application: { ...input.application, madeAfter9am } }, { decisionDate: '2026-11-23' }).outcome).toBe(outcome);
  });
  it.each([
    [[11, 11], 'met'],
    [[6, 14], 'not-met'],
    [[14, 6], 'not-met'],
  ])('9.4.1(a): each custodial sentence on its own, never added together (%j months): %s', (months, status) => {
    const input = withSentence(0);
    const sentences = months.map((m, i) => ({ convictedOn: `2021-0${i + 1}-01`, months: m }));
    const d = decideDiscretionaryLeave({ ...input, criminality: { ...input.criminality, hasCustodialSentences: true, custodialSentences: sentences } }, { decisionDate: '2026-11-23' });
    expect(find(d, 'dl-criminality-sentence')?.status).toBe(status);
    expect(find(d, 'dl-criminality-sentence')?.facts).toEqual(expect.arrayContaining(['criminality.custodialSentences[0].months', 'criminality.custodialSentences[1].months']));
  });
  it.each([
    ['2025-11-10', '9.4.1'],
    ['2025-11-11', 'SUI 5.1'],
    ['2025-11-12', 'SUI 5.1'],
  ])('decided %s, the ground is cited as %s', (decisionDate, citation) => {
    expect(find(decideDiscretionaryLeave(withSentence(12), { decisionDate }), 'dl-criminality-sentence')?.citation).toBe(citation);
  });
  it('a further grant is possible when all five criteria hold', () => {
    const d = decideDiscretionaryLeave(withSentence(18, '2026-05-01', 'further'), { decisionDate: '2026-11-23' });
    expect(d).toMatchObject({ outcome: 'grant', durationMonths: 30, decisionCitation: 'DL: Granting further DL' });
  });
  it('but not with a conviction since the last grant', () => {
    const input = withSentence(18, '2026-05-01', 'further');
    const d = decideDiscretionaryLeave(
      { ...input, criminality: { ...input.criminality, furtherDlException: { previouslyGrantedDl: true, circumstancesOfGrantContinue: true, offendingBeforeLastGrant: true, noConvictionsSinceLastGrant: false } } },
      { decisionDate: '2026-11-23' },
    );
    expect(d.outcome).toBe('refuse');
    expect(d.reasons.filter((r) => r.status === 'not-met').map((r) => r.code)).toEqual(['dl-criminality-sentence', 'dl-exception-no-new-convictions']);
  });
});

describe('every list: yes with nothing listed is unknown, never none', () => {
  it.each([
    ['criminality.custodialSentences', true, [], 'incomplete', ['criminality.custodialSentences'], undefined],
    ['criminality.custodialSentences', true, undefined, 'incomplete', ['criminality.custodialSentences'], undefined],
    ['criminality.custodialSentences', undefined, undefined, 'incomplete', ['criminality.hasCustodialSentences'], undefined],
    ['criminality.custodialSentences', false, [{ convictedOn: '2021-01-01', months: 3 }], 'incomplete', ['criminality.hasCustodialSentences'], true],
    ['criminality.custodialSentences', false, [], 'grant', undefined, undefined],
  ] as const)('9.4.1(a): %s, answered %s, listed %j: %s', (_list, has, sentences, outcome, missing, inconsistent) => {
    const input = medical();
    const d = decideDiscretionaryLeave({ ...input, criminality: { ...input.criminality, hasCustodialSentences: has, custodialSentences: sentences ? [...sentences] : undefined } }, { decisionDate: '2026-11-23' });
    expect(d.outcome).toBe(outcome);
    const r = d.reasons.find((x) => x.code === 'dl-criminality-sentence');
    expect(r?.missing).toEqual(missing);
    expect(r?.inconsistent).toBe(inconsistent);
    if (has === true) expect(r?.text).toBe('Add the custodial sentence, or change the answer to No.');
  });
  it.each([
    [true, [], ['history.imprisonment']],
    [undefined, undefined, ['history.hasImprisonment']],
  ] as const)('DL: Settlement applications: time in prison answered %s, listed %j: incomplete', (hasImprisonment, imprisonment, missing) => {
    const d = decideDiscretionaryLeave(settlement('2014-03-01', { history: { grants: [{ from: '2014-03-01', to: '2030-01-01' }], hasImprisonment, imprisonment: imprisonment ? [...imprisonment] : undefined } }), { decisionDate: '2026-11-23' });
    expect(d.outcome).toBe('incomplete');
    expect(d.reasons.find((r) => r.code === 'dl-settlement-period')?.missing).toEqual(missing);
  });
  it('DL: Settlement applications: no grant of DL listed is unknown and names the list', () => {
    const d = decideDiscretionaryLeave(settlement('2014-03-01', { history: { grants: [], hasImprisonment: false, imprisonment: [] } }), { decisionDate: '2026-11-23' });
    expect(d.outcome).toBe('incomplete');
    expect(d.reasons.find((r) => r.code === 'dl-settlement-period')?.missing).toEqual(['history.grants']);
  });
});

describe('DL: Pre-30 January 2023 modern slavery cases: further leave goes to temporary permission to stay', () => {
  const ktt = (kind: 'initial' | 'further', conclusiveGroundsOn: string) =>
    medical({
      application: { kind, madeOn: '2024-01-10' },
      category: { basis: 'modern-slavery' },
      modernSlavery: { conclusiveGroundsOn, traffickingRelatedClaimOn: '2022-11-01', claimFinallyDetermined: false, notToBeConsidered: false },
      history: { grants: [{ from: '2023-01-10', to: '2024-01-09' }], imprisonment: [] },
    });
  it.each([
    ['initial', '2023-01-29', 'grant', undefined, []],
    ['further', '2023-01-29', 'refuse', 'DL: Pre-30 January 2023 modern slavery cases: further leave', ['consider-temporary-permission-to-stay']],
    ['initial', '2023-01-30', 'refuse', 'DL: Refusing DL', ['consider-temporary-permission-to-stay']],
    ['further', '2023-01-30', 'refuse', 'DL: Pre-30 January 2023 modern slavery cases: further leave', ['consider-temporary-permission-to-stay']],
  ] as const)('a %s application, conclusive grounds on %s: %s', (kind, on, outcome, decisionCitation, actions) => {
    const d = decideDiscretionaryLeave(ktt(kind, on), { decisionDate: '2026-11-23' });
    expect(d.outcome).toBe(outcome);
    if (decisionCitation) expect(d.decisionCitation).toBe(decisionCitation);
    if (outcome === 'refuse') expect(d.actions.map((a) => a.code)).toEqual(actions);
    if (kind === 'further') expect(find(d, 'dl-ms-further-leave')?.status).toBe('not-met');
  });
});

describe('modern slavery: both the conclusive grounds decision and the claim before 30 January 2023', () => {
  it.each([
    ['2023-01-29', 'met'],
    ['2023-01-30', 'not-met'],
    ['2023-01-31', 'not-met'],
  ])('conclusive grounds on %s: %s', (conclusiveGroundsOn, status) => {
    const d = decideDiscretionaryLeave(
      medical({
        category: { basis: 'modern-slavery' },
        modernSlavery: { conclusiveGroundsOn, traffickingRelatedClaimOn: '2022-11-01', claimFinallyDetermined: false, notToBeConsidered: false },
      }),
      { decisionDate: '2026-11-23' },
    );
    expect(find(d, 'dl-ms-conclusive-grounds')?.status).toBe(status);
    if (status === 'met') expect(d).toMatchObject({ outcome: 'grant', durationMonths: 12 });
  });
});

describe('settlement after DL', () => {
  it.each([
    ['2024-02-29', 'not-met', 'grant'],
    ['2024-03-01', 'met', 'settle'],
    ['2024-03-02', 'met', 'settle'],
  ])('120 months from 1 March 2014, decided %s: %s', (decisionDate, status, outcome) => {
    const d = decideDiscretionaryLeave(settlement('2014-03-01'), { decisionDate });
    expect(find(d, 'dl-settlement-period')?.status).toBe(status);
    expect(d.outcome).toBe(outcome);
  });
  it('before the period completes, further DL with the date settlement becomes possible', () => {
    expect(decideDiscretionaryLeave(settlement('2014-03-01'), { decisionDate: '2024-02-29' })).toMatchObject({ outcome: 'grant', durationMonths: 30, eligibleFrom: '2024-03-01' });
  });
  it.each([
    ['2012-07-08', 72, '2018-07-08', 36],
    ['2012-07-09', 120, '2022-07-09', 30],
    ['2012-07-10', 120, '2022-07-10', 30],
  ])('first granted %s: %i months, complete on %s; a further grant is %i months', (first, months, completeOn, grantMonths) => {
    expect(dlQualifyingPeriod([{ from: first, to: '2030-01-01' }], [])).toMatchObject({ requiredMonths: months, completeOn });
    const early = decideDiscretionaryLeave(settlement(first), { decisionDate: '2015-01-01' });
    expect(early).toMatchObject({ outcome: 'grant', eligibleFrom: completeOn, durationMonths: grantMonths });
  });
  it('a period in prison counts both its first and last days, across 29 February and a year end', () => {
    expect([daysInPeriod('2024-03-01', '2024-03-03'), daysInPeriod('2024-02-28', '2024-03-01'), daysInPeriod('2023-12-31', '2024-01-01'), daysInPeriod('2024-03-02', '2024-03-01')]).toEqual([3, 3, 2, 0]);
  });
  it('time in prison does not count: 10 days in prison move the date 10 days later', () => {
    const prison = [{ from: '2016-05-01', to: '2016-05-10' }];
    expect(dlQualifyingPeriod([{ from: '2014-03-01', to: '2030-01-01' }], prison)).toMatchObject({ prisonDays: 10, completeOn: '2024-03-11' });
    const input = settlement('2014-03-01', { history: { grants: [{ from: '2014-03-01', to: '2030-01-01' }], imprisonment: prison } });
    expect(find(decideDiscretionaryLeave(input, { decisionDate: '2024-03-10' }), 'dl-settlement-period')?.status).toBe('not-met');
    expect(find(decideDiscretionaryLeave(input, { decisionDate: '2024-03-11' }), 'dl-settlement-period')?.status).toBe('met');
  });
  it('an out-of-time application breaks continuity', () => {
    const d = decideDiscretionaryLeave(
      settlement('2014-03-01', {
        history: {
          grants: [
            { from: '2014-03-01', to: '2016-08-31' },
            { from: '2016-10-01', to: '2019-03-31', appliedInTime: false },
          ],
          imprisonment: [],
        },
      }),
      { decisionDate: '2025-01-01' },
    );
    expect(d).toMatchObject({ outcome: 'grant', eligibleFrom: '2026-10-01' });
  });
  it.each([
    ['2025-02-28', 'defer-settlement'],
    ['2025-03-01', 'settle'],
    ['2025-03-02', 'settle'],
  ])('settlement can be deferred at most 12 months past the qualifying date (decided %s: %s)', (decisionDate, outcome) => {
    const d = decideDiscretionaryLeave(settlement('2014-03-01', { settlement: { basisEndsWithin12Months: true } }), { decisionDate });
    expect(d.outcome).toBe(outcome);
    if (outcome === 'defer-settlement') expect(d.deferUntil).toBe('2025-03-01');
  });
  it('someone within the restricted leave policy is refused and pointed there', () => {
    const d = decideDiscretionaryLeave(settlement('2014-03-01', { restrictedLeaveScope: true }), { decisionDate: '2026-11-23' });
    expect(d.outcome).toBe('refuse');
    expect(d.actions.map((a) => a.code)).toEqual(['consider-restricted-leave']);
  });
});

describe('DL: Key principles apply to settlement applications too', () => {
  it.each([
    [{ qualifiesUnderRules: true, qualifiesForArticle8Leave: false }, 'refuse', ['consider-under-rules']],
    [{ qualifiesUnderRules: false, qualifiesForArticle8Leave: true }, 'refuse', ['consider-under-rules']],
    [{ qualifiesForArticle8Leave: false }, 'incomplete', []],
    [{ qualifiesUnderRules: false, qualifiesForArticle8Leave: false }, 'settle', []],
  ])('settlement, exclusion %j: %s', (exclusion, outcome, actions) => {
    const d = decideDiscretionaryLeave(settlement('2014-03-01', { exclusion }), { decisionDate: '2026-11-23' });
    expect(d.outcome).toBe(outcome);
    expect(d.actions.map((a) => a.code)).toEqual(actions);
    if (outcome === 'refuse') expect(d.decisionCitation).toBe('DL: Refusal of settlement and further leave');
  });
});

describe('DL: Considering settlement: the five further-DL criteria at settlement', () => {
  const ALL_FIVE = { previouslyGrantedDl: true, circumstancesOfGrantContinue: true, offendingBeforeLastGrant: true, noConvictionsSinceLastGrant: true };
  const withSentence = (months: number, furtherDlException: Record<string, boolean>) =>
    settlement('2014-03-01', {
      criminality: { hasCustodialSentences: true, custodialSentences: [{ convictedOn: '2013-05-01', months }], persistentOffender: false, seriousHarm: false, furtherDlException },
    });
  it.each([
    ['2025-11-10', 18, ALL_FIVE, 'grant', 'DL: Considering settlement', '9.4.1'],
    ['2025-11-11', 18, ALL_FIVE, 'grant', 'DL: Considering settlement', 'SUI 5.1'],
    ['2025-11-11', 11, ALL_FIVE, 'settle', 'DL: Granting settlement', undefined],
    ['2025-11-11', 18, { ...ALL_FIVE, noConvictionsSinceLastGrant: false }, 'refuse', 'DL: Refusal of settlement and further leave', undefined],
  ] as const)('decided %s, a sentence of %i months, criteria %j: %s under %s', (decisionDate, months, criteria, outcome, decisionCitation, refusedUnder) => {
    const d = decideDiscretionaryLeave(withSentence(months, criteria), { decisionDate });
    expect(d).toMatchObject({ outcome, decisionCitation });
    expect(d.settlementRefusedUnder).toBe(refusedUnder);
    if (refusedUnder) {
      expect(d.durationMonths).toBe(30);
      expect(find(d, 'dl-criminality-sentence')).toMatchObject({ status: 'not-met', citation: refusedUnder });
      expect(d.actions.map((a) => a.code)).toEqual(['refuse-settlement-grant-further-dl']);
    }
  });
  it('a criterion unanswered at settlement is unknown, and names it', () => {
    const { previouslyGrantedDl: _unanswered, ...four } = ALL_FIVE;
    const d = decideDiscretionaryLeave(withSentence(18, four), { decisionDate: '2026-11-23' });
    expect(d.outcome).toBe('incomplete');
    expect(find(d, 'dl-criminality-sentence')).toMatchObject({ status: 'unknown', missing: ['criminality.furtherDlException.previouslyGrantedDl'] });
  });
});

describe('DL: Transitional arrangements: "you must consider Part 9" at settlement', () => {
  it.each(
    DL_PART_NINE_GROUNDS.flatMap((code) => [
      [code, '2025-11-10', suitabilityGround(code).citations['part-9']],
      [code, '2025-11-11', suitabilityGround(code).citations['part-suitability']],
    ]),
  )('%s, decided %s, is read and cited as %s', (code, decisionDate, citation) => {
    const applies = decideDiscretionaryLeave(settlement('2014-03-01', { suitability: { ...NO_PART_NINE_GROUND, [code]: { applies: true } } }), { decisionDate });
    expect(applies).toMatchObject({ outcome: 'refuse', decisionCitation: 'DL: Refusal of settlement and further leave' });
    expect(applies.reasons.filter((r) => r.status === 'not-met').map((r) => r.citation)).toEqual([citation]);
    const { [code]: _unanswered, ...rest } = NO_PART_NINE_GROUND;
    const unanswered = decideDiscretionaryLeave(settlement('2014-03-01', { suitability: rest }), { decisionDate });
    expect(unanswered.outcome).toBe('incomplete');
    expect(unanswered.reasons.flatMap((r) => r.missing ?? [])).toEqual([`suitability.${code}.applies`]);
  });
  it('Part 9 is read at settlement only: a first grant does not ask it', () => {
    expect(decideDiscretionaryLeave(medical(), { decisionDate: '2026-11-23' }).reasons.some((r) => r.code.startsWith('dl-part-9-'))).toBe(false);
  });
});

describe('properties of the qualifying period', () => {
  it('a later decision date never undoes a completed period, and prison only ever moves completion later', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8000 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 400 }), (start, later, step, prisonLength) => {
        const first = addDays('2005-01-01', start);
        const grants = [{ from: first, to: '2040-01-01' }];
        const prisonFrom = addDays(first, 100);
        const without = dlQualifyingPeriod(grants, []);
        const withPrison = dlQualifyingPeriod(grants, [{ from: prisonFrom, to: addDays(prisonFrom, prisonLength) }]);
        if ('question' in without || 'question' in withPrison) throw new Error('unexpected question');
        expect(isOnOrAfter(withPrison.completeOn, without.completeOn)).toBe(true);
        const input = settlement(first);
        const d1 = addDays(first, later);
        const d2 = addDays(d1, step);
        const status = (decisionDate: string) => find(decideDiscretionaryLeave(input, { decisionDate }), 'dl-settlement-period')?.status;
        if (status(d1) === 'met') expect(status(d2)).toBe('met');
      }),
    );
  });
});

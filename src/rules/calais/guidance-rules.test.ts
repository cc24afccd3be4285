/**
 * Issue 11, "The Calais rules, as the guidance states them": one table-driven block per rule,
 * named by its paragraph, on both sides of each date boundary.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile, Conviction, Dependant } from '../../case/schema';
import { lettersFor } from '../../letters';
import { CRIMINALITY_FINDING_READING } from '../grounds';
import { decide } from '../index';
import { clearFindings, conviction, grantableCase, withConvictions } from '../testing';

const on = '2025-06-01';
const charged = { hasPendingCharges: true, pendingCharges: [{ id: 'p1', offence: 'assault', chargedOn: '2025-04-02' }] };
const child = (fields: Partial<Dependant> = {}): Dependant => ({
  id: 'd1',
  relationship: 'child',
  holds352T: true,
  criminality: { hasConvictions: false, hasPendingCharges: false },
  suitability: clearFindings(),
  ...fields,
});
const family = (caseFile: CaseFile, ...people: Dependant[]): CaseFile => ({ ...caseFile, dependants: { hasDependants: true, people } });
const withoutFinding = (caseFile: CaseFile, code: keyof NonNullable<CaseFile['suitability']>): CaseFile => {
  const { [code]: _omit, ...rest } = caseFile.suitability ?? {};
  return { ...caseFile, suitability: rest };
};

describe('352T (guidance, Dependants): leave in line is for children', () => {
  it.each([
    ['partner', true, 'family-route'],
    ['partner', undefined, 'family-route'],
    ['other', true, 'family-route'],
    ['child', false, 'family-route'],
    ['child', true, 'grant-in-line'],
    [undefined, true, 'awaiting-information'],
  ] as const)('%s with 352T answered %s: %s, and the person is granted', (relationship, holds352T, expected) => {
    const decision = decide(family(grantableCase(), child({ relationship, holds352T })), { decisionDate: on });
    expect(decision.outcome).toBe('grant-settlement');
    expect(decision.dependants[0]?.outcome).toBe(expected);
  });
  it('a partner’s own record is never assessed, and the grant letter names no one in line', () => {
    const caseFile = family(grantableCase(), child({ relationship: 'partner', holds352T: true }));
    const decision = decide(caseFile, { decisionDate: on });
    expect(decision.dependants[0]?.reasons.map((r) => r.code)).toEqual(['holds-352T-leave']);
    expect(lettersFor(caseFile, decision, { today: on })[0]?.facts['Children granted in line']).toBe('None');
  });
});

describe('352T (guidance: "you must grant settlement to the individual"): a child’s missing answers do not hold back the grant', () => {
  it.each([
    ['a finding not recorded', child({ suitability: {} })],
    ['whether charges are pending not recorded', child({ criminality: { hasConvictions: false } })],
    ['whether 352T leave was granted not recorded', child({ holds352T: undefined })],
  ])('%s: the person is granted, the child awaits information with a next step', (_name, dependant) => {
    const decision = decide(family(grantableCase(), dependant), { decisionDate: on });
    expect(decision.outcome).toBe('grant-settlement');
    expect(decision.dependants[0]?.outcome).toBe('awaiting-information');
    expect(decision.dependants[0]?.missing?.length).toBeGreaterThan(0);
    expect(decision.actions.find((a) => a.dependantId === 'd1')?.code).toBe('record-missing-answers');
  });
  it('the grant letter says the family will be written to separately', () => {
    const caseFile = family(grantableCase(), child({ suitability: {} }));
    const text = JSON.stringify(lettersFor(caseFile, decide(caseFile, { decisionDate: on }), { today: on })[0]?.blocks);
    expect(text).toContain('We will write to you separately about your child');
  });
});

describe('Charges pending (guidance, "Cases where there are criminal charges pending"): a prosecution holds the case before unrecorded answers', () => {
  const held = { ...grantableCase(), criminality: { hasConvictions: false, ...charged } };
  it.each([
    ['every answer given', held, 'on-hold-pending-prosecution'],
    ['a finding still unrecorded', withoutFinding(held, 'nhs-debt'), 'on-hold-pending-prosecution'],
    ['a section 72 finding still unrecorded', withConvictions(held, [conviction({ kind: 'custodial', sentenceLengthMonths: 30, convictedOn: '2010-01-01', sentenceEndsOn: '2009-12-31' })]), 'on-hold-pending-prosecution'],
    ['a refusal ground that applies whatever the verdict', { ...held, suitability: { ...held.suitability, deception: { applies: true } } }, 'refuse-settlement'],
  ] as const)('%s: %s', (_name, caseFile, outcome) => {
    const decision = decide(caseFile, { decisionDate: '2026-01-01' });
    expect(decision.outcome).toBe(outcome);
    if (outcome === 'on-hold-pending-prosecution') expect(decision.actions.map((a) => a.code)).toEqual(['send-hold-letter']);
  });
});

describe('Restricted leave (guidance 003): considered after any Article 1F / 339D exclusion, whichever paragraph carries it', () => {
  it.each([
    ['excluded-from-protection', '2025-11-10', '352J(i)'],
    ['exclusion', '2025-11-10', '9.5.1'],
    ['exclusion', '2025-11-11', 'SUI 4.1'],
    ['danger-to-security', '2025-11-11', '352J(iii)'],
  ] as const)('%s on %s (%s) adds consider-restricted-leave', (code, date, citation) => {
    const base = grantableCase();
    const decision = decide({ ...base, suitability: { ...base.suitability, [code]: { applies: true } } }, { decisionDate: date });
    expect(decision.outcome).toBe('refuse-settlement');
    expect(decision.reasons.find((r) => r.status === 'not-met')?.citation).toBe(citation);
    expect(decision.actions.map((a) => a.code)).toContain('consider-restricted-leave');
  });
  it('not after a refusal on another ground (9.7.2 deception)', () => {
    const base = grantableCase();
    const decision = decide({ ...base, suitability: { ...base.suitability, deception: { applies: true } } }, { decisionDate: on });
    expect(decision.actions.map((a) => a.code)).not.toContain('consider-restricted-leave');
  });
});

describe('STP 2.1(d) with charges pending (domain notes §4): the eligible-from date, unless the prosecution ends in a conviction', () => {
  // A caution on 1 September 2024 counts until 1 September 2026 (the decision date less 24 months).
  const caution = conviction({ kind: 'out-of-court-disposal', convictedOn: '2024-09-01' });
  const refused = withConvictions({ ...grantableCase(), criminality: { hasConvictions: false, ...charged } }, [caution]);
  it.each([
    ['2026-09-01', 'refuse-settlement', '2026-09-02', true],
    ['2026-09-02', 'on-hold-pending-prosecution', undefined, undefined],
  ] as const)('decided %s: %s, eligible from %s', (date, outcome, eligibleFrom, unlessConvicted) => {
    const decision = decide(refused, { decisionDate: date });
    expect(decision.outcome).toBe(outcome);
    expect(decision.eligibleFrom).toBe(eligibleFrom);
    expect(decision.eligibleFromUnlessConvicted).toBe(unlessConvicted);
  });
  it('without a charge the date is given and not marked', () => {
    const decision = decide(withConvictions(grantableCase(), [caution]), { decisionDate: '2026-09-01' });
    expect(decision.eligibleFrom).toBe('2026-09-02');
    expect(decision.eligibleFromUnlessConvicted).toBeUndefined();
  });
  it('the refusal letter words it from the decision’s flag', () => {
    const decision = decide(refused, { decisionDate: '2026-09-01' });
    const letter = lettersFor(refused, decision, { today: '2026-09-01' })[0];
    expect(JSON.stringify(letter?.blocks)).toContain('would no longer apply from 2 September 2026, unless the prosecution you face ends in a conviction.');
    const { eligibleFromUnlessConvicted: _flag, ...unflagged } = decision;
    const plain = lettersFor(refused, unflagged, { today: '2026-09-01' })[0];
    expect(JSON.stringify(plain?.blocks)).not.toContain('unless the prosecution');
  });
});

describe('Concession 3 (352L) before consideration (guidance, "Operational process"): the date, and nothing served yet', () => {
  const short = (questionnaire: CaseFile['questionnaire']): CaseFile => {
    const base = grantableCase();
    return { ...base, leave: { ...base.leave, bidIssuedOn: '2020-06-02' }, questionnaire };
  };
  it.each([
    ['questionnaire not back', { returned: false, biometrics: 'outstanding' as const }, ['chase-questionnaire', 'request-biometrics'], true],
    ['questionnaire not recorded', {}, ['record-missing-answers'], true],
    ['questionnaire back, biometrics enrolled', { returned: true, biometrics: 'enrolled' as const }, ['serve-decision'], undefined],
  ])('%s: not eligible from 2 June 2025 when decided 1 June 2025', (_name, questionnaire, actions, before) => {
    const decision = decide(short(questionnaire), { decisionDate: '2025-06-01' });
    expect(decision.outcome).toBe('not-eligible');
    expect(decision.eligibleFrom).toBe('2025-06-02');
    expect(decision.beforeConsideration).toBe(before);
    expect(decision.actions.map((a) => a.code)).toEqual(actions);
    if (before) for (const a of decision.actions) expect(a.text).toMatch(/^Finish the process first: .*no decision is served until the questionnaire is returned/);
  });
  it('on the fifth anniversary the BID requirement is met and the case waits for the questionnaire', () => {
    const decision = decide(short({ returned: false, biometrics: 'outstanding' }), { decisionDate: '2025-06-02' });
    expect(decision.outcome).toBe('awaiting-information');
    expect(decision.eligibleFrom).toBeUndefined();
  });
  it('before consideration the process letters are offered and no decision is served', () => {
    const caseFile: CaseFile = { ...short({ returned: false }), initialContact: { responseReceived: true } };
    const decision = decide(caseFile, { decisionDate: '2025-06-01' });
    expect(lettersFor(caseFile, decision, { today: '2025-06-01' }).map((l) => l.kind)).toEqual(['questionnaire-cover']);
    expect(decision.actions.map((a) => a.code)).not.toContain('serve-decision');
  });
});

describe('Concession 2 and 3: Calais leave is granted under 352J; the BID is issued under 352L', () => {
  it('the BID requirement cites Concession 3 with 352L', () => {
    expect(decide(grantableCase(), { decisionDate: on }).reasons.find((r) => r.code === 'bid-held-five-years')?.citation).toBe('Concession 3 (352L)');
  });
});

describe('9.4.1 / SUI 5.1 and 9.4.3 / SUI 5.3 beside STP 2.1(a)–(d): the finding points to the limb that assesses the sentence', () => {
  const sentence = (months: number, endsOn: string): Conviction => conviction({ kind: 'custodial', sentenceLengthMonths: months, convictedOn: '2010-01-01', sentenceEndsOn: endsOn });
  it.each([
    // 18 months ending 10 July 2010: STP 2.1(b) applies until 10 July 2025.
    ['2025-07-09', '9.4.1', 18, '2010-07-10', 'STP 2.1(b)', 'not-met'],
    ['2025-07-10', '9.4.1', 18, '2010-07-10', 'STP 2.1(b)', 'met'],
    ['2025-11-11', 'SUI 5.1', 18, '2010-07-10', 'STP 2.1(b)', 'met'],
    // 6 months ending 10 July 2018: STP 2.1(c) applies until 10 July 2025.
    ['2025-07-09', '9.4.3', 6, '2018-07-10', 'STP 2.1(c)', 'not-met'],
    ['2025-07-10', '9.4.3', 6, '2018-07-10', 'STP 2.1(c)', 'met'],
  ] as const)('decided %s: %s is met beside %s (%s) and says why', (date, finding, months, endsOn, limb, limbStatus) => {
    const decision = decide(withConvictions(grantableCase(), [sentence(months, endsOn)]), { decisionDate: date });
    const findingReason = decision.reasons.find((r) => r.citation === finding);
    expect(findingReason?.status).toBe('met');
    expect(findingReason?.assessedWith).toEqual([{ code: `stp-2.1-${limb.slice(-2, -1)}`, citation: limb }]);
    expect(findingReason?.text).toContain(`assessed under ${limb}`);
    expect(decision.reasons.find((r) => r.citation === limb)?.status).toBe(limbStatus);
  });
  it('no cross-reference without a recorded sentence', () => {
    expect(decide(grantableCase(), { decisionDate: on }).reasons.find((r) => r.citation === '9.4.1')?.assessedWith).toBeUndefined();
  });
  it('the reading is stated once, for the wizard to show', () => {
    expect(CRIMINALITY_FINDING_READING).toMatch(/STP 2\.1\(a\) to \(d\)/);
  });
});

describe('352J(iv) section 72(2)(b): an overseas conviction counts only if a similar UK offence could reach the threshold', () => {
  const overseas = (convictedOn: string, months: number, similar: boolean | undefined): CaseFile => {
    const c = conviction({ kind: 'custodial', where: 'overseas', sentenceLengthMonths: months, convictedOn, sentenceEndsOn: '2024-01-01' });
    const withAnswer = similar === undefined ? c : { ...c, ukSimilarOffenceReachesThreshold: similar };
    const base = withConvictions(grantableCase(), [withAnswer]);
    return { ...base, suitability: { ...base.suitability, 'danger-to-community': { applies: true } } };
  };
  const status = (caseFile: CaseFile) => decide(caseFile, { decisionDate: on }).reasons.find((r) => r.citation === '352J(iv)');
  it.each([
    // 12 months: a particularly serious crime from 28 June 2022, not before.
    ['2022-06-27', 12, undefined, 'met'],
    ['2022-06-28', 12, undefined, 'unknown'],
    ['2022-06-28', 12, true, 'not-met'],
    ['2022-06-28', 12, false, 'met'],
    ['2022-06-27', 24, undefined, 'unknown'],
    ['2022-06-27', 24, false, 'met'],
  ] as const)('convicted %s, %s months, similar UK offence %s: %s', (date, months, similar, expected) => {
    const reason = status(overseas(date, months, similar));
    expect(reason?.status).toBe(expected);
    if (expected === 'unknown') expect(reason?.missing).toEqual(['criminality.convictions[0].ukSimilarOffenceReachesThreshold']);
  });
  it('a UK conviction does not need the answer', () => {
    const base = overseas('2022-06-28', 12, undefined);
    const uk = { ...base, criminality: { ...base.criminality, convictions: base.criminality?.convictions?.map((c) => ({ ...c, where: 'uk' as const })) } };
    expect(status(uk)?.status).toBe('not-met');
  });
});

describe('Appeal pending (product rule): a refusal resting only on convictions under appeal is held until the appeal ends', () => {
  // A fine on 1 September 2024 counts under STP 2.1(d) until 1 September 2026.
  const fine = (appealPending: boolean | undefined): Conviction => {
    const c = conviction({ kind: 'non-custodial', convictedOn: '2024-09-01', offence: 'criminal damage' });
    if (appealPending === undefined) {
      const { appealPending: _omit, ...rest } = c;
      return rest;
    }
    return { ...c, appealPending };
  };
  it.each([
    ['2026-09-01', true, 'on-hold-pending-prosecution'],
    ['2026-09-01', false, 'refuse-settlement'],
    ['2026-09-01', undefined, 'awaiting-information'],
    ['2026-09-02', true, 'grant-settlement'],
    ['2026-09-02', undefined, 'grant-settlement'],
  ] as const)('decided %s, appeal pending %s: %s', (date, appeal, outcome) => {
    const decision = decide(withConvictions(grantableCase(), [fine(appeal)]), { decisionDate: date });
    expect(decision.outcome).toBe(outcome);
    if (outcome === 'on-hold-pending-prosecution') {
      expect(decision.reasons.find((r) => r.code === 'no-appeal-pending')).toMatchObject({ citation: 'Appeal pending', status: 'not-met', convictions: { ids: ['c1'] } });
      expect(decision.actions[0]?.text).toContain('until the appeal against the conviction is decided');
    }
    if (outcome === 'awaiting-information') expect(decision.missing.map((m) => m.path)).toEqual(['criminality.convictions[0].appealPending']);
  });
  it('a ground that applies whatever the appeal decides the case: refused', () => {
    const caseFile = withConvictions(grantableCase(), [fine(true), { ...fine(false), id: 'c2', convictedOn: '2025-01-01' }]);
    expect(decide(caseFile, { decisionDate: '2026-09-01' }).outcome).toBe('refuse-settlement');
    const base = withConvictions(grantableCase(), [fine(true)]);
    expect(decide({ ...base, suitability: { ...base.suitability, deception: { applies: true } } }, { decisionDate: '2026-09-01' }).outcome).toBe('refuse-settlement');
  });
  it('the hold letter names the conviction under appeal, and no charge', () => {
    const caseFile = withConvictions(grantableCase(), [fine(true)]);
    const letter = lettersFor(caseFile, decide(caseFile, { decisionDate: '2026-09-01' }), { today: '2026-09-01' })[0];
    expect(letter?.kind).toBe('hold');
    expect(letter?.facts['Appeals pending']).toBe('criminal damage, convicted on 1 September 2024');
    expect(letter?.facts['Charges pending']).toBeUndefined();
    expect(letter?.warnings).not.toContain('No pending charge is recorded: the letter does not say which proceedings.');
  });
  it('a 352T child’s refusal resting on their own appealed conviction holds the child, not the person', () => {
    const decision = decide(family(grantableCase(), child({ criminality: { hasConvictions: true, hasPendingCharges: false, convictions: [fine(true)] } })), { decisionDate: '2026-09-01' });
    expect(decision.outcome).toBe('grant-settlement');
    expect(decision.dependants[0]?.outcome).toBe('on-hold');
  });
});

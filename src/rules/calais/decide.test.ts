import { describe, expect, it } from 'vitest';
import { decide, RULES_VERSION } from '../index';
import { conviction, grantableCase, withConvictions } from '../testing';
import type { CaseFile, Dependant } from '../../case/schema';

const on = '2025-06-01';
const codes = (caseFile: CaseFile) => decide(caseFile, { decisionDate: on }).actions.map((a) => a.code);
const caution = conviction({ kind: 'out-of-court-disposal', convictedOn: '2024-09-01' });
const charged = { hasPendingCharges: true, pendingCharges: [{ id: 'p1', offence: 'assault', chargedOn: '2025-04-02' }] };

describe('decide', () => {
  it('grants a case that meets everything, and lists every requirement', () => {
    const decision = decide(grantableCase(), { decisionDate: on });
    expect(decision.outcome).toBe('grant-settlement');
    expect(decision.rulesVersion).toBe(RULES_VERSION);
    expect(decision.reasons.every((r) => r.status === 'met')).toBe(true);
    expect(decision.reasons.map((r) => r.citation).slice(0, 9)).toEqual([
      '352I',
      '352I',
      'Concession 1',
      'Concession 2',
      'Concession 3 (352L)',
      'Concession 4',
      'Concession: revoked',
      'Concession: settled',
      '352J(i)',
    ]);
    expect(decision.actions.map((a) => a.code)).toEqual(['serve-decision']);
  });

  it('is deterministic and does not change the case', () => {
    const caseFile = withConvictions(grantableCase(), [caution]);
    const copy = structuredClone(caseFile);
    expect(decide(caseFile, { decisionDate: on })).toEqual(decide(caseFile, { decisionDate: on }));
    expect(caseFile).toEqual(copy);
  });

  it('refuses an impossible decision date', () => {
    expect(() => decide(grantableCase(), { decisionDate: '2023-02-29' })).toThrow(RangeError);
  });
});

describe('outcome precedence', () => {
  it('not eligible comes before a refusal', () => {
    const base = withConvictions(grantableCase(), [caution]);
    expect(decide({ ...base, leave: { ...base.leave, presentInUk: false } }, { decisionDate: on }).outcome).toBe('not-eligible');
  });
  it('not eligible comes before missing answers', () => {
    const base = grantableCase();
    const { questionnaire: _q, ...rest } = base;
    expect(decide({ ...rest, leave: { ...base.leave, revoked: true } }, { decisionDate: on }).outcome).toBe('not-eligible');
  });
  it('awaiting information comes before consideration: a refusal ground waits for the questionnaire', () => {
    const base = withConvictions(grantableCase(), [caution]);
    expect(decide({ ...base, questionnaire: { returned: false } }, { decisionDate: on }).outcome).toBe('awaiting-information');
  });
  it('a refusal comes before other missing suitability answers', () => {
    const base = withConvictions(grantableCase(), [caution]);
    const { 'nhs-debt': _omit, ...findings } = base.suitability ?? {};
    expect(decide({ ...base, suitability: findings }, { decisionDate: on }).outcome).toBe('refuse-settlement');
  });
  it('no eligible-from date when a missing answer could add a lasting ground', () => {
    const base = withConvictions(grantableCase(), [caution]);
    const { 'nhs-debt': _omit, ...findings } = base.suitability ?? {};
    expect(decide({ ...base, suitability: findings }, { decisionDate: on }).eligibleFrom).toBeUndefined();
    expect(decide(base, { decisionDate: on }).eligibleFrom).toBe('2026-09-02');
  });
  it('a pending prosecution holds the case, unless a refusal ground already applies', () => {
    const held = { ...grantableCase(), criminality: { hasConvictions: false, ...charged } };
    expect(decide(held, { decisionDate: on }).outcome).toBe('on-hold-pending-prosecution');
    expect(codes(held)).toEqual(['send-hold-letter']);
    const refused = withConvictions(held, [caution]);
    expect(decide(refused, { decisionDate: on }).outcome).toBe('refuse-settlement');
    // A refusal resting only on time-limited grounds gives its date, unless the prosecution ends in a conviction.
    expect(decide(refused, { decisionDate: on }).eligibleFrom).toBe('2026-09-02');
    expect(decide(refused, { decisionDate: on }).eligibleFromUnlessConvicted).toBe(true);
  });
  it('a lapsed ground does not stop the hold', () => {
    const held = withConvictions({ ...grantableCase(), criminality: { hasConvictions: false, ...charged } }, [conviction({ kind: 'non-custodial', convictedOn: '2019-01-01' })]);
    expect(decide(held, { decisionDate: on }).outcome).toBe('on-hold-pending-prosecution');
  });
});

describe('the other application and the Calais-policy choice', () => {
  const withChoice = (choice: 'yes' | 'no' | 'not-answered' | undefined): CaseFile => ({
    ...grantableCase(),
    contact: { hasRepresentative: true, representative: { name: 'A Solicitor' } },
    otherApplication: { outstanding: true, route: 'family', madeOn: '2022-02-01', inTime: true, ...(choice ? { considerUnderCalaisPolicy: choice } : {}) },
  });
  it('opted in and granted: serve, void only after service, refund fee and IHS', () => {
    expect(codes(withChoice('yes'))).toEqual(['serve-decision', 'serve-decision-on-representative', 'void-other-application-after-service', 'refund-fee-and-ihs']);
  });
  it('opted out: declined, the other application continues', () => {
    expect(decide(withChoice('no'), { decisionDate: on }).outcome).toBe('declined-consideration');
    expect(codes(withChoice('no'))).toEqual(['continue-other-application']);
  });
  it('not answered: chase the questionnaire', () => {
    const decision = decide(withChoice('not-answered'), { decisionDate: on });
    expect(decision.outcome).toBe('awaiting-information');
    expect(decision.actions.map((a) => a.code)).toEqual(['chase-questionnaire']);
    expect(decision.missing.map((m) => m.path)).toEqual(['otherApplication.considerUnderCalaisPolicy']);
  });
  it('not recorded: the choice is a missing answer', () => {
    expect(decide(withChoice(undefined), { decisionDate: on }).actions.map((a) => a.code)).toEqual(['record-missing-answers']);
  });
  it('opted in but refused: the other application continues', () => {
    const refused = withConvictions(withChoice('yes'), [caution]);
    expect(codes(refused)).toEqual(['serve-decision', 'serve-decision-on-representative', 'continue-other-application']);
  });
  it('ignores a choice when no outstanding application is recorded', () => {
    const caseFile: CaseFile = { ...grantableCase(), otherApplication: { outstanding: false, considerUnderCalaisPolicy: 'no' } };
    expect(decide(caseFile, { decisionDate: on }).outcome).toBe('grant-settlement');
    expect(codes(caseFile)).toEqual(['serve-decision']);
  });
});

describe('awaiting information', () => {
  it('names every missing answer in plain English', () => {
    const caseFile: CaseFile = { format: 'calais-settlement-case', version: 2, id: 'blank' };
    const decision = decide(caseFile, { decisionDate: on });
    expect(decision.outcome).toBe('awaiting-information');
    expect(decision.missing.slice(0, 3)).toEqual([
      { path: 'leave.transferredOn', label: 'Date of transfer to the UK' },
      { path: 'leave.transferBasis', label: 'Basis of transfer' },
      { path: 'leave.presentInUk', label: 'Whether the person is in the UK' },
    ]);
    expect(decision.missing.map((m) => m.path)).toContain('suitability.nhs-debt.applies');
    expect(decision.actions.map((a) => a.code)).toEqual(['record-missing-answers']);
  });
  it('asks for biometrics and the questionnaire', () => {
    const caseFile: CaseFile = { ...grantableCase(), questionnaire: { returned: false, biometrics: 'outstanding' } };
    expect(codes(caseFile)).toEqual(['chase-questionnaire', 'request-biometrics']);
  });
  it('asks whether there are dependants before granting', () => {
    const { dependants: _omit, ...caseFile } = grantableCase();
    const decision = decide(caseFile, { decisionDate: on });
    expect(decision.outcome).toBe('awaiting-information');
    expect(decision.missing).toEqual([{ path: 'dependants.hasDependants', label: 'Whether the person has any dependants' }]);
  });
});

describe('dependants', () => {
  const child = (fields: Partial<Dependant> = {}): Dependant => ({
    id: 'd1',
    relationship: 'child',
    holds352T: true,
    criminality: { hasConvictions: false, hasPendingCharges: false },
    suitability: grantableCase().suitability ?? {},
    ...fields,
  });
  const family = (...people: Dependant[]): CaseFile => ({ ...grantableCase(), dependants: { hasDependants: true, people } });
  const outcomes = (caseFile: CaseFile) => decide(caseFile, { decisionDate: on }).dependants.map((d) => d.outcome);

  it('a 352T child who meets the requirements is granted in line', () => {
    expect(outcomes(family(child()))).toEqual(['grant-in-line']);
  });
  it('a partner goes to the family route, whatever their record: their criminality is not assessed', () => {
    const partner = child({ id: 'd2', relationship: 'partner', holds352T: false, criminality: { hasConvictions: true, convictions: [{ id: 'x' }] } });
    const decision = decide(family(partner), { decisionDate: on });
    expect(decision.outcome).toBe('grant-settlement');
    expect(decision.dependants[0]?.outcome).toBe('family-route');
    expect(decision.dependants[0]?.reasons).toHaveLength(1);
    expect(decision.actions.map((a) => a.code)).toContain('advise-family-route');
  });
  it('a 352T child is refused on their own caution, without 352J(ii)', () => {
    const decision = decide(family(child({ criminality: { hasConvictions: true, hasPendingCharges: false, convictions: [caution] } })), { decisionDate: on });
    expect(decision.dependants[0]?.outcome).toBe('refuse');
    expect(decision.dependants[0]?.reasons.some((r) => r.citation === '352J(ii)')).toBe(false);
  });
  it('a 352T child facing trial is held', () => {
    expect(outcomes(family(child({ criminality: { hasConvictions: false, ...charged } })))).toEqual(['on-hold']);
  });
  it('follows the main person: refused means not granted, held means held', () => {
    expect(outcomes(withConvictions(family(child()), [caution]))).toEqual(['main-not-granted']);
    const held = family(child());
    expect(outcomes({ ...held, criminality: { hasConvictions: false, ...charged } })).toEqual(['on-hold']);
  });
  it('352T: a child’s missing answer gives the child an outcome of its own and does not hold back the person’s grant', () => {
    const decision = decide(family(child({ suitability: {} })), { decisionDate: on });
    expect(decision.outcome).toBe('grant-settlement');
    expect(decision.dependants[0]?.outcome).toBe('awaiting-information');
    expect(decision.missing).toEqual([]);
    expect(decision.dependants[0]?.missing?.[0]).toEqual({
      path: 'dependants.people[0].suitability.excluded-from-protection.applies',
      label: 'Dependant 1: Finding: excluded from refugee status or humanitarian protection (352J(i))',
    });
    expect(decision.actions).toContainEqual(expect.objectContaining({ code: 'record-missing-answers', dependantId: 'd1' }));
  });
  it('a dependants list kept under "any dependants? No" is flagged, not read', () => {
    const caseFile: CaseFile = { ...family(child({ holds352T: undefined })), dependants: { hasDependants: false, people: [child()] } };
    const decision = decide(caseFile, { decisionDate: on });
    expect(decision.dependants).toEqual([]);
    expect(decision.outcome).toBe('awaiting-information');
    expect(decision.reasons.find((r) => r.code === 'dependants-recorded')).toMatchObject({ status: 'not-met', inconsistent: true });
    expect(decision.actions.map((a) => a.code)).toContain('check-inconsistent-record');
  });
});

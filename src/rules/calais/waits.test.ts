/**
 * Issue 11, "decision can start": the decision says which missing answers could still change its
 * outcome (`couldChangeOutcome`) and whether it waits for them (`waitsForAnswers`), read from the
 * outcome precedence (docs/rules.md, "When the decision can start").
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile, SuitabilityFindings } from '../../case/schema';
import { decide } from '../index';
import { clearFindings, conviction, grantableCase, withConvictions } from '../testing';

const on = '2025-06-01';
const findings = (change: SuitabilityFindings): SuitabilityFindings => ({ ...clearFindings(), ...change });
const without = (code: keyof SuitabilityFindings): SuitabilityFindings => {
  const out = clearFindings();
  delete out[code];
  return out;
};

describe('couldChangeOutcome and waitsForAnswers, outcome by outcome', () => {
  it.each<[string, CaseFile, string, string[], boolean]>([
    ['a grant: every answer of the person recorded', grantableCase(), 'grant-settlement', [], false],
    [
      'a known eligibility failure (Concession 1) with the questionnaire and findings unanswered: nothing can change it',
      { ...grantableCase(), leave: { ...grantableCase().leave, presentInUk: false }, questionnaire: {}, suitability: {} },
      'not-eligible',
      [],
      false,
    ],
    [
      'a firm refusal (9.11.1) with "Any convictions?" unanswered and no list: nothing can change it',
      { ...grantableCase(), criminality: { hasPendingCharges: false }, suitability: findings({ 'nhs-debt': { applies: true } }) },
      'refuse-settlement',
      [],
      false,
    ],
    [
      'a hold with a finding unrecorded: the finding could still make it a refusal, but the hold is acted on now',
      { ...grantableCase(), criminality: { hasConvictions: false, hasPendingCharges: true, pendingCharges: [{ id: 'p1', offence: 'assault', chargedOn: '2025-04-02', where: 'uk' }] }, suitability: without('nhs-debt') },
      'on-hold-pending-prosecution',
      ['suitability.nhs-debt.applies'],
      false,
    ],
    [
      'a hold with every finding recorded and dependants unanswered: whether there are dependants cannot change a hold',
      { ...grantableCase(), criminality: { hasConvictions: false, hasPendingCharges: true, pendingCharges: [{ id: 'p1', offence: 'assault', chargedOn: '2025-04-02', where: 'uk' }] }, dependants: {} },
      'on-hold-pending-prosecution',
      [],
      false,
    ],
    [
      'declined consideration with an eligibility answer missing: it could still be not eligible',
      { ...grantableCase(), leave: { ...grantableCase().leave, presentInUk: undefined }, otherApplication: { outstanding: true, inTime: true, considerUnderCalaisPolicy: 'no' } },
      'declined-consideration',
      ['leave.presentInUk'],
      true,
    ],
    ['awaiting information: every missing answer', { ...grantableCase(), suitability: without('deception') }, 'awaiting-information', ['suitability.deception.applies'], true],
  ])('%s', (_name, caseFile, outcome, paths, waits) => {
    const decision = decide(caseFile, { decisionDate: on });
    expect(decision.outcome).toBe(outcome);
    expect(decision.couldChangeOutcome.map((answer) => answer.path)).toEqual(paths);
    expect(decision.waitsForAnswers).toBe(waits);
  });

  it('a refusal resting on a conviction whose appeal is not recorded is no firm refusal: awaiting, and it waits', () => {
    const decision = decide(withConvictions(grantableCase(), [conviction({ kind: 'custodial', sentenceLengthMonths: 6, sentenceEndsOn: '2024-07-01', appealPending: undefined })]), { decisionDate: on });
    expect(decision.outcome).toBe('awaiting-information');
    expect(decision.waitsForAnswers).toBe(true);
    expect(decision.couldChangeOutcome.map((answer) => answer.path)).toEqual(['criminality.convictions[0].appealPending']);
  });

  it('a list kept under an unanswered "Any charges?" beside a firm refusal: a "No" would make the record inconsistent, so it waits', () => {
    const caseFile: CaseFile = {
      ...grantableCase(),
      criminality: { hasConvictions: false, pendingCharges: [{ id: 'p1', offence: 'assault' }] },
      suitability: findings({ deception: { applies: true } }),
    };
    const decision = decide(caseFile, { decisionDate: on });
    expect(decision.outcome).toBe('refuse-settlement');
    expect(decision.couldChangeOutcome.map((answer) => answer.path)).toEqual(['criminality.hasPendingCharges']);
    expect(decision.waitsForAnswers).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { decide } from '../index';
import { conviction, grantableCase, withConvictions } from '../testing';
import type { CaseFile, Conviction } from '../../case/schema';

function section72(c: Conviction, finding?: boolean): ReturnType<typeof decide> {
  let caseFile: CaseFile = withConvictions(grantableCase(), [c]);
  if (finding !== undefined) caseFile = { ...caseFile, suitability: { ...caseFile.suitability, 'danger-to-community': { applies: finding } } };
  return decide(caseFile, { decisionDate: '2025-06-01' });
}
function status(decision: ReturnType<typeof decide>) {
  return decision.reasons.find((r) => r.citation === '352J(iv)')?.status;
}

describe('352J(iv): section 72 threshold by conviction date', () => {
  const twelveMonths = (convictedOn: string) => conviction({ kind: 'custodial', sentenceLengthMonths: 12, convictedOn, sentenceEndsOn: '2023-12-31' });
  it.each([
    ['2022-06-27', 'met'],
    ['2022-06-28', 'unknown'],
    ['2022-06-29', 'unknown'],
  ])('12 months, convicted %s, no finding: %s', (date, expected) => {
    expect(status(section72(twelveMonths(date)))).toBe(expected);
  });
  it('23 months before 28 June 2022 is not a particularly serious crime; 24 months is', () => {
    const c = conviction({ kind: 'custodial', sentenceLengthMonths: 23, convictedOn: '2020-01-01', sentenceEndsOn: '2021-01-01' });
    expect(status(section72(c))).toBe('met');
    expect(status(section72({ ...c, sentenceLengthMonths: 24 }))).toBe('unknown');
  });
  it('the caseworker’s finding decides: not rebutted refuses and points to restricted leave', () => {
    const decision = section72(twelveMonths('2022-06-28'), true);
    expect(status(decision)).toBe('not-met');
    expect(decision.outcome).toBe('refuse-settlement');
    expect(decision.actions.map((a) => a.code)).toContain('consider-restricted-leave');
    expect(status(section72(twelveMonths('2022-06-28'), false))).toBe('met');
  });
  it('the presumption does not apply while an appeal is pending', () => {
    expect(status(section72({ ...twelveMonths('2022-06-28'), appealPending: true }))).toBe('met');
    const { appealPending: _omit, ...noAnswer } = twelveMonths('2022-06-28');
    const reason = section72(noAnswer).reasons.find((r) => r.citation === '352J(iv)');
    expect(reason?.status).toBe('unknown');
    expect(reason?.missing).toContain('criminality.convictions[0].appealPending');
  });
  it('a finding recorded without a qualifying conviction is not read', () => {
    expect(status(section72(conviction({ kind: 'non-custodial', convictedOn: '2019-01-01' }), true))).toBe('met');
  });
  it('a suspended sentence is not a sentence of imprisonment here', () => {
    expect(status(section72(conviction({ kind: 'suspended', sentenceLengthMonths: 24, convictedOn: '2023-01-01' })))).toBe('met');
  });
});

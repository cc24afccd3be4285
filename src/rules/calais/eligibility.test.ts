import { describe, expect, it } from 'vitest';
import { decide } from '../index';
import { grantableCase } from '../testing';
import type { CaseFile, Leave } from '../../case/schema';

function withLeave(leave: Partial<Leave>): CaseFile {
  const base = grantableCase();
  return { ...base, leave: { ...base.leave, ...leave } };
}
const reasonFor = (caseFile: CaseFile, decisionDate: string, citation: string) => {
  const decision = decide(caseFile, { decisionDate });
  return { decision, reason: decision.reasons.find((r) => r.citation === citation) };
};

describe('Concession 3 with 352L: a BID held for 5 years', () => {
  it.each([
    ['2022-02-28', 'not-met', 'not-eligible'],
    ['2022-03-01', 'met', 'grant-settlement'],
    ['2022-03-02', 'met', 'grant-settlement'],
  ])('BID issued 1 March 2017, decided %s: %s', (date, status, outcome) => {
    const { decision, reason } = reasonFor(grantableCase(), date, 'Concession 3 (352L)');
    expect(reason?.status).toBe(status);
    expect(decision.outcome).toBe(outcome);
  });
  it('gives the date the person becomes eligible when the BID is the only failure', () => {
    expect(decide(grantableCase(), { decisionDate: '2022-02-28' }).eligibleFrom).toBe('2022-03-01');
  });
  it('gives no date when something else also fails', () => {
    const decision = decide(withLeave({ presentInUk: false }), { decisionDate: '2022-02-28' });
    expect(decision.outcome).toBe('not-eligible');
    expect(decision.eligibleFrom).toBeUndefined();
  });
  it.each([
    ['2025-02-27', 'not-met'],
    ['2025-02-28', 'met'],
    ['2025-03-01', 'met'],
  ])('BID issued 29 February 2020, decided %s: %s', (date, status) => {
    expect(reasonFor(withLeave({ bidIssuedOn: '2020-02-29' }), date, 'Concession 3 (352L)').reason?.status).toBe(status);
  });
});

describe('Concession 4: BID not revoked within the 5 years', () => {
  it.each([
    ['2022-02-28', 'not-met'],
    ['2022-03-01', 'met'],
    ['2022-03-02', 'met'],
  ])('revoked on %s: %s', (revokedOn, status) => {
    expect(reasonFor(withLeave({ bidRevoked: true, bidRevokedOn: revokedOn }), '2025-06-01', 'Concession 4').reason?.status).toBe(status);
  });
  it('ignores a revocation date when no revocation is recorded', () => {
    expect(reasonFor(withLeave({ bidRevoked: false, bidRevokedOn: '2018-01-01' }), '2025-06-01', 'Concession 4').reason?.status).toBe('met');
  });
  it('needs the date when a revocation is recorded', () => {
    const { reason, decision } = reasonFor(withLeave({ bidRevoked: true }), '2025-06-01', 'Concession 4');
    expect(reason?.status).toBe('unknown');
    expect(decision.missing.map((m) => m.path)).toEqual(['leave.bidRevokedOn']);
  });
});

describe('352I: the Calais transfer window, 17 October 2016 to 13 July 2017', () => {
  it.each([
    ['2016-10-16', 'not-met'],
    ['2016-10-17', 'met'],
    ['2016-10-18', 'met'],
    ['2017-07-12', 'met'],
    ['2017-07-13', 'met'],
    ['2017-07-14', 'not-met'],
  ])('transferred %s: %s', (transferredOn, status) => {
    expect(reasonFor(withLeave({ transferredOn }), '2025-06-01', '352I').reason?.status).toBe(status);
  });
  it('flags a Calais case outside the window as inconsistent and waits for a check', () => {
    const { decision, reason } = reasonFor(withLeave({ transferredOn: '2018-01-01' }), '2025-06-01', '352I');
    expect(reason?.inconsistent).toBe(true);
    expect(decision.outcome).toBe('awaiting-information');
    expect(decision.missing[0]?.path).toBe('leave.transferredOn');
    expect(decision.actions.map((a) => a.code)).toEqual(['check-inconsistent-record']);
  });
  it('does not check the window for section 67 leave', () => {
    const { decision, reason } = reasonFor(withLeave({ type: 'section-67', transferredOn: '2018-01-01' }), '2025-06-01', '352I');
    expect(reason).toBeUndefined();
    expect(decision.outcome).toBe('not-eligible');
  });
});

describe('who is not eligible', () => {
  it.each<[string, Partial<Leave>, string]>([
    ['not in the UK', { presentInUk: false }, 'Concession 1'],
    ['section 67 leave', { type: 'section-67' }, 'Concession 2'],
    ['other leave', { type: 'other' }, 'Concession 2'],
    ['leave revoked', { revoked: true }, 'Concession: revoked'],
    ['already settled', { currentStatus: 'settled' }, 'Concession: settled'],
    ['British citizen', { currentStatus: 'british-citizen' }, 'Concession: settled'],
  ])('%s', (_name, leave, citation) => {
    const decision = decide(withLeave(leave), { decisionDate: '2025-06-01' });
    expect(decision.outcome).toBe('not-eligible');
    expect(decision.reasons.filter((r) => r.status === 'not-met').map((r) => r.citation)).toEqual([citation]);
    expect(decision.eligibleFrom).toBeUndefined();
  });
  it('an expired leave with no application can still be granted', () => {
    expect(decide(withLeave({ currentStatus: 'expired-no-application' }), { decisionDate: '2025-06-01' }).outcome).toBe('grant-settlement');
  });
});

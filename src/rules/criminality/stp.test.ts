import { describe, expect, it } from 'vitest';
import { decide } from '../index';
import { conviction, grantableCase, withConvictions } from '../testing';
import type { Conviction } from '../../case/schema';

function limb(convictions: Conviction[], decisionDate: string, letter: string) {
  const decision = decide(withConvictions(grantableCase(), convictions), { decisionDate });
  const found = decision.reasons.find((r) => r.citation === `STP 2.1(${letter})`);
  if (!found) throw new Error(`no STP 2.1(${letter})`);
  return { reason: found, decision };
}

describe('STP 2.1(a): custodial sentence of 4 years or more', () => {
  it.each([
    [47, 'met'],
    [48, 'not-met'],
    [49, 'not-met'],
  ])('%d months: %s', (months, status) => {
    const c = conviction({ kind: 'custodial', sentenceLengthMonths: months, convictedOn: '2010-01-01', sentenceEndsOn: '2012-01-01' });
    expect(limb([c], '2040-01-01', 'a').reason.status).toBe(status);
  });
  it('never lapses', () => {
    const c = conviction({ kind: 'custodial', sentenceLengthMonths: 60, convictedOn: '2010-01-01', sentenceEndsOn: '2013-01-01' });
    const { reason } = limb([c], '2090-01-01', 'a');
    expect(reason.status).toBe('not-met');
    expect(reason.timeLimited).toBeUndefined();
  });
});

describe('STP 2.1(b): 12 months to under 4 years, until 15 years after the sentence ends', () => {
  const c = conviction({ kind: 'custodial', sentenceLengthMonths: 12, convictedOn: '2017-09-01', sentenceEndsOn: '2018-03-01' });
  it.each([
    ['2033-02-28', 'not-met'],
    ['2033-03-01', 'met'],
    ['2033-03-02', 'met'],
  ])('decided %s: %s', (date, status) => {
    expect(limb([c], date, 'b').reason.status).toBe(status);
  });
  it('carries the date it stops applying', () => {
    expect(limb([c], '2030-01-01', 'b').reason.timeLimited).toEqual({ until: '2033-03-01' });
  });
  it('an 11.9-month sentence falls under (c), not (b)', () => {
    const short = { ...c, sentenceLengthMonths: 11.9 };
    expect(limb([short], '2020-01-01', 'b').reason.status).toBe('met');
    expect(limb([short], '2020-01-01', 'c').reason.status).toBe('not-met');
  });
});

describe('STP 2.1(c): under 12 months, until 7 years after the sentence ends', () => {
  const c = conviction({ kind: 'custodial', sentenceLengthMonths: 6, convictedOn: '2017-12-10', sentenceEndsOn: '2018-03-10' });
  it.each([
    ['2025-03-09', 'not-met'],
    ['2025-03-10', 'met'],
    ['2025-03-11', 'met'],
  ])('decided %s: %s', (date, status) => {
    expect(limb([c], date, 'c').reason.status).toBe(status);
  });
  it('a sentence ending on 29 February reaches 7 years on 28 February', () => {
    const leap = { ...c, convictedOn: '2019-12-01', sentenceEndsOn: '2020-02-29' };
    expect(limb([leap], '2027-02-27', 'c').reason.status).toBe('not-met');
    expect(limb([leap], '2027-02-28', 'c').reason.status).toBe('met');
    expect(limb([leap], '2027-03-01', 'c').reason.status).toBe('met');
  });
});

describe('STP 2.1(d): non-custodial sentence or out-of-court disposal within the 24 months before the decision', () => {
  const c = conviction({ kind: 'out-of-court-disposal', convictedOn: '2023-06-01' });
  it.each([
    ['2025-05-31', 'not-met'],
    ['2025-06-01', 'not-met'],
    ['2025-06-02', 'met'],
  ])('caution on 1 June 2023, decided %s: %s', (date, status) => {
    expect(limb([c], date, 'd').reason.status).toBe(status);
  });
  it('the first date it stops applying is the day after the 24 months', () => {
    expect(limb([c], '2025-01-01', 'd').reason.timeLimited).toEqual({ until: '2025-06-02' });
  });
  it('a suspended sentence is non-custodial: (d), never (b) or (c)', () => {
    const suspended = conviction({ kind: 'suspended', sentenceLengthMonths: 24, convictedOn: '2024-01-15' });
    expect(limb([suspended], '2025-06-01', 'd').reason.status).toBe('not-met');
    expect(limb([suspended], '2025-06-01', 'b').reason.status).toBe('met');
    expect(limb([suspended], '2025-06-01', 'c').reason.status).toBe('met');
  });
  it('a conviction abroad counts as a UK one does', () => {
    const overseas = { ...c, where: 'overseas' as const };
    expect(limb([overseas], '2025-06-01', 'd').reason.status).toBe('not-met');
  });
});

describe('each sentence is assessed on its own', () => {
  it('two 8-month sentences are two (c) sentences, not one 16-month (b) sentence', () => {
    const first = conviction({ id: 'c1', kind: 'custodial', sentenceLengthMonths: 8, convictedOn: '2018-01-05', sentenceEndsOn: '2018-05-05' });
    const second = conviction({ id: 'c2', kind: 'custodial', sentenceLengthMonths: 8, convictedOn: '2018-06-01', sentenceEndsOn: '2019-01-01' });
    expect(limb([first, second], '2025-06-01', 'b').reason.status).toBe('met');
    const c = limb([first, second], '2025-06-01', 'c');
    expect(c.reason.status).toBe('not-met');
    expect(c.reason.timeLimited).toEqual({ until: '2026-01-01' });
    expect(c.decision.eligibleFrom).toBe('2026-01-01');
  });
  it('the latest end of several time-limited grounds is the eligible-from date', () => {
    const custodial = conviction({ id: 'c1', kind: 'custodial', sentenceLengthMonths: 6, convictedOn: '2018-01-01', sentenceEndsOn: '2018-07-01' });
    const caution = conviction({ id: 'c2', kind: 'out-of-court-disposal', convictedOn: '2024-03-01' });
    const decision = decide(withConvictions(grantableCase(), [custodial, caution]), { decisionDate: '2025-06-01' });
    expect(decision.outcome).toBe('refuse-settlement');
    expect(decision.eligibleFrom).toBe('2026-03-02');
  });
});

describe('missing conviction details', () => {
  it('a conviction of unknown kind leaves (a)–(d) unknown', () => {
    const c = { id: 'c1', convictedOn: '2020-01-01' };
    const decision = decide(withConvictions(grantableCase(), [c]), { decisionDate: '2025-06-01' });
    expect(decision.outcome).toBe('awaiting-information');
    expect(decision.missing).toContainEqual({ path: 'criminality.convictions[0].kind', label: 'Kind of sentence or disposal (conviction 1)' });
  });
  it('a custodial sentence without its end date leaves (b) unknown', () => {
    const c = conviction({ kind: 'custodial', sentenceLengthMonths: 14, convictedOn: '2015-01-01' });
    const { reason } = limb([c], '2025-06-01', 'b');
    expect(reason.status).toBe('unknown');
    expect(reason.missing).toEqual(['criminality.convictions[0].sentenceEndsOn']);
  });
});

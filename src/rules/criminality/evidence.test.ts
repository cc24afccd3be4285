/**
 * The structured evidence of STP 2.1 (a)–(d) and 352J(iv) with section 72, by paragraph, on both
 * sides of each threshold date: what letters and pages read instead of the reason's sentence.
 */
import { describe, expect, it } from 'vitest';
import type { Conviction } from '../../case/schema';
import { decide } from '../index';
import { inForce, SECTION_72_MINIMUM_MONTHS, STP_THRESHOLDS } from '../parameters';
import { conviction, grantableCase, withConvictions } from '../testing';
import type { Reason } from '../types';

function reasonFor(convictions: Conviction[], decisionDate: string, citation: string): Reason {
  const found = decide(withConvictions(grantableCase(), convictions), { decisionDate }).reasons.find((r) => r.citation === citation);
  if (!found) throw new Error(`no ${citation}`);
  return found;
}

function stp(convictions: Conviction[], decisionDate: string, limb: string) {
  const r = reasonFor(convictions, decisionDate, `STP 2.1(${limb})`);
  if (r.evidence?.type !== 'stp-limb') throw new Error(`no STP evidence on ${r.code}`);
  return { reason: r, evidence: r.evidence };
}

const t = inForce(STP_THRESHOLDS, '2030-01-01');

describe('STP 2.1(a) evidence', () => {
  const c = conviction({ id: 'conv-a', kind: 'custodial', sentenceLengthMonths: 60, convictedOn: '2010-01-01', sentenceEndsOn: '2013-01-01' });
  it('names the conviction, its kind and months, and the threshold; no date it stops applying', () => {
    const { reason, evidence } = stp([c], '2090-01-01', 'a');
    expect(reason.code).toBe('stp-2.1-a');
    expect(evidence).toEqual({
      type: 'stp-limb',
      limb: 'a',
      threshold: { minMonths: t.longCustodialMonths },
      engaged: [{ conviction: 'conv-a', index: 0, offence: 'theft', convictedOn: '2010-01-01', kind: 'custodial', months: 60, endsOn: '2013-01-01' }],
      lapsed: [],
    });
  });
  it('one month under the threshold engages (b), not (a)', () => {
    expect(stp([{ ...c, sentenceLengthMonths: t.longCustodialMonths - 1 }], '2020-01-01', 'a').evidence.engaged).toEqual([]);
  });
});

describe('STP 2.1(b) evidence: 15 years after the sentence ends', () => {
  const c = conviction({ id: 'conv-1', kind: 'custodial', sentenceLengthMonths: 18, convictedOn: '2018-01-10', sentenceEndsOn: '2019-11-13' });
  const limb = { conviction: 'conv-1', index: 0, offence: 'theft', convictedOn: '2018-01-10', kind: 'custodial', months: 18, endsOn: '2019-11-13', stopsApplyingOn: '2034-11-13' };
  const threshold = { minMonths: t.mediumCustodialMonths, belowMonths: t.longCustodialMonths, years: t.mediumSentenceYears };
  it('the day before it stops applying: engaged, with the date it stops applying', () => {
    const { reason, evidence } = stp([c], '2034-11-12', 'b');
    expect(reason.status).toBe('not-met');
    expect(evidence).toEqual({ type: 'stp-limb', limb: 'b', threshold, engaged: [limb], lapsed: [] });
    expect(reason.timeLimited).toEqual({ until: '2034-11-13' });
  });
  it('on the day it stops applying: lapsed, the same conviction evidence', () => {
    const { reason, evidence } = stp([c], '2034-11-13', 'b');
    expect(reason.status).toBe('met');
    expect(evidence).toEqual({ type: 'stp-limb', limb: 'b', threshold, engaged: [], lapsed: [limb] });
  });
});

describe('STP 2.1(c) evidence: 7 years after the sentence ends', () => {
  const c = conviction({ id: 'conv-c', kind: 'custodial', sentenceLengthMonths: 6, convictedOn: '2017-12-10', sentenceEndsOn: '2018-03-10', where: 'overseas' });
  it.each([
    ['2025-03-09', 1, 0],
    ['2025-03-10', 0, 1],
  ])('decided %s: %d engaged, %d lapsed', (date, engaged, lapsed) => {
    const { evidence } = stp([c], date, 'c');
    expect(evidence.threshold).toEqual({ belowMonths: t.mediumCustodialMonths, years: t.shortSentenceYears });
    expect([evidence.engaged.length, evidence.lapsed.length]).toEqual([engaged, lapsed]);
    expect([...evidence.engaged, ...evidence.lapsed][0]).toMatchObject({ conviction: 'conv-c', overseas: true, stopsApplyingOn: '2025-03-10' });
  });
});

describe('STP 2.1(d) evidence: within 24 months before the decision', () => {
  const caution = conviction({ id: 'caution', kind: 'out-of-court-disposal', convictedOn: '2023-06-01' });
  it.each([
    ['2025-06-01', 1],
    ['2025-06-02', 0],
  ])('decided %s: %d engaged; the window and the date it stops applying are given', (date, engaged) => {
    const { evidence } = stp([caution], date, 'd');
    expect(evidence.threshold.windowMonths).toBe(t.nonCustodialMonths);
    expect(evidence.engaged.length).toBe(engaged);
    expect([...evidence.engaged, ...evidence.lapsed]).toEqual([{ conviction: 'caution', index: 0, offence: 'theft', convictedOn: '2023-06-01', kind: 'out-of-court-disposal', stopsApplyingOn: '2025-06-02' }]);
  });
  it('the window start in the evidence is the date the sentence names', () => {
    const { reason, evidence } = stp([caution], '2025-06-01', 'd');
    expect(evidence.threshold.windowStart).toBe('2023-06-01');
    expect(reason.text).toContain('on or after 1 June 2023 (within 24 months before the decision)');
  });
  it('a suspended sentence is evidence of kind "suspended" under (d), not a custodial one', () => {
    const suspended = conviction({ id: 's', kind: 'suspended', convictedOn: '2025-01-15', sentenceLengthMonths: 12 });
    expect(stp([suspended], '2025-06-01', 'd').evidence.engaged[0]).toMatchObject({ kind: 'suspended' });
    expect(stp([suspended], '2025-06-01', 'd').evidence.engaged[0]?.months).toBeUndefined();
  });
});

describe('the sentences state the numbers of the dated table', () => {
  it('each limb’s sentence carries the table’s thresholds', () => {
    const none = conviction({ kind: 'non-custodial', convictedOn: '2000-01-01' });
    const texts = ['a', 'b', 'c', 'd'].map((l) => stp([none], '2025-06-01', l).reason.text);
    expect(texts[0]).toContain(`${t.longCustodialMonths / 12} years`);
    expect(texts[1]).toContain(`${t.mediumCustodialMonths} months`);
    expect(texts[1]).toContain(`${t.mediumSentenceYears} years`);
    expect(texts[2]).toContain(`${t.shortSentenceYears} years`);
    expect(texts[3]).toContain(`${t.nonCustodialMonths} months`);
  });
});

describe('352J(iv) section 72 evidence: the threshold by date of conviction', () => {
  const twelve = (convictedOn: string, fields: Partial<Conviction> = {}) =>
    conviction({ id: 'psc', kind: 'custodial', sentenceLengthMonths: 12, convictedOn, sentenceEndsOn: '2023-12-31', ...fields });
  function s72(c: Conviction) {
    const r = reasonFor([c], '2025-06-01', '352J(iv)');
    if (r.evidence?.type !== 'section-72') throw new Error('no section 72 evidence');
    return { reason: r, evidence: r.evidence };
  }
  it('convicted 27 June 2022: 12 months is under the 24-month threshold then, so nothing qualifies', () => {
    const { reason, evidence } = s72(twelve('2022-06-27'));
    expect(inForce(SECTION_72_MINIMUM_MONTHS, '2022-06-27')).toBe(24);
    expect(reason.status).toBe('met');
    expect(evidence).toEqual({ type: 'section-72', qualifying: [], appealPending: [], overseasNotSimilar: [] });
  });
  it('convicted 28 June 2022: qualifies, with the 12-month threshold of that date', () => {
    const { reason, evidence } = s72(twelve('2022-06-28'));
    expect(reason.code).toBe('danger-to-community');
    expect(evidence.qualifying).toEqual([{ conviction: 'psc', index: 0, offence: 'theft', convictedOn: '2022-06-28', kind: 'custodial', months: 12, endsOn: '2023-12-31', minimumMonths: 12 }]);
    expect(evidence.presumptionNotRebutted).toBeUndefined();
  });
  it('the finding, an appeal and section 72(2)(b) each land in their own place', () => {
    expect(s72(twelve('2022-06-28', { appealPending: true })).evidence).toMatchObject({ qualifying: [], appealPending: [{ conviction: 'psc', minimumMonths: 12 }] });
    const overseas = s72(twelve('2022-06-28', { where: 'overseas', ukSimilarOffenceReachesThreshold: false })).evidence;
    expect(overseas).toMatchObject({ qualifying: [], overseasNotSimilar: [{ conviction: 'psc', overseas: true, minimumMonths: 12 }] });
    const caseFile = withConvictions(grantableCase(), [twelve('2022-06-28')]);
    const withFinding = { ...caseFile, suitability: { ...caseFile.suitability, 'danger-to-community': { applies: true } } };
    const r = decide(withFinding, { decisionDate: '2025-06-01' }).reasons.find((x) => x.code === 'danger-to-community');
    expect(r?.status).toBe('not-met');
    expect(r?.evidence).toMatchObject({ type: 'section-72', presumptionNotRebutted: true });
  });
});

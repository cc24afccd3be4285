import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates';
import { decideSettlementProtection } from './decide';
import { settlementProtectionCaseSchema, type SettlementProtectionCase } from './schema';

const NO_FINDINGS = { 'persistent-offender': { applies: false }, 'serious-harm': { applies: false }, 'settlement-not-conducive': { applies: false } };

/** A refugee who meets everything on 2026-11-23; each test changes one fact. */
function refugee(overrides: Partial<SettlementProtectionCase> = {}): SettlementProtectionCase {
  return settlementProtectionCaseSchema.parse({
    format: 'settlement-protection-case',
    version: 1,
    applicant: 'main',
    validity: { specifiedForm: true, biometricsProvided: true, identityEstablished: true, inUkOnApplicationDate: true },
    permission: { lastGranted: 'refugee-status', asylumClaimMadeOn: '2019-01-15' },
    status: { kind: 'refugee-status', heldSince: '2020-02-29', continuousInUk: true, revokedOrRenounced: false, stillEntitledToProtection: true },
    criminality: { hasConvictions: false },
    suitability: NO_FINDINGS,
    ...overrides,
  });
}

const statusOf = (decision: { reasons: { citation: string; status: string }[] }, citation: string) =>
  decision.reasons.find((r) => r.citation === citation)?.status;

describe('STP 3.1: five continuous years, from a start on 29 February', () => {
  // 29 February 2020 + 5 years is 28 February 2025 (date-fns addYears).
  it.each([
    ['2025-02-27', 'not-met', 'further-permission'],
    ['2025-02-28', 'met', 'settle'],
    ['2025-03-01', 'met', 'settle'],
  ])('on %s the period is %s', (decisionDate, status, outcome) => {
    const decision = decideSettlementProtection(refugee(), { decisionDate });
    expect(statusOf(decision, 'STP 3.1(a)')).toBe(status);
    expect(decision.outcome).toBe(outcome);
  });

  it('states the day the period completes when it is the only requirement not met', () => {
    const decision = decideSettlementProtection(refugee(), { decisionDate: '2024-06-01' });
    expect(decision).toMatchObject({ outcome: 'further-permission', decisionCitation: 'STP 5.2', durationMonths: 30, eligibleFrom: '2025-02-28' });
  });
});

describe('STP 1.3: the limb follows the asylum claim date (28 June 2022)', () => {
  it.each([
    ['2022-06-27', 'refugee-status', 'STP 1.3(a)', 'met'],
    ['2022-06-28', 'refugee-status', 'STP 1.3(b)', 'not-met'],
    ['2022-06-28', 'refugee-permission-to-stay', 'STP 1.3(b)', 'met'],
    ['2022-06-29', 'refugee-permission-to-stay', 'STP 1.3(b)', 'met'],
    ['2022-06-27', 'refugee-permission-to-stay', 'STP 1.3(a)', 'not-met'],
  ] as const)('claim on %s with %s: %s %s', (asylumClaimMadeOn, lastGranted, citation, status) => {
    const decision = decideSettlementProtection(refugee({ permission: { lastGranted, asylumClaimMadeOn } }), { decisionDate: '2027-11-23' });
    expect(statusOf(decision, citation)).toBe(status);
  });
});

describe('STP 2.1(b): 15 years since a sentence of 12 months to under four years ended', () => {
  const withSentence = (custodialMonths: number, sentenceEndedOn: string) =>
    refugee({
      criminality: { hasConvictions: true, convictions: [{ id: 'c1', convictedOn: '2009-01-10', kind: 'custodial', sentenceLengthMonths: custodialMonths, sentenceEndsOn: sentenceEndedOn }] },
    });
  it.each([
    ['2026-04-30', 'not-met'],
    ['2026-05-01', 'met'],
    ['2026-05-02', 'met'],
  ])('sentence ended 1 May 2011, decided %s: %s', (decisionDate, status) => {
    expect(statusOf(decideSettlementProtection(withSentence(12, '2011-05-01'), { decisionDate }), 'STP 2.1(b)')).toBe(status);
  });
  it('12 months is (b), not (c); 48 months is (a)', () => {
    const twelve = decideSettlementProtection(withSentence(12, '2020-01-01'), { decisionDate: '2026-11-23' });
    expect([statusOf(twelve, 'STP 2.1(a)'), statusOf(twelve, 'STP 2.1(b)'), statusOf(twelve, 'STP 2.1(c)')]).toEqual(['met', 'not-met', 'met']);
    const fortyEight = decideSettlementProtection(withSentence(48, '2013-01-10'), { decisionDate: '2026-11-23' });
    expect([statusOf(fortyEight, 'STP 2.1(a)'), statusOf(fortyEight, 'STP 2.1(b)')]).toEqual(['not-met', 'met']);
    expect(fortyEight.timeLimitedGroundsEndOn).toBeUndefined();
  });
  it('states when the time-limited ground stops applying', () => {
    expect(decideSettlementProtection(withSentence(12, '2020-01-01'), { decisionDate: '2026-11-23' }).timeLimitedGroundsEndOn).toBe('2035-01-01');
  });
});

describe('STP 2.1(c): seven years since a sentence under 12 months ended', () => {
  it.each([
    ['2026-08-14', 'not-met'],
    ['2026-08-15', 'met'],
    ['2026-08-16', 'met'],
  ])('sentence ended 15 August 2019, decided %s: %s', (decisionDate, status) => {
    const input = refugee({
      criminality: { hasConvictions: true, convictions: [{ id: 'c1', convictedOn: '2019-02-01', kind: 'custodial', sentenceLengthMonths: 6, sentenceEndsOn: '2019-08-15' }] },
    });
    expect(statusOf(decideSettlementProtection(input, { decisionDate }), 'STP 2.1(c)')).toBe(status);
  });
});

describe('STP 2.1(d): 24 months before the decision', () => {
  const withCaution = (receivedOn: string) =>
    refugee({
      criminality: { hasConvictions: true, convictions: [{ id: 'c1', convictedOn: receivedOn, kind: 'out-of-court-disposal', offence: 'Caution' }] },
    });
  it.each([
    ['2026-06-14', 'not-met'],
    ['2026-06-15', 'not-met'],
    ['2026-06-16', 'met'],
  ])('caution on 15 June 2024, decided %s: %s', (decisionDate, status) => {
    expect(statusOf(decideSettlementProtection(withCaution('2024-06-15'), { decisionDate }), 'STP 2.1(d)')).toBe(status);
  });
  it('a suspended sentence counts under (d), not (a)–(c)', () => {
    const input = refugee({
      criminality: { hasConvictions: true, convictions: [{ id: 'c1', convictedOn: '2025-09-01', kind: 'suspended', sentenceLengthMonths: 6 }] },
    });
    const decision = decideSettlementProtection(input, { decisionDate: '2026-11-23' });
    expect(decision.reasons.filter((r) => r.status === 'not-met').map((r) => r.citation)).toEqual(['STP 2.1(d)']);
    expect(decision.timeLimitedGroundsEndOn).toBe('2027-09-02');
  });

  it('moving the decision date later never brings a lapsed time-limited ground back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6000 }),
        fc.integer({ min: 0, max: 47 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 4000 }),
        (offset, months, later, step) => {
          const event = addDays('2005-01-01', offset);
          const input = refugee({
            criminality: {
              hasConvictions: true,
              convictions: [
                { id: 'c1', convictedOn: event, kind: 'custodial', sentenceLengthMonths: months, sentenceEndsOn: event },
                { id: 'c2', convictedOn: event, kind: 'non-custodial' },
              ],
            },
          });
          const first = addDays(event, later);
          const second = addDays(first, step);
          const before = decideSettlementProtection(input, { decisionDate: first });
          const after = decideSettlementProtection(input, { decisionDate: second });
          for (const citation of ['STP 2.1(b)', 'STP 2.1(c)', 'STP 2.1(d)']) {
            if (statusOf(before, citation) === 'met') expect(statusOf(after, citation)).toBe('met');
          }
        },
      ),
    );
  });
});

describe('partners and children', () => {
  it('a partner is assessed under STP 7.1, not STP 2.1, and settles with the sponsor under STP 11.1', () => {
    const partner = settlementProtectionCaseSchema.parse({
      format: 'settlement-protection-case',
      version: 1,
      applicant: 'partner',
      validity: { specifiedForm: true, biometricsProvided: true, identityEstablished: true, inUkOnApplicationDate: true },
      dependantPermission: { sponsorAsylumClaimMadeOn: '2019-01-15', lastGrantedDependantPermission: true },
      criminality: { hasConvictions: true, convictions: [{ id: 'c1', convictedOn: '2025-06-01', kind: 'out-of-court-disposal' }] },
      suitability: NO_FINDINGS,
      partner: { sponsorPosition: 'being-granted-settlement-now', relationshipWithPartnerMet: true },
      continuesToQualifyAsDependant: true,
    });
    const refused = decideSettlementProtection(partner, { decisionDate: '2026-11-23' });
    expect(refused).toMatchObject({ outcome: 'further-permission', decisionCitation: 'STP 11.2' });
    expect(refused.reasons.filter((r) => r.status === 'not-met').map((r) => r.citation)).toEqual(['STP 7.1(d)']);
    expect(refused.reasons.some((r) => r.citation.startsWith('STP 2.1'))).toBe(false);
    expect(decideSettlementProtection(partner, { decisionDate: '2027-06-02' })).toMatchObject({ outcome: 'settle', decisionCitation: 'STP 11.1' });
  });
});

describe('outcomes', () => {
  it('an unanswered finding leaves the decision incomplete, with the reason unknown', () => {
    const decision = decideSettlementProtection(refugee({ suitability: {} }), { decisionDate: '2026-11-23' });
    expect(decision.outcome).toBe('incomplete');
    expect(decision.reasons.filter((r) => r.status === 'unknown').map((r) => r.citation)).toEqual(['STP 2.1(e)', 'STP 2.1(f)', 'STP 2.1(g)']);
  });
  it('a revoked status cannot lead to further permission', () => {
    const decision = decideSettlementProtection(
      refugee({ status: { kind: 'refugee-status', heldSince: '2015-01-01', continuousInUk: true, revokedOrRenounced: true, stillEntitledToProtection: true } }),
      { decisionDate: '2026-11-23' },
    );
    expect(decision.outcome).toBe('refuse');
    expect(statusOf(decision, 'STP 5.2')).toBe('not-met');
  });
  it('every decision carries the rules version and its route', () => {
    expect(decideSettlementProtection(refugee(), { decisionDate: '2026-11-23' })).toMatchObject({ route: 'settlement-protection', rulesVersion: expect.any(String) });
  });
});

describe('STP 2.1(a)–(d): "yes" with no conviction listed is unknown, never none', () => {
  it.each([
    [{ hasConvictions: true }, 'incomplete'],
    [{ hasConvictions: true, convictions: [] }, 'incomplete'],
    [{ hasConvictions: false }, 'settle'],
  ])('criminality %j: %s', (criminality, outcome) => {
    const d = decideSettlementProtection(refugee({ criminality }), { decisionDate: '2026-11-23' });
    expect(d.outcome).toBe(outcome);
    const limbs = d.reasons.filter((r) => /^STP 2\.1\([a-d]\)$/.test(r.citation));
    expect(limbs).toHaveLength(4);
    if (outcome === 'incomplete') for (const r of limbs) expect(r).toMatchObject({ status: 'unknown', missing: ['criminality.convictions'], text: 'Add the conviction, or change the answer to No.' });
  });
  it('a partner is asked for the list as well (STP 7.1)', () => {
    const d = decideSettlementProtection(refugee({ applicant: 'partner', criminality: { hasConvictions: true, convictions: [] } }), { decisionDate: '2026-11-23' });
    expect(d.reasons.filter((r) => r.missing?.includes('criminality.convictions')).map((r) => r.citation)).toEqual(['STP 7.1(a)', 'STP 7.1(b)', 'STP 7.1(c)', 'STP 7.1(d)']);
  });
});

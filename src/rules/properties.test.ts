/**
 * Properties of the rules over generated cases (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFile, Conviction, SentenceKind } from '../case/schema';
import { addDays, compareDates } from '../dates';
import { decide } from './index';
import { conviction, grantableCase, withConvictions } from './testing';

const TIME_LIMITED = ['STP 2.1(b)', 'STP 2.1(c)', 'STP 2.1(d)'];

/** A day from 2016 to 2040, as `YYYY-MM-DD`. */
const day = fc.integer({ min: 0, max: 24 * 366 }).map((n) => addDays('2016-01-01', n));

const convictionArb: fc.Arbitrary<Conviction> = fc
  .record({
    kind: fc.constantFrom<SentenceKind>('custodial', 'suspended', 'non-custodial', 'out-of-court-disposal'),
    convictedOn: day,
    months: fc.integer({ min: 1, max: 72 }),
    served: fc.integer({ min: 0, max: 900 }),
    where: fc.constantFrom('uk' as const, 'overseas' as const),
  })
  .map(({ kind, convictedOn, months, served, where }) =>
    conviction({
      kind,
      convictedOn,
      where,
      sentenceLengthMonths: months,
      ...(kind === 'custodial' ? { sentenceEndsOn: addDays(convictedOn, served) } : {}),
    }),
  );

const convictionsArb = fc.array(convictionArb, { minLength: 0, maxLength: 4 }).map((list) => list.map((c, i) => ({ ...c, id: `c${i}` })));

/** Cases that are grantable apart from convictions, with the section 72 finding recorded. */
function caseWith(convictions: Conviction[], rebutted: boolean): CaseFile {
  // "Any convictions?" is yes only with a conviction listed (yes with an empty list is unknown).
  const base = convictions.length > 0 ? withConvictions(grantableCase(), convictions) : grantableCase();
  return { ...base, suitability: { ...base.suitability, 'danger-to-community': { applies: !rebutted } } };
}

describe('properties', () => {
  it('moving the decision date later never revives a lapsed time-limited ground', () => {
    fc.assert(
      fc.property(convictionsArb, day, fc.integer({ min: 1, max: 4000 }), fc.integer({ min: 1, max: 4000 }), (convictions, start, step1, step2) => {
        const caseFile = caseWith(convictions, true);
        const first = decide(caseFile, { decisionDate: start });
        const second = decide(caseFile, { decisionDate: addDays(start, step1) });
        const third = decide(caseFile, { decisionDate: addDays(start, step1 + step2) });
        for (const citation of TIME_LIMITED) {
          const status = (d: typeof first) => d.reasons.find((r) => r.citation === citation)?.status;
          if (status(first) === 'not-met' && status(second) === 'met') expect(status(third)).toBe('met');
        }
      }),
    );
  });

  it('a time-limited ground has stopped applying on the date it says', () => {
    fc.assert(
      fc.property(convictionsArb, day, (convictions, date) => {
        const caseFile = caseWith(convictions, true);
        for (const r of decide(caseFile, { decisionDate: date }).reasons) {
          if (r.status !== 'not-met' || !r.timeLimited) continue;
          const later = decide(caseFile, { decisionDate: r.timeLimited.until }).reasons.find((x) => x.code === r.code);
          expect(later?.status).toBe('met');
          expect(compareDates(r.timeLimited.until, date)).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('adding a conviction never turns a refusal into a grant', () => {
    fc.assert(
      fc.property(convictionsArb, convictionArb, day, fc.boolean(), (convictions, extra, date, rebutted) => {
        const before = decide(caseWith(convictions, rebutted), { decisionDate: date });
        const after = decide(caseWith([...convictions, { ...extra, id: 'extra' }], rebutted), { decisionDate: date });
        if (before.outcome === 'refuse-settlement') expect(after.outcome).toBe('refuse-settlement');
        if (before.outcome !== 'grant-settlement') expect(after.outcome).not.toBe('grant-settlement');
      }),
    );
  });

  it('the eligible-from date of a time-limited refusal is a grant on the same facts', () => {
    fc.assert(
      fc.property(convictionsArb, day, (convictions, date) => {
        const caseFile = caseWith(convictions, true);
        const decision = decide(caseFile, { decisionDate: date });
        if (decision.outcome === 'refuse-settlement' && decision.eligibleFrom) {
          expect(decide(caseFile, { decisionDate: decision.eligibleFrom }).outcome).toBe('grant-settlement');
        }
      }),
    );
  });
});

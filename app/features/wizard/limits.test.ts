import { describe, expect, it } from 'vitest';
import { parseCaseFile, type CaseFile, type Conviction, type PendingCharge } from '../../../src/case';
import { LIST_LIMITS } from '../../../src/limits';
import { lettersFor } from '../../../src/letters';
import { decide } from '../../../src/rules';
import { clearFindings, grantableCase } from '../../../src/rules/testing';
import { caseStage } from '../cases/caseSummary';
import { sectionStatus } from './status';
import { SECTIONS } from './steps';

const DATE = '2025-06-01';

function convictions(prefix: string, count: number): Conviction[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}c${i}`,
    convictedOn: '2010-01-02',
    where: 'uk',
    offence: `Offence number ${i} with a description of some length`,
    kind: i % 2 ? 'non-custodial' : 'custodial',
    sentenceLengthMonths: 3,
    sentenceEndsOn: '2010-04-02',
    appealPending: false,
  }));
}

function charges(prefix: string, count: number): PendingCharge[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}p${i}`, offence: `Charge ${i}`, chargedOn: '2024-01-02', where: 'uk' }));
}

/** A case with every list at its limit: the person's convictions and charges, 30 dependants, and the dependants' convictions and charges shared among them. */
export function caseAtTheLimits(): CaseFile {
  const base = grantableCase('limits');
  return {
    ...base,
    criminality: { hasConvictions: true, convictions: convictions('m', LIST_LIMITS.convictions), hasPendingCharges: true, pendingCharges: charges('m', LIST_LIMITS.pendingCharges) },
    dependants: {
      hasDependants: true,
      people: Array.from({ length: LIST_LIMITS.dependants }, (_, d) => ({
        id: `d${d}`,
        relationship: 'child' as const,
        givenNames: `Child ${d}`,
        familyName: 'Example',
        dateOfBirth: '2012-03-04',
        holds352T: true,
        criminality: {
          hasConvictions: true,
          convictions: convictions(`d${d}`, share(LIST_LIMITS.convictions, d)),
          hasPendingCharges: true,
          pendingCharges: charges(`d${d}`, share(LIST_LIMITS.pendingCharges, d)),
        },
        suitability: clearFindings(),
      })),
    },
  };
}

/** Dependant `d`'s share of `total` items, so that the 30 shares add up to `total`. */
function share(total: number, d: number): number {
  const base = Math.floor(total / LIST_LIMITS.dependants);
  return d < total % LIST_LIMITS.dependants ? base + 1 : base;
}

/** The fastest of several runs: the work's own cost, less what other processes on the machine took. */
function timed(work: () => void): number {
  work(); // once to warm up, as a page shown a second time would be
  let best = Infinity;
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('list limits', () => {
  it('refuses a list longer than its limit, saying the limit', () => {
    const file = caseAtTheLimits();
    expect(parseCaseFile(file).ok).toBe(true);
    const over = { ...file, criminality: { ...file.criminality, convictions: convictions('x', LIST_LIMITS.convictions + 1) } };
    const result = parseCaseFile(over);
    expect(result).toEqual({ ok: false, issues: [{ path: 'criminality.convictions', message: expect.stringMatching(/^Too many convictions: at most 100 allowed/) }] });
    const dependants = { ...file, dependants: { hasDependants: true, people: Array.from({ length: 31 }, (_, i) => ({ id: `d${i}` })) } };
    expect(parseCaseFile(dependants)).toMatchObject({ ok: false, issues: [{ path: 'dependants.people', message: expect.stringMatching(/^Too many dependants: at most 30/) }] });
    const charged = { ...file, criminality: { pendingCharges: charges('y', 51) } };
    expect(parseCaseFile(charged)).toMatchObject({ ok: false, issues: [{ path: 'criminality.pendingCharges', message: expect.stringMatching(/^Too many pending charges: at most 50/) }] });
    const people = file.dependants?.people ?? [];
    const heavy = { ...file, dependants: { hasDependants: true, people: [{ ...people[0], criminality: { convictions: convictions('z', share(LIST_LIMITS.convictions, 0) + 1) } }, ...people.slice(1)] } };
    expect(parseCaseFile(heavy)).toMatchObject({ ok: false, issues: [{ path: 'dependants.people', message: expect.stringMatching(/^Too many convictions among the dependants: at most 100 allowed.*\(found 101 in all\)$/) }] });
  });

  it('works out a page of a case at the limits in well under 200 ms', () => {
    const file = caseAtTheLimits();
    const bytes = JSON.stringify(file).length;
    // What a case page computes: read the stored case, the task list's statuses and stage, the decision and its letters.
    const ms = timed(() => {
      const parsed = parseCaseFile(JSON.parse(JSON.stringify(file)));
      if (!parsed.ok) throw new Error('the case at the limits must be valid');
      for (const section of SECTIONS) sectionStatus(section.key, parsed.value, {}, DATE);
      caseStage(parsed.value, {}, DATE);
      const decision = decide(parsed.value, { decisionDate: DATE });
      lettersFor(parsed.value, decision, { today: DATE });
    });
    console.log(`case at the limits: ${(bytes / 1024 / 1024).toFixed(2)} MB, ${ms.toFixed(1)} ms per page's work`);
    expect(ms).toBeLessThan(200);
  });
});

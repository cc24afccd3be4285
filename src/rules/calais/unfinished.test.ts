/**
 * Issue 11, "The unfinished answer": a yes with an empty add-another list is unknown, never "none";
 * contradictory records are flagged, never silently resolved.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFile, Criminality, Dependant, SuitabilityFindings } from '../../case/schema';
import { lettersFor } from '../../letters';
import { decide } from '../index';
import { clearFindings, conviction, grantableCase, withConvictions } from '../testing';

const on = '2025-06-01';
const child = (fields: Partial<Dependant> = {}): Dependant => ({
  id: 'd1',
  relationship: 'child',
  givenNames: 'Selam',
  holds352T: true,
  criminality: { hasConvictions: false, hasPendingCharges: false },
  suitability: clearFindings(),
  ...fields,
});
const family = (caseFile: CaseFile, ...people: Dependant[]): CaseFile => ({ ...caseFile, dependants: { hasDependants: true, people } });

describe('yes with an empty list is unknown (STP 2.1, 352J(iv), Charges pending, 352T)', () => {
  it.each([
    ['convictions', { hasConvictions: true, convictions: [], hasPendingCharges: false }, 'criminality.convictions', 'Add the conviction, or change the answer to No', ['352J(iv)', 'STP 2.1(a)', 'STP 2.1(b)', 'STP 2.1(c)', 'STP 2.1(d)']],
    ['pending charges', { hasConvictions: false, hasPendingCharges: true, pendingCharges: [] }, 'criminality.pendingCharges', 'Add the charge, or change the answer to No', ['Charges pending']],
  ] as const)('%s: unknown, awaiting information, and the missing answer names the list', (_name, criminality, path, label, citations) => {
    const decision = decide({ ...grantableCase(), criminality: structuredClone(criminality) as unknown as Criminality }, { decisionDate: on });
    expect(decision.outcome).toBe('awaiting-information');
    expect(decision.reasons.filter((r) => r.status === 'unknown').map((r) => r.citation)).toEqual(citations);
    expect(decision.missing).toEqual([{ path, label }]);
    expect(decision.actions).toContainEqual({ code: 'record-missing-answers', text: `Record the missing answer: ${label}.` });
  });
  it('352T: dependants yes with no one listed is unknown, and no grant is made', () => {
    const decision = decide({ ...grantableCase(), dependants: { hasDependants: true, people: [] } }, { decisionDate: on });
    expect(decision.outcome).toBe('awaiting-information');
    expect(decision.missing).toEqual([{ path: 'dependants.people', label: 'Add the dependant, or change the answer to No' }]);
  });
  it.each([
    ['convictions', { hasConvictions: true, convictions: [], hasPendingCharges: false }, 'dependants.people[0].criminality.convictions', 'Dependant 1: Add the conviction, or change the answer to No'],
    ['pending charges', { hasConvictions: false, hasPendingCharges: true, pendingCharges: [] }, 'dependants.people[0].criminality.pendingCharges', 'Dependant 1: Add the charge, or change the answer to No'],
  ] as const)('352T: a child’s own %s list, yes and empty: the child awaits information, the person is granted', (_name, criminality, path, label) => {
    const decision = decide(family(grantableCase(), child({ criminality: structuredClone(criminality) as unknown as Criminality })), { decisionDate: on });
    expect(decision.outcome).toBe('grant-settlement');
    expect(decision.dependants[0]?.outcome).toBe('awaiting-information');
    expect(decision.dependants[0]?.missing).toEqual([{ path, label }]);
  });
});

describe('contradictory records are flagged as inconsistent (check-inconsistent-record)', () => {
  const flagged = (caseFile: CaseFile, citation: string) => {
    const decision = decide(caseFile, { decisionDate: on });
    expect(decision.outcome).toBe('awaiting-information');
    const reason = decision.reasons.find((r) => r.inconsistent);
    expect(reason).toMatchObject({ citation, status: 'not-met', inconsistent: true });
    expect(decision.actions.map((a) => a.code)).toContain('check-inconsistent-record');
    return decision;
  };
  it('STP 2.1: a conviction list kept under "Any convictions? No" (even one that would refuse)', () => {
    const base = grantableCase();
    const decision = flagged({ ...base, criminality: { hasConvictions: false, hasPendingCharges: false, convictions: [conviction({ kind: 'out-of-court-disposal', convictedOn: '2024-09-01' })] } }, 'STP 2.1');
    expect(decision.reasons.filter((r) => r.citation.startsWith('STP 2.1(')).every((r) => r.status === 'met')).toBe(true);
  });
  it('Charges pending: a charge list kept under "Any charges? No"', () => {
    flagged({ ...grantableCase(), criminality: { hasConvictions: false, hasPendingCharges: false, pendingCharges: [{ id: 'p1', offence: 'assault' }] } }, 'Charges pending');
  });
  it.each([
    ['no application outstanding', { outstanding: false }],
    ['an application made out of time', { outstanding: true, inTime: false, considerUnderCalaisPolicy: 'yes' as const }],
  ])('Section 3C: extended under section 3C with %s', (_name, otherApplication) => {
    const base = grantableCase();
    flagged({ ...base, leave: { ...base.leave, currentStatus: 'extended-section-3c' }, otherApplication }, 'Section 3C');
  });
  it('Section 3C: met with an in-time application outstanding; unknown while "in time" is unanswered', () => {
    const base = grantableCase();
    const leave = { ...base.leave, currentStatus: 'extended-section-3c' as const };
    const inTime = decide({ ...base, leave, otherApplication: { outstanding: true, inTime: true, considerUnderCalaisPolicy: 'yes' } }, { decisionDate: on });
    expect(inTime.outcome).toBe('grant-settlement');
    expect(inTime.reasons.find((r) => r.citation === 'Section 3C')?.status).toBe('met');
    const unanswered = decide({ ...base, leave, otherApplication: { outstanding: true, considerUnderCalaisPolicy: 'yes' } }, { decisionDate: on });
    expect(unanswered.outcome).toBe('awaiting-information');
    expect(unanswered.missing.map((m) => m.path)).toEqual(['otherApplication.inTime']);
  });
  it.each([
    ['expedited-process', 'met'],
    ['tribunal-order', 'met'],
    ['dublin-iii', 'met'],
    ['other', 'not-met'],
  ] as const)('352I: transfer basis %s beside Calais leave is %s', (transferBasis, status) => {
    const base = grantableCase();
    const decision = decide({ ...base, leave: { ...base.leave, transferBasis } }, { decisionDate: on });
    const reason = decision.reasons.find((r) => r.code === 'transfer-basis');
    expect(reason?.status).toBe(status);
    expect(decision.outcome).toBe(status === 'met' ? 'grant-settlement' : 'awaiting-information');
    if (status === 'not-met') flagged({ ...base, leave: { ...base.leave, transferBasis } }, '352I');
  });
  it('352I: the basis is not read for leave that is not Calais leave', () => {
    const base = grantableCase();
    const decision = decide({ ...base, leave: { ...base.leave, type: 'section-67', transferBasis: 'other' } }, { decisionDate: on });
    expect(decision.outcome).toBe('not-eligible');
    expect(decision.reasons.some((r) => r.code === 'transfer-basis')).toBe(false);
  });
});

/** Which add-another list is left "yes and empty". */
type EmptyList = 'convictions' | 'charges' | 'dependants' | 'child-convictions' | 'child-charges';

const findingsArb: fc.Arbitrary<SuitabilityFindings> = fc.record({ nhs: fc.option(fc.boolean(), { nil: undefined }), deception: fc.boolean() }).map(({ nhs, deception }) => {
  const findings = clearFindings();
  if (nhs === undefined) delete findings['nhs-debt'];
  else findings['nhs-debt'] = { applies: nhs };
  findings.deception = { applies: deception };
  return findings;
});
const criminalityArb: fc.Arbitrary<Criminality> = fc
  .record({ caution: fc.boolean(), charged: fc.boolean(), appeal: fc.option(fc.boolean(), { nil: undefined }) })
  .map(({ caution, charged, appeal }) => ({
    hasConvictions: caution,
    ...(caution ? { convictions: [{ ...conviction({ kind: 'out-of-court-disposal', convictedOn: '2024-09-01' }), appealPending: appeal }] } : {}),
    hasPendingCharges: charged,
    ...(charged ? { pendingCharges: [{ id: 'p1', offence: 'assault' }] } : {}),
  }));

/** Empties one list (and answers its question yes). */
function emptyList(caseFile: CaseFile, list: EmptyList): CaseFile {
  const people = caseFile.dependants?.people ?? [];
  switch (list) {
    case 'convictions':
      return { ...caseFile, criminality: { ...caseFile.criminality, hasConvictions: true, convictions: [] } };
    case 'charges':
      return { ...caseFile, criminality: { ...caseFile.criminality, hasPendingCharges: true, pendingCharges: [] } };
    case 'dependants':
      return { ...caseFile, dependants: { hasDependants: true, people: [] } };
    case 'child-convictions':
    case 'child-charges': {
      const [first, ...rest] = people.length > 0 ? people : [child()];
      const criminality = list === 'child-convictions' ? { ...first?.criminality, hasConvictions: true, convictions: [] } : { ...first?.criminality, hasPendingCharges: true, pendingCharges: [] };
      return { ...caseFile, dependants: { hasDependants: true, people: [{ ...child(), ...first, relationship: 'child', holds352T: true, criminality }, ...rest] } };
    }
  }
}

describe('property: yes with an empty list never yields a grant, nor a letter a grant gives', () => {
  it('for every case file and every list', () => {
    fc.assert(
      fc.property(
        findingsArb,
        criminalityArb,
        criminalityArb,
        fc.boolean(),
        fc.constantFrom<EmptyList>('convictions', 'charges', 'dependants', 'child-convictions', 'child-charges'),
        fc.constantFrom('2024-06-01', '2025-06-01', '2026-09-02', '2027-01-01'),
        (findings, mainCriminality, childCriminality, withChild, list, date) => {
          const base: CaseFile = { ...grantableCase(), suitability: findings, criminality: mainCriminality };
          const caseFile = emptyList(withChild ? family(base, child({ criminality: childCriminality })) : base, list);
          const decision = decide(caseFile, { decisionDate: date });
          const letters = lettersFor(caseFile, decision, { today: date });
          if (list === 'convictions' || list === 'charges' || list === 'dependants') {
            expect(decision.outcome).not.toBe('grant-settlement');
            expect(letters.some((l) => l.kind === 'grant')).toBe(false);
          } else {
            expect(decision.dependants[0]?.outcome).not.toBe('grant-in-line');
            for (const letter of letters) expect(letter.facts['Children granted in line'] ?? 'None').toBe('None');
          }
        },
      ),
    );
  });
  it('the property can fail: with the list filled in, the same generator does grant', () => {
    const caseFile = withConvictions(grantableCase(), [conviction({ kind: 'non-custodial', convictedOn: '2019-01-01' })]);
    expect(decide(caseFile, { decisionDate: on }).outcome).toBe('grant-settlement');
  });
});

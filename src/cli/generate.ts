/**
 * Generates varied, valid case files for the benchmark: a seeded pseudo-random mix of eligible
 * and ineligible people, convictions of every kind, pending charges, findings, other applications
 * and dependants. The same seed always gives the same cases.
 */
import { CASE_FORMAT, CASE_VERSION, SUITABILITY_GROUND_CODES, type CaseFile, type Conviction, type Dependant, type SentenceKind, type SuitabilityFindings } from '../case/schema';
import { addDays } from '../dates';

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: readonly SentenceKind[] = ['custodial', 'suspended', 'non-custodial', 'out-of-court-disposal'];

/** Generates `count` case files. */
export function generateCases(count: number, seed = 1): CaseFile[] {
  const random = seededRandom(seed);
  const chance = (p: number) => random() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const dayBetween = (from: string, days: number) => addDays(from, Math.floor(random() * days));

  const findings = (risk: number): SuitabilityFindings => {
    const out: SuitabilityFindings = {};
    for (const code of SUITABILITY_GROUND_CODES) {
      if (code === 'danger-to-community') out[code] = { applies: chance(0.3) };
      else if (!chance(0.01)) out[code] = chance(risk) ? { applies: true, note: 'Recorded by the caseworker.' } : { applies: false };
    }
    return out;
  };
  const convictions = (): Conviction[] => {
    const list: Conviction[] = [];
    const n = chance(0.7) ? 0 : 1 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) {
      const kind = pick(KINDS);
      const convictedOn = dayBetween('2015-01-01', 3800);
      const months = 1 + Math.floor(random() * 60);
      const c: Conviction = { id: `c${i}`, convictedOn, where: chance(0.8) ? 'uk' : 'overseas', offence: 'theft', kind, sentenceLengthMonths: months, appealPending: chance(0.05) };
      if (kind === 'custodial') c.sentenceEndsOn = addDays(convictedOn, Math.floor(months * 15));
      list.push(c);
    }
    return list;
  };
  const dependants = (): Dependant[] =>
    Array.from({ length: 1 + Math.floor(random() * 2) }, (_, i) => {
      const holds = chance(0.7);
      const d: Dependant = { id: `d${i}`, relationship: holds ? 'child' : pick(['partner', 'child'] as const), dateOfBirth: dayBetween('2018-01-01', 2000), holds352T: holds };
      if (holds) {
        const list = chance(0.9) ? [] : convictions();
        d.criminality = { hasConvictions: list.length > 0, convictions: list, hasPendingCharges: chance(0.03) };
        d.suitability = findings(0.005);
      }
      return d;
    });

  const cases: CaseFile[] = [];
  for (let n = 0; n < count; n++) {
    const list = convictions();
    const outstanding = chance(0.3);
    const hasDependants = chance(0.25);
    const caseFile: CaseFile = {
      format: CASE_FORMAT,
      version: CASE_VERSION,
      id: `bench-${n}`,
      decisionDate: dayBetween('2022-01-01', 1800),
      identity: { givenNames: 'Test', familyName: `Person ${n}`, dateOfBirth: dayBetween('1999-01-01', 1500), homeOfficeReference: `B${n}`, nationality: 'Eritrean' },
      contact: { hasRepresentative: chance(0.4), representative: { name: 'Example Law' } },
      initialContact: { letterVersion: outstanding ? 'outstanding-application' : 'no-outstanding-application', letterSentOn: '2025-01-13', responseReceived: true },
      leave: {
        transferredOn: chance(0.99) ? dayBetween('2016-10-17', 269) : dayBetween('2017-07-14', 100),
        transferBasis: 'expedited-process',
        type: chance(0.95) ? 'calais-352J' : pick(['section-67', 'other'] as const),
        grantedOn: dayBetween('2017-01-01', 500),
        protectionClaimRefused: chance(0.99),
        revoked: chance(0.02),
        bidIssuedOn: dayBetween('2017-01-01', 1000),
        bidRevoked: false,
        currentStatus: chance(0.95) ? pick(['calais-leave-extant', 'extended-section-3c', 'expired-no-application'] as const) : pick(['settled', 'british-citizen'] as const),
        presentInUk: chance(0.98),
      },
      questionnaire: { returned: chance(0.95), biometrics: chance(0.95) ? 'enrolled' : 'outstanding' },
      otherApplication: outstanding
        ? { outstanding: true, route: 'family', madeOn: dayBetween('2021-06-01', 600), inTime: true, considerUnderCalaisPolicy: pick(['yes', 'yes', 'yes', 'no', 'not-answered'] as const) }
        : { outstanding: false },
      criminality: { hasConvictions: list.length > 0, convictions: list, hasPendingCharges: chance(0.05) },
      suitability: findings(0.01),
      dependants: hasDependants ? { hasDependants: true, people: dependants() } : { hasDependants: false },
    };
    cases.push(caseFile);
  }
  return cases;
}

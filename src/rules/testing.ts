/**
 * Case builders for tests and the benchmark: a case that is granted as it stands, and helpers to
 * change one thing. Not used by the rules themselves.
 */
import { CASE_FORMAT, CASE_VERSION, SUITABILITY_GROUND_CODES, type CaseFile, type Conviction, type SuitabilityFindings } from '../case/schema';

/** Every finding answered "does not apply" (the section 72 finding is left unanswered: it is asked only after a qualifying conviction). */
export function clearFindings(): SuitabilityFindings {
  const findings: SuitabilityFindings = {};
  for (const code of SUITABILITY_GROUND_CODES) if (code !== 'danger-to-community') findings[code] = { applies: false };
  return findings;
}

/** A case that is granted on any decision date from 1 March 2022: every answer given, nothing against the person. */
export function grantableCase(id = 'case-1'): CaseFile {
  return {
    format: CASE_FORMAT,
    version: CASE_VERSION,
    id,
    decisionDate: '2025-06-01',
    contact: { hasRepresentative: false },
    leave: {
      transferredOn: '2016-10-24',
      transferBasis: 'expedited-process',
      type: 'calais-352J',
      grantedOn: '2017-03-01',
      expiresOn: '2022-03-01',
      protectionClaimRefused: true,
      revoked: false,
      bidIssuedOn: '2017-03-01',
      bidRevoked: false,
      currentStatus: 'expired-no-application',
      presentInUk: true,
    },
    questionnaire: { returned: true, biometrics: 'enrolled' },
    otherApplication: { outstanding: false },
    criminality: { hasConvictions: false, hasPendingCharges: false },
    suitability: clearFindings(),
    dependants: { hasDependants: false },
  };
}

/** The case with these convictions recorded (and "any convictions?" answered yes). */
export function withConvictions(caseFile: CaseFile, convictions: Conviction[]): CaseFile {
  return { ...caseFile, criminality: { ...caseFile.criminality, hasConvictions: true, convictions } };
}

/** A conviction with sensible defaults. */
export function conviction(fields: Partial<Conviction> & Pick<Conviction, 'kind'>): Conviction {
  return { id: fields.id ?? 'c1', convictedOn: '2020-01-01', where: 'uk', offence: 'theft', appealPending: false, ...fields };
}

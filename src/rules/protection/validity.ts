import { formatLong } from '../../dates';
import { findingReason, reason, type Reason } from '../../related/reasons';
import { inForce } from '../parameters';
import { PROTECTION_CLAIM_REGIMES } from './parameters';
import type { SettlementProtectionCase } from './schema';

/**
 * Appendix Settlement Protection, validity: STP 1.1–1.3 for a person on a protection route and
 * STP 6.1–6.3 for their partner or child. An application that fails them may be rejected as
 * invalid and not considered (STP 1.4 / STP 6.4).
 */

/** STP 1.1–1.2 and STP 6.1–6.2 share their wording: only the paragraph numbers differ. */
function formAndApplicationReasons(input: SettlementProtectionCase, form: 'STP 1.1' | 'STP 6.1', application: 'STP 1.2' | 'STP 6.2'): Reason[] {
  const v = input.validity ?? {};
  const key = application === 'STP 1.2' ? 'stp-1.2' : 'stp-6.2';
  return [
    findingReason(form === 'STP 1.1' ? 'stp-1.1-form' : 'stp-6.1-form', form, 'validity.specifiedForm', v.specifiedForm, {
      met: 'Applied online on the specified form.',
      notMet: 'Did not apply online on the specified form.',
      unknown: 'Record whether the application was made online on the specified form.',
    }),
    findingReason(`${key}(a)-biometrics`, `${application}(a)`, 'validity.biometricsProvided', v.biometricsProvided, {
      met: 'Provided any required biometrics.',
      notMet: 'Has not provided the required biometrics.',
      unknown: 'Record whether any required biometrics have been provided.',
    }),
    findingReason(`${key}(b)-identity`, `${application}(b)`, 'validity.identityEstablished', v.identityEstablished, {
      met: 'Identity and nationality satisfactorily established.',
      notMet: 'Identity and nationality not satisfactorily established.',
      unknown: 'Record whether identity and nationality are satisfactorily established.',
    }),
    findingReason(`${key}(c)-in-uk`, `${application}(c)`, 'validity.inUkOnApplicationDate', v.inUkOnApplicationDate, {
      met: 'In the UK on the date of application.',
      notMet: 'Not in the UK on the date of application.',
      unknown: 'Record whether the applicant was in the UK on the date of application.',
    }),
  ];
}

/** STP 1.3: the permission held or last granted matches the asylum claim's date. */
function permissionReason(input: SettlementProtectionCase): Reason {
  const p = input.permission ?? {};
  const facts = ['permission.lastGranted', 'permission.asylumClaimMadeOn'];
  if (p.asylumClaimMadeOn === undefined || p.lastGranted === undefined) {
    const missing = facts.filter((path) => (path === 'permission.lastGranted' ? p.lastGranted : p.asylumClaimMadeOn) === undefined);
    return reason('stp-1.3-permission', 'STP 1.3', 'unknown', 'Record the permission last granted and the date the asylum claim was made.', facts, missing);
  }
  const regime = inForce(PROTECTION_CLAIM_REGIMES, p.asylumClaimMadeOn);
  const citation = `STP 1.3${regime.limb}`;
  const allowed: readonly string[] = regime.qualifyingPermission;
  if (allowed.includes(p.lastGranted)) {
    return reason('stp-1.3-permission', citation, 'met', `Has or was last granted ${regime.describe}.`, facts);
  }
  return reason(
    'stp-1.3-permission',
    citation,
    'not-met',
    `The asylum claim was made on ${formatLong(p.asylumClaimMadeOn)}, so STP 1.3 needs ${regime.describe}; the permission last granted does not match.`,
    facts,
  );
}

/** STP 6.3: a partner or child has, or was last granted, permission as a dependant (or is a child born in the UK to a protected parent). */
function dependantPermissionReason(input: SettlementProtectionCase): Reason {
  const d = input.dependantPermission ?? {};
  if (input.applicant === 'child' && d.bornInUkWhileParentProtected === true) {
    return reason(
      'stp-6.3-permission',
      'STP 6.3',
      'met',
      'A child born in the UK while the parent held protection: the permission requirement does not apply.',
      ['dependantPermission.bornInUkWhileParentProtected'],
    );
  }
  const datePath = 'dependantPermission.sponsorAsylumClaimMadeOn';
  if (d.sponsorAsylumClaimMadeOn === undefined) {
    return reason('stp-6.3-permission', 'STP 6.3', 'unknown', "Record when the sponsor's asylum claim was made.", [datePath], [datePath]);
  }
  const regime = inForce(PROTECTION_CLAIM_REGIMES, d.sponsorAsylumClaimMadeOn);
  const permission =
    regime.limb === '(a)'
      ? 'permission as the dependant of a person granted refugee status or humanitarian protection'
      : 'permission under paragraph 339QC, 352B–BA, 352E, 352FB or 352FH';
  const found = findingReason('stp-6.3-permission', `STP 6.3${regime.limb}`, 'dependantPermission.lastGrantedDependantPermission', d.lastGrantedDependantPermission, {
    met: `Has, or was last granted, ${permission}.`,
    notMet: `Does not have, and was not last granted, ${permission}.`,
    unknown: `Record whether the applicant has, or was last granted, ${permission}.`,
  });
  return { ...found, facts: [datePath, ...found.facts] };
}

/** The validity reasons for the applicant, in paragraph order. */
export function validityReasons(input: SettlementProtectionCase): Reason[] {
  if (input.applicant === 'main') {
    return [...formAndApplicationReasons(input, 'STP 1.1', 'STP 1.2'), permissionReason(input)];
  }
  return [...formAndApplicationReasons(input, 'STP 6.1', 'STP 6.2'), dependantPermissionReason(input)];
}

import { addYears, formatLong, yearsHavePassed } from '../../dates';
import { findingReason, groundReason, reason, type Reason, type ReasonCode } from '../../related/reasons';
import { STP_PERIODS } from './parameters';
import type { SettlementProtectionCase } from './schema';

/**
 * Appendix Settlement Protection, eligibility: the qualifying period (STP 3.1) and continuing
 * status (STP 4.1) for a person on a protection route; the relationship requirements for a
 * partner (STP 8.1–8.2) and a child (STP 8A.1).
 */

/** The date the five-year qualifying period of STP 3.1 is complete. */
export function qualifyingPeriodCompleteOn(heldSince: string): string {
  return addYears(heldSince, STP_PERIODS.qualifyingYears);
}

/** STP 3.1: at least five continuous years in the UK with refugee status (a) or humanitarian protection (b). */
export function qualifyingPeriodReason(input: SettlementProtectionCase, decisionDate: string): Reason {
  const s = input.status ?? {};
  const citation = s.kind === 'refugee-status' ? 'STP 3.1(a)' : s.kind === 'humanitarian-protection' ? 'STP 3.1(b)' : 'STP 3.1';
  const facts = ['status.kind', 'status.heldSince', 'status.continuousInUk'];
  if (s.kind === undefined || s.heldSince === undefined) {
    const missing = [...(s.kind === undefined ? ['status.kind'] : []), ...(s.heldSince === undefined ? ['status.heldSince'] : [])];
    return reason('stp-3.1-qualifying-period', citation, 'unknown', 'Record the protection status held and the date the continuous period began.', facts, missing);
  }
  const completeOn = qualifyingPeriodCompleteOn(s.heldSince);
  const status = s.kind === 'refugee-status' ? 'refugee status' : 'humanitarian protection';
  if (!yearsHavePassed(s.heldSince, STP_PERIODS.qualifyingYears, decisionDate)) {
    return reason(
      'stp-3.1-qualifying-period',
      citation,
      'not-met',
      `Five continuous years with ${status} since ${formatLong(s.heldSince)} are not complete until ${formatLong(completeOn)}.`,
      facts,
    );
  }
  if (s.continuousInUk === false) {
    return reason('stp-3.1-qualifying-period', citation, 'not-met', `The period with ${status} since ${formatLong(s.heldSince)} has not been continuous in the UK.`, facts);
  }
  if (s.continuousInUk === undefined) {
    return reason('stp-3.1-qualifying-period', citation, 'unknown', 'Record whether the period with protection status has been continuous, in the UK.', facts, ['status.continuousInUk']);
  }
  return reason('stp-3.1-qualifying-period', citation, 'met', `Five continuous years in the UK with ${status}, completed on ${formatLong(completeOn)}.`, facts);
}

/** STP 4.1: the refugee status or humanitarian protection has not been revoked or renounced. */
export function continuingStatusReason(input: SettlementProtectionCase): Reason {
  return groundReason('stp-4.1-not-revoked', 'STP 4.1', 'status.revokedOrRenounced', input.status?.revokedOrRenounced, {
    met: 'The protection status has not been revoked or renounced.',
    notMet: 'The protection status has been revoked or renounced.',
    unknown: 'Record whether the protection status has been revoked or renounced.',
  });
}

/** STP 8.1 and 8.2 for a partner. */
export function partnerReasons(input: SettlementProtectionCase): Reason[] {
  const p = input.partner ?? {};
  const path = 'partner.sponsorPosition';
  const sponsor =
    p.sponsorPosition === 'being-granted-settlement-now'
      ? reason('stp-8.1-sponsor', 'STP 8.1(a)', 'met', 'The partner (P) has protection status and is being granted settlement at the same time.', [path])
      : p.sponsorPosition === 'settled-and-applicant-was-partner'
        ? reason('stp-8.1-sponsor', 'STP 8.1(b)', 'met', "The partner (P) is settled on the protection route and the applicant had permission as P's partner when P settled.", [path])
        : p.sponsorPosition === 'neither'
          ? reason('stp-8.1-sponsor', 'STP 8.1', 'not-met', 'The partner (P) is neither being granted settlement now nor settled with the applicant then holding permission as their partner.', [path])
          : reason('stp-8.1-sponsor', 'STP 8.1', 'unknown', "Record the sponsoring partner's position.", [path], [path]);
  return [
    sponsor,
    findingReason('stp-8.2-relationship', 'STP 8.2', 'partner.relationshipWithPartnerMet', p.relationshipWithPartnerMet, {
      met: 'The requirements of Appendix Relationship with Partner are met.',
      notMet: 'The requirements of Appendix Relationship with Partner are not met.',
      unknown: 'Record whether the requirements of Appendix Relationship with Partner are met.',
    }),
  ];
}

/** STP 8A.1 (a)–(c) for a child: the Appendix Children requirements. */
export function childReasons(input: SettlementProtectionCase): Reason[] {
  const c = input.child ?? {};
  const one = (code: ReasonCode, limb: string, field: keyof typeof c, what: string): Reason =>
    findingReason(code, `STP 8A.1${limb}`, `child.${field}`, c[field], {
      met: `Appendix Children ${what} requirement met.`,
      notMet: `Appendix Children ${what} requirement not met.`,
      unknown: `Record whether the Appendix Children ${what} requirement is met.`,
    });
  return [
    one('stp-8a.1(a)-age', '(a)', 'ageRequirementMet', 'age'),
    one('stp-8a.1(b)-care', '(b)', 'careRequirementMet', 'care'),
    one('stp-8a.1(c)-relationship', '(c)', 'relationshipRequirementMet', 'relationship (settlement)'),
  ];
}

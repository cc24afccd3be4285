import { isAfter } from '../../dates';
import { combine, findingReason, reason, RELATED_RULES_VERSION, type Action, type DecideOptions, type Reason } from '../../related/reasons';
import { childReasons, continuingStatusReason, partnerReasons, qualifyingPeriodCompleteOn, qualifyingPeriodReason } from './eligibility';
import { STP_PERIODS } from './parameters';
import type { SettlementProtectionCase } from './schema';
import { assessSuitability } from './suitability';
import { validityReasons } from './validity';

/**
 * The decision on a settlement application on a protection route: STP 5.1–5.3 for the person
 * with protection, STP 11.1–11.3 for their partner or child.
 *
 * - `invalid`: a validity requirement is not met; the application may be rejected (STP 1.4 / 6.4).
 * - `settle`: every suitability and eligibility requirement is met (STP 5.1 / 11.1).
 * - `further-permission`: not every requirement is met, but the person is still entitled to
 *   protection (or still qualifies as a partner or child): permission of at least 30 months
 *   (STP 5.2 / 11.2).
 * - `refuse`: neither (STP 5.3 / 11.3).
 * - `incomplete`: an unanswered question decides the outcome; the `unknown` reasons say which.
 */
export type SettlementProtectionOutcome = 'settle' | 'further-permission' | 'refuse' | 'invalid' | 'incomplete';

/** A decision with the reasons it rests on. */
export interface SettlementProtectionDecision {
  route: 'settlement-protection';
  applicant: SettlementProtectionCase['applicant'];
  outcome: SettlementProtectionOutcome;
  /** The paragraph the outcome is taken under (absent while incomplete). */
  decisionCitation?: string;
  /** Every requirement considered, in paragraph order. */
  reasons: Reason[];
  actions: Action[];
  /** For `further-permission`: the minimum period of permission, in months. */
  durationMonths?: number;
  /** When STP 3.1's five years are the only requirement not met: the day they are complete. */
  eligibleFrom?: string;
  /** When suitability fails only on time-limited grounds (STP 2.1(b)–(d)): the first day none applies. */
  timeLimitedGroundsEndOn?: string;
  /** The date decided on. */
  decisionDate: string;
  rulesVersion: string;
}

const PARAGRAPHS = {
  main: { invalid: 'STP 1.4', settle: 'STP 5.1', further: 'STP 5.2', refuse: 'STP 5.3', suitability: 'STP 2.1' },
  dependant: { invalid: 'STP 6.4', settle: 'STP 11.1', further: 'STP 11.2', refuse: 'STP 11.3', suitability: 'STP 7.1' },
} as const;

/** STP 5.2 / 11.2: whether a further period of permission can be granted instead of settlement. */
function furtherPermissionReason(input: SettlementProtectionCase, requirements: readonly Reason[]): Reason {
  if (input.applicant === 'main') {
    const revoked = requirements.find((r) => r.code === 'stp-4.1-not-revoked');
    if (revoked?.status === 'not-met') {
      return reason('stp-5.2-still-entitled', 'STP 5.2', 'not-met', 'The protection status has been revoked or renounced, so no further permission on a protection route.', [
        'status.revokedOrRenounced',
      ]);
    }
    return findingReason('stp-5.2-still-entitled', 'STP 5.2', 'status.stillEntitledToProtection', input.status?.stillEntitledToProtection, {
      met: 'Caseworker finding: still entitled to refugee status or humanitarian protection.',
      notMet: 'Caseworker finding: no longer entitled to refugee status or humanitarian protection.',
      unknown: 'Record whether the applicant is still entitled to refugee status or humanitarian protection.',
    });
  }
  return findingReason('stp-11.2-still-qualifies', 'STP 11.2', 'continuesToQualifyAsDependant', input.continuesToQualifyAsDependant, {
    met: 'Caseworker finding: continues to qualify as the partner or child of a person on a protection route.',
    notMet: 'Caseworker finding: no longer qualifies as the partner or child of a person on a protection route.',
    unknown: 'Record whether the applicant continues to qualify as the partner or child of a person on a protection route.',
  });
}

/**
 * Decides a settlement protection case on `decisionDate`. Pure: the same facts and date always
 * give the same decision.
 */
export function decideSettlementProtection(input: SettlementProtectionCase, { decisionDate }: DecideOptions): SettlementProtectionDecision {
  const paragraphs = input.applicant === 'main' ? PARAGRAPHS.main : PARAGRAPHS.dependant;
  const base = { route: 'settlement-protection' as const, applicant: input.applicant, decisionDate, rulesVersion: RELATED_RULES_VERSION };

  const validity = validityReasons(input);
  const suitability = assessSuitability(input, paragraphs.suitability, decisionDate);
  const eligibility =
    input.applicant === 'main'
      ? [qualifyingPeriodReason(input, decisionDate), continuingStatusReason(input)]
      : input.applicant === 'partner'
        ? partnerReasons(input)
        : childReasons(input);
  const requirements = [...suitability.reasons, ...eligibility];

  const validityStatus = combine(validity);
  if (validityStatus === 'not-met') {
    return {
      ...base,
      outcome: 'invalid',
      decisionCitation: paragraphs.invalid,
      reasons: validity,
      actions: [{ code: 'reject-invalid', citation: paragraphs.invalid, text: 'The application does not meet the validity requirements and may be rejected as invalid without being considered.' }],
    };
  }
  if (validityStatus === 'unknown') {
    return { ...base, outcome: 'incomplete', reasons: [...validity, ...requirements], actions: [] };
  }

  const requirementStatus = combine(requirements);
  if (requirementStatus === 'met') {
    return { ...base, outcome: 'settle', decisionCitation: paragraphs.settle, reasons: [...validity, ...requirements], actions: [] };
  }
  if (requirementStatus === 'unknown') {
    return { ...base, outcome: 'incomplete', reasons: [...validity, ...requirements], actions: [] };
  }

  const further = furtherPermissionReason(input, requirements);
  const reasons = [...validity, ...requirements, further];
  const extras: { eligibleFrom?: string; timeLimitedGroundsEndOn?: string } = {};
  const notMet = requirements.filter((r) => r.status === 'not-met');
  const onlyQualifyingPeriod = notMet.length === 1 && notMet[0]?.code === 'stp-3.1-qualifying-period' && requirements.every((r) => r.status !== 'unknown');
  const heldSince = input.status?.heldSince;
  if (onlyQualifyingPeriod && heldSince !== undefined && isAfter(qualifyingPeriodCompleteOn(heldSince), decisionDate)) extras.eligibleFrom = qualifyingPeriodCompleteOn(heldSince);
  if (suitability.timeLimitedGroundsEndOn !== undefined) extras.timeLimitedGroundsEndOn = suitability.timeLimitedGroundsEndOn;

  if (further.status === 'met') {
    return {
      ...base,
      outcome: 'further-permission',
      decisionCitation: paragraphs.further,
      reasons,
      actions: [],
      durationMonths: STP_PERIODS.furtherPermissionMonths,
      ...extras,
    };
  }
  if (further.status === 'unknown') return { ...base, outcome: 'incomplete', reasons, actions: [], ...extras };
  return { ...base, outcome: 'refuse', decisionCitation: paragraphs.refuse, reasons, actions: [], ...extras };
}

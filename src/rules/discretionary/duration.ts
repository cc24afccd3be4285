import { compareDates } from '../../dates';
import { inForce } from '../parameters';
import { combine, findingReason, groundReason, reason, type Reason } from '../../related/reasons';
import { DL_PERIODS, DL_POLICY_BY_FIRST_GRANT } from './parameters';
import type { DiscretionaryLeaveCase } from './schema';

/**
 * How long DL is granted for: "Duration of Discretionary Leave" (30 months normally), the
 * modern slavery category (up to 12 months), "Transitional arrangements" (3 years for a further
 * grant to someone first granted before 9 July 2012), and the "Non-standard grant periods"
 * (shorter, with the reason in the letter; longer or indefinite only on referral to a senior
 * caseworker; refusal with removal deferred where return is possible within 6 months).
 */

export const SHORTER_PERIODS = 'DL: Non-standard grant periods: shorter periods of stay';
export const LONGER_PERIODS = 'DL: Non-standard grant periods: longer periods of stay';
export const CHILDREN = 'DL: Application in respect of children and those with children';

/** The duration reasons and what they settle. */
export interface DlDuration {
  reasons: Reason[];
  /** The number of months to grant, once every duration reason is met. */
  months?: number;
  /** Return is possible within 6 months: refuse and defer removal. */
  returnSoon: boolean;
  /** A longer period or indefinite leave is proposed: refer to a senior caseworker. */
  referral: boolean;
}

/** The normal period for this grant: 12 months (modern slavery), 36 (first grant before 9 July 2012) or 30. */
export function standardPeriod(input: DiscretionaryLeaveCase, decisionDate: string): { reason: Reason; months?: number } {
  if (input.category?.basis === 'modern-slavery') {
    const months = DL_PERIODS.modernSlaveryMonths;
    return { reason: reason('dl-period', 'DL: Pre-30 January 2023 modern slavery cases', 'met', `Up to ${months} months, the period for the modern slavery category.`, ['category.basis']), months };
  }
  const initial = input.application?.kind === 'initial';
  const firstGrant = initial ? decisionDate : input.history?.grants?.map((g) => g.from).sort(compareDates)[0];
  const facts = initial ? ['application.kind'] : ['application.kind', 'history.grants'];
  if (firstGrant === undefined) return { reason: reason('dl-period', 'DL: Duration of Discretionary Leave', 'unknown', 'Record the date of the first grant of DL.', facts, ['history.grants']) };
  const policy = inForce(DL_POLICY_BY_FIRST_GRANT, firstGrant);
  const months = policy.grantMonths;
  const why = policy.grantCitation === 'DL: Transitional arrangements' ? 'the further grant for someone first granted DL before 9 July 2012' : 'the standard period of DL';
  return { reason: reason('dl-period', policy.grantCitation, 'met', `${months} months, ${why}.`, facts), months };
}

/** The duration reasons in the policy's order, and the period they lead to. */
export function durationOf(input: DiscretionaryLeaveCase, decisionDate: string): DlDuration {
  const d = input.duration ?? {};
  const returnSoon = groundReason('dl-return-within-6-months', SHORTER_PERIODS, 'duration.returnExpectedWithin6Months', d.returnExpectedWithin6Months, {
    met: 'Return is not expected to be possible within 6 months.',
    notMet: 'Return is expected to be possible within 6 months: refuse, do not grant DL, and defer removal until it is possible.',
    unknown: 'Record whether return is expected to be possible within 6 months of the decision.',
  });
  const affected = 'duration.childrenAffected';
  const children =
    d.childrenAffected === false
      ? reason('dl-children-best-interests', CHILDREN, 'met', 'No child is affected by the decision.', [affected])
      : d.childrenAffected === undefined
        ? reason('dl-children-best-interests', CHILDREN, 'unknown', 'Record whether a child is affected by the decision.', [affected], [affected])
        : findingReason('dl-children-best-interests', CHILDREN, 'duration.childBestInterestsRecorded', d.childBestInterestsRecorded, {
            met: "The child's best interests have been considered as a primary consideration and recorded, including for the length of leave.",
            notMet: "The child's best interests have not been recorded: they must be, before the type and length of leave are decided.",
            unknown: "Record that the child's best interests have been considered, including for the length of leave.",
          });
  const standard = standardPeriod(input, decisionDate);
  const periodPath = 'duration.period';

  let period: Reason;
  let months: number | undefined;
  let referral = false;
  switch (d.period) {
    case undefined:
      period = reason('dl-period-choice', 'DL: Duration of Discretionary Leave', 'unknown', 'Record the period proposed: standard, shorter, longer or indefinite.', [periodPath], [periodPath]);
      break;
    case 'standard':
      period = standard.reason;
      months = standard.months;
      break;
    case 'shorter': {
      const facts = [periodPath, 'duration.shorterMonths', 'duration.shorterReason'];
      if (d.shorterMonths === undefined || d.shorterReason === undefined || d.shorterReason.trim() === '') {
        const missing = facts.slice(1).filter((path) => (path === 'duration.shorterMonths' ? d.shorterMonths === undefined : !d.shorterReason?.trim()));
        period = reason('dl-period-choice', SHORTER_PERIODS, 'unknown', 'Record the shorter period in months and the reason for it, which the letter must give.', facts, missing);
      } else if (standard.months !== undefined && d.shorterMonths >= standard.months) {
        period = reason('dl-period-choice', SHORTER_PERIODS, 'not-met', `A shorter period must be less than ${standard.months} months.`, facts);
      } else {
        period = reason('dl-period-choice', SHORTER_PERIODS, 'met', `${d.shorterMonths} months, shorter than standard because: ${d.shorterReason}`, facts);
        months = d.shorterMonths;
      }
      break;
    }
    case 'longer':
    case 'indefinite':
      referral = true;
      period = reason(
        'dl-period-choice',
        LONGER_PERIODS,
        'met',
        d.period === 'longer'
          ? 'A period longer than standard is proposed: only on referral to a senior caseworker, on compelling evidence.'
          : 'Indefinite leave is proposed: only on referral to a senior caseworker, in particularly compelling circumstances.',
        [periodPath],
      );
      break;
  }
  const reasons = [returnSoon, children, period];
  const settled = combine(reasons) === 'met';
  return {
    reasons,
    ...(settled && months !== undefined && !referral ? { months } : {}),
    returnSoon: returnSoon.status === 'not-met',
    referral,
  };
}

import { reason, type Reason } from '../../related/reasons';
import { RL_PERIODS } from './parameters';
import type { RestrictedLeaveCase } from './schema';

/**
 * "Duration of leave": the starting point is 6 months; shorter where removal appears reasonably
 * likely within 6 months or the risk needs more frequent review; longer only where justified, as
 * the minimum necessary, and with grade 6 approval (product rule: for any period over 6 months,
 * not only after a last grant of 6 months).
 */
export const DURATION = 'RL: Duration of leave';

/** The duration reasons and what they settle. */
export interface RlDuration {
  reasons: Reason[];
  months?: number;
  /** A longer period awaits grade 6 approval. */
  needsGrade6: boolean;
}

/** Decides the period of restricted leave. */
export function durationOf(input: RestrictedLeaveCase): RlDuration {
  const d = input.duration ?? {};
  const start = RL_PERIODS.startingPointMonths;
  const code = 'rl-duration';
  const findings = ['duration.removalLikelyWithin6Months', 'duration.riskNeedsFrequentReview'];
  const proposal = ['duration.proposedMonths', 'duration.justification'];
  if (d.removalLikelyWithin6Months === undefined || d.riskNeedsFrequentReview === undefined) {
    const missing = findings.filter((path) => (path.endsWith('Within6Months') ? d.removalLikelyWithin6Months : d.riskNeedsFrequentReview) === undefined);
    return {
      reasons: [reason(code, DURATION, 'unknown', 'Record whether removal is reasonably likely within 6 months and whether the risk needs more frequent review.', findings, missing)],
      needsGrade6: false,
    };
  }
  const facts = [...findings, ...proposal];
  const why = d.removalLikelyWithin6Months ? 'removal appears reasonably likely within the next 6 months' : 'the risk posed needs more frequent review';
  if (d.removalLikelyWithin6Months || d.riskNeedsFrequentReview) {
    if (d.proposedMonths === undefined) {
      return { reasons: [reason(code, DURATION, 'unknown', `A period shorter than 6 months is needed because ${why}: record the period.`, facts, ['duration.proposedMonths'])], needsGrade6: false };
    }
    if (d.proposedMonths >= start) {
      return { reasons: [reason(code, DURATION, 'not-met', `${d.proposedMonths} months proposed, but the period must be shorter than 6 months because ${why}.`, facts)], needsGrade6: false };
    }
    return { reasons: [reason(code, DURATION, 'met', `${d.proposedMonths} months, shorter than the starting point because ${why}.`, facts)], months: d.proposedMonths, needsGrade6: false };
  }
  const months = d.proposedMonths ?? start;
  if (months <= start) {
    const text = months === start ? '6 months, the starting point.' : `${months} months, shorter than the starting point${d.justification ? `: ${d.justification}` : ''}.`;
    return { reasons: [reason(code, DURATION, 'met', text, facts)], months, needsGrade6: false };
  }
  const justification = d.justification?.trim();
  if (!justification) {
    return {
      reasons: [reason(code, DURATION, 'unknown', `Record the justification for ${months} months, longer than the starting point of 6 months.`, facts, ['duration.justification'])],
      needsGrade6: false,
    };
  }
  const approvalPath = 'approvals.grade6';
  const approval = input.approvals?.grade6;
  if (approval === true) {
    return { reasons: [reason(code, DURATION, 'met', `${months} months, longer than the starting point, justified (${justification}) and approved at grade 6.`, [...facts, approvalPath])], months, needsGrade6: false };
  }
  if (approval === false) {
    return { reasons: [reason(code, DURATION, 'met', 'Grade 6 did not approve a longer period: 6 months, the starting point.', [...facts, approvalPath])], months: start, needsGrade6: false };
  }
  return {
    reasons: [reason(code, DURATION, 'unknown', `${months} months is longer than the starting point: grade 6 approval is needed.`, [...facts, approvalPath], [approvalPath])],
    needsGrade6: true,
  };
}

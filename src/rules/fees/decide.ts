import { formatLong, isAfter } from '../../dates';
import { combine, reason, RELATED_RULES_VERSION, type Action, type DecideOptions, type Reason } from '../../related/reasons';
import { calaisLeaveExtantOn, criterionADate, criterionAReason, criterionBReason, criterionCReason, eligibleFromNextAcademicYear, scopeReasons } from './criteria';
import type { CalaisFeeStatusCase } from './schema';

/**
 * The fee status decision for one academic year:
 * - `home-fees`: criteria (a) to (c) are met;
 * - `not-eligible`: one is not; `eligibleFrom` gives the academic year from which home fees apply
 *   when the leave was granted after the tested day and the residence criteria are met;
 * - `out-of-scope`: the academic year or the course is outside this version of the category;
 * - `incomplete`: an unanswered question decides the outcome.
 */
export type FeeStatusOutcome = 'home-fees' | 'not-eligible' | 'out-of-scope' | 'incomplete';

/** A fee status decision with the reasons it rests on. */
export interface FeeStatusDecision {
  route: 'calais-fee-status';
  outcome: FeeStatusOutcome;
  decisionCitation?: string;
  reasons: Reason[];
  actions: Action[];
  /** The day criterion (a) was tested. */
  relevantDate?: string;
  /** For `not-eligible` after a late grant: the first day of the academic year from which home fees apply. */
  eligibleFrom?: string;
  /** The date decided on. */
  decisionDate: string;
  rulesVersion: string;
}

/** Decides fee status for the academic year recorded. The rules look nothing up by the decision date; it is recorded on the decision. */
export function decideFeeStatus(input: CalaisFeeStatusCase, { decisionDate }: DecideOptions): FeeStatusDecision {
  const base = { route: 'calais-fee-status' as const, decisionDate, rulesVersion: RELATED_RULES_VERSION };
  const scope = scopeReasons(input);
  const scopeStatus = combine(scope);
  if (scopeStatus === 'not-met') return { ...base, outcome: 'out-of-scope', decisionCitation: 'FEE: category scope', reasons: scope, actions: [] };
  if (scopeStatus === 'unknown') return { ...base, outcome: 'incomplete', reasons: scope, actions: [] };

  const criteria = [criterionAReason(input), criterionBReason(input), criterionCReason(input)];
  const reasons = [...scope, ...criteria];
  const relevantDate = criterionADate(input);
  const withDate = relevantDate === undefined ? {} : { relevantDate };
  const status = combine(criteria);
  if (status === 'met') return { ...base, outcome: 'home-fees', decisionCitation: 'FEE (a)–(c)', reasons, actions: [], ...withDate };
  if (status === 'unknown' && criteria.every((r) => r.status !== 'not-met')) return { ...base, outcome: 'incomplete', reasons, actions: [], ...withDate };

  // Granted after the tested day: home fees from the next academic year, if the rest holds.
  const [a, b, c] = criteria;
  const granted = input.leave?.grantedOn;
  const yearStart = input.academicYear?.startsOn;
  if (a?.status === 'not-met' && b?.status === 'met' && c?.status === 'met' && granted !== undefined && yearStart !== undefined && relevantDate !== undefined && isAfter(granted, relevantDate)) {
    const eligibleFrom = eligibleFromNextAcademicYear(yearStart, granted);
    if (calaisLeaveExtantOn(input.leave ?? {}, eligibleFrom)?.extant !== true) return { ...base, outcome: 'not-eligible', decisionCitation: 'FEE (a)–(c)', reasons, actions: [], ...withDate };
    reasons.push(
      reason('fee-becoming-eligible', 'FEE: Becoming eligible', 'met', `Granted Calais leave after the course started: home fees from the academic year starting ${formatLong(eligibleFrom)}.`, [
        'leave.grantedOn',
        'academicYear.startsOn',
      ]),
    );
    return { ...base, outcome: 'not-eligible', decisionCitation: 'FEE: Becoming eligible', reasons, actions: [], ...withDate, eligibleFrom };
  }
  return { ...base, outcome: 'not-eligible', decisionCitation: 'FEE (a)–(c)', reasons, actions: [], ...withDate };
}

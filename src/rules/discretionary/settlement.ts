import { addDays, addMonths, compareDates, daysInPeriod, formatLong, isAfter, isOnOrAfter, laterOf } from '../../dates';
import { inForce } from '../parameters';
import { readList } from '../../related/lists';
import { reason, type Reason } from '../../related/reasons';
import { DL_PERIODS, DL_POLICY_BY_FIRST_GRANT } from './parameters';
import type { DiscretionaryLeaveCase, DlGrant } from './schema';

/**
 * Settlement after DL: "Settlement applications" (120 months' continuous DL for a first grant on
 * or after 9 July 2012), "Transitional arrangements" (6 years for a first grant before it), and
 * "Further grants of DL" (settlement deferred by up to 12 months where the basis for DL will soon end).
 *
 * Time in prison in connection with a conviction does not count: leave either side of it is
 * added together, so the day the period completes moves later by the days spent in prison.
 * An out-of-time application breaks continuity: the count starts again from the grant it led to.
 */

/** How the qualifying period is counted for a history of grants. */
export interface DlQualifyingPeriod {
  /** First day of the continuous run of DL that counts. */
  continuousFrom: string;
  requiredMonths: number;
  /** Days in prison within the period, which do not count. */
  prisonDays: number;
  /** The day the qualifying period is complete. */
  completeOn: string;
  /** The policy section the period comes from. */
  citation: string;
}

/** A question that must be answered before the qualifying period can be counted. */
export interface DlQuestion {
  question: string;
  path: string;
}

/**
 * The qualifying period for a history of grants (oldest first), or the question still to answer.
 */
export function dlQualifyingPeriod(grants: readonly DlGrant[], imprisonment: readonly { from: string; to: string }[]): DlQualifyingPeriod | DlQuestion {
  const ordered = grants.map((grant, index) => ({ grant, index })).sort((a, b) => compareDates(a.grant.from, b.grant.from));
  const first = ordered[0]?.grant;
  if (first === undefined) return { question: 'Record each grant of DL.', path: 'history.grants' };
  const policy = inForce(DL_POLICY_BY_FIRST_GRANT, first.from);
  let continuousFrom = first.from;
  for (const { grant, index } of ordered.slice(1)) {
    if (grant.appliedInTime === undefined) {
      return { question: `Record whether the application for the grant from ${formatLong(grant.from)} was made in time.`, path: `history.grants[${index}].appliedInTime` };
    }
    if (!grant.appliedInTime) continuousFrom = grant.from;
  }
  let completeOn = addMonths(continuousFrom, policy.settlementMonths);
  let prisonDays = 0;
  const prison = [...imprisonment].sort((a, b) => compareDates(a.from, b.from));
  for (const period of prison) {
    if (isAfter(period.from, completeOn)) break;
    const days = daysInPeriod(laterOf(period.from, continuousFrom), period.to);
    prisonDays += days;
    completeOn = addDays(completeOn, days);
  }
  return { continuousFrom, requiredMonths: policy.settlementMonths, prisonDays, completeOn, citation: policy.settlementCitation };
}

/** The qualifying-period reason, and the period itself when it can be counted. */
export function qualifyingPeriodReason(input: DiscretionaryLeaveCase, decisionDate: string): { reason: Reason; period?: DlQualifyingPeriod } {
  const h = input.history ?? {};
  const code = 'dl-settlement-period';
  const lists = ['history.grants', 'history.hasImprisonment', 'history.imprisonment'];
  const prison = readList(h.hasImprisonment, h.imprisonment, { has: 'history.hasImprisonment', list: 'history.imprisonment' }, {
    one: 'period in prison',
    many: 'periods in prison',
    question: 'whether the applicant has spent time in prison in connection with a conviction',
  });
  const missing = [...(h.grants === undefined || h.grants.length === 0 ? ['history.grants'] : []), ...(prison.ok ? [] : prison.missing)];
  if (missing.length > 0 || !prison.ok || h.grants === undefined) {
    const texts = [...(missing.includes('history.grants') ? ['Add each grant of DL.'] : []), ...(prison.ok ? [] : [prison.text])];
    const out = reason(code, 'DL: Settlement applications', 'unknown', texts.join(' '), lists, missing);
    return { reason: !prison.ok && prison.inconsistent ? { ...out, inconsistent: true } : out };
  }
  const facts = [...lists, ...h.grants.map((_g, i) => `history.grants[${i}].appliedInTime`)];
  const period = dlQualifyingPeriod(h.grants, prison.items);
  if ('question' in period) return { reason: reason(code, 'DL: Settlement applications', 'unknown', period.question, facts, [period.path]) };
  const inPrison = period.prisonDays > 0 ? `, excluding ${period.prisonDays} days in prison` : '';
  const complete = isOnOrAfter(decisionDate, period.completeOn);
  const text = complete
    ? `${period.requiredMonths} months' continuous DL from ${formatLong(period.continuousFrom)}${inPrison}, completed on ${formatLong(period.completeOn)}.`
    : `${period.requiredMonths} months' continuous DL from ${formatLong(period.continuousFrom)}${inPrison} are not complete until ${formatLong(period.completeOn)}.`;
  return { reason: reason(code, period.citation, complete ? 'met' : 'not-met', text, facts), period };
}

/** The last day settlement may be deferred to: 12 months after the qualifying period completes. */
export function deferralLimit(completeOn: string): string {
  return addMonths(completeOn, DL_PERIODS.settlementDeferralMonths);
}

/**
 * "Further grants of DL": settlement is deferred where the basis for DL will clearly end within
 * 12 months, but never beyond 12 months after the qualifying period. Met means "not deferred".
 */
export function deferralReason(input: DiscretionaryLeaveCase, period: DlQualifyingPeriod, decisionDate: string): Reason {
  const code = 'dl-settlement-deferral';
  const citation = 'DL: Further grants of DL';
  const path = 'settlement.basisEndsWithin12Months';
  const finding = input.settlement?.basisEndsWithin12Months;
  const limit = deferralLimit(period.completeOn);
  if (finding === undefined) return reason(code, citation, 'unknown', 'Record whether the factors behind DL will clearly cease within 12 months.', [path], [path]);
  if (!finding) return reason(code, citation, 'met', 'No clear basis that the factors behind DL will cease within 12 months.', [path]);
  if (isOnOrAfter(decisionDate, limit)) {
    return reason(code, citation, 'met', `The factors behind DL may soon cease, but settlement cannot be deferred beyond ${formatLong(limit)}.`, [path]);
  }
  return reason(code, citation, 'not-met', `The factors behind DL will clearly cease within 12 months: settlement is deferred, at the latest until ${formatLong(limit)}.`, [path]);
}

/**
 * Guidance, "Cases where there are criminal charges pending": where a prosecution is under way
 * and a conviction could mean the person fails suitability (352J(v), 352R(iv), STP 2.1), the case
 * is held until the proceedings end. Any conviction would at least engage STP 2.1(d) (a sentence
 * within the 24 months before the decision), so every pending charge counts.
 *
 * Product rule (domain notes §4): when a refusal ground already applies whatever the result of
 * the prosecution, the case is decided, not held. That precedence lives in `decide`.
 */
import { formatLong } from '../../dates';
import { reason, type RuleContext, type Subject } from '../reason';
import type { Reason } from '../types';

/** Charges pending: met when there is no prosecution under way. */
export function pendingChargesReason(subject: Subject, _context: RuleContext): Reason {
  const code = 'no-charges-pending';
  const citation = 'Charges pending';
  const path = `${subject.prefix}criminality.hasPendingCharges`;
  const answer = subject.criminality?.hasPendingCharges;
  if (answer === undefined) {
    return reason(code, citation, 'unknown', 'Not yet recorded whether the person faces criminal charges not yet decided.', [path], [path]);
  }
  if (!answer) return reason(code, citation, 'met', 'No criminal charges are pending.', [path]);
  const charges = subject.criminality?.pendingCharges ?? [];
  const listPath = `${subject.prefix}criminality.pendingCharges`;
  if (charges.length === 0) {
    // Yes with an empty list is unknown, never "none" and never a hold on no charge.
    return reason(code, citation, 'unknown', 'Criminal charges not yet decided are recorded as yes, but no charge is listed.', [path, listPath], [listPath]);
  }
  const list = charges.map((charge, index) => {
    const details = [charge.offence ?? 'offence not recorded'];
    if (charge.chargedOn) details.push(`charged ${formatLong(charge.chargedOn)}`);
    if (charge.where === 'overseas') details.push('overseas');
    return `charge ${index + 1} (${details.join(', ')})`;
  });
  const which = list.length > 0 ? `: ${list.join('; ')}` : '';
  return reason(code, citation, 'not-met', `A prosecution is under way${which}. A conviction could mean the person fails suitability.`, [
    path,
    `${subject.prefix}criminality.pendingCharges`,
  ]);
}

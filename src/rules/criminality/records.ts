/**
 * Contradictory criminality records, flagged and never resolved silently: a conviction list kept
 * under "Any convictions? No", or a charge list kept under "Any charges? No". The rules read
 * neither list (hidden answers do not count), so the record must be checked before a decision.
 */
import { reason, type Subject } from '../reason';
import type { Reason } from '../types';
import { convictionsPath, hasConvictionsPath } from './convictions';

/** The inconsistent-record reasons for one person's criminality (none when the record agrees). */
export function criminalityRecordReasons(subject: Subject): Reason[] {
  const criminality = subject.criminality;
  const out: Reason[] = [];
  if (criminality?.hasConvictions === false && (criminality.convictions ?? []).length > 0) {
    const count = criminality.convictions?.length ?? 0;
    const r = reason(
      'convictions-record-consistent',
      'STP 2.1',
      'not-met',
      `Inconsistent record: ${subject.name} is recorded as having no convictions, but ${count === 1 ? '1 conviction is' : `${count} convictions are`} still listed. Check the record: remove the list or change the answer to Yes.`,
      [hasConvictionsPath(subject), convictionsPath(subject)],
    );
    r.inconsistent = true;
    out.push(r);
  }
  if (criminality?.hasPendingCharges === false && (criminality.pendingCharges ?? []).length > 0) {
    const path = `${subject.prefix}criminality.hasPendingCharges`;
    const r = reason(
      'charges-record-consistent',
      'Charges pending',
      'not-met',
      `Inconsistent record: ${subject.name} is recorded as facing no criminal charges, but charges are still listed. Check the record: remove the list or change the answer to Yes.`,
      [path, `${subject.prefix}criminality.pendingCharges`],
    );
    r.inconsistent = true;
    out.push(r);
  }
  return out;
}

import { addDays, addMonths, type IsoDate } from '../../../src/dates';
import { readDateParts, type DateParts } from './dateParts';
import { parseMonths, type FormValues } from './fields';

/**
 * The date a custodial sentence ends, suggested from the date of conviction and its length
 * (whole months by the calendar, a fraction of a month as days). A suggestion only: release on
 * licence and time on remand change it, so the caseworker checks it against the record.
 */
export function suggestedEnd(values: FormValues): IsoDate | undefined {
  if (values.kind !== 'custodial') return undefined;
  const convicted = readDateParts(values.convictedOn as DateParts | undefined, { noun: 'date of conviction' });
  const months = parseMonths(typeof values.sentenceLengthMonths === 'string' ? values.sentenceLengthMonths : '');
  if (!convicted.ok || !convicted.value || months === undefined) return undefined;
  const whole = Math.floor(months);
  const days = Math.round((months - whole) * 30.44);
  return addDays(addMonths(convicted.value, whole), days);
}

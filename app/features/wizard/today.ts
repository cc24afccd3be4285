import { isIsoDate, type IsoDate } from '../../../src/dates';

/**
 * Today's date on this device's clock, as `YYYY-MM-DD` in local time (not `toISOString()`, which
 * gives the UTC date and so the previous day just after midnight in British Summer Time).
 * The rules never read a clock: the app reads it here and passes the date in.
 */
export function todayIso(now: Date = new Date()): IsoDate {
  const iso = `${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  if (!isIsoDate(iso)) throw new Error(`The device clock gave an impossible date: ${iso}`);
  return iso;
}

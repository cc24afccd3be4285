/**
 * The only place that parses, compares and does arithmetic on dates.
 *
 * Dates are calendar dates written `YYYY-MM-DD` (ISO 8601). They never become `Date` objects here,
 * so no time zone can shift them: `new Date('2024-06-01')` is UTC midnight and 1am in British
 * Summer Time, and `new Date('2023-02-29')` silently becomes 1 March. Working on the numbers keeps
 * every result the same under `TZ=Europe/London` and `TZ=UTC`, and is fast enough to decide
 * hundreds of thousands of cases a second.
 *
 * Month arithmetic follows date-fns (`addMonths`, `addYears`, `subMonths`), which the tests check
 * against date-fns itself: the day of the month is kept when it exists and otherwise clamped to
 * the month's last day, so the anniversary of 29 February falls on 28 February in a common year.
 *
 * Thresholds are tested by computing the threshold date and comparing, never by counting whole
 * years between two dates (a 29 February start would be counted wrongly).
 */

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a leap year in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `value` is a `YYYY-MM-DD` string naming a day that exists (2023-02-29 does not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return n < 10 ? `000${n}` : n < 100 ? `00${n}` : n < 1000 ? `0${n}` : String(n);
}

function make(year: number, month: number, day: number): IsoDate {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** Splits a `YYYY-MM-DD` date into numbers. The caller has validated it. */
function parts(date: IsoDate): [year: number, month: number, day: number] {
  // charCode arithmetic: much faster than slicing and Number() in the hot path of `decide`.
  const c = (i: number) => date.charCodeAt(i) - 48;
  return [c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3), c(5) * 10 + c(6), c(8) * 10 + c(9)];
}

/** `date` plus `months` calendar months (negative to go back), clamping the day as date-fns does. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return make(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** `date` minus `months` calendar months (date-fns `subMonths`). */
export function subMonths(date: IsoDate, months: number): IsoDate {
  return addMonths(date, -months);
}

/** `date` plus `years` years; 29 February plus one year is 28 February (date-fns `addYears`). */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** `date` plus `days` days (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  let [year, month, day] = parts(date);
  day += days;
  while (day > daysInMonth(year, month)) {
    day -= daysInMonth(year, month);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  while (day < 1) {
    month -= 1;
    if (month < 1) {
      month = 12;
      year -= 1;
    }
    day += daysInMonth(year, month);
  }
  return make(year, month, day);
}

/** Negative if `a` is before `b`, 0 if the same day, positive if after. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  // Fixed-width ISO dates sort as strings.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `a` is strictly before `b`. */
export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return a < b;
}

/** Whether `a` is strictly after `b`. */
export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return a > b;
}

/** Whether `a` is the same day as `b` or later. */
export function isOnOrAfter(a: IsoDate, b: IsoDate): boolean {
  return a >= b;
}

/** Whether `a` is the same day as `b` or earlier. */
export function isOnOrBefore(a: IsoDate, b: IsoDate): boolean {
  return a <= b;
}

/** Whether `date` lies from `from` to `to`, both days included. */
export function isWithin(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return date >= from && date <= to;
}

/** The later of two dates. */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/**
 * "N years have passed since `since`" on `on`: true on and after `since` + N years.
 * (Domain notes §4, product rule on dates.)
 */
export function yearsHavePassed(since: IsoDate, years: number, on: IsoDate): boolean {
  return on >= addYears(since, years);
}

/**
 * Whether `event` falls "within the `months` months before `on`": on or after `on` − `months`
 * months (and not after `on`). (Domain notes §4.)
 */
export function isWithinMonthsBefore(event: IsoDate, months: number, on: IsoDate): boolean {
  return event >= subMonths(on, months) && event <= on;
}

/**
 * The first decision date on which `event` is no longer within the `months` months before it:
 * the earliest `T` with `T − months` after `event`. Usually the day after `event` + `months`,
 * but clamping at month ends can push it a day or two later (an event on 28 February 2022 is
 * within 24 months of 29 February 2024, because 29 February 2024 − 24 months is 28 February 2022).
 */
export function firstDateOutsideMonthsAfter(event: IsoDate, months: number): IsoDate {
  let candidate = addDays(addMonths(event, months), 1);
  while (subMonths(candidate, months) <= event) candidate = addDays(candidate, 1);
  return candidate;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2017-07-13` as "13 July 2017", the style of GOV.UK letters. */
export function formatLong(date: IsoDate): string {
  const [year, month, day] = parts(date);
  return `${day} ${MONTH_NAMES[month - 1] ?? '?'} ${year}`;
}

/**
 * The number of days in the period from `from` to `to`, both days counted (1 to 3 March is 3 days);
 * 0 when `to` is before `from`. For lengths of time (a period in prison that does not count towards
 * a qualifying period), never for a threshold test. (Added for the related routes.)
 */
export function daysInPeriod(from: IsoDate, to: IsoDate): number {
  // Days since a fixed epoch, by the civil-from-days algorithm (March-based years).
  const dayNumber = (date: IsoDate): number => {
    const [y0, m, d] = parts(date);
    const y = m <= 2 ? y0 - 1 : y0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
    return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  };
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

/**
 * The GOV.UK date input (day, month and year boxes) <-> `YYYY-MM-DD`, with the Design System's
 * error messages. Every check on the date itself goes through `src/dates.ts`.
 */
import { isAfter, isBefore, isIsoDate, type IsoDate } from '../../../src/dates';

/** The three boxes of a date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** Which boxes an error concerns, so that only those are outlined in red. */
export type DatePart = 'day' | 'month' | 'year';

/** The outcome of reading a date input. */
export type DateReading = { ok: true; value: IsoDate | undefined } | { ok: false; message: string; parts: DatePart[] };

/** Rules for one date question. `noun` names it in messages, lower case: "date of conviction". */
export interface DateRules {
  noun: string;
  required?: boolean;
  /** Refuse a date after `today` (today itself is accepted). */
  past?: boolean;
  today?: IsoDate;
  /** Refuse a date before another date on the page. */
  notBefore?: { value: IsoDate | undefined; noun: string };
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pad(value: string, width: number): string {
  return value.padStart(width, '0');
}

/** `2020-02-05` as boxes 5 / 2 / 2020; anything else as empty boxes. */
export function isoToParts(value: unknown): DateParts {
  if (!isIsoDate(value)) return { ...EMPTY_DATE };
  const [year = '', month = '', day = ''] = value.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** Whether every box is empty. */
export function isEmptyDate(parts: DateParts | undefined): boolean {
  return !parts || (parts.day.trim() === '' && parts.month.trim() === '' && parts.year.trim() === '');
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A month typed as a number or a name ("3", "03", "March", "mar"), as GOV.UK services accept. */
function readMonth(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const index = MONTH_NAMES.indexOf(text.slice(0, 3).toLowerCase());
  return index >= 0 && /^[a-z]+$/i.test(text) ? index + 1 : undefined;
}

/**
 * Reads the boxes of a date question. Messages follow the GOV.UK date input pattern:
 * "Enter the date of conviction", "Date of conviction must include a month",
 * "Date of conviction must be a real date", "Date of conviction must be in the past",
 * "Date the sentence ends must be the same as or after the date of conviction".
 */
export function readDateParts(input: DateParts | undefined, rules: DateRules): DateReading {
  const parts = input ?? EMPTY_DATE;
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const Noun = capitalise(rules.noun);
  if (day === '' && month === '' && year === '') {
    return rules.required ? { ok: false, message: `Enter the ${rules.noun}`, parts: ['day', 'month', 'year'] } : { ok: true, value: undefined };
  }
  const missing: DatePart[] = [];
  if (day === '') missing.push('day');
  if (month === '') missing.push('month');
  if (year === '') missing.push('year');
  if (missing.length > 0) {
    const words = missing.length === 2 ? `a ${missing[0]} and ${missing[1]}` : `a ${missing[0]}`;
    return { ok: false, message: `${Noun} must include ${words}`, parts: missing };
  }
  const monthNumber = readMonth(month);
  if (!/^\d{1,2}$/.test(day) || monthNumber === undefined || !/^\d+$/.test(year)) {
    const wrong: DatePart[] = [];
    if (!/^\d{1,2}$/.test(day)) wrong.push('day');
    if (monthNumber === undefined) wrong.push('month');
    if (!/^\d+$/.test(year)) wrong.push('year');
    return { ok: false, message: `${Noun} must be a real date`, parts: wrong };
  }
  if (year.length !== 4) return { ok: false, message: 'Year must include 4 numbers', parts: ['year'] };
  const iso = `${year}-${pad(String(monthNumber), 2)}-${pad(day, 2)}`;
  if (!isIsoDate(iso)) {
    const wrong: DatePart[] = monthNumber < 1 || monthNumber > 12 ? ['month'] : ['day'];
    return { ok: false, message: `${Noun} must be a real date`, parts: wrong };
  }
  if (rules.past && rules.today && isAfter(iso, rules.today)) {
    return { ok: false, message: `${Noun} must be in the past`, parts: ['day', 'month', 'year'] };
  }
  if (rules.notBefore?.value && isBefore(iso, rules.notBefore.value)) {
    return { ok: false, message: `${Noun} must be the same as or after the ${rules.notBefore.noun}`, parts: ['day', 'month', 'year'] };
  }
  return { ok: true, value: iso };
}

/**
 * Questions as data. A page lists its fields; from that list the same code renders the page,
 * validates it (through a zod schema, see `formSchema`), reads answers out of the case file,
 * writes them back, decides which questions are shown, and fills the check-answers page.
 *
 * Form values are always strings (numbers are parsed on write, so '' never becomes 0) or the
 * three boxes of a date input.
 */
import { z } from 'zod';
import type { IsoDate } from '../../../src/dates';
import { formatLong } from '../../../src/dates';
import { EMPTY_DATE, isEmptyDate, isoToParts, readDateParts, type DatePart, type DateParts } from './dateParts';

/** One value of a page's form. */
export type FormValue = string | DateParts;
/** All values of a page's form, by field name. */
export type FormValues = Record<string, FormValue>;

interface FieldBase {
  /** Name in the form; also the id of the input (or of the first option or day box). */
  name: string;
  /** Dotted path of the answer in the page's root object (the case file, a dependant or a list item). */
  path: string;
  label: string;
  hint?: string;
  /** Ask only when another field on the page has this answer (conditional reveal). */
  showIf?: { name: string; equals: string };
  /** Message when left empty; without it the question is optional. */
  required?: string;
  /** Shorter label for the check-answers page. */
  summaryLabel?: string;
}

/** A one-line or multi-line text answer. */
export interface TextField extends FieldBase {
  kind: 'text' | 'textarea';
  widthClass?: string;
  autoComplete?: string;
  inputType?: 'text' | 'email' | 'tel';
}

/** A date, asked with day, month and year boxes. `noun` names it in messages: "date of conviction". */
export interface DateField extends FieldBase {
  kind: 'date';
  noun: string;
  past?: boolean;
  /** Must be the same day as or after another date field on the page. */
  notBefore?: { name: string; noun: string };
}

/** One answer from a short list. */
export interface RadiosField extends FieldBase {
  kind: 'radios';
  options: { value: string; text: string; hint?: string }[];
}

/** A yes/no question stored as a boolean. */
export interface YesNoField extends FieldBase {
  kind: 'yesNo';
  inline?: boolean;
}

/** A number of months (fractions allowed), stored as a number. */
export interface MonthsField extends FieldBase {
  kind: 'months';
  noun: string;
}

/** Any question. */
export type Field = TextField | DateField | RadiosField | YesNoField | MonthsField;

/** A problem with one answer: the field, its message and the box or option to focus. */
export interface FieldProblem {
  name: string;
  message: string;
  fieldId: string;
  parts?: DatePart[];
}

// ---------------------------------------------------------------------------------------------
// Paths

type Bag = Record<string, unknown>;

function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a dotted path. */
export function getPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const key of path.split('.')) {
    if (!isBag(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** A copy of `root` with `value` at the dotted path (removed when `undefined`). */
export function setPath<T>(root: T, path: string, value: unknown): T {
  const [head = '', ...rest] = path.split('.');
  const bag: Bag = isBag(root) ? { ...root } : {};
  if (rest.length === 0) {
    if (value === undefined) delete bag[head];
    else bag[head] = value;
  } else {
    bag[head] = setPath(bag[head], rest.join('.'), value);
  }
  return bag as T;
}

// ---------------------------------------------------------------------------------------------
// Reading, showing, validating, writing

/** The id that an error link or a Change link moves focus to. */
export function fieldFocusId(field: Field, part?: DatePart): string {
  return field.kind === 'date' ? `${field.name}-${part ?? 'day'}` : field.name;
}

function toFormValue(field: Field, stored: unknown): FormValue {
  switch (field.kind) {
    case 'date':
      return isoToParts(stored);
    case 'yesNo':
      return stored === true ? 'yes' : stored === false ? 'no' : '';
    case 'months':
      return typeof stored === 'number' ? String(stored) : '';
    default:
      return typeof stored === 'string' ? stored : '';
  }
}

/** The form values for `fields`, read from the page's root object. */
export function readValues(fields: readonly Field[], root: unknown): FormValues {
  const values: FormValues = {};
  for (const field of fields) values[field.name] = toFormValue(field, getPath(root, field.path));
  return values;
}

/** Makes sure a draft (which may come from an older version of a page) has every field, in the right shape. */
export function mergeDraft(fields: readonly Field[], fromFile: FormValues, draft: unknown): FormValues {
  if (!isBag(draft)) return fromFile;
  const values: FormValues = { ...fromFile };
  for (const field of fields) {
    const value = draft[field.name];
    if (field.kind === 'date') {
      if (isBag(value)) values[field.name] = { day: String(value.day ?? ''), month: String(value.month ?? ''), year: String(value.year ?? '') };
    } else if (typeof value === 'string') {
      values[field.name] = value;
    }
  }
  return values;
}

/** Whether `field` is asked, given the answers on the page (its controlling answers, recursively). */
export function isShown(field: Field, fields: readonly Field[], values: FormValues): boolean {
  let current: Field | undefined = field;
  const seen = new Set<string>();
  while (current?.showIf) {
    if (seen.has(current.name)) return false;
    seen.add(current.name);
    const controller: { name: string; equals: string } = current.showIf;
    if (values[controller.name] !== controller.equals) return false;
    current = fields.find((candidate) => candidate.name === controller.name);
  }
  return true;
}

function asText(value: FormValue | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

function asDate(value: FormValue | undefined): DateParts {
  return typeof value === 'object' ? value : EMPTY_DATE;
}

/** A number of months typed as text: '12', '1.5'. */
export function parseMonths(text: string): number | undefined {
  if (!/^\d+(\.\d+)?$/.test(text.trim())) return undefined;
  return Number(text.trim());
}

/** Every problem with the answers shown on the page, in page order. */
export function validateValues(fields: readonly Field[], values: FormValues, today: IsoDate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const dates = new Map<string, IsoDate | undefined>();
  for (const field of fields) {
    if (field.kind !== 'date' || !isShown(field, fields, values)) continue;
    const reading = readDateParts(asDate(values[field.name]), { noun: field.noun });
    dates.set(field.name, reading.ok ? reading.value : undefined);
  }
  for (const field of fields) {
    if (!isShown(field, fields, values)) continue;
    const value = values[field.name];
    if (field.kind === 'date') {
      const reading = readDateParts(asDate(value), {
        noun: field.noun,
        required: field.required !== undefined,
        ...(field.past ? { past: true, today } : {}),
        ...(field.notBefore ? { notBefore: { value: dates.get(field.notBefore.name), noun: field.notBefore.noun } } : {}),
      });
      if (!reading.ok) problems.push({ name: field.name, message: reading.message, fieldId: fieldFocusId(field, reading.parts[0]), parts: reading.parts });
      continue;
    }
    const text = asText(value);
    if (text === '') {
      if (field.required) problems.push({ name: field.name, message: field.required, fieldId: fieldFocusId(field) });
      continue;
    }
    if (field.kind === 'months') {
      const months = parseMonths(text);
      const Noun = field.noun.charAt(0).toUpperCase() + field.noun.slice(1);
      if (months === undefined) problems.push({ name: field.name, message: `${Noun} must be a number of months, like 6 or 18`, fieldId: field.name });
      else if (months > 1200) problems.push({ name: field.name, message: `${Noun} must be 1,200 months or fewer`, fieldId: field.name });
    } else if ((field.kind === 'radios' && !field.options.some((option) => option.value === text)) || (field.kind === 'yesNo' && text !== 'yes' && text !== 'no')) {
      problems.push({ name: field.name, message: field.required ?? `Select an answer`, fieldId: field.name });
    } else if (text.length > 5000) {
      problems.push({ name: field.name, message: `${field.label} must be 5,000 characters or fewer`, fieldId: field.name });
    }
  }
  return problems;
}

/**
 * The zod schema of a page: the same checks as `validateValues`, so that react-hook-form's
 * resolver and the section status agree on what a complete answer is.
 */
export function formSchema(fields: readonly Field[], today: IsoDate) {
  return z.record(z.string(), z.unknown()).superRefine((values, ctx) => {
    for (const problem of validateValues(fields, values as FormValues, today)) {
      ctx.addIssue({ code: 'custom', path: [problem.name], message: problem.message });
    }
  });
}

function toStored(field: Field, value: FormValue | undefined): unknown {
  switch (field.kind) {
    case 'date': {
      const reading = readDateParts(asDate(value), { noun: field.noun });
      return reading.ok ? reading.value : undefined;
    }
    case 'yesNo': {
      const text = asText(value);
      return text === 'yes' ? true : text === 'no' ? false : undefined;
    }
    case 'months':
      return parseMonths(asText(value));
    default: {
      const text = asText(value);
      return text === '' ? undefined : text;
    }
  }
}

/**
 * Writes the answers shown on the page into `root`. Answers hidden by a controlling answer are
 * left as they were: the rules and the check-answers page ignore them, and they come back if the
 * controlling answer is changed back.
 */
export function writeValues<T>(fields: readonly Field[], root: T, values: FormValues): T {
  let next = root;
  for (const field of fields) {
    if (!isShown(field, fields, values)) continue;
    next = setPath(next, field.path, toStored(field, values[field.name]));
  }
  return next;
}

/** Whether any of the fields has an answer in `root`. */
export function hasAnyAnswer(fields: readonly Field[], root: unknown): boolean {
  return fields.some((field) => getPath(root, field.path) !== undefined);
}

/** The answer to show on the check-answers page, or undefined when the question is not asked. */
export function displayValue(field: Field, values: FormValues): string {
  const value = values[field.name];
  switch (field.kind) {
    case 'date': {
      if (isEmptyDate(asDate(value))) return 'Not answered';
      const reading = readDateParts(asDate(value), { noun: field.noun });
      return reading.ok && reading.value ? formatLong(reading.value) : 'Not answered';
    }
    case 'yesNo':
      return value === 'yes' ? 'Yes' : value === 'no' ? 'No' : 'Not answered';
    case 'radios':
      return field.options.find((option) => option.value === value)?.text ?? 'Not answered';
    case 'months': {
      const months = parseMonths(asText(value));
      return months === undefined ? 'Not answered' : `${months} ${months === 1 ? 'month' : 'months'}`;
    }
    default:
      return asText(value) || 'Not answered';
  }
}

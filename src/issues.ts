/**
 * One place that turns validation problems into words a person can act on, for the app's import,
 * the CLI and any form that validates with zod.
 *
 * zod's own wording ("Invalid input: expected object, received undefined") never reaches a person:
 * `parseWithSchema` asks zod to mark every issue that has no message of our own, and `clearIssue`
 * rewrites those from the issue's kind, the field's label and what was found. A number too large to
 * use (`1e400` reads as Infinity) is called "not a number we can use". Long lists of problems are
 * cut with a count (`capMessages`), and `escapeControl` makes ids, paths and field names safe to
 * print on a terminal.
 */
import { z } from 'zod';

/** A problem with an input, with the field path it concerns (`''` for the whole file). */
export interface Issue {
  /** Field path, e.g. `criminality.convictions[0].sentenceEndsOn`; `''` for the whole file. */
  path: string;
  /** What is wrong, in plain English, naming the field. */
  message: string;
}

/** At most this many problems are listed per file, then "… and N more problems". */
export const MAX_MESSAGES = 20;

/** Formats a zod path as `criminality.convictions[0].sentenceEndsOn`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Joins a prefix (`cases[0].caseFile`) and a path within it. */
export function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

// C0 controls (except newline, which `escapeControl` escapes too), DEL, C1 controls (U+009B is a
// terminal's CSI), and the line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

function escapeOne(char: string): string {
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  if (char === '\t') return '\\t';
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `text` with every control character written as an escape (`\u001b`), so that no terminal acts on it. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, escapeOne);
}

/** Like `escapeControl` but keeps newlines: for whole lines of output, whose values are already escaped. */
export function escapeControlKeepNewlines(text: string): string {
  return text.replace(CONTROL_BUT_NEWLINE, escapeOne);
}

/** A JSON line whose DEL, C1 and separator characters are escaped too (JSON.stringify escapes only C0). */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029]/g, escapeOne);
}

/** Caps a list of message lines at `max`, ending with "… and N more problems". */
export function capMessages(lines: readonly string[], max = MAX_MESSAGES, prefix = ''): string[] {
  if (lines.length <= max) return [...lines];
  const more = lines.length - max;
  return [...lines.slice(0, max), `${prefix}… and ${more} more problem${more === 1 ? '' : 's'}`];
}

/** Whether `value` is a number JSON can carry but we cannot use (Infinity from `1e400`, NaN). */
function unusableNumber(value: unknown): boolean {
  return typeof value === 'number' && !Number.isFinite(value);
}

/** A short description of a value found in a file, for "…, found X". */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (empty)';
  if (unusableNumber(value)) return 'a number we cannot use (too large, or not a number)';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text "${escapeControl(shown)}"`;
  }
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'a group of fields';
  return `a value of type ${typeof value}`;
}

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  object: 'a group of fields (a JSON object)',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  date: 'a date',
  null: 'null',
  record: 'a group of fields (a JSON object)',
  map: 'a group of fields (a JSON object)',
};

/** Marks an issue that zod raised with its default wording, so that `clearIssue` rewrites it. */
const DEFAULT_WORDING = '\u0000zod-default\u0000';

/** The name of the field at `path` when no label is known: its last name, and the item's position. */
function nameOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'The file';
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const parent = path.length > 1 ? String(path[path.length - 2]) : 'list';
    return `Item ${last + 1} of “${escapeControl(parent)}”`;
  }
  return `The field “${escapeControl(String(last))}”`;
}

function listOf(values: readonly unknown[], max = 10): string {
  const shown = values.slice(0, max).map((value) => (typeof value === 'string' ? escapeControl(value) : describeFound(value)));
  return values.length > max ? `${shown.join(', ')} and ${values.length - max} more` : shown.join(', ');
}

/** zod issue fields this module reads (zod's own issue types are a union too wide to narrow cheaply). */
interface RawIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  format?: string;
  options?: unknown[];
  note?: string;
}

/**
 * The words for one zod issue: our own message when the schema gave one (with a note when the value
 * is a number we cannot use), or a message built from the issue in place of zod's default wording.
 */
export function clearIssue(issue: z.core.$ZodIssue, labelOf?: (path: string) => string | undefined): Issue {
  const raw = issue as unknown as RawIssue;
  const path = formatPath(raw.path);
  if (raw.code === 'unrecognized_keys') {
    const keys = raw.keys ?? [];
    return { path, message: `Unknown field${keys.length > 1 ? 's' : ''}: ${listOf(keys)}` };
  }
  const marked = raw.message.startsWith(DEFAULT_WORDING);
  // An issue from a parse without our mark still gets rewritten when it has zod's wording.
  if (!marked && !ZOD_DEFAULT_WORDING.test(raw.message)) {
    const message = unusableNumber(raw.input) ? `${raw.message}: the file has a number here that is not a number we can use (too large, or not a number)` : raw.message;
    return { path, message };
  }
  // The schema's own description of the field (`.describe('Who the person is')`), carried in the mark.
  const described = marked ? raw.message.slice(DEFAULT_WORDING.length) : '';
  const label = (path && labelOf?.(path)) || described || nameOf(raw.path);
  const inputKnown = 'input' in raw;
  const found = inputKnown ? describeFound(raw.input) : 'another kind of value';
  switch (raw.code) {
    case 'invalid_type': {
      if (inputKnown && raw.input === undefined) return { path, message: `${label} is missing` };
      if (unusableNumber(raw.input)) return { path, message: `${label} is not a number we can use (too large, or not a number)` };
      const expected = EXPECTED_WORDS[raw.expected ?? ''] ?? raw.expected ?? 'another kind of value';
      return { path, message: `${label} must be ${expected}, found ${found}` };
    }
    case 'invalid_value': {
      const values = raw.values ?? [];
      return { path, message: values.length === 1 ? `${label} must be ${JSON.stringify(values[0])}, found ${found}` : `${label} must be one of: ${listOf(values)}; found ${found}` };
    }
    case 'invalid_union': {
      if (raw.options && raw.options.length > 0) return { path, message: `${label} must be one of: ${listOf(raw.options)}; found ${found}` };
      return { path, message: `${label} is not in any of the forms allowed, found ${found}` };
    }
    case 'too_big': {
      const max = Number(raw.maximum);
      if (raw.origin === 'array' || raw.origin === 'set') return { path, message: `${label} has too many items: at most ${max.toLocaleString('en-GB')} allowed${Array.isArray(raw.input) ? `, found ${raw.input.length.toLocaleString('en-GB')}` : ''}` };
      if (raw.origin === 'string') return { path, message: `${label} must be ${max.toLocaleString('en-GB')} characters or fewer` };
      return { path, message: `${label} must be ${max.toLocaleString('en-GB')} or less` };
    }
    case 'too_small': {
      const min = Number(raw.minimum);
      if (raw.origin === 'array' || raw.origin === 'set') return { path, message: `${label} must have at least ${min} item${min === 1 ? '' : 's'}` };
      if (raw.origin === 'string') return { path, message: min <= 1 ? `${label} must not be empty` : `${label} must be at least ${min} characters` };
      return { path, message: `${label} must be ${min} or more` };
    }
    case 'invalid_format':
      if (raw.format === 'date') return { path, message: `${label} must be a real date written YYYY-MM-DD, found ${found}` };
      if (raw.format === 'datetime') return { path, message: `${label} must be a date and time, e.g. 2026-01-31T09:30:00Z, found ${found}` };
      return { path, message: `${label} is not in the form expected (${raw.format ?? 'see the documentation'}), found ${found}` };
    case 'invalid_key':
      return { path, message: `${label} has a name that is not allowed` };
    case 'invalid_element':
      return { path, message: `${label} has an item that is not allowed` };
    case 'not_multiple_of':
      return { path, message: `${label} is not a value allowed here, found ${found}` };
    default:
      return { path, message: `${label} is not a value we can use, found ${found}` };
  }
}

function describedAs(schema: unknown): string {
  const description = schema && typeof schema === 'object' ? z.globalRegistry.get(schema as z.ZodType)?.description : undefined;
  return description?.replace(/\?$/, '') ?? '';
}

/** Turns a zod error into issues in plain words (see `clearIssue`). */
export function clearIssues(error: z.ZodError, labelOf?: (path: string) => string | undefined): Issue[] {
  return error.issues.map((issue) => clearIssue(issue, labelOf));
}

/**
 * Validates `input` with `schema`, reporting every problem in plain words. Issues that have a
 * message of the schema's own keep it; the rest are rewritten by `clearIssue`, with `labelOf`
 * naming the field when it knows the path. Never throws.
 */
export function parseWithSchema<T extends z.ZodType>(
  schema: T,
  input: unknown,
  labelOf?: (path: string) => string | undefined,
): { ok: true; value: z.output<T> } | { ok: false; issues: Issue[] } {
  const result = schema.safeParse(input, { reportInput: true, error: (issue) => DEFAULT_WORDING + describedAs(issue.inst) });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: clearIssues(result.error, labelOf) };
}

/**
 * Lines `source: path: message` for a file's issues, capped at `max` with a count of the rest. A
 * problem with the whole file is written `source: message`, or with `wholeFile` in the path's place.
 */
export function issueLines(source: string, issues: readonly Issue[], options: { max?: number; wholeFile?: string } = {}): string[] {
  const max = options.max ?? MAX_MESSAGES;
  const lines = issues.map((issue) => {
    const where = issue.path ? escapeControl(issue.path) : options.wholeFile;
    return where === undefined ? `${source}: ${issue.message}` : `${source}: ${where}: ${issue.message}`;
  });
  return capMessages(lines, max, `${source}: `);
}

/**
 * zod's default English wording, for tests that prove none of it reaches a person. Matches the
 * openings zod 4's messages use ("Invalid input", "Too big", "Unrecognized key"…).
 */
export const ZOD_DEFAULT_WORDING = /Invalid input|Invalid option|Invalid discriminator|Invalid string|Invalid number|Invalid key|Invalid element|Too big:|Too small:|Unrecognized key|expected nonoptional|received undefined|expected [a-z]+, received|zod-default/;

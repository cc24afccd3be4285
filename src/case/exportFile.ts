/**
 * Reading files of cases: the app's export envelope, a bare case file, or a JSON list of case files.
 * One parser for the app's import and the `decide` command, so both accept and refuse the same files
 * with the same messages. Plain TypeScript: no DOM, no storage. Format: docs/export-format.md.
 *
 * Everything an export carries beside a case file (audit log, letter edits, typed-but-unsaved
 * answers) is validated here with the same limits as the case file, because the app stores it and
 * reads it back on every page of that case: an unchecked value there would break the page each time.
 */
import { z } from 'zod';
import { escapeControl, joinPath, parseWithSchema, type Issue } from '../issues';
// Only the type: the registry brings every route's rules and letters, which the app's first load must not carry.
import type { AnyRoute } from '../routes';
import { parseCaseFile } from './index';
import { CASE_FORMAT, type CaseFile } from './schema';

/** The envelope's format name. */
export const EXPORT_FORMAT = 'calais-settlement-export' as const;
/** The envelope's current version. A breaking change bumps it and adds a step to `EXPORT_MIGRATIONS`. */
export const EXPORT_VERSION = 1 as const;
/** The largest file read, in bytes. The app refuses larger files from their size, before reading them. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** The deepest nesting of objects and lists a file may have. A real export nests 7 levels. */
export const MAX_DEPTH = 32;

/** Limits on what an export keeps beside a case file (docs/export-format.md). */
export const EXPORT_LIMITS = {
  /** Cases in one file. */
  cases: 2000,
  /** Entries in one case's audit log (one per saved change). */
  auditEntries: 20000,
  /** Field paths in one audit entry. */
  auditFields: 500,
  /** Pages with typed-but-unsaved answers in one case. */
  draftPages: 2000,
  /** Answers on one page. */
  draftFields: 100,
  /** Letters with edits in one case. */
  letters: 100,
  /** Edited paragraphs in one letter, and facts recorded with the edits. */
  paragraphs: 200,
  /** Characters of a name: page key, field name, letter id, paragraph key, fact label. */
  keyLength: 200,
  /** Characters of free text, as for every text answer of the case file. */
  textLength: 5000,
  /** Characters of an edited paragraph (a letter's paragraph may be longer than one answer). */
  paragraphLength: 20000,
} as const;

/** One line of a case's audit log: when, which section, which fields changed. */
export interface AuditEntry {
  at: string;
  section: string;
  fields: string[];
}

/** A caseworker's edits to the free-text parts of one letter, and the facts they were written against. */
export interface LetterEdits {
  paragraphs: Record<string, string>;
  /** Fingerprint of the decision and facts when the edits were made; a change marks the letter out of date. */
  editedAgainst: string;
  /** The facts (label -> value) at that time, to show what changed. */
  factsAtEdit?: Record<string, string>;
}

/** The three boxes of a date question, as typed. */
export interface DraftDateParts {
  day?: string;
  month?: string;
  year?: string;
}

/** Answers typed on one page but not yet saved, by field name: text, or a date's boxes. */
export type DraftPage = Record<string, string | DraftDateParts>;

/** One case in an export: the case file and what the app keeps beside it. */
export interface ExportedCase {
  caseFile: CaseFile;
  audit: AuditEntry[];
  letterEdits: Record<string, LetterEdits>;
  drafts: Record<string, DraftPage>;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

/** An export of one or more cases. */
export interface CaseExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  cases: ExportedCase[];
}

const L = EXPORT_LIMITS;

const dateTime = (label: string) => z.iso.datetime({ offset: true, error: `${label} must be a date and time, e.g. 2026-01-31T09:30:00Z` });

const key = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .min(1, { error: `${label} must not be empty` })
    .max(L.keyLength, { error: `${label} must be ${L.keyLength} characters or fewer` });

const text = (label: string, max: number = L.textLength) =>
  z.string({ error: `${label} must be text` }).max(max, { error: `${label} must be ${max.toLocaleString('en-GB')} characters or fewer` });

/** `z.record` with a cap on the number of entries (zod's record has none). */
function cappedRecord<V extends z.ZodType>(keySchema: z.ZodString, value: V, label: string, max: number) {
  return z
    .record(keySchema, value, { error: `${label} must be a group of fields (a JSON object)` })
    .refine((record) => Object.keys(record).length <= max, { error: `${label} has too many entries: at most ${max.toLocaleString('en-GB')} allowed` });
}

const auditEntrySchema = z.strictObject({
  at: dateTime('The time of the change'),
  section: text('The section of the change', 500),
  fields: z
    .array(text('Each changed field', 1000), { error: 'The changed fields must be a list' })
    .max(L.auditFields, { error: `The changed fields must be ${L.auditFields} or fewer` }),
});

const letterEditsSchema = z.strictObject({
  paragraphs: cappedRecord(key('A paragraph’s name'), text('Each edited paragraph', L.paragraphLength), 'The edited paragraphs', L.paragraphs),
  editedAgainst: text('What the letter was edited against', 1000),
  factsAtEdit: cappedRecord(key('A fact’s label'), text('Each fact recorded with the edits'), 'The facts recorded with the edits', L.paragraphs).optional(),
});

const draftDateSchema = z.strictObject(
  {
    day: text('The day box').optional(),
    month: text('The month box').optional(),
    year: text('The year box').optional(),
  },
  { error: 'A typed answer must be text, or a date’s day, month and year boxes' },
);

const draftPageSchema = cappedRecord(
  key('A question’s name'),
  z.union([text('A typed answer'), draftDateSchema], { error: 'A typed answer must be text, or a date’s day, month and year boxes' }),
  'The typed answers of a page',
  L.draftFields,
);

/** Validates the records an export keeps beside a case file. */
const exportedCaseSchema = z.strictObject(
  {
    caseFile: z.unknown(),
    audit: z.array(auditEntrySchema, { error: 'The audit log must be a list' }).max(L.auditEntries, { error: `The audit log must have ${L.auditEntries.toLocaleString('en-GB')} entries or fewer` }),
    letterEdits: cappedRecord(key('A letter’s id'), letterEditsSchema, 'Letter edits', L.letters),
    drafts: cappedRecord(key('A page’s name'), draftPageSchema, 'Typed answers not yet saved (drafts)', L.draftPages).optional(),
    createdAt: dateTime('Created at'),
    updatedAt: dateTime('Updated at'),
    revision: z
      .number({ error: 'Revision must be a number' })
      .int({ error: 'Revision must be a whole number' })
      .min(0, { error: 'Revision must be 0 or more' })
      .max(Number.MAX_SAFE_INTEGER, { error: 'Revision is too large' }),
  },
  { error: 'Each exported case must be a group of fields (a JSON object)' },
);

const envelopeSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: dateTime('Exported at'),
  cases: z.array(z.unknown(), { error: 'Cases must be a list' }).max(L.cases, { error: `An export may hold at most ${L.cases.toLocaleString('en-GB')} cases: split it` }),
});

/** One step of the envelope's migration table (none yet: version 1 is the first). */
export interface ExportMigration {
  from: number;
  up: (file: Record<string, unknown>) => Record<string, unknown>;
}
/** Upgrades of the export envelope, oldest first. */
export const EXPORT_MIGRATIONS: readonly ExportMigration[] = [];

/** Builds the export of `cases` (in the order given). */
export function buildExport(cases: readonly ExportedCase[], exportedAt: string): CaseExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, cases: cases.map((entry) => ({ ...entry })) };
}

/**
 * What one item of a file gave: a Calais case (with what an export keeps beside it), or a case of
 * another registered route the caller reads (`ReadOptions.routes`), validated by that route.
 */
export type ReadCase = { kind: 'case'; caseFile: CaseFile; exported?: Omit<ExportedCase, 'caseFile'> } | { kind: 'route'; route: AnyRoute; caseFile: unknown };

/** One item of a file: where it is in the file (`''`, `[2]`, `cases[0]`), and its case or its problems (paths within the file). */
export interface ReadItem {
  /** Where the item is in the file: `''` for a bare case file, `[2]` in a list, `cases[0]` in an export. */
  at: string;
  /** Position in the file, from 0. */
  index: number;
  result: { ok: true; value: ReadCase } | { ok: false; issues: Issue[] };
}

/** What reading a file gave: its items (each a case or its problems), or why the whole file was refused. */
export type ReadResult = { ok: true; shape: 'envelope' | 'list' | 'single'; items: ReadItem[] } | { ok: false; issues: Issue[] };

/** Options for `readCasesText`. */
export interface ReadOptions {
  /**
   * The routes (src/routes.ts) whose bare case files are read beside Calais ones, each picked by its
   * `format` and validated by its route. The CLI passes the whole registry; the app's import passes
   * none yet, as its case store holds Calais cases only.
   */
  routes?: readonly AnyRoute[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` nests objects and lists deeper than `max` (checked without recursion). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top || typeof top.value !== 'object' || top.value === null) continue;
    if (top.depth >= max) return true;
    for (const child of Object.values(top.value)) if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: top.depth + 1 });
  }
  return false;
}

/**
 * Parses the text of a file as JSON: a UTF-8 byte-order mark is skipped, and a file nested deeper
 * than `MAX_DEPTH` is refused. Never throws.
 */
export function decodeJson(text: string): { ok: true; value: unknown } | { ok: false; issues: Issue[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, issues: [{ path: '', message: 'The file is empty: no cases found' }] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? ` (${escapeControl(error.message.slice(0, 200))})` : '';
    return { ok: false, issues: [{ path: '', message: `The file is not valid JSON${detail}` }] };
  }
  if (nestsDeeperThan(value, MAX_DEPTH)) {
    return { ok: false, issues: [{ path: '', message: `The file nests objects or lists more than ${MAX_DEPTH} levels deep: no case file does, so it is not one` }] };
  }
  return { ok: true, value };
}

function prefixed(prefix: string, issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => ({ path: joinPath(prefix, issue.path), message: issue.message }));
}

function readBare(item: unknown, at: string, index: number, options: ReadOptions): ReadItem {
  const format = isRecord(item) ? item['format'] : undefined;
  const route = options.routes?.find((r) => r.format === format);
  if (route && route.format !== CASE_FORMAT) {
    const parsed = route.parse(item);
    if (!parsed.ok) return { at, index, result: { ok: false, issues: prefixed(at, parsed.issues) } };
    return { at, index, result: { ok: true, value: { kind: 'route', route, caseFile: parsed.value } } };
  }
  const parsed = parseCaseFile(item);
  if (!parsed.ok) return { at, index, result: { ok: false, issues: prefixed(at, parsed.issues) } };
  return { at, index, result: { ok: true, value: { kind: 'case', caseFile: parsed.value } } };
}

function readExported(item: unknown, index: number): ReadItem {
  const at = `cases[${index}]`;
  const extras = parseWithSchema(exportedCaseSchema, item);
  const caseFile = parseCaseFile(isRecord(item) ? item['caseFile'] : undefined);
  const issues = [...(extras.ok ? [] : prefixed(at, extras.issues)), ...(caseFile.ok ? [] : prefixed(`${at}.caseFile`, caseFile.issues))];
  if (!extras.ok || !caseFile.ok) return { at, index, result: { ok: false, issues } };
  const { caseFile: _unused, ...exported } = extras.value;
  return {
    at,
    index,
    result: {
      ok: true,
      value: { kind: 'case', caseFile: caseFile.value, exported: { ...exported, letterEdits: exported.letterEdits as Record<string, LetterEdits>, drafts: (exported.drafts ?? {}) as Record<string, DraftPage> } },
    },
  };
}

function readEnvelope(raw: Record<string, unknown>): ReadResult {
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, issues: [{ path: 'version', message: `Version of the export must be a whole number from 1, found ${describeVersion(version)}` }] };
  }
  if (version > EXPORT_VERSION) {
    return { ok: false, issues: [{ path: 'version', message: `This export is version ${version}, newer than this tool reads (version ${EXPORT_VERSION}): use a newer version of the tool` }] };
  }
  let file = raw;
  for (let v = version; v < EXPORT_VERSION; v++) {
    const step = EXPORT_MIGRATIONS.find((migration) => migration.from === v);
    if (!step) return { ok: false, issues: [{ path: 'version', message: `No migration from version ${v} to version ${v + 1}` }] };
    file = { ...step.up(file), version: v + 1 };
  }
  const envelope = parseWithSchema(envelopeSchema, file);
  if (!envelope.ok) {
    // Report the cases' problems too, so that one round of corrections is enough.
    const cases = file['cases'];
    const items = Array.isArray(cases) && cases.length <= L.cases ? cases.map((item, index) => readExported(item, index)) : [];
    return { ok: false, issues: [...envelope.issues, ...items.flatMap((item) => (item.result.ok ? [] : item.result.issues))] };
  }
  if (envelope.value.cases.length === 0) return { ok: false, issues: [{ path: 'cases', message: 'No cases found: the export’s list of cases is empty' }] };
  return { ok: true, shape: 'envelope', items: envelope.value.cases.map((item, index) => readExported(item, index)) };
}

function describeVersion(version: unknown): string {
  if (typeof version === 'number' && !Number.isFinite(version)) return 'a number we cannot use (too large, or not a number)';
  return JSON.stringify(version) ?? 'nothing';
}

/** Reads an already-parsed file: an export envelope, a JSON list of case files, or one case file. */
export function readCasesValue(raw: unknown, options: ReadOptions = {}): ReadResult {
  if (Array.isArray(raw)) {
    if (raw.length === 0) return { ok: false, issues: [{ path: '', message: 'No cases found: the file is an empty list' }] };
    if (raw.length > L.cases) return { ok: false, issues: [{ path: '', message: `The list holds ${raw.length.toLocaleString('en-GB')} cases, more than the ${L.cases.toLocaleString('en-GB')} one file may hold: split it` }] };
    return { ok: true, shape: 'list', items: raw.map((item, index) => readBare(item, `[${index}]`, index, options)) };
  }
  if (isRecord(raw) && raw['format'] === EXPORT_FORMAT) return readEnvelope(raw);
  return { ok: true, shape: 'single', items: [readBare(raw, '', 0, options)] };
}

/**
 * Reads the text of a file: JSON (a byte-order mark is allowed), then `readCasesValue`. Never
 * throws; every problem names its field path within the file.
 */
export function readCasesText(text: string, options: ReadOptions = {}): ReadResult {
  const decoded = decodeJson(text);
  if (!decoded.ok) return decoded;
  return readCasesValue(decoded.value, options);
}

/** Every problem of a read, whole-file or per item, with paths within the file. */
export function allIssues(result: ReadResult): Issue[] {
  if (!result.ok) return result.issues;
  return result.items.flatMap((item) => (item.result.ok ? [] : item.result.issues));
}

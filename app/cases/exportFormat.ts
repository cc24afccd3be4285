/**
 * Exporting cases to, and reading them back from, JSON files. The format is described in
 * docs/export-format.md.
 *
 * The case file's schema is strict and has no place for the audit log, letter edits or drafts, so
 * an export is an envelope holding, for each case, the case file itself and those records beside it.
 * Import also accepts a bare case file (a scenario file, or a file written by another tool) or a
 * JSON list of case files. Every case file goes through `parseCaseFile` (src/case), which migrates an
 * older version and validates it, so each message names the field. Nothing here touches storage.
 */
import { z } from 'zod';
import { CASE_VERSION, parseCaseFile, type CaseFile, type CaseIssue } from '../../src/case';
import { formatPath } from '../../src/case';
import { TRAINING_ID_PREFIX, type CaseRecord } from './records';

/** The envelope's format name. */
export const EXPORT_FORMAT = 'calais-settlement-export' as const;
/** The envelope's current version. A breaking change bumps it and adds a step to `EXPORT_MIGRATIONS`. */
export const EXPORT_VERSION = 1 as const;
/** The largest file import reads. Larger files are refused from their size, before reading them. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** At most this many problems are listed per file. */
const MAX_MESSAGES = 20;

/** One case in an export: the case file and what the app keeps beside it. */
export interface ExportedCase {
  caseFile: CaseFile;
  audit: CaseRecord['audit'];
  letterEdits: CaseRecord['letterEdits'];
  drafts: CaseRecord['drafts'];
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

/** Builds the export of `records` (in the order given). */
export function buildExport(records: readonly CaseRecord[], exportedAt: string): CaseExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    cases: records.map((record) => ({
      caseFile: record.caseFile,
      audit: record.audit,
      letterEdits: record.letterEdits,
      drafts: record.drafts,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      revision: record.revision,
    })),
  };
}

/** A file name for an export: the case's reference or id, or "cases" with the date. */
export function exportFileName(records: readonly CaseRecord[], exportedAt: string): string {
  const day = exportedAt.slice(0, 10);
  const only = records.length === 1 ? records[0] : undefined;
  if (!only) return `calais-cases-${day}.json`;
  const reference = only.caseFile.identity?.homeOfficeReference?.trim();
  const name = (reference || only.id).replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80);
  return `calais-case-${name}-${day}.json`;
}

const dateTime = (label: string) => z.iso.datetime({ offset: true, error: `${label} must be a date and time, e.g. 2026-01-31T09:30:00Z` });

const auditEntrySchema = z.strictObject({
  at: dateTime('The time of the change'),
  section: z.string({ error: 'The section must be text' }).max(500),
  fields: z.array(z.string({ error: 'Each field must be text' }).max(1000)),
});

// Letter edits belong to the letters feature, which may add fields: keep any it adds.
const letterEditsSchema = z.looseObject({
  paragraphs: z.record(z.string(), z.string({ error: 'Each paragraph must be text' })),
  editedAgainst: z.string({ error: 'What the letter was edited against must be text' }),
  factsAtEdit: z.record(z.string(), z.string()).optional(),
});

const exportedCaseSchema = z.strictObject({
  caseFile: z.unknown(),
  audit: z.array(auditEntrySchema, { error: 'The audit log must be a list' }),
  letterEdits: z.record(z.string(), letterEditsSchema, { error: 'Letter edits must be an object' }),
  drafts: z.record(z.string(), z.unknown(), { error: 'Drafts must be an object' }).optional(),
  createdAt: dateTime('Created at'),
  updatedAt: dateTime('Updated at'),
  revision: z.number({ error: 'Revision must be a number' }).int({ error: 'Revision must be a whole number' }).min(0, { error: 'Revision must be 0 or more' }),
});

const envelopeSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: dateTime('Exported at'),
  cases: z.array(exportedCaseSchema, { error: 'Cases must be a list' }),
});

/** One step of the envelope's migration table (none yet: version 1 is the first). */
export interface ExportMigration {
  from: number;
  up: (file: Record<string, unknown>) => Record<string, unknown>;
}
/** Upgrades of the export envelope, oldest first. */
export const EXPORT_MIGRATIONS: readonly ExportMigration[] = [];

/** A case read from a file, ready to store, with anything the caseworker should know about it. */
export interface ImportedCase {
  record: CaseRecord;
  /** For example that the case was given a new id. */
  note?: string;
}

/** What reading one file gave: its cases, or every problem found (then nothing is imported from it). */
export type FileReadResult = { fileName: string; ok: true; cases: ImportedCase[] } | { fileName: string; ok: false; messages: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

function failure(fileName: string, issues: CaseIssue[]): FileReadResult {
  const messages = issues.slice(0, MAX_MESSAGES).map((issue) => (issue.path ? `${fileName}: ${issue.path}: ${issue.message}` : `${fileName}: ${issue.message}`));
  if (issues.length > MAX_MESSAGES) messages.push(`${fileName}: and ${issues.length - MAX_MESSAGES} more problems`);
  return { fileName, ok: false, messages };
}

/** Case ids go into page addresses, and the training prefix means "training store": keep them plain. */
const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

function withUsableId(record: CaseRecord): ImportedCase {
  if (PLAIN_ID.test(record.id) && !record.id.startsWith(TRAINING_ID_PREFIX)) return { record };
  const id = crypto.randomUUID();
  return {
    record: { ...record, id, caseFile: { ...record.caseFile, id } },
    note: `The case id ${JSON.stringify(record.id.slice(0, 60))} cannot be used on this device, so the case was given a new id.`,
  };
}

function readBareCaseFiles(raw: unknown[], prefixOf: (index: number) => string, importedAt: string, fileName: string): { cases: ImportedCase[]; issues: CaseIssue[] } {
  const cases: ImportedCase[] = [];
  const issues: CaseIssue[] = [];
  raw.forEach((item, index) => {
    const parsed = parseCaseFile(item);
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((issue) => ({ path: joinPath(prefixOf(index), issue.path), message: issue.message })));
      return;
    }
    const caseFile = parsed.value;
    const createdAt = caseFile.meta?.createdAt ?? importedAt;
    const updatedAt = caseFile.meta?.updatedAt ?? importedAt;
    cases.push(
      withUsableId({
        id: caseFile.id,
        kind: 'case',
        version: CASE_VERSION,
        revision: 1,
        createdAt,
        updatedAt,
        caseFile,
        drafts: {},
        letterEdits: {},
        audit: [{ at: importedAt, section: 'Case', fields: [`(imported from ${fileName})`] }],
      }),
    );
  });
  return { cases, issues };
}

function readEnvelope(raw: Record<string, unknown>): { cases: ImportedCase[]; issues: CaseIssue[] } {
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { cases: [], issues: [{ path: 'version', message: `Version must be a whole number from 1, found ${JSON.stringify(version) ?? 'nothing'}` }] };
  }
  if (version > EXPORT_VERSION) {
    return {
      cases: [],
      issues: [{ path: 'version', message: `This export is version ${version}, newer than this tool reads (version ${EXPORT_VERSION}): use a newer version of the tool` }],
    };
  }
  let file = raw;
  for (let v = version; v < EXPORT_VERSION; v++) {
    const step = EXPORT_MIGRATIONS.find((migration) => migration.from === v);
    if (!step) return { cases: [], issues: [{ path: 'version', message: `No migration from version ${v} to version ${v + 1}` }] };
    file = { ...step.up(file), version: v + 1 };
  }
  const envelope = envelopeSchema.safeParse(file);
  if (!envelope.success) {
    return {
      cases: [],
      issues: envelope.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.code === 'unrecognized_keys' ? `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}` : issue.message,
      })),
    };
  }
  const cases: ImportedCase[] = [];
  const issues: CaseIssue[] = [];
  envelope.data.cases.forEach((exported, index) => {
    const parsed = parseCaseFile(exported.caseFile);
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((issue) => ({ path: joinPath(`cases[${index}].caseFile`, issue.path), message: issue.message })));
      return;
    }
    cases.push(
      withUsableId({
        id: parsed.value.id,
        kind: 'case',
        version: CASE_VERSION,
        revision: exported.revision,
        createdAt: exported.createdAt,
        updatedAt: exported.updatedAt,
        caseFile: parsed.value,
        drafts: exported.drafts ?? {},
        letterEdits: exported.letterEdits as CaseRecord['letterEdits'],
        audit: exported.audit,
      }),
    );
  });
  return { cases, issues };
}

/**
 * Reads the text of one file. Accepts an export (any supported version), a bare case file, or a
 * JSON list of case files. Every problem is reported as `file name: field path: message`; a file
 * with any problem gives no cases, so importing it changes nothing.
 */
export function readImportFile(fileName: string, text: string, importedAt: string): FileReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return failure(fileName, [{ path: '', message: `The file is not valid JSON${detail}` }]);
  }
  let read: { cases: ImportedCase[]; issues: CaseIssue[] };
  if (Array.isArray(raw)) {
    if (raw.length === 0) return failure(fileName, [{ path: '', message: 'The file is an empty list: it holds no cases' }]);
    read = readBareCaseFiles(raw, (index) => `[${index}]`, importedAt, fileName);
  } else if (isRecord(raw) && raw['format'] === EXPORT_FORMAT) {
    read = readEnvelope(raw);
  } else {
    read = readBareCaseFiles([raw], () => '', importedAt, fileName);
  }
  if (read.issues.length > 0) return failure(fileName, read.issues);
  if (read.cases.length === 0) return failure(fileName, [{ path: 'cases', message: 'The export holds no cases' }]);
  const seen = new Set<string>();
  for (const imported of read.cases) {
    if (seen.has(imported.record.id)) return failure(fileName, [{ path: '', message: `The case id ${imported.record.id} appears more than once in this file` }]);
    seen.add(imported.record.id);
  }
  return { fileName, ok: true, cases: read.cases };
}

/** Checks a file's size before reading it: a message if it is too large to import, else undefined. */
export function checkImportSize(fileName: string, bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return `${fileName}: the file is ${megabytes} MB, larger than the 5 MB this service imports. Check it is a case export; split a large export into smaller ones.`;
}

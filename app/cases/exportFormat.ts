/**
 * Exporting cases to, and reading them back from, JSON files. The format is described in
 * docs/export-format.md.
 *
 * The case file's schema is strict and has no place for the audit log, letter edits or drafts, so
 * an export is an envelope holding, for each case, the case file itself and those records beside it.
 * Import also accepts a bare case file (a scenario file, or a file written by another tool) or a
 * JSON list of case files. The file is read by `readCasesText` (src/case/exportFile.ts), the same
 * parser the `decide` command uses: it validates the case files and everything kept beside them,
 * so each message names the field. This module adds what only the app needs: store records, usable
 * ids, and the messages as the import page shows them. Nothing here touches storage.
 */
import { CASE_VERSION } from '../../src/case';
import { buildExport as buildEnvelope, EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES, readCasesText, type CaseExport, type ExportedCase } from '../../src/case/exportFile';
import { issueLines, type Issue } from '../../src/issues';
import { TRAINING_ID_PREFIX, type CaseRecord } from './records';

export { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES, type CaseExport, type ExportedCase };

/** Builds the export of `records` (in the order given). */
export function buildExport(records: readonly CaseRecord[], exportedAt: string): CaseExport {
  return buildEnvelope(
    records.map((record) => ({
      caseFile: record.caseFile,
      audit: record.audit,
      letterEdits: record.letterEdits,
      drafts: record.drafts as ExportedCase['drafts'],
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      revision: record.revision,
    })),
    exportedAt,
  );
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

/** A case read from a file, ready to store, with anything the caseworker should know about it. */
export interface ImportedCase {
  record: CaseRecord;
  /** For example that the case was given a new id. */
  note?: string;
}

/** What reading one file gave: its cases, or every problem found (then nothing is imported from it). */
export type FileReadResult = { fileName: string; ok: true; cases: ImportedCase[] } | { fileName: string; ok: false; messages: string[] };

function failure(fileName: string, issues: readonly Issue[]): FileReadResult {
  return { fileName, ok: false, messages: issueLines(fileName, issues) };
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

/**
 * Reads the text of one file. Accepts an export (any supported version), a bare case file, or a
 * JSON list of case files, with or without a UTF-8 byte-order mark. Every problem is reported as
 * `file name: field path: message`, at most 20 per file then a count; a file with any problem gives
 * no cases, so importing it changes nothing.
 */
export function readImportFile(fileName: string, text: string, importedAt: string): FileReadResult {
  const read = readCasesText(text);
  if (!read.ok) return failure(fileName, read.issues);
  const issues = read.items.flatMap((item) => (item.result.ok ? [] : item.result.issues));
  if (issues.length > 0) return failure(fileName, issues);
  const cases: ImportedCase[] = [];
  for (const item of read.items) {
    if (!item.result.ok || item.result.value.kind !== 'case') continue;
    const { caseFile, exported } = item.result.value;
    const record: CaseRecord = exported
      ? {
          id: caseFile.id,
          kind: 'case',
          version: CASE_VERSION,
          revision: exported.revision,
          createdAt: exported.createdAt,
          updatedAt: exported.updatedAt,
          caseFile,
          drafts: exported.drafts,
          letterEdits: exported.letterEdits,
          audit: exported.audit,
        }
      : {
          id: caseFile.id,
          kind: 'case',
          version: CASE_VERSION,
          revision: 1,
          createdAt: caseFile.meta?.createdAt ?? importedAt,
          updatedAt: caseFile.meta?.updatedAt ?? importedAt,
          caseFile,
          drafts: {},
          letterEdits: {},
          audit: [{ at: importedAt, section: 'Case', fields: [`(imported from ${fileName})`] }],
        };
    cases.push(withUsableId(record));
  }
  const seen = new Set<string>();
  for (const imported of cases) {
    if (seen.has(imported.record.id)) return failure(fileName, [{ path: '', message: `The case id ${JSON.stringify(imported.record.id.slice(0, 60))} appears more than once in this file` }]);
    seen.add(imported.record.id);
  }
  return { fileName, ok: true, cases };
}

/** Checks a file's size before reading it: a message if it is too large to import, else undefined. */
export function checkImportSize(fileName: string, bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return `${fileName}: the file is ${megabytes} MB, larger than the 5 MB this service imports. Check it is a case export; split a large export into smaller ones.`;
}

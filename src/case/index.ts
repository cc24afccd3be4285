/**
 * Reading and creating case files: migrate, then validate against the schema.
 */
import type { z } from 'zod';
import { clearIssues, formatPath, parseWithSchema } from '../issues';
import { CASE_FORMAT, CASE_VERSION, caseFileSchema, type CaseFile } from './schema';
import { migrateCaseFile, type CaseIssue } from './migrate';
import { fieldLabel } from './labels';

export * from './schema';
export { migrateCaseFile, MIGRATIONS, type CaseIssue, type Migration, type MigrationResult } from './migrate';
export { fieldLabel } from './labels';

/** The result of reading a case file: the valid case, or every problem found. */
export type ParseResult = { ok: true; value: CaseFile } | { ok: false; issues: CaseIssue[] };

export { formatPath };

/** A label for a case-file field path when one is known (else undefined). */
export function caseFieldLabel(path: string): string | undefined {
  const label = fieldLabel(path);
  return label === path ? undefined : label;
}

/** Turns zod issues into `{ path, message }` pairs in plain words (see `src/issues.ts`). */
export function toCaseIssues(error: z.ZodError): CaseIssue[] {
  return clearIssues(error, caseFieldLabel);
}

/**
 * Reads a case file of any supported version (already parsed from JSON): upgrades it with
 * `migrateCaseFile`, then validates it. Never throws; reports every problem with its field path.
 */
export function parseCaseFile(input: unknown): ParseResult {
  const migrated = migrateCaseFile(input);
  if (!migrated.ok) return migrated;
  const result = parseWithSchema(caseFileSchema, migrated.value, caseFieldLabel);
  if (!result.ok) return result;
  return { ok: true, value: result.value };
}

/** A new, unanswered case with the given id: every section present and empty. */
export function emptyCase(id: string): CaseFile {
  return {
    format: CASE_FORMAT,
    version: CASE_VERSION,
    id,
    identity: {},
    contact: {},
    initialContact: {},
    leave: {},
    questionnaire: {},
    otherApplication: {},
    criminality: {},
    suitability: {},
    dependants: {},
  };
}

/**
 * Reading and creating case files: migrate, then validate against the schema.
 */
import type { z } from 'zod';
import { CASE_FORMAT, CASE_VERSION, caseFileSchema, type CaseFile } from './schema';
import { migrateCaseFile, type CaseIssue } from './migrate';

export * from './schema';
export { migrateCaseFile, MIGRATIONS, type CaseIssue, type Migration, type MigrationResult } from './migrate';
export { fieldLabel } from './labels';

/** The result of reading a case file: the valid case, or every problem found. */
export type ParseResult = { ok: true; value: CaseFile } | { ok: false; issues: CaseIssue[] };

/** Formats a zod path as `criminality.convictions[0].sentenceEndsOn`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Turns zod issues into `{ path, message }` pairs. */
export function toCaseIssues(error: z.ZodError): CaseIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.code === 'unrecognized_keys' ? `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}` : issue.message,
  }));
}

/**
 * Reads a case file of any supported version (already parsed from JSON): upgrades it with
 * `migrateCaseFile`, then validates it. Never throws; reports every problem with its field path.
 */
export function parseCaseFile(input: unknown): ParseResult {
  const migrated = migrateCaseFile(input);
  if (!migrated.ok) return migrated;
  const result = caseFileSchema.safeParse(migrated.value);
  if (!result.success) return { ok: false, issues: toCaseIssues(result.error) };
  return { ok: true, value: result.data };
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

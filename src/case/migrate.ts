/**
 * Upgrading older case files to the current version.
 *
 * Each breaking change to the case-file format bumps `CASE_VERSION` and adds one step to
 * `MIGRATIONS` (from version n to n + 1), with a test. A file is upgraded one step at a time;
 * the mechanism is also tested with a table of its own.
 */
import { describeFound, type Issue } from '../issues';
import { CASE_FORMAT, CASE_VERSION } from './version';

/** A problem with a case file, with the field path it concerns (`''` for the whole file). */
export type CaseIssue = Issue;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One step of the migration table: turns a file of version `from` into version `from + 1`. */
export interface Migration {
  /** The version this step reads. */
  from: number;
  /** What changed, for the change log. */
  describe: string;
  /** Returns a new object; never changes its argument. */
  up: (file: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Version 1 to 2: the leave type `calais-352L` becomes `calais-352J`. The guidance's concession
 * reads "granted Calais leave under paragraph 352J" and "a biometric immigration document issued
 * under paragraph 352L": 352L is the document's paragraph, not a second kind of Calais leave.
 * Nothing else changes.
 */
export function leaveType352LTo352J(file: Record<string, unknown>): Record<string, unknown> {
  const leave = file['leave'];
  if (!isRecord(leave) || leave['type'] !== 'calais-352L') return { ...file };
  return { ...file, leave: { ...leave, type: 'calais-352J' } };
}

/** The migrations of the case-file format, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  { from: 1, describe: 'Leave type calais-352L becomes calais-352J (352L is the paragraph of the biometric immigration document)', up: leaveType352LTo352J },
];

/** The result of a migration: the upgraded (not yet validated) object, or the reasons it was refused. */
export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; fromVersion: number }
  | { ok: false; issues: CaseIssue[] };

/**
 * Upgrades `raw` to `currentVersion` with `migrations`. Exposed so the mechanism can be tested
 * with a table other than the real one.
 */
export function migrateWith(raw: unknown, migrations: readonly Migration[], currentVersion: number): MigrationResult {
  if (!isRecord(raw)) return { ok: false, issues: [{ path: '', message: 'A case file must be a JSON object' }] };
  if (raw['format'] !== CASE_FORMAT) {
    return {
      ok: false,
      issues: [{ path: 'format', message: `This is not a Calais settlement case file: format must be "${CASE_FORMAT}", found ${describeFound(raw['format'])}` }],
    };
  }
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, issues: [{ path: 'version', message: `Version must be a whole number from 1, found ${describeFound(version)}` }] };
  }
  if (version > currentVersion) {
    return {
      ok: false,
      issues: [{ path: 'version', message: `This case file is version ${version}, newer than this tool reads (version ${currentVersion}): use a newer version of the tool` }],
    };
  }
  let file: Record<string, unknown> = raw;
  for (let v = version; v < currentVersion; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, issues: [{ path: 'version', message: `No migration from version ${v} to version ${v + 1}` }] };
    file = { ...step.up(file), version: v + 1 };
  }
  return { ok: true, value: file, fromVersion: version };
}

/**
 * Upgrades a case file of any earlier version to the current one. Refuses a file of another
 * format, and a version newer than this tool knows, with a message saying so.
 */
export function migrateCaseFile(raw: unknown): MigrationResult {
  return migrateWith(raw, MIGRATIONS, CASE_VERSION);
}

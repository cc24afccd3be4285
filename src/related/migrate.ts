/**
 * Migrations of the related-route case files, applied before a file is validated.
 *
 * Version 1 of the discretionary leave and restricted leave formats said "none" with an empty
 * list (`custodialSentences: []`) and "not answered" by leaving the list out, so a "yes" with
 * nothing listed yet could not be told from "no". Version 2 records the yes/no answer beside the
 * list. Migrating a version 1 file sets that answer from the list it holds, so it decides exactly
 * as before: `[]` → no, a list with entries → yes, no list → not answered.
 *
 * The settlement protection and fee status formats stay at version 1 (their conviction record
 * already carries `hasConvictions`; the fee case has no list).
 */

/** The current version of each related-route case format. */
export const RELATED_FORMAT_VERSIONS = {
  'settlement-protection-case': 1,
  'discretionary-leave-case': 2,
  'restricted-leave-case': 2,
  'calais-fee-status-case': 1,
} as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `true` for a list with entries, `false` for `[]`, `undefined` when there is no list (or it is not a list). */
function answerFromList(list: unknown): boolean | undefined {
  return Array.isArray(list) ? list.length > 0 : undefined;
}

/** Sets `section[flag]` from `section[list]` when the file has not recorded the answer itself. */
function withFlag(section: unknown, list: string, flag: string): unknown {
  if (!isObject(section)) return section;
  const answer = answerFromList(section[list]);
  if (answer === undefined || section[flag] !== undefined) return section;
  return { ...section, [flag]: answer };
}

/** A discretionary leave case, version 1 → 2. */
function discretionaryLeaveV1ToV2(file: Json): Json {
  const out: Json = { ...file, version: 2 };
  if (file.criminality !== undefined) out.criminality = withFlag(file.criminality, 'custodialSentences', 'hasCustodialSentences');
  if (file.history !== undefined) out.history = withFlag(file.history, 'imprisonment', 'hasImprisonment');
  return out;
}

/** A restricted leave case, version 1 → 2. */
function restrictedLeaveV1ToV2(file: Json): Json {
  const out: Json = { ...file, version: 2 };
  if (file.scope !== undefined) out.scope = withFlag(file.scope, 'convictions', 'hasConvictions');
  return out;
}

/**
 * The file in the current version of its format. Anything that is not a version 1 file of a
 * migrated format (another version, another format, not an object) comes back unchanged, for the
 * schema to accept or to report. Never throws, never changes its input.
 */
export function migrateRelatedCase(file: unknown): unknown {
  if (!isObject(file) || file.version !== 1) return file;
  if (file.format === 'discretionary-leave-case') return discretionaryLeaveV1ToV2(file);
  if (file.format === 'restricted-leave-case') return restrictedLeaveV1ToV2(file);
  return file;
}

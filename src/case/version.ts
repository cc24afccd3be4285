/**
 * The case file's format name and version, apart from the schema so that code which only needs to
 * tell versions apart (the app's store, on its first load) does not load the validators with them.
 */

/** The format name every case file carries, so that a file from another tool is refused. */
export const CASE_FORMAT = 'calais-settlement-case' as const;

/**
 * The current version of the case-file format. A breaking change bumps it and adds a migration
 * (`src/case/migrate.ts`). Version 2 removed the leave type `calais-352L`.
 */
export const CASE_VERSION = 2 as const;

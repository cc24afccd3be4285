/** Set at build time by vite.config.ts (and for the unit tests by vitest.config.ts): see `caseSummaryBasis`. */
declare const __CASE_SUMMARY_BASIS__: string;

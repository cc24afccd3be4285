/** The first-load JS budget, kB (1,000 bytes) gzip. */
export const BUDGET_JS_KB: number;
/** The first-load CSS budget, kB (1,000 bytes) gzip. */
export const BUDGET_CSS_KB: number;
/** The gzip bytes of the JS and CSS a first visit to the built folder `dir` downloads. */
export function firstLoadSize(dir?: string): { js: number; css: number; files: { ref: string; bytes: number }[] };
/** Bytes as kB of 1,000 bytes, one decimal. */
export function kB(bytes: number): string;

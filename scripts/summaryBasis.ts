import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * What the stored case summaries (app/cases/summary.ts) are worked out from: the rules and case
 * code in `src/`, the task-list pages in `app/features/wizard/`, and the summary code itself. The
 * hash of their sources (tests left out) is built into the app as `__CASE_SUMMARY_BASIS__`; a
 * summary made under another hash is out of date and is worked out again.
 */
const SOURCES = ['src', 'app/features/wizard', 'app/features/cases/caseSummary.ts', 'app/cases/summary.ts'];

function listSources(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => listSources(join(path, name)));
}

/** The hash (16 hex digits) of the summary's sources under `root`. */
export function caseSummaryBasis(root: string): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((source) => listSources(join(root, source)))) {
    if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file)) continue;
    hash.update(relative(root, file).split(sep).join('/')).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

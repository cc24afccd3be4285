/**
 * `npm run bench`: decides 100,000 generated cases and, in the same run, times JSON.parse plus
 * validation of the same cases. Target: deciding costs no more than parsing and validating
 * (ratio at most 1.0).
 *
 * Then the cohort line: 769 generated cases (the size of the Calais cohort) decided alone, and
 * decided with every letter that fits written as text and as .docx, as `decide --letters` does
 * (in memory: the disk is not what is measured). Target: letters cost at most 2.5 times deciding
 * alone. The same letters built with the docx library, as they were before the .docx was written
 * directly, are timed in the same run for comparison.
 *
 *   npm run bench -- [--cases N] [--rounds R] [--cohort N]
 */
import { parseCaseFile, type CaseFile } from '../case';
import { renderText } from '../letters';
import { renderDocxSync } from '../letters/docx';
import { decide } from '../rules';
import { renderDocxWithLibrary } from './bench-docx-library';
import { generateCases } from './generate';
import { caseLetters, type WrittenLetters } from './letters';
import { main, type LetterWriter } from './main';
import type { CliIo } from './run';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const count = option('--cases', 100_000);
const rounds = option('--rounds', 3);
const cases = generateCases(count, 2026);
const texts = cases.map((c) => JSON.stringify(c));
const dates = cases.map((c) => c.decisionDate ?? '2025-06-01');

function timeParse(): { ms: number; parsed: CaseFile[] } {
  const parsed: CaseFile[] = [];
  const start = performance.now();
  for (const text of texts) {
    const result = parseCaseFile(JSON.parse(text));
    if (!result.ok) throw new Error(`generated case invalid: ${JSON.stringify(result.issues)}`);
    parsed.push(result.value);
  }
  return { ms: performance.now() - start, parsed };
}

function timeDecide(parsed: readonly CaseFile[]): { ms: number; outcomes: Map<string, number> } {
  const outcomes = new Map<string, number>();
  const start = performance.now();
  for (let i = 0; i < parsed.length; i++) {
    const decision = decide(parsed[i] as CaseFile, { decisionDate: dates[i] as string });
    outcomes.set(decision.outcome, (outcomes.get(decision.outcome) ?? 0) + 1);
  }
  return { ms: performance.now() - start, outcomes };
}

// Alternate the two measurements and keep each one's best round, so that warm-up and garbage
// collection weigh on both alike.
let bestParse = Infinity;
let bestDecide = Infinity;
let outcomes = new Map<string, number>();
for (let round = 0; round < rounds; round++) {
  const parse = timeParse();
  const decided = timeDecide(parse.parsed);
  bestParse = Math.min(bestParse, parse.ms);
  bestDecide = Math.min(bestDecide, decided.ms);
  outcomes = decided.outcomes;
}

const perSecond = (ms: number) => Math.round((count / ms) * 1000).toLocaleString('en-GB');
const ratio = bestDecide / bestParse;
process.stdout.write(
  [
    `cases:                       ${count.toLocaleString('en-GB')} (best of ${rounds} rounds)`,
    `decide:                      ${bestDecide.toFixed(0)} ms, ${perSecond(bestDecide)} decisions per second`,
    `JSON.parse + validate:       ${bestParse.toFixed(0)} ms, ${perSecond(bestParse)} cases per second`,
    `ratio decide / parse+valid:  ${ratio.toFixed(2)} (target at most 1.00) ${ratio <= 1 ? 'OK' : 'OVER TARGET'}`,
    `outcomes:                    ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`,
    '',
  ].join('\n'),
);

// ---- the cohort: `decide` alone, and `decide --letters` ----

const cohortSize = option('--cohort', 769);
const cohortJson = JSON.stringify(generateCases(cohortSize, 2026));

type Docx = 'none' | 'direct' | 'library';

/**
 * One run of the real command (`main`) over the cohort as one JSON array on standard input,
 * output discarded. With letters, the writer renders what `writeLetters` writes (the text and the
 * .docx of every letter that fits), in memory instead of on disk.
 */
async function timeCohort(docx: Docx): Promise<{ ms: number; letters: number }> {
  let letters = 0;
  const io: CliIo = { readText: () => cohortJson, isDirectory: () => false, listDirectory: () => [], out: () => {}, err: () => {} };
  const writer: LetterWriter = async (decided, dir, options) => {
    const written: WrittenLetters = { dir, files: [], warnings: [] };
    for (const letter of caseLetters(decided, options)) {
      letters++;
      written.files.push(renderText(letter), String((docx === 'direct' ? renderDocxSync(letter) : await renderDocxWithLibrary(letter)).length));
    }
    return written;
  };
  const start = performance.now();
  const code = await main(docx === 'none' ? ['-'] : ['-', '--letters', 'memory'], io, writer);
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`decide exited ${code}`);
  return { ms, letters };
}

const best = { none: Infinity, direct: Infinity, library: Infinity };
let letterCount = 0;
for (let round = 0; round < rounds; round++) {
  for (const docx of ['none', 'direct', 'library'] as const) {
    const timed = await timeCohort(docx);
    best[docx] = Math.min(best[docx], timed.ms);
    if (docx === 'direct') letterCount = timed.letters;
  }
}
const cohortRatio = best.direct / best.none;
const libraryRatio = best.library / best.none;
process.stdout.write(
  [
    `cohort:                      ${cohortSize} cases, ${letterCount} letters (text + .docx), best of ${rounds} rounds`,
    `decide alone:                ${best.none.toFixed(0)} ms`,
    `decide --letters:            ${best.direct.toFixed(0)} ms, ratio ${cohortRatio.toFixed(2)} (target at most 2.50) ${cohortRatio <= 2.5 ? 'OK' : 'OVER TARGET'}`,
    `  .docx by the docx library: ${best.library.toFixed(0)} ms, ratio ${libraryRatio.toFixed(2)} (as built before: ${(best.library / best.direct).toFixed(1)}x the time)`,
    '',
  ].join('\n'),
);

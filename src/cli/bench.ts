/**
 * `npm run bench`: decides 100,000 generated cases and, in the same run, times JSON.parse plus
 * validation of the same cases. Target: deciding costs no more than parsing and validating
 * (ratio at most 1.0).
 *
 *   npm run bench -- [--cases N] [--rounds R]
 */
import { parseCaseFile, type CaseFile } from '../case';
import { decide } from '../rules';
import { generateCases } from './generate';

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

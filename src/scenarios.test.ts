/**
 * The scenario library: every file in public/scenarios/ is a case file with a `scenario` block
 * giving the expected outcome and citations. One table-driven test decides each of them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCaseFile, OUTCOMES, DEPENDANT_OUTCOMES } from './case';
import { decide, type Decision } from './rules';

const DIRECTORY = fileURLToPath(new URL('../public/scenarios/', import.meta.url));

interface IndexEntry {
  file: string;
  id: string;
  title: string;
  topics: string[];
  outcome: string;
}

const index = JSON.parse(readFileSync(`${DIRECTORY}index.json`, 'utf8')) as { scenarios: IndexEntry[] };

function load(file: string) {
  const parsed = parseCaseFile(JSON.parse(readFileSync(`${DIRECTORY}${file}`, 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const scenario = parsed.value.scenario;
  if (!scenario || !parsed.value.decisionDate) throw new Error(`${file}: a scenario needs a scenario block and a decision date`);
  return { caseFile: parsed.value, scenario, decisionDate: parsed.value.decisionDate };
}

/** The citations a decision rests on: every reason not met or unknown, in order, each once. */
function decidingCitations(decision: Decision): string[] {
  const out: string[] = [];
  for (const r of decision.reasons) if (r.status !== 'met' && !out.includes(r.citation)) out.push(r.citation);
  return out;
}

const decided = index.scenarios.map((entry) => {
  const { caseFile, scenario, decisionDate } = load(entry.file);
  return { entry, caseFile, scenario, decision: decide(caseFile, { decisionDate }) };
});

describe('scenario library', () => {
  it('lists every scenario file in index.json, and at least 30', () => {
    const files = readdirSync(DIRECTORY).filter((f) => f.endsWith('.json') && f !== 'index.json');
    expect(index.scenarios.map((s) => s.file).sort()).toEqual(files.sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(decided.map((d) => [d.scenario.title, d] as const))('%s', (_title, { entry, caseFile, scenario, decision }) => {
    expect(entry.id).toBe(caseFile.id);
    expect(entry.title).toBe(scenario.title);
    expect(entry.outcome).toBe(scenario.expected.outcome);
    expect(decision.outcome).toBe(scenario.expected.outcome);
    expect(decidingCitations(decision)).toEqual(scenario.expected.citations);
    expect(decision.dependants.map((d) => d.outcome)).toEqual(scenario.expected.dependants ?? []);
    expect(decision.eligibleFrom).toBe(scenario.expected.eligibleFrom);
    expect(decision.eligibleFromUnlessConvicted).toBe(scenario.expected.eligibleFromUnlessConvicted);
    expect(decision.beforeConsideration).toBe(scenario.expected.beforeConsideration);
  });

  it('covers every outcome, every dependant outcome, every STP 2.1 limb and every 352J limb', () => {
    const outcomes = new Set(decided.map((d) => d.decision.outcome));
    for (const outcome of OUTCOMES) expect(outcomes, outcome).toContain(outcome);
    const dependantOutcomes = new Set(decided.flatMap((d) => d.decision.dependants.map((x) => x.outcome)));
    for (const outcome of DEPENDANT_OUTCOMES) expect(dependantOutcomes, outcome).toContain(outcome);
    const citations = new Set(decided.flatMap((d) => d.scenario.expected.citations));
    for (const limb of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) expect(citations, limb).toContain(`STP 2.1(${limb})`);
    for (const limb of ['352J(i)', '352J(ii)', '352J(iii)', '352J(iv)']) expect(citations, limb).toContain(limb);
    expect([...citations].some((c) => /^9\./.test(c)), '352J(v) under Part 9').toBe(true);
    expect([...citations].some((c) => c.startsWith('SUI ')), '352J(v) under Part Suitability').toBe(true);
  });
});

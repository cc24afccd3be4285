/**
 * One table-driven test over every route's scenario library: every file in each route's scenario
 * folder (`public/<route.scenarios.directory>/`) is a case file with a decision date and a
 * `scenario` block, decided through the registry and compared with what it expects. Then what each
 * library's index lists, what the Calais library covers, and that every route's schema is strict.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPENDANT_OUTCOMES, OUTCOMES } from './case';
import { ROUTE_META } from './routeMeta';
import { checkScenario, checkScenarioLibrary, decidingCitations, readRouteCase, ROUTES, type AnyRoute } from './routes';

const PUBLIC = join(import.meta.dirname, '..', 'public');

/** The scenario files of a route, in name order. */
function scenarioFiles(route: AnyRoute): string[] {
  return readdirSync(join(PUBLIC, route.scenarios.directory))
    .filter((name) => name.endsWith('.json') && name !== 'index.json')
    .sort()
    .map((name) => `${route.scenarios.directory}/${name}`);
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(PUBLIC, file), 'utf8'));

const checked = checkScenarioLibrary({ list: (directory) => readdirSync(join(PUBLIC, directory)), readJson });

/** The outcomes that count as a grant and as a refusal on each route: every library has one of each. */
const GRANT_AND_REFUSAL: Record<string, { grant: string[]; refusal: string[] }> = {
  calais: { grant: ['grant-settlement'], refusal: ['refuse-settlement'] },
  'settlement-protection': { grant: ['settle', 'further-permission'], refusal: ['refuse'] },
  'discretionary-leave': { grant: ['grant', 'settle'], refusal: ['refuse'] },
  'restricted-leave': { grant: ['grant', 'grant-indefinite'], refusal: ['refuse', 'not-in-scope'] },
  'calais-fee-status': { grant: ['home-fees'], refusal: ['not-eligible'] },
};

describe('the route registry', () => {
  it('lists each id and each format once', () => {
    expect(new Set(ROUTES.map((r) => r.id)).size).toBe(ROUTES.length);
    expect(new Set(ROUTES.map((r) => r.format)).size).toBe(ROUTES.length);
    expect(Object.keys(GRANT_AND_REFUSAL).sort()).toEqual(ROUTES.map((r) => r.id).sort());
  });

  it('has the metadata (id, title, scenario folder) that pages read without the rules, for every route in order', () => {
    expect(ROUTE_META.map((m) => [m.id, m.title, m.scenarios])).toEqual(ROUTES.map((r) => [r.id, r.title, r.scenarios.directory]));
  });

  it.each(ROUTES.map((r) => [r.id, r] as const))('%s has at least ten scenarios, with a grant and a refusal among them', (id, route) => {
    const outcomes = checked.filter((c) => c.route === route).map((c) => c.check.envelope?.outcome ?? '');
    expect(outcomes.length).toBeGreaterThanOrEqual(10);
    expect(outcomes.some((o) => GRANT_AND_REFUSAL[id]?.grant.includes(o))).toBe(true);
    expect(outcomes.some((o) => GRANT_AND_REFUSAL[id]?.refusal.includes(o))).toBe(true);
  });
});

describe('every scenario of every route', () => {
  it.each(checked.map((c) => [c.file, c] as const))('%s', (_file, { route, check }) => {
    expect(check.problems).toEqual([]);
    expect(check.route).toBe(route);
    expect(check.envelope?.route).toBe(route.id);
  });

  it('every title is one sentence ending with a full stop', () => {
    for (const { file, check } of checked) expect(check.title, file).toMatch(/^[A-Z][^]*\.$/);
  });
});

describe('the scenario indexes', () => {
  it('the Calais index lists every Calais scenario file with its id, title and outcome, and at least 30', () => {
    const index = readJson('scenarios/index.json') as { scenarios: { file: string; id: string; title: string; outcome: string }[] };
    const calais = checked.filter((c) => c.route.id === 'calais');
    expect(index.scenarios.map((s) => `scenarios/${s.file}`).sort()).toEqual(calais.map((c) => c.file));
    expect(calais.length).toBeGreaterThanOrEqual(30);
    for (const entry of index.scenarios) {
      const file = readJson(`scenarios/${entry.file}`) as { id: string; scenario: { title: string; expected: { outcome: string } } };
      expect([file.id, file.scenario.title, file.scenario.expected.outcome], entry.file).toEqual([entry.id, entry.title, entry.outcome]);
    }
  });

  it('the related index lists every related-route scenario file, with its id, title, outcome and folder', () => {
    const index = readJson('scenarios/related/index.json') as { format: string; scenarios: { file: string; id: string; route: string; title: string; outcome: string }[] };
    const related = checked.filter((c) => c.route.id !== 'calais');
    expect(index.format).toBe('related-scenarios');
    expect(index.scenarios.map((s) => `scenarios/related/${s.file}`).sort()).toEqual(related.map((c) => c.file).sort());
    for (const entry of index.scenarios) {
      const file = readJson(`scenarios/related/${entry.file}`) as { id: string; scenario: { title: string; expected: { outcome: string } } };
      expect([file.id, file.scenario.title, file.scenario.expected.outcome, entry.file.split('/')[0]]).toEqual([entry.id, entry.title, entry.outcome, entry.route]);
    }
  });
});

describe('the Calais library', () => {
  const calais = checked.filter((c) => c.route.id === 'calais').map((c) => c.check.envelope);
  it('covers every outcome, every dependant outcome, every STP 2.1 limb and every 352J limb', () => {
    const outcomes = new Set(calais.map((e) => e?.outcome));
    for (const outcome of OUTCOMES) expect(outcomes, outcome).toContain(outcome);
    const dependantOutcomes = new Set(calais.flatMap((e) => (e?.details['dependants'] as { outcome: string }[]).map((d) => d.outcome)));
    for (const outcome of DEPENDANT_OUTCOMES) expect(dependantOutcomes, outcome).toContain(outcome);
    const citations = new Set(calais.flatMap((e) => e?.reasons.filter((r) => r.status !== 'met').map((r) => r.citation) ?? []));
    for (const limb of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) expect(citations, limb).toContain(`STP 2.1(${limb})`);
    for (const limb of ['352J(i)', '352J(ii)', '352J(iii)', '352J(iv)']) expect(citations, limb).toContain(limb);
    expect([...citations].some((c) => /^9\./.test(c)), '352J(v) under Part 9').toBe(true);
    expect([...citations].some((c) => c.startsWith('SUI ')), '352J(v) under Part Suitability').toBe(true);
  });
});

/** The path and value of the first object nested inside `file` (beside the scenario block), depth first. */
function firstNestedObject(value: Record<string, unknown>, path: string[] = []): { path: string[]; object: Record<string, unknown> } | undefined {
  for (const [key, child] of Object.entries(value)) {
    if (key === 'scenario' || typeof child !== 'object' || child === null) continue;
    if (Array.isArray(child)) {
      const first: unknown = child[0];
      if (typeof first === 'object' && first !== null) return { path: [...path, key, '0'], object: first as Record<string, unknown> };
      continue;
    }
    return { path: [...path, key], object: child as Record<string, unknown> };
  }
  return undefined;
}

describe('every route’s case file is strict', () => {
  it.each(ROUTES.map((r) => [r.id, r] as const))('%s refuses an unknown field at the top and inside a section, naming it', (_id, route) => {
    const file = readJson(scenarioFiles(route)[0] ?? '') as Record<string, unknown>;
    expect(readRouteCase(file).ok).toBe(true);

    const top = readRouteCase({ ...file, surpriseField: true });
    expect(top.ok).toBe(false);
    if (!top.ok) expect(top.issues).toContainEqual({ path: '', message: 'Unknown field: surpriseField' });

    const nested = structuredClone(file);
    const found = firstNestedObject(nested);
    expect(found, 'the scenario has a nested section').toBeDefined();
    if (!found) return;
    found.object['surpriseField'] = 1;
    const read = readRouteCase(nested);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues.map((i) => i.message)).toContain('Unknown field: surpriseField');
  });
});

describe('checkScenario', () => {
  const scenario = {
    format: 'restricted-leave-case',
    version: 1,
    id: 'example',
    decisionDate: '2026-11-23',
    request: 'initial',
    scope: { excludedArticle1F: true, convictions: [] },
    echrBarrier: false,
    scenario: {
      title: 'An excluded person with no ECHR barrier is refused.',
      expected: { outcome: 'refuse', decisionCitation: 'RL: Removal or deportation', citations: ['RL: Application of the restricted leave policy'] },
    },
  };
  it('passes when the decision matches', () => {
    const check = checkScenario(scenario);
    expect(check.problems).toEqual([]);
    expect(check.envelope && decidingCitations(check.envelope)).toEqual(scenario.scenario.expected.citations);
  });
  it('names each difference', () => {
    const check = checkScenario({ ...scenario, scenario: { title: 'Wrong.', expected: { outcome: 'grant', decisionCitation: 'RL: Grant of restricted leave', citations: [], fields: { durationMonths: 6 } } } });
    expect(check.problems.map((p) => p.split(':')[0])).toEqual(['outcome', 'citations', 'durationMonths', 'decisionCitation']);
  });
  it('needs a scenario block and a decision date, and a known format', () => {
    expect(checkScenario({ format: 'restricted-leave-case', version: 1 }).problems).toEqual(['a scenario needs a scenario block and a decision date']);
    expect(checkScenario({ format: 'calais-case', version: 1 }).problems[0]).toMatch(/^format: Format must be one of "calais-settlement-case", /);
  });
});

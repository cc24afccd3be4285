import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRelatedScenario } from './index';

/**
 * The related-route scenario library: every file in public/scenarios/related/<route>/ is a case
 * file with a decision date and a `scenario` block. One table-driven test decides each of them and
 * compares the outcome, decision citation, citations and fields with what the file expects.
 */
const ROOT = join(import.meta.dirname, '..', '..', 'public', 'scenarios', 'related');
const ROUTES = ['settlement-protection', 'discretionary-leave', 'restricted-leave', 'fee-status'] as const;

/** The outcomes that count as a grant and as a refusal on each route (e2e fills one of each). */
const GRANT_AND_REFUSAL: Record<(typeof ROUTES)[number], { grant: string[]; refusal: string[] }> = {
  'settlement-protection': { grant: ['settle', 'further-permission'], refusal: ['refuse'] },
  'discretionary-leave': { grant: ['grant', 'settle'], refusal: ['refuse'] },
  'restricted-leave': { grant: ['grant', 'grant-indefinite'], refusal: ['refuse', 'not-in-scope'] },
  'fee-status': { grant: ['home-fees'], refusal: ['not-eligible'] },
};

interface IndexEntry {
  file: string;
  id: string;
  route: string;
  title: string;
  outcome: string;
}

const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')) as { format: string; scenarios: IndexEntry[] };
const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { id: string; scenario: { title: string; expected: { outcome: string } } };

describe('related scenario library', () => {
  it('index.json lists every scenario file, with its id, title and outcome', () => {
    const files = ROUTES.flatMap((route) =>
      readdirSync(join(ROOT, route))
        .filter((name) => name.endsWith('.json'))
        .map((name) => `${route}/${name}`),
    );
    expect(index.format).toBe('related-scenarios');
    expect(index.scenarios.map((s) => s.file).sort()).toEqual(files.sort());
    for (const entry of index.scenarios) {
      const file = read(entry.file);
      expect([file.id, file.scenario.title, file.scenario.expected.outcome, entry.file.split('/')[0]]).toEqual([entry.id, entry.title, entry.outcome, entry.route]);
    }
  });

  it.each(ROUTES)('%s has at least five scenarios, with a grant and a refusal among them', (route) => {
    const outcomes = index.scenarios.filter((s) => s.route === route).map((s) => s.outcome);
    expect(outcomes.length).toBeGreaterThanOrEqual(5);
    expect(outcomes.some((o) => GRANT_AND_REFUSAL[route].grant.includes(o))).toBe(true);
    expect(outcomes.some((o) => GRANT_AND_REFUSAL[route].refusal.includes(o))).toBe(true);
  });

  it.each(index.scenarios.map((s) => [s.file, s] as const))('%s', (_file, entry) => {
    const check = checkRelatedScenario(JSON.parse(readFileSync(join(ROOT, entry.file), 'utf8')));
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
  });

  it('every title is one sentence ending with a full stop', () => {
    for (const entry of index.scenarios) expect(entry.title, entry.file).toMatch(/^[A-Z][^]*\.$/);
  });
});

/**
 * Adding a route is adding one entry to the registry: a tiny sixth route, registered in this test
 * only, is read by the import parser, decided and printed by the `decide` command, gets its letters
 * written, and has its scenarios checked by the scenario loop, with no other change to any of them.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readCasesText } from './case/exportFile';
import { main } from './cli/main';
import { caseLetters } from './cli/letters';
import { run } from './cli/run';
import { renderText } from './letters';
import { frameLetter, p } from './letters/compose';
import { relatedParty } from './letters/related/shared';
import { reason } from './rules/reason';
import type { ReasonCode } from './rules/types';
import { checkScenarioLibrary, defineRoute, ROUTES, type AnyRoute } from './routes';
import { fakeIo } from './cli/testing';

/** A route registered only in this test has no entry in `src/rules/reasonCodes.ts`; a real route adds its codes there. */
const TINY_CODE = 'tiny-5-years' as ReasonCode;

const caseSchema = z.strictObject({
  format: z.literal('tiny-visa-case'),
  version: z.literal(1),
  id: z.string().min(1).optional(),
  decisionDate: z.iso.date().optional(),
  /** Whole years lived in the UK: the route's one requirement (5 or more). */
  yearsInUk: z.number().int().min(0).optional(),
  scenario: z.strictObject({ title: z.string(), expected: z.strictObject({ outcome: z.string(), citations: z.array(z.string()) }) }).optional(),
});
type TinyCase = z.infer<typeof caseSchema>;

interface TinyDecision {
  route: 'tiny-visa';
  outcome: 'grant' | 'refuse' | 'incomplete';
  decisionDate: string;
  reasons: ReturnType<typeof reason>[];
}

const tinyRoute = defineRoute<TinyCase, TinyDecision, Record<string, never>>({
  id: 'tiny-visa',
  title: 'Tiny visa',
  format: 'tiny-visa-case',
  version: 1,
  schema: caseSchema,
  parse: (file) => {
    const parsed = caseSchema.safeParse(file);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
  },
  decide: (c, { decisionDate }) => {
    const years = c.yearsInUk;
    const r =
      years === undefined
        ? reason(TINY_CODE, 'TINY 1', 'unknown', 'Record how many years the person has lived in the UK.', ['yearsInUk'], ['yearsInUk'])
        : reason(TINY_CODE, 'TINY 1', years >= 5 ? 'met' : 'not-met', `Lived in the UK for ${years} years (5 needed).`, ['yearsInUk']);
    return { route: 'tiny-visa', outcome: r.status === 'met' ? 'grant' : r.status === 'not-met' ? 'refuse' : 'incomplete', decisionDate, reasons: [r] };
  },
  envelope: (d) => ({
    route: d.route,
    outcome: d.outcome,
    decisionDate: d.decisionDate,
    reasons: d.reasons,
    actions: [],
    missing: d.reasons.flatMap((r) => (r.missing ?? []).map((path) => ({ path, label: r.text }))),
    dates: {},
    rulesVersion: 'tiny-1',
    details: {},
  }),
  letters: (_c, d, options) =>
    d.outcome === 'grant'
      ? frameLetter({ kind: 'grant', id: 'tiny-grant', title: 'Tiny visa granted', subject: 'Your tiny visa', blocks: [p('Your tiny visa is granted.')], facts: {}, warnings: [] }, relatedParty(options.person ?? {}), options)
      : [],
  recorded: (c) => ({ id: c.id, decisionDate: c.decisionDate }),
  scenarios: {
    directory: 'scenarios/related/tiny-visa',
    expected: (c) => (c.scenario ? { title: c.scenario.title, outcome: c.scenario.expected.outcome, citations: c.scenario.expected.citations } : undefined),
    problems: () => [],
  },
});

/** The registry with the sixth route: the only change a new route needs. */
const routes: readonly AnyRoute[] = [...ROUTES, tinyRoute];

const granted = { format: 'tiny-visa-case', version: 1, id: 'tiny-1', decisionDate: '2026-01-31', yearsInUk: 6 };


describe('a sixth route, registered in this test only', () => {
  it('is read by the import parser by its format, and its strict schema names an unknown field', () => {
    const read = readCasesText(JSON.stringify([granted, { ...granted, id: 'tiny-2', yearsInUk: 2 }]), { routes });
    expect(read.ok && read.items.map((item) => item.result.ok && item.result.value.kind === 'route' && item.result.value.route.id)).toEqual(['tiny-visa', 'tiny-visa']);
    const bad = readCasesText(JSON.stringify({ ...granted, yearsInUK: 6 }), { routes });
    expect(bad.ok && bad.items[0]?.result).toMatchObject({ ok: false, issues: [{ path: '' }] });
    // Without the entry the same file is refused by its format: the registry is what makes it readable.
    expect(readCasesText(JSON.stringify(granted), { routes: ROUTES })).toMatchObject({ ok: true, items: [{ result: { ok: false } }] });
  });

  it('is decided and printed by the decide command, as JSON and as text', () => {
    const json = fakeIo({ 't.json': JSON.stringify(granted) });
    expect(run(['t.json'], json.io, undefined, routes)).toBe(0);
    expect(JSON.parse(json.out.join(''))).toMatchObject({ caseId: 'tiny-1', source: 't.json', route: 'tiny-visa', outcome: 'grant', rulesVersion: 'tiny-1' });

    const text = fakeIo({ 't.json': JSON.stringify({ ...granted, yearsInUk: undefined }) });
    expect(run(['t.json', '--format', 'text'], text.io, undefined, routes)).toBe(0);
    const printed = text.out.join('');
    expect(printed).toContain('Case tiny-1 (t.json), Tiny visa, decided on 31 January 2026');
    expect(printed).toContain('Outcome: incomplete');
    expect(printed).toContain('[unknown] TINY 1: Record how many years the person has lived in the UK.');
    expect(printed).toContain('Missing answers:\n  - Record how many years the person has lived in the UK. (yearsInUk)');

    const undated = fakeIo({ 't.json': JSON.stringify({ ...granted, decisionDate: undefined }) });
    expect(run(['t.json'], undated.io, undefined, routes)).toBe(2);
    expect(undated.err.join('')).toMatch(/^t\.json: decisionDate: Decision date is missing/);
  });

  it('gets its letters written by decide --letters', async () => {
    const written: string[] = [];
    const { io } = fakeIo({ 't.json': JSON.stringify(granted) });
    const code = await main(
      ['t.json', '--letters', 'out'],
      io,
      async (decided, dir) => {
        for (const letter of caseLetters(decided, {})) written.push(renderText(letter));
        return { dir, files: [], warnings: [] };
      },
      routes,
    );
    expect(code).toBe(0);
    expect(written).toHaveLength(1);
    expect(written[0]).toContain('Your tiny visa is granted.');
  });

  it('has its scenarios checked by the scenario loop', () => {
    const files: Record<string, unknown> = {
      'scenarios/related/tiny-visa/01-six-years.json': { ...granted, scenario: { title: 'Six years in the UK is a grant.', expected: { outcome: 'grant', citations: [] } } },
      'scenarios/related/tiny-visa/02-two-years.json': { ...granted, yearsInUk: 2, scenario: { title: 'Two years is a refusal.', expected: { outcome: 'grant', citations: [] } } },
    };
    const io = {
      list: (directory: string) => (directory === tinyRoute.scenarios.directory ? Object.keys(files).map((file) => file.split('/').pop() ?? '') : []),
      readJson: (file: string) => files[file],
    };
    const checks = checkScenarioLibrary(io, routes);
    expect(checks.map((c) => [c.route.id, c.file.split('/').pop(), c.check.problems])).toEqual([
      ['tiny-visa', '01-six-years.json', []],
      ['tiny-visa', '02-two-years.json', ['outcome: expected grant, got refuse', 'citations: expected [], got ["TINY 1"]']],
    ]);
  });
});

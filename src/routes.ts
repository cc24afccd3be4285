/**
 * The route registry: the only module that lists the immigration routes this product decides.
 * Each route is one instance of {@link Route}: its id, the `format` and version of its case file, a
 * strict zod schema (an unknown field is refused at every level), the parser that migrates an older
 * file before validating it, `decide`, the envelope every decision is also given as, its letters
 * (where the Home Office writes them) and where its scenarios live.
 *
 * The CLI (`src/cli/run.ts`), the scenario test (`src/routes.test.ts`) and the import parser
 * (`src/case/exportFile.ts`) loop over {@link ROUTES}; adding a route is adding one entry here (see
 * docs/architecture.md, and the sixth route registered in `src/routes.extension.test.ts`).
 */
import type { z } from 'zod';
import { caseFileSchema, parseCaseFile, CASE_FORMAT, CASE_VERSION, type CaseFile } from './case';
import { escapeControl, parseWithSchema, type Issue } from './issues';
import { lettersFor } from './letters';
import { relatedLettersFor, type RelatedPerson } from './letters/related';
import type { Letter, LetterOptions } from './letters/types';
import {
  calaisFeeStatusCaseSchema,
  decideDiscretionaryLeave,
  decideFeeStatus,
  decideRestrictedLeave,
  decideSettlementProtection,
  discretionaryLeaveCaseSchema,
  migrateRelatedCase,
  RELATED_FORMAT_VERSIONS,
  restrictedLeaveCaseSchema,
  settlementProtectionCaseSchema,
  type RelatedCase,
  type RelatedDecision,
} from './related';
import { decide as decideCalais, type Decision } from './rules';
import { decidingCitations } from './rules/reason';
import { routeMeta, type RouteMetaId } from './routeMeta';
import type { Action, DecideOptions, DecisionEnvelope, EnvelopeMissingAnswer, Reason } from './rules/types';

/** What reading a case file of one route gave: the valid case, or every problem with its field path. */
export type RouteParse<Case> = { ok: true; value: Case } | { ok: false; issues: Issue[] };

/** Options for a route's letters: the Calais ones, and the person's details for routes whose case file holds none. */
export interface RouteLetterOptions extends LetterOptions {
  person?: RelatedPerson | undefined;
}

/** What a scenario file expects, in the terms every route shares. */
export interface ScenarioExpectation {
  /** One sentence saying what happens. */
  title: string;
  outcome: string;
  /** Citations of every reason not met or unknown, in order, each once. */
  citations: string[];
}

/**
 * One immigration route. `Case` is its validated case file; `D` its own decision, which the app's
 * pages and the letters read; `Details` what only its decisions carry, kept under the envelope's
 * `details`.
 */
export interface Route<Case = unknown, D = unknown, Details = Record<string, unknown>> {
  /** Stable id, e.g. `calais`, `restricted-leave`. */
  id: string;
  /** Its name for people, e.g. "Restricted leave". */
  title: string;
  /** The case file's `format`. */
  format: string;
  /** The case file's current version (older ones are migrated by `parse`). */
  version: number;
  /** The case file's schema, strict at every level. */
  schema: z.ZodType<Case>;
  /** Migrates a case file of any supported version of this format, then validates it. Never throws. */
  parse(file: unknown): RouteParse<Case>;
  /** Decides a valid case on the date given. Pure: the rules never read a clock. */
  decide(caseFile: Case, options: DecideOptions): D;
  /** The decision in the envelope every route shares. */
  envelope(decision: D): DecisionEnvelope<string, Details>;
  /** The letters that fit the decision (absent for a route the Home Office writes no letters on). */
  letters?(caseFile: Case, decision: D, options: RouteLetterOptions): Letter[];
  /** The case file's own id and decision date, where it records them. */
  recorded(caseFile: Case): { id?: string | undefined; decisionDate?: string | undefined };
  /** Lines only this route prints in the CLI's text summary (after the reasons), e.g. Calais dependants. */
  describe?(details: Details): string[];
  scenarios: {
    /** Folder of the route's scenario files, under `public/`. */
    directory: string;
    /** What a scenario file expects (undefined when the file has no scenario block). */
    expected(caseFile: Case): ScenarioExpectation | undefined;
    /** The differences from what the file expects beyond outcome and citations (route-specific fields). */
    problems(caseFile: Case, decision: D): string[];
  };
}

export { decidingCitations };

/** A route of any case and decision type, as the loops over the registry see it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds routes of five case types; each route's own functions are typed.
export type AnyRoute = Route<any, any, any>;

/** Gives a route its types checked once, where it is written. */
export function defineRoute<Case, D, Details>(route: Route<Case, D, Details>): Route<Case, D, Details> {
  return route;
}

/** `{ key: value }` for the values that are set, so that an envelope never carries `undefined`. */
function defined<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

const calaisRoute = defineRoute<CaseFile, Decision, Pick<Decision, 'dependants' | 'eligibleFromUnlessConvicted' | 'beforeConsideration'>>({
  id: 'calais',
  title: routeMeta('calais').title,
  format: CASE_FORMAT,
  version: CASE_VERSION,
  schema: caseFileSchema,
  parse: parseCaseFile,
  decide: decideCalais,
  envelope: (d) => ({
    route: 'calais',
    outcome: d.outcome,
    decisionDate: d.decisionDate,
    reasons: d.reasons,
    actions: d.actions,
    missing: d.missing,
    dates: defined({ eligibleFrom: d.eligibleFrom }),
    rulesVersion: d.rulesVersion,
    details: { dependants: d.dependants, ...defined({ eligibleFromUnlessConvicted: d.eligibleFromUnlessConvicted, beforeConsideration: d.beforeConsideration }) },
  }),
  letters: (caseFile, decision, options) => lettersFor(caseFile, decision, options),
  recorded: (c) => ({ id: c.id, decisionDate: c.decisionDate }),
  describe: (details) =>
    details.dependants.length === 0
      ? []
      : [
          'Dependants:',
          ...details.dependants.flatMap((d) => [
            `  Dependant ${d.index + 1} (${escapeControl(d.id)}): ${d.outcome.replace(/-/g, ' ')}`,
            ...d.reasons.filter((r) => r.status !== 'met').map((r) => `    ${reasonLine(r)}`),
          ]),
        ],
  scenarios: {
    directory: routeMeta('calais').scenarios,
    expected: (c) => (c.scenario ? { title: c.scenario.title, outcome: c.scenario.expected.outcome, citations: c.scenario.expected.citations } : undefined),
    problems: (c, d) => {
      const expected = c.scenario?.expected;
      if (!expected) return [];
      return compareFields(d, {
        dependants: expected.dependants ?? [],
        eligibleFrom: expected.eligibleFrom,
        eligibleFromUnlessConvicted: expected.eligibleFromUnlessConvicted,
        beforeConsideration: expected.beforeConsideration,
      }, { dependants: d.dependants.map((x) => x.outcome) });
    },
  },
});

/** Compares `expected` fields with the decision's (or with `actualOverrides`), giving one line per difference. */
function compareFields(decision: object, expected: Record<string, unknown>, actualOverrides: Record<string, unknown> = {}): string[] {
  const actual = { ...(decision as Record<string, unknown>), ...actualOverrides };
  const problems: string[] = [];
  for (const [field, value] of Object.entries(expected)) {
    if (JSON.stringify(actual[field]) !== JSON.stringify(value)) problems.push(`${field}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual[field])}`);
  }
  return problems;
}

const STATUS_MARK = { met: 'met    ', 'not-met': 'NOT MET', unknown: 'unknown' } as const;

/** One reason as the CLI's text summary prints it. */
export function reasonLine(r: Reason): string {
  return `[${STATUS_MARK[r.status]}] ${r.citation}: ${r.text}`;
}

/** The fields every related-route decision has. */
interface RelatedDecisionShape {
  route: string;
  outcome: string;
  decisionCitation?: string;
  reasons: Reason[];
  actions: Action[];
  eligibleFrom?: string;
  decisionDate: string;
  rulesVersion: string;
}

/** Every answer a related-route decision still needs: each unknown reason's missing paths, labelled with what the reason asks. */
function relatedMissing(reasons: readonly Reason[]): EnvelopeMissingAnswer[] {
  const out: EnvelopeMissingAnswer[] = [];
  for (const r of reasons) for (const path of r.missing ?? []) if (!out.some((m) => m.path === path)) out.push({ path, label: r.text });
  return out;
}

/** Builds the registry entry of a related route, which all share one decision shape and one scenario block. */
function relatedRoute<Case extends RelatedCase, D extends RelatedDecisionShape & RelatedDecision>(spec: {
  id: D['route'] & RouteMetaId;
  format: Case['format'];
  schema: z.ZodType<Case>;
  decide: (c: Case, o: DecideOptions) => D;
  letters?: (c: Case, d: D, o: RouteLetterOptions) => Letter[];
}): Route<Case, D, Record<string, unknown>> {
  const version = RELATED_FORMAT_VERSIONS[spec.format];
  const meta = routeMeta(spec.id);
  return defineRoute<Case, D, Record<string, unknown>>({
    id: spec.id,
    title: meta.title,
    format: spec.format,
    version,
    schema: spec.schema,
    parse: (file) => parseWithSchema(spec.schema, migrateRelatedCase(file)),
    decide: spec.decide,
    envelope: (d) => {
      const { route, outcome, decisionCitation, reasons, actions, eligibleFrom, decisionDate, rulesVersion, ...details } = d;
      return {
        route,
        outcome,
        ...defined({ decisionCitation }),
        decisionDate,
        reasons,
        actions,
        missing: relatedMissing(reasons),
        dates: defined({ eligibleFrom }),
        rulesVersion,
        details,
      };
    },
    ...(spec.letters ? { letters: spec.letters } : {}),
    recorded: (c) => ({ id: c.id, decisionDate: c.decisionDate }),
    scenarios: {
      directory: meta.scenarios,
      expected: (c) => (c.scenario ? { title: c.scenario.title, outcome: c.scenario.expected.outcome, citations: c.scenario.expected.citations } : undefined),
      problems: (c, d) => {
        const expected = c.scenario?.expected;
        if (!expected) return [];
        const wanted: Record<string, unknown> = { ...(expected.fields ?? {}) };
        if (expected.decisionCitation !== undefined) wanted['decisionCitation'] = expected.decisionCitation;
        return compareFields(d, wanted);
      },
    },
  });
}

const relatedLetters = (c: RelatedCase, d: RelatedDecision, o: RouteLetterOptions) => relatedLettersFor(c, d, o.person ?? {}, o);

/**
 * Every route, Calais first. The order is the order of the CLI's help and the scenario test; the
 * ids and formats are those the case files and decisions already use.
 */
export const ROUTES: readonly AnyRoute[] = [
  calaisRoute,
  relatedRoute({ id: 'settlement-protection', format: 'settlement-protection-case', schema: settlementProtectionCaseSchema, decide: decideSettlementProtection, letters: relatedLetters }),
  relatedRoute({ id: 'discretionary-leave', format: 'discretionary-leave-case', schema: discretionaryLeaveCaseSchema, decide: decideDiscretionaryLeave, letters: relatedLetters }),
  relatedRoute({ id: 'restricted-leave', format: 'restricted-leave-case', schema: restrictedLeaveCaseSchema, decide: decideRestrictedLeave, letters: relatedLetters }),
  relatedRoute({ id: 'calais-fee-status', format: 'calais-fee-status-case', schema: calaisFeeStatusCaseSchema, decide: decideFeeStatus, letters: relatedLetters }),
];

/** The route whose case files have this `format`, if any. */
export function routeOfFormat(format: unknown, routes: readonly AnyRoute[] = ROUTES): AnyRoute | undefined {
  return typeof format === 'string' ? routes.find((route) => route.format === format) : undefined;
}

/** The route of a case file, told by its `format` field. */
export function routeOfFile(file: unknown, routes: readonly AnyRoute[] = ROUTES): AnyRoute | undefined {
  return typeof file === 'object' && file !== null && !Array.isArray(file) ? routeOfFormat((file as { format?: unknown }).format, routes) : undefined;
}

/** A case file read for its route: the route, and the valid case or its problems. */
export type RouteRead = { ok: true; route: AnyRoute; caseFile: unknown } | { ok: false; route?: AnyRoute; issues: Issue[] };

/** Reads a case file of any registered route, picking the route by `format`. Never throws. */
export function readRouteCase(file: unknown, routes: readonly AnyRoute[] = ROUTES): RouteRead {
  const route = routeOfFile(file, routes);
  if (!route) {
    const formats = routes.map((r) => `"${r.format}"`).join(', ');
    return { ok: false, issues: [{ path: 'format', message: `Format must be one of ${formats}` }] };
  }
  const parsed = route.parse(file);
  return parsed.ok ? { ok: true, route, caseFile: parsed.value } : { ok: false, route, issues: parsed.issues };
}

/** A decided case: its route, its own decision (for letters and pages) and the shared envelope. */
export interface Decided {
  route: AnyRoute;
  decision: unknown;
  envelope: DecisionEnvelope;
}

/**
 * Decides a valid case of `route`, on `decisionDate` when given, else the case file's own decision
 * date; without either, the problem to report.
 */
export function decideCase(route: AnyRoute, caseFile: unknown, decisionDate?: string): { ok: true; decided: Decided } | { ok: false; issues: Issue[] } {
  const date = decisionDate ?? route.recorded(caseFile).decisionDate;
  if (date === undefined) return { ok: false, issues: [{ path: 'decisionDate', message: 'Decision date is missing: record it in the case file or give --date' }] };
  const decision: unknown = route.decide(caseFile, { decisionDate: date });
  return { ok: true, decided: { route, decision, envelope: route.envelope(decision) } };
}

/** The result of checking a scenario file of any route against the rules. */
export interface ScenarioCheck {
  route?: AnyRoute;
  title?: string;
  envelope?: DecisionEnvelope;
  /** What differs from what the file expects, or what is wrong with the file; empty when it holds. */
  problems: string[];
}

/**
 * Decides a scenario file (a case file of any route with a decision date and a scenario block) and
 * compares the outcome, the deciding citations and the route's own expected fields.
 */
export function checkScenario(file: unknown, routes: readonly AnyRoute[] = ROUTES): ScenarioCheck {
  const read = readRouteCase(file, routes);
  if (!read.ok) return { problems: read.issues.map((i) => `${i.path || '(file)'}: ${i.message}`) };
  const { route, caseFile } = read;
  const expected = route.scenarios.expected(caseFile);
  const { decisionDate } = route.recorded(caseFile);
  if (expected === undefined || decisionDate === undefined) return { route, problems: ['a scenario needs a scenario block and a decision date'] };
  const decision: unknown = route.decide(caseFile, { decisionDate });
  const envelope = route.envelope(decision);
  const problems: string[] = [];
  if (envelope.outcome !== expected.outcome) problems.push(`outcome: expected ${expected.outcome}, got ${envelope.outcome}`);
  const citations = decidingCitations(envelope);
  if (JSON.stringify(citations) !== JSON.stringify(expected.citations)) problems.push(`citations: expected ${JSON.stringify(expected.citations)}, got ${JSON.stringify(citations)}`);
  problems.push(...route.scenarios.problems(caseFile, decision));
  return { route, title: expected.title, envelope, problems };
}

/** A scenario file checked for the library: which route's folder it is in, its path under `public/`, and the check. */
export interface LibraryCheck {
  route: AnyRoute;
  file: string;
  check: ScenarioCheck;
}

/**
 * Checks every scenario file of every route: each `*.json` in the route's scenario folder (the
 * folder's `index.json` excepted), read through `io` (the file system in the test, anything else
 * in a test of the loop itself). This is the one loop the scenario test runs.
 */
export function checkScenarioLibrary(io: { list(directory: string): string[]; readJson(file: string): unknown }, routes: readonly AnyRoute[] = ROUTES): LibraryCheck[] {
  return routes.flatMap((route) =>
    io
      .list(route.scenarios.directory)
      .filter((name) => name.endsWith('.json') && name !== 'index.json')
      .sort()
      .map((name) => {
        const file = `${route.scenarios.directory}/${name}`;
        return { route, file, check: checkScenario(io.readJson(file), routes) };
      }),
  );
}

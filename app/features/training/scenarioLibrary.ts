import { parseCaseFile, type CaseFile, type Outcome } from '../../../src/case';
import { relatedScenarioBlockSchema, type RelatedScenarioBlock } from '../../../src/related/scenario';
import { OUTCOME_TITLES } from '../../../src/related/plainWords';
import { ROUTE_META, type RouteMetaId } from '../../../src/routeMeta';
import { isRelatedRouteId, type RelatedRouteId } from '../related/ids';

/** One entry of the scenario library: a valid scenario, or a file that could not be used and why. */
export type LibraryEntry =
  | { file: string; ok: true; caseFile: CaseFile & { scenario: NonNullable<CaseFile['scenario']> } }
  | { file: string; ok: false; error: string };

/** What the library page needs to fetch files: `window.fetch` in the app, a stub in tests. */
export type FetchText = (url: string) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;

/** Reads the list of files from index.json: an array, or `{ scenarios: [...] }`, of names or `{ file }`. */
export function filesInIndex(index: unknown): string[] | undefined {
  const list = Array.isArray(index) ? index : typeof index === 'object' && index !== null && Array.isArray((index as { scenarios?: unknown }).scenarios) ? (index as { scenarios: unknown[] }).scenarios : undefined;
  if (!list) return undefined;
  return list
    .map((entry) => (typeof entry === 'string' ? entry : typeof entry === 'object' && entry !== null && typeof (entry as { file?: unknown }).file === 'string' ? (entry as { file: string }).file : undefined))
    .filter((file): file is string => typeof file === 'string' && file.length > 0);
}

/** Explains a failed parse in one line: the first few problems with their field paths. */
function describeIssues(issues: { path: string; message: string }[]): string {
  const shown = issues.slice(0, 3).map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `${shown.join('; ')}${more}`;
}

/**
 * Loads every scenario listed in `scenarios/index.json`. A file that is missing, is not JSON, does
 * not validate, or has no scenario block is listed with its error; the others still load, so one
 * broken file dropped in by a trainer never breaks the library.
 */
export async function loadScenarioLibrary(fetchText: FetchText, baseUrl = './scenarios/'): Promise<LibraryEntry[]> {
  const indexResponse = await fetchText(`${baseUrl}index.json`);
  if (!indexResponse.ok) throw new Error(`The scenario index could not be loaded (HTTP ${indexResponse.status})`);
  let index: unknown;
  try {
    index = JSON.parse(await indexResponse.text());
  } catch {
    throw new Error('The scenario index (scenarios/index.json) is not valid JSON');
  }
  const files = filesInIndex(index);
  if (!files) throw new Error('The scenario index (scenarios/index.json) must list scenario file names');
  return Promise.all(files.map((file) => loadOne(fetchText, baseUrl, file)));
}

/** Fetches one listed file as JSON, or says why it could not be used. */
async function fetchJson(fetchText: FetchText, baseUrl: string, file: string): Promise<{ ok: true; json: unknown } | { ok: false; error: string }> {
  if (!/^[\w./-]+\.json$/.test(file) || file.includes('..')) return { ok: false, error: 'The file name must be a .json file inside the scenarios folder' };
  const response = await fetchText(`${baseUrl}${file}`);
  if (!response.ok) return { ok: false, error: `The file could not be loaded (HTTP ${response.status})` };
  try {
    return { ok: true, json: JSON.parse(await response.text()) as unknown };
  } catch {
    return { ok: false, error: 'The file is not valid JSON' };
  }
}

/** The message of a failed load. */
const loadFailed = (error: unknown) => `The file could not be loaded: ${error instanceof Error ? error.message : String(error)}`;

async function loadOne(fetchText: FetchText, baseUrl: string, file: string): Promise<LibraryEntry> {
  try {
    const fetched = await fetchJson(fetchText, baseUrl, file);
    if (!fetched.ok) return { file, ok: false, error: fetched.error };
    const json = fetched.json;
    const parsed = parseCaseFile(json);
    if (!parsed.ok) return { file, ok: false, error: describeIssues(parsed.issues) };
    const scenario = parsed.value.scenario;
    if (!scenario) return { file, ok: false, error: 'The file is a case file but has no scenario block (title and expected outcome)' };
    return { file, ok: true, caseFile: { ...parsed.value, scenario } };
  } catch (error) {
    return { file, ok: false, error: loadFailed(error) };
  }
}

/**
 * One related-route scenario: its route (the app's id, which is its folder, and the registry's),
 * the case file as published and its scenario block. The case file itself is read by the route's
 * pages when the scenario is opened; here only its scenario block is checked.
 */
export type RelatedLibraryEntry =
  | { file: string; ok: true; route: RelatedRouteId; routeId: RouteMetaId; caseFile: Record<string, unknown>; scenario: RelatedScenarioBlock }
  | { file: string; ok: false; error: string };

/** The registry's route whose scenario folder is `scenarios/related/<folder>`. */
export function routeOfRelatedFolder(folder: string): RouteMetaId | undefined {
  return ROUTE_META.find((m) => m.scenarios === `scenarios/related/${folder}`)?.id;
}

/**
 * Loads every scenario listed in `scenarios/related/index.json` (each file under its route's
 * folder). As for the Calais library, a broken file is listed with its error and the rest load.
 */
export async function loadRelatedScenarios(fetchText: FetchText, baseUrl = './scenarios/related/'): Promise<RelatedLibraryEntry[]> {
  const indexResponse = await fetchText(`${baseUrl}index.json`);
  if (!indexResponse.ok) throw new Error(`The related scenario index could not be loaded (HTTP ${indexResponse.status})`);
  let index: unknown;
  try {
    index = JSON.parse(await indexResponse.text());
  } catch {
    throw new Error('The related scenario index (scenarios/related/index.json) is not valid JSON');
  }
  const files = filesInIndex(index);
  if (!files) throw new Error('The related scenario index (scenarios/related/index.json) must list scenario file names');
  return Promise.all(files.map((file) => loadRelatedOne(fetchText, baseUrl, file)));
}

async function loadRelatedOne(fetchText: FetchText, baseUrl: string, file: string): Promise<RelatedLibraryEntry> {
  const folder = file.split('/')[0] ?? '';
  const routeId = routeOfRelatedFolder(folder);
  if (!isRelatedRouteId(folder) || !routeId) return { file, ok: false, error: `The file must be in a route's folder (${ROUTE_META.filter((m) => m.id !== 'calais').map((m) => m.scenarios.split('/').pop()).join(', ')})` };
  try {
    const fetched = await fetchJson(fetchText, baseUrl, file);
    if (!fetched.ok) return { file, ok: false, error: fetched.error };
    const json = fetched.json;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return { file, ok: false, error: 'The file is not a case file' };
    const caseFile = json as Record<string, unknown>;
    const block = relatedScenarioBlockSchema.safeParse(caseFile['scenario']);
    if (!block.success) return { file, ok: false, error: 'The file has no valid scenario block (title and expected outcome)' };
    return { file, ok: true, route: folder, routeId, caseFile, scenario: block.data };
  } catch (error) {
    return { file, ok: false, error: loadFailed(error) };
  }
}

/** A related scenario's expected outcome in plain words (the id itself if the route has no words for it). */
export function relatedOutcomeName(routeId: RouteMetaId, outcome: string): string {
  if (routeId === 'calais') return outcome;
  const titles: Record<string, string> = OUTCOME_TITLES[routeId];
  return titles[outcome] ?? outcome;
}

/** Plain-English names of the outcomes, for filters and lists. */
export const OUTCOME_NAMES: Record<Outcome, string> = {
  'grant-settlement': 'Grant settlement',
  'refuse-settlement': 'Refuse settlement',
  'on-hold-pending-prosecution': 'On hold: prosecution pending',
  'not-eligible': 'Not eligible',
  'awaiting-information': 'Waiting for information',
  'declined-consideration': 'Declined consideration',
};

/** Plain-English names of the scenario topics. */
export const TOPIC_NAMES = {
  eligibility: 'Eligibility',
  criminality: 'Criminality',
  dependants: 'Dependants',
  process: 'Process',
} as const;

/** A scenario that loaded and validated. */
export type ValidEntry = Extract<LibraryEntry, { ok: true }>;

/** Filters valid scenarios by expected outcome and topic ('' means any). */
export function filterLibrary(entries: ValidEntry[], outcome: string, topic: string): ValidEntry[] {
  return entries.filter((entry) => {
    if (outcome && entry.caseFile.scenario.expected.outcome !== outcome) return false;
    if (topic && !(entry.caseFile.scenario.topics ?? []).some((t) => t === topic)) return false;
    return true;
  });
}

import { parseCaseFile, type CaseFile, type Outcome } from '../../../src/case';

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

async function loadOne(fetchText: FetchText, baseUrl: string, file: string): Promise<LibraryEntry> {
  if (!/^[\w./-]+\.json$/.test(file) || file.includes('..')) return { file, ok: false, error: 'The file name must be a .json file inside the scenarios folder' };
  try {
    const response = await fetchText(`${baseUrl}${file}`);
    if (!response.ok) return { file, ok: false, error: `The file could not be loaded (HTTP ${response.status})` };
    let json: unknown;
    try {
      json = JSON.parse(await response.text());
    } catch {
      return { file, ok: false, error: 'The file is not valid JSON' };
    }
    const parsed = parseCaseFile(json);
    if (!parsed.ok) return { file, ok: false, error: describeIssues(parsed.issues) };
    const scenario = parsed.value.scenario;
    if (!scenario) return { file, ok: false, error: 'The file is a case file but has no scenario block (title and expected outcome)' };
    return { file, ok: true, caseFile: { ...parsed.value, scenario } };
  } catch (error) {
    return { file, ok: false, error: `The file could not be loaded: ${error instanceof Error ? error.message : String(error)}` };
  }
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

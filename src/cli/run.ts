/**
 * The `decide` command, as a function of its arguments and its I/O so that it can be tested.
 *
 *   decide <case.json | directory | -> ... [--date YYYY-MM-DD] [--format json|text]
 *          [--letters <dir> [--signatory <signatory.json>]]
 *
 * - A directory is read for `*.json` files in name order (`index.json`, the scenario index, is
 *   skipped). `-` reads standard input: one case, a JSON array of cases, or one case per line.
 * - `--date` overrides each file's `decisionDate`.
 * - `--format json` (the default) writes one JSON object per case per line (NDJSON): the decision
 *   plus `caseId` and `source`. `--format text` writes a readable summary with the reasons.
 * - Exit code 0 when every case was decided; 2 when any input was invalid (bad JSON, unknown
 *   version, an impossible date, a missing decision date) or the arguments were wrong. Every
 *   problem is reported on standard error with the file, the field path and the problem; the
 *   other cases in a batch are still decided.
 * - `--letters <dir>` also writes, per case, the text and .docx of every letter that fits its
 *   decision (see `src/cli/letters.ts`); `--signatory` names a JSON file with the signatory.
 */
import type { CaseIssue } from '../case';
import { allIssues, readCasesText, type ReadCase, type ReadOptions } from '../case/exportFile';
import { capMessages, escapeControl, escapeControlKeepNewlines, issueLines, MAX_MESSAGES, safeJson } from '../issues';
import { formatLong, isIsoDate } from '../dates';
import type { DecisionEnvelope } from '../rules/types';
import { decideCase, reasonLine, ROUTES, routeOfFormat, type AnyRoute, type Decided } from '../routes';

/** What the command needs from the outside world. */
export interface CliIo {
  /** Reads a file as UTF-8 text; `-` is standard input. Throws when it cannot. */
  readText(path: string): string;
  /** Whether `path` is a directory (false for `-` and for missing paths). */
  isDirectory(path: string): boolean;
  /** The names of the entries in a directory. */
  listDirectory(path: string): string[];
  /** Writes to standard output (the text includes its own newlines). */
  out(text: string): void;
  /** Writes to standard error (the text includes its own newlines). */
  err(text: string): void;
}

/** The exit code when every case was decided. */
export const EXIT_OK = 0;
/** The exit code when any input or argument was invalid. */
export const EXIT_INVALID = 2;

const USAGE = `Usage: decide <case.json | directory | -> ... [--date YYYY-MM-DD] [--format json|text] [--letters DIR]
  --date YYYY-MM-DD   decide on this date instead of each file's decisionDate
  --format json|text  NDJSON, one decision per line (default), or a readable summary
  --letters DIR       also write every letter that fits each decision to DIR/<caseId>/ (.txt and .docx)
  --signatory FILE    with --letters: a JSON file {"name", "team", "officeAddress"} to sign the letters
`;

/** Parsed command-line options. */
export interface CliOptions {
  inputs: string[];
  date?: string;
  format: 'json' | 'text';
  /** Folder to write letters into. */
  letters?: string;
  /** JSON file with the letters' signatory. */
  signatory?: string;
}

/** Parses the arguments, or returns the problem. */
export function parseArgs(argv: readonly string[]): { ok: true; options: CliOptions } | { ok: false; message: string } {
  const inputs: string[] = [];
  let date: string | undefined;
  let format: 'json' | 'text' = 'json';
  let letters: string | undefined;
  let signatory: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--letters' || flag === '--signatory') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return { ok: false, message: `${flag} needs a value` };
      if (flag === '--letters') letters = value;
      else signatory = value;
    } else if (flag === '--date' || flag === '--format') {
      const value = inline ?? argv[++i];
      if (value === undefined) return { ok: false, message: `${flag} needs a value` };
      if (flag === '--date') {
        if (!isIsoDate(value)) return { ok: false, message: `--date: "${value}" is not a real date written YYYY-MM-DD` };
        date = value;
      } else {
        if (value !== 'json' && value !== 'text') return { ok: false, message: `--format must be json or text, not "${value}"` };
        format = value;
      }
    } else if (flag === '--help' || flag === '-h') {
      return { ok: false, message: 'help' };
    } else if (flag.startsWith('--')) {
      return { ok: false, message: `unknown option ${flag}` };
    } else {
      inputs.push(arg);
    }
  }
  if (inputs.length === 0) return { ok: false, message: 'give a case file, a directory or - for standard input' };
  const options: CliOptions = { inputs, format };
  if (date !== undefined) options.date = date;
  if (signatory !== undefined && letters === undefined) return { ok: false, message: '--signatory is only used with --letters' };
  if (letters !== undefined) options.letters = letters;
  if (signatory !== undefined) options.signatory = signatory;
  return { ok: true, options };
}

/** One case to decide, with where it came from. */
interface Source {
  /** File name, `file#n` for the n-th case of a list or export, or `-`. */
  name: string;
  /** Where the case is in its file (`''`, `[2]`, `cases[0]`), to prefix field paths. */
  at: string;
  /** A validated case file of one of the registered routes. */
  value: ReadCase;
}

/** What one input gave: its cases, and the problems to report (already as lines, capped per file). */
interface InputRead {
  sources: Source[];
  problems: string[];
}

/** Reads one file's text with the app's import parser (`readCasesText`), for every registered route; `-` may also be one case per line. */
function readFileCases(name: string, text: string, options: ReadOptions): InputRead {
  const read = readCasesText(text, options);
  if (!read.ok && name === '-') {
    // Standard input may carry one case per line.
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    if (lines.length > 1) {
      const reads = lines.map((line) => readCasesText(line, options));
      const sources: Source[] = [];
      const problems: string[] = [];
      reads.forEach((lineRead, i) => {
        const lineName = `-#${i + 1}`;
        if (!lineRead.ok) problems.push(...issueLines(lineName, lineRead.issues, { wholeFile: '(whole file)' }));
        else {
          const item = lineRead.items[0];
          if (lineRead.items.length !== 1 || !item) problems.push(`${lineName}: (whole file): give one case per line`);
          else if (!item.result.ok) problems.push(...issueLines(lineName, item.result.issues, { wholeFile: '(whole file)' }));
          else sources.push({ name: lineName, at: '', value: item.result.value });
        }
      });
      return { sources, problems: capMessages(problems, MAX_MESSAGES, '-: ') };
    }
  }
  if (!read.ok) return { sources: [], problems: issueLines(name, read.issues, { wholeFile: '(whole file)' }) };
  const issues = allIssues(read);
  const sources = read.items.flatMap((item) => (item.result.ok ? [{ name: read.shape === 'single' ? name : `${name}#${item.index + 1}`, at: item.at, value: item.result.value }] : []));
  return { sources, problems: issueLines(name, issues, { wholeFile: '(whole file)' }) };
}

function readInput(input: string, io: CliIo, options: ReadOptions): InputRead[] {
  const shown = escapeControl(input);
  if (input !== '-' && io.isDirectory(input)) {
    const dir = input.endsWith('/') ? input : `${input}/`;
    const names = io
      .listDirectory(input)
      .filter((name) => name.endsWith('.json') && name !== 'index.json')
      .sort();
    if (names.length === 0) return [{ sources: [], problems: [`${shown}: (folder): no cases found: the folder has no .json case files`] }];
    return names.flatMap((name) => readInput(`${dir}${name}`, io, options));
  }
  let text: string;
  try {
    text = io.readText(input);
  } catch (error) {
    return [{ sources: [], problems: [`${shown}: (whole file): cannot read: ${escapeControl(error instanceof Error ? error.message : String(error))}`] }];
  }
  return [readFileCases(shown, text, options)];
}

function reportIssues(io: CliIo, source: string, issues: readonly CaseIssue[]): void {
  for (const line of issueLines(source, issues, { wholeFile: '(whole file)' })) io.err(`${line}\n`);
}

/**
 * `io` whose output has every control character but the newline escaped: no escape sequence from a
 * file (in an id, a field name, a reason's text) reaches the terminal. Values are escaped where they
 * are printed too (`escapeControl`), so that a newline inside an id cannot fake a line of output.
 */
export function terminalSafe(io: CliIo): CliIo {
  return { ...io, out: (text) => io.out(escapeControlKeepNewlines(text)), err: (text) => io.err(escapeControlKeepNewlines(text)) };
}

/** A case decided by the command: its route, case file, own decision and envelope, and the id it is shown under. */
export interface DecidedCase extends Decided {
  caseFile: unknown;
  /** The case file's id, or where it came from when it records none. */
  caseId: string;
}

/** Called for every case decided, with the options in force (the letter writer hooks in here). */
export type OnDecided = (decided: DecidedCase, options: CliOptions) => void;

/** The route and the validated case file of a source. */
function routeCase(value: ReadCase, routes: readonly AnyRoute[]): { route: AnyRoute; caseFile: unknown } {
  if (value.kind === 'route') return { route: value.route, caseFile: value.caseFile };
  const route = routeOfFormat(value.caseFile.format, routes);
  if (!route) throw new Error(`no route reads the format ${value.caseFile.format}`);
  return { route, caseFile: value.caseFile };
}

/**
 * Runs the command over the routes of the registry (`routes`: the registry itself, or a larger one
 * in a test). Returns the exit code.
 */
export function run(argv: readonly string[], rawIo: CliIo, onDecided?: OnDecided, routes: readonly AnyRoute[] = ROUTES): number {
  const io = terminalSafe(rawIo);
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    if (parsed.message === 'help') {
      io.out(USAGE);
      return EXIT_OK;
    }
    io.err(`decide: ${parsed.message}\n${USAGE}`);
    return EXIT_INVALID;
  }
  const { inputs, date, format } = parsed.options;
  const readOptions: ReadOptions = { routes };
  let exit = EXIT_OK;
  for (const input of inputs) {
    for (const read of readInput(input, io, readOptions)) {
      for (const line of read.problems) io.err(`${line}\n`);
      if (read.problems.length > 0) exit = EXIT_INVALID;
      for (const source of read.sources) {
        const { route, caseFile } = routeCase(source.value, routes);
        const result = decideCase(route, caseFile, date);
        if (!result.ok) {
          reportIssues(io, source.name, result.issues);
          exit = EXIT_INVALID;
          continue;
        }
        const recordedId = route.recorded(caseFile).id;
        const caseId = recordedId ?? source.name;
        onDecided?.({ ...result.decided, caseFile, caseId }, parsed.options);
        const { envelope } = result.decided;
        io.out(format === 'json' ? `${safeJson({ caseId: recordedId, source: source.name, ...envelope })}\n` : formatText(escapeControl(caseId), source.name, envelope, route));
      }
    }
  }
  return exit;
}

/** A readable summary of a decision on any route, from its envelope (and the route's own lines). */
export function formatText(caseId: string, source: string, decision: DecisionEnvelope, route?: AnyRoute): string {
  const lines: string[] = [];
  lines.push(`Case ${caseId} (${source}), ${route?.title ?? decision.route}, decided on ${formatLong(decision.decisionDate)}`);
  lines.push(`Outcome: ${decision.outcome.replace(/-/g, ' ')}${decision.decisionCitation ? ` (${decision.decisionCitation})` : ''}`);
  if (decision.dates.eligibleFrom) lines.push(`Eligible from: ${formatLong(decision.dates.eligibleFrom)}`);
  if (decision.dates.expiry) lines.push(`Leave ends on: ${formatLong(decision.dates.expiry)}`);
  if (decision.dates.review) lines.push(`Review by: ${formatLong(decision.dates.review)}`);
  lines.push('Reasons:');
  for (const r of decision.reasons) lines.push(`  ${reasonLine(r)}`);
  lines.push(...(route?.describe?.(decision.details) ?? []));
  if (decision.missing.length > 0) {
    lines.push('Missing answers:');
    for (const m of decision.missing) lines.push(`  - ${m.label} (${m.path})`);
  }
  if (decision.actions.length > 0) {
    lines.push('Next steps:');
    for (const a of decision.actions) lines.push(`  - ${a.text} [${a.code}]`);
  }
  lines.push(`Rules version ${decision.rulesVersion}`, '');
  return `${lines.join('\n')}\n`;
}

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
 *   decision, on every route (see `src/cli/letters.ts`); `--signatory` names a JSON file with the signatory.
 */
import type { CaseFile, CaseIssue } from '../case';
import { allIssues, readCasesText, type ReadCase } from '../case/exportFile';
import { capMessages, escapeControl, escapeControlKeepNewlines, issueLines, MAX_MESSAGES, safeJson } from '../issues';
import { formatLong, isIsoDate } from '../dates';
import { decide, type Decision } from '../rules';
import { decideRelated, isRelatedFormat, type RelatedDecision } from '../related';

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
  /** A validated case file, or a related-route file (validated by `decideRelated`). */
  value: ReadCase;
}

/** What one input gave: its cases, and the problems to report (already as lines, capped per file). */
interface InputRead {
  sources: Source[];
  problems: string[];
}

const acceptRelated = (json: unknown) => typeof json === 'object' && json !== null && isRelatedFormat((json as { format?: unknown }).format);

/** Reads one file's text with the app's import parser (`readCasesText`); `-` may also be one case per line. */
function readFileCases(name: string, text: string): InputRead {
  const read = readCasesText(text, { acceptOther: acceptRelated });
  if (!read.ok && name === '-') {
    // Standard input may carry one case per line.
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    if (lines.length > 1) {
      const reads = lines.map((line) => readCasesText(line, { acceptOther: acceptRelated }));
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

function readInput(input: string, io: CliIo): InputRead[] {
  const shown = escapeControl(input);
  if (input !== '-' && io.isDirectory(input)) {
    const dir = input.endsWith('/') ? input : `${input}/`;
    const names = io
      .listDirectory(input)
      .filter((name) => name.endsWith('.json') && name !== 'index.json')
      .sort();
    if (names.length === 0) return [{ sources: [], problems: [`${shown}: (folder): no cases found: the folder has no .json case files`] }];
    return names.flatMap((name) => readInput(`${dir}${name}`, io));
  }
  let text: string;
  try {
    text = io.readText(input);
  } catch (error) {
    return [{ sources: [], problems: [`${shown}: (whole file): cannot read: ${escapeControl(error instanceof Error ? error.message : String(error))}`] }];
  }
  return [readFileCases(shown, text)];
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

/** Called for every case decided, with the options in force (the letter writer hooks in here). */
export type OnDecided = (caseFile: CaseFile, decision: Decision, options: CliOptions) => void;

/** The same for a related-route case: the file as read (valid, since it was decided), its id, and its decision. */
export type OnRelatedDecided = (json: unknown, caseId: string, decision: RelatedDecision, options: CliOptions) => void;

/** Runs the command. Returns the exit code. */
export function run(argv: readonly string[], rawIo: CliIo, onDecided?: OnDecided, onRelatedDecided?: OnRelatedDecided): number {
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
  let exit = EXIT_OK;
  for (const input of inputs) {
    for (const read of readInput(input, io)) {
      for (const line of read.problems) io.err(`${line}\n`);
      if (read.problems.length > 0) exit = EXIT_INVALID;
      for (const source of read.sources) {
        if (source.value.kind === 'other') {
          // A case on one of the related routes (settlement protection, DL, restricted leave, fees).
          const json = source.value.json;
          const related = decideRelated(json, date ? { decisionDate: date } : {});
          if (!related.ok) {
            for (const line of capMessages(related.errors.map((error) => `${source.name}: ${error}`), MAX_MESSAGES, `${source.name}: `)) io.err(`${line}\n`);
            exit = EXIT_INVALID;
            continue;
          }
          const caseId = (json as { id?: unknown }).id;
          onRelatedDecided?.(json, typeof caseId === 'string' ? caseId : source.name, related.decision, parsed.options);
          io.out(
            format === 'json'
              ? `${safeJson({ caseId, source: source.name, ...related.decision })}\n`
              : formatRelatedText(escapeControl(String(caseId ?? source.name)), source.name, related.decision),
          );
          continue;
        }
        const caseFile = source.value.caseFile;
        const decisionDate = date ?? caseFile.decisionDate;
        if (decisionDate === undefined) {
          reportIssues(io, source.name, [{ path: 'decisionDate', message: 'Decision date is missing: record it in the case file or give --date' }]);
          exit = EXIT_INVALID;
          continue;
        }
        const decision = decide(caseFile, { decisionDate });
        onDecided?.(caseFile, decision, parsed.options);
        io.out(format === 'json' ? `${safeJson({ caseId: caseFile.id, source: source.name, ...decision })}\n` : formatText(escapeControl(caseFile.id), source.name, decision));
      }
    }
  }
  return exit;
}

const STATUS_MARK = { met: 'met    ', 'not-met': 'NOT MET', unknown: 'unknown' } as const;

/** A readable summary of a decision on a related route. */
export function formatRelatedText(caseId: string, source: string, decision: RelatedDecision): string {
  const lines: string[] = [];
  lines.push(`Case ${caseId} (${source}), ${decision.route.replace(/-/g, ' ')}, decided on ${formatLong(decision.decisionDate)}`);
  lines.push(`Outcome: ${decision.outcome.replace(/-/g, ' ')}${decision.decisionCitation ? ` (${decision.decisionCitation})` : ''}`);
  lines.push('Reasons:');
  for (const r of decision.reasons) lines.push(`  [${STATUS_MARK[r.status]}] ${r.citation}: ${r.text}`);
  if (decision.actions.length > 0) {
    lines.push('Next steps:');
    for (const a of decision.actions) lines.push(`  - ${a.text}`);
  }
  lines.push(`Rules version ${decision.rulesVersion}`, '');
  return `${lines.join('\n')}\n`;
}

/** A readable summary of a decision. */
export function formatText(caseId: string, source: string, decision: Decision): string {
  const lines: string[] = [];
  lines.push(`Case ${caseId} (${source}), decided on ${formatLong(decision.decisionDate)}`);
  lines.push(`Outcome: ${decision.outcome.replace(/-/g, ' ')}`);
  if (decision.eligibleFrom) lines.push(`Eligible from: ${formatLong(decision.eligibleFrom)}`);
  lines.push('Reasons:');
  for (const r of decision.reasons) lines.push(`  [${STATUS_MARK[r.status]}] ${r.citation}: ${r.text}`);
  if (decision.dependants.length > 0) {
    lines.push('Dependants:');
    for (const d of decision.dependants) {
      lines.push(`  Dependant ${d.index + 1} (${d.id}): ${d.outcome.replace(/-/g, ' ')}`);
      for (const r of d.reasons) if (r.status !== 'met') lines.push(`    [${STATUS_MARK[r.status]}] ${r.citation}: ${r.text}`);
    }
  }
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

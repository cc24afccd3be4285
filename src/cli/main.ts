/**
 * The whole `decide` command: decides every case (`run`), and with `--letters <dir>` writes the
 * letters that fit each decision. Letter writing is asynchronous (the .docx packer), so it is
 * queued while the cases are decided and awaited at the end.
 */
import { escapeControl, issueLines, parseWithSchema } from '../issues';
import { ROUTES, type AnyRoute } from '../routes';
import { caseFolderName, signatorySchema, type WriteLettersOptions, type WrittenLetters } from './letters';
import { EXIT_INVALID, run, terminalSafe, type CliIo, type DecidedCase } from './run';

/** Writes one case's letters; `writeLetters` from `./letters` in the real command. */
export type LetterWriter = (decided: DecidedCase, dir: string, options: WriteLettersOptions) => Promise<WrittenLetters>;

/** The exit code when letters could not be written (the decisions themselves were printed). */
export const EXIT_LETTERS_FAILED = 1;

/**
 * Gives each case's letters a folder of their own. Two ids can map to one folder name (`a/b` and
 * `a_b` both become `a_b`; `A` and `a` are one folder on a case-insensitive disk), so a name already
 * taken in this run gets `-2`, `-3`… and the caller says so.
 */
export class FolderNames {
  private readonly taken = new Map<string, string>();

  /** The folder for `caseId`, and the id of the case that already had the plain name, if any. */
  assign(caseId: string): { folder: string; clashesWith?: string } {
    const plain = caseFolderName(caseId);
    const owner = this.taken.get(plain.toLowerCase());
    if (owner === undefined) {
      this.taken.set(plain.toLowerCase(), caseId);
      return { folder: plain };
    }
    let n = 2;
    while (this.taken.has(`${plain}-${n}`.toLowerCase())) n++;
    const folder = `${plain}-${n}`;
    this.taken.set(folder.toLowerCase(), caseId);
    return { folder, clashesWith: owner };
  }
}

/** Runs `decide` with its letters. Resolves with the exit code. */
export async function main(argv: readonly string[], rawIo: CliIo, writeLetters: LetterWriter, routes: readonly AnyRoute[] = ROUTES): Promise<number> {
  const io = terminalSafe(rawIo);
  const folders = new FolderNames();
  const jobs: Promise<void>[] = [];
  let lettersFailed = false;
  let signatoryProblem = false;
  let signatory: WriteLettersOptions['signatory'];
  let signatoryRead = false;

  const code = run(
    argv,
    io,
    (decided, options) => {
    if (!options.letters) return;
    if (!signatoryRead && options.signatory) {
      signatoryRead = true;
      try {
        const parsed = parseWithSchema(signatorySchema, JSON.parse(io.readText(options.signatory)));
        if (parsed.ok) signatory = parsed.value;
        else {
          signatoryProblem = true;
          for (const line of issueLines(escapeControl(options.signatory), parsed.issues, { wholeFile: '(whole file)' })) io.err(`${line}\n`);
        }
      } catch (error) {
        signatoryProblem = true;
        io.err(`${escapeControl(options.signatory)}: (whole file): cannot read the signatory: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
    if (signatoryProblem) return;
    const dir = options.letters;
    const id = escapeControl(decided.caseId);
    const { folder, clashesWith } = folders.assign(decided.caseId);
    if (clashesWith !== undefined) {
      io.err(`${id}: letters written to the folder ${folder}, because the folder ${caseFolderName(decided.caseId)} holds the letters of case ${escapeControl(clashesWith)}\n`);
    }
    jobs.push(
      writeLetters(decided, dir, { signatory, folder })
        .then((written) => {
          for (const { letterId, warnings } of written.warnings) for (const warning of warnings) io.err(`${id}: letter ${letterId}: ${warning}\n`);
        })
        .catch((error: unknown) => {
          lettersFailed = true;
          io.err(`${id}: letters not written: ${error instanceof Error ? error.message : String(error)}\n`);
        }),
    );
    },
    routes,
  );
  await Promise.all(jobs);
  if (signatoryProblem) return EXIT_INVALID;
  if (code !== 0) return code;
  return lettersFailed ? EXIT_LETTERS_FAILED : code;
}

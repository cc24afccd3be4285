/**
 * The whole `decide` command: decides every case (`run`), and with `--letters <dir>` writes the
 * letters that fit each decision. Letter writing is asynchronous (the .docx packer), so it is
 * queued while the cases are decided and awaited at the end.
 */
import { formatPath } from '../case';
import type { CaseFile } from '../case';
import type { Decision } from '../rules';
import { signatorySchema, type WriteLettersOptions, type WrittenLetters } from './letters';
import { EXIT_INVALID, run, type CliIo } from './run';

/** Writes one case's letters; `writeLetters` from `./letters` in the real command. */
export type LetterWriter = (caseFile: CaseFile, decision: Decision, dir: string, options: WriteLettersOptions) => Promise<WrittenLetters>;

/** The exit code when letters could not be written (the decisions themselves were printed). */
export const EXIT_LETTERS_FAILED = 1;

/** Runs `decide` with its letters. Resolves with the exit code. */
export async function main(argv: readonly string[], io: CliIo, writeLetters: LetterWriter): Promise<number> {
  const jobs: Promise<void>[] = [];
  let lettersFailed = false;
  let signatoryProblem = false;
  let signatory: WriteLettersOptions['signatory'];
  let signatoryRead = false;

  const code = run(argv, io, (caseFile, decision, options) => {
    if (!options.letters) return;
    if (!signatoryRead && options.signatory) {
      signatoryRead = true;
      try {
        const parsed = signatorySchema.safeParse(JSON.parse(io.readText(options.signatory)));
        if (parsed.success) signatory = parsed.data;
        else {
          signatoryProblem = true;
          for (const issue of parsed.error.issues) io.err(`${options.signatory}: ${formatPath(issue.path) || '(whole file)'}: ${issue.message}\n`);
        }
      } catch (error) {
        signatoryProblem = true;
        io.err(`${options.signatory}: (whole file): cannot read the signatory: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
    if (signatoryProblem) return;
    const dir = options.letters;
    jobs.push(
      writeLetters(caseFile, decision, dir, { signatory })
        .then((written) => {
          for (const { letterId, warnings } of written.warnings) for (const warning of warnings) io.err(`${caseFile.id}: letter ${letterId}: ${warning}\n`);
        })
        .catch((error: unknown) => {
          lettersFailed = true;
          io.err(`${caseFile.id}: letters not written: ${error instanceof Error ? error.message : String(error)}\n`);
        }),
    );
  });
  await Promise.all(jobs);
  if (signatoryProblem) return EXIT_INVALID;
  if (code !== 0) return code;
  return lettersFailed ? EXIT_LETTERS_FAILED : code;
}

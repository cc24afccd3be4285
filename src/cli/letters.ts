/**
 * `decide --letters <dir>`: writes, for one case, the text and the .docx of every letter that fits
 * its decision, as `<dir>/<caseId>/<letterId>.txt` and `.docx`. This is how a team prepares a batch
 * of letters for the cohort. The decision is passed in: letters never decide.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IsoDate } from '../dates';
import { renderText, type Letter, type Signatory } from '../letters';
import { renderDocx } from '../letters/docx';
import type { DecidedCase } from './run';

export { asSignatory, signatorySchema } from '../letters/signatory';

/** Options for `writeLetters`. */
export interface WriteLettersOptions {
  /** Who signs the letters; without one each letter says that no signatory is set. */
  signatory?: Signatory | undefined;
  /** The date written on the letters; defaults to the decision date. */
  today?: IsoDate | undefined;
  /** The case's folder under `dir`; defaults to `caseFolderName(caseFile.id)`. `main` makes it unique per run. */
  folder?: string | undefined;
}

/** What `writeLetters` wrote for one case. */
export interface WrittenLetters {
  /** The folder of this case's letters (created only when a letter fits). */
  dir: string;
  /** Paths of the files written, .txt and .docx for each letter, in letter order. */
  files: string[];
  /** For each letter: its id and what must be put right before sending (missing signatory, address…). */
  warnings: { letterId: string; warnings: string[] }[];
}

/** A case id as a safe folder name: no path separators, no `..`. Two ids may give one name: see `FolderNames` in main.ts. */
export function caseFolderName(caseId: string): string {
  const safe = caseId.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return safe === '' ? '_' : safe;
}

/** The letters its route gives for a decided case (none on a route without letters), dated `today` or the decision date. */
export function caseLetters({ route, caseFile, decision, envelope }: Pick<DecidedCase, 'route' | 'caseFile' | 'decision' | 'envelope'>, options: Pick<WriteLettersOptions, 'signatory' | 'today'>): Letter[] {
  return route.letters?.(caseFile, decision, { signatory: options.signatory, today: options.today ?? envelope.decisionDate }) ?? [];
}

/**
 * Writes `<dir>/<caseId>/<letterId>.txt` and `<letterId>.docx` for every letter its route gives
 * for the decision (none for an outcome or a route that has no letter). Resolves with what was written.
 */
export async function writeLetters(decided: DecidedCase, dir: string, options: WriteLettersOptions = {}): Promise<WrittenLetters> {
  const letters = caseLetters(decided, options);
  const caseDir = join(dir, options.folder ?? caseFolderName(decided.caseId));
  const written: WrittenLetters = { dir: caseDir, files: [], warnings: [] };
  if (letters.length === 0) return written;
  await mkdir(caseDir, { recursive: true });
  for (const letter of letters) {
    const textPath = join(caseDir, `${letter.id}.txt`);
    const docxPath = join(caseDir, `${letter.id}.docx`);
    await writeFile(textPath, renderText(letter), 'utf8');
    await writeFile(docxPath, await renderDocx(letter));
    written.files.push(textPath, docxPath);
    if (letter.warnings.length > 0) written.warnings.push({ letterId: letter.id, warnings: letter.warnings });
  }
  return written;
}

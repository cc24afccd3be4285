/**
 * Which letters are offered for a case now, as a pure function (the letters page's hook wraps it).
 * Decision letters only once the decision can start (`decisionCanStart`, which reads the core's
 * `waitsForAnswers`); the process letters, which state no decision, at any time.
 */
import type { CaseFile } from '../../../src/case';
import { lettersFor, type Letter, type LetterKind, type Signatory } from '../../../src/letters';
import { decide, type Decision } from '../../../src/rules';
import { decisionCanStart } from '../wizard/status';

/**
 * Letters that gather what the decision needs (domain notes §5): they state no decision, so they
 * are offered while the case is still being filled in. Every other letter states a decision.
 */
export const PROCESS_LETTERS: ReadonlySet<LetterKind> = new Set<LetterKind>(['initial-contact-outstanding', 'initial-contact', 'questionnaire-cover']);

/** The decision, whether it can start, every letter that fits it, and the letters offered now. */
export interface OfferedLetters {
  decision: Decision;
  ready: boolean;
  fitting: Letter[];
  letters: Letter[];
}

/** Decides the case (on its decision date, or today) and picks the letters offered now. */
export function offeredLetters(caseFile: CaseFile, today: string, signatory: Signatory | undefined): OfferedLetters {
  const decision = decide(caseFile, { decisionDate: caseFile.decisionDate ?? today });
  const ready = decisionCanStart(caseFile, today);
  const fitting = lettersFor(caseFile, decision, { signatory, today });
  // No decision letter on unfinished answers, whatever `decide` made of them.
  const letters = ready ? fitting : fitting.filter((letter) => PROCESS_LETTERS.has(letter.kind));
  return { decision, ready, fitting, letters };
}

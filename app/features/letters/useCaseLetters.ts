import { useMemo } from 'react';
import { lettersFor, type Letter, type LetterKind } from '../../../src/letters';
import { decide, type Decision } from '../../../src/rules';
import { useCurrentCase } from '../../cases/CaseContext';
import type { CaseEditor } from '../../cases/useCaseEditor';
import { decisionCanStart } from '../wizard/status';
import { todayIso } from '../wizard/today';
import { useSignatory, type SignatoryState } from '../settings/signatory';

/** The open case's decision and the letters that fit it, signed by this device's signatory. */
export interface CaseLetters {
  editor: CaseEditor;
  decision: Decision;
  /** The letters offered now: every fitting letter once the decision can start, otherwise only the process letters. */
  letters: Letter[];
  /** Whether the decision can start (every other section complete): only then are decision letters offered. */
  ready: boolean;
  /** A decision letter that fits the decision but is held back because the answers are not finished. */
  heldBack: (letterId: string) => boolean;
  signatory: SignatoryState;
  today: string;
}

/**
 * Letters that gather what the decision needs (domain notes §5): they state no decision, so they
 * are offered while the case is still being filled in. Every other letter states a decision.
 */
const PROCESS_LETTERS: ReadonlySet<LetterKind> = new Set<LetterKind>(['initial-contact-outstanding', 'initial-contact', 'questionnaire-cover']);

/**
 * Decides the open case (on its decision date, or today when none is recorded) and builds its
 * letters. The letters read the decision; they never decide anything themselves.
 */
export function useCaseLetters(): CaseLetters {
  const editor = useCurrentCase();
  const signatory = useSignatory();
  const caseFile = editor.record?.caseFile;
  if (!caseFile) throw new Error('The case is not loaded');
  const today = todayIso();
  const decision = useMemo(() => decide(caseFile, { decisionDate: caseFile.decisionDate ?? today }), [caseFile, today]);
  const ready = decisionCanStart(caseFile, today);
  const fitting = useMemo(() => lettersFor(caseFile, decision, { signatory: signatory.signatory, today }), [caseFile, decision, signatory.signatory, today]);
  // No decision letter on unfinished answers, whatever `decide` made of them.
  const letters = useMemo(() => (ready ? fitting : fitting.filter((letter) => PROCESS_LETTERS.has(letter.kind))), [fitting, ready]);
  const heldBack = (letterId: string) => !ready && fitting.some((letter) => letter.id === letterId && !PROCESS_LETTERS.has(letter.kind));
  return { editor, decision, letters, ready, heldBack, signatory, today };
}

import { useMemo } from 'react';
import type { Letter } from '../../../src/letters';
import type { Decision } from '../../../src/rules';
import { useCurrentCase } from '../../cases/CaseContext';
import type { CaseEditor } from '../../cases/useCaseEditor';
import { offeredLetters, PROCESS_LETTERS } from './offered';
import { todayIso } from '../wizard/today';
import { useSignatory, type SignatoryState } from '../settings/signatory';

/** The open case's decision and the letters that fit it, signed by this device's signatory. */
export interface CaseLetters {
  editor: CaseEditor;
  decision: Decision;
  /** The letters offered now: every fitting letter once the decision can start, otherwise only the process letters. */
  letters: Letter[];
  /** Whether the decision can start (`decisionCanStart`): only then are decision letters offered. */
  ready: boolean;
  /** A decision letter that fits the decision but is held back because the answers are not finished. */
  heldBack: (letterId: string) => boolean;
  signatory: SignatoryState;
  today: string;
}

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
  const { decision, ready, fitting, letters } = useMemo(() => offeredLetters(caseFile, today, signatory.signatory), [caseFile, today, signatory.signatory]);
  const heldBack = (letterId: string) => !ready && fitting.some((letter) => letter.id === letterId && !PROCESS_LETTERS.has(letter.kind));
  return { editor, decision, letters, ready, heldBack, signatory, today };
}

import { useMemo } from 'react';
import { lettersFor, type Letter } from '../../../src/letters';
import { decide, type Decision } from '../../../src/rules';
import { useCurrentCase } from '../../cases/CaseContext';
import type { CaseEditor } from '../../cases/useCaseEditor';
import { todayIso } from '../wizard/today';
import { useSignatory, type SignatoryState } from '../settings/signatory';

/** The open case's decision and the letters that fit it, signed by this device's signatory. */
export interface CaseLetters {
  editor: CaseEditor;
  decision: Decision;
  letters: Letter[];
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
  const decision = useMemo(() => decide(caseFile, { decisionDate: caseFile.decisionDate ?? today }), [caseFile, today]);
  const letters = useMemo(() => lettersFor(caseFile, decision, { signatory: signatory.signatory, today }), [caseFile, decision, signatory.signatory, today]);
  return { editor, decision, letters, signatory, today };
}

/**
 * Letters: typed documents built from (case, decision) only. A letter never recomputes
 * eligibility; it reads the decision's outcome, reasons, dependants and actions.
 *
 * - `lettersFor` returns only the letters that fit the outcome and the stage of the case;
 * - `applyEdits` puts a caseworker's saved wording into the editable parts;
 * - `letterFingerprint` and `changedFacts` tell when saved wording was written against other facts;
 * - `renderText` renders to plain text. `renderDocx` lives in `./docx` so the app can load the
 *   docx library only when a caseworker downloads a letter.
 */
import type { CaseFile } from '../case/schema';
import type { Decision } from '../rules';
import { frame, type LetterBody, type LetterInput } from './compose';
import { grantLetter } from './grant';
import { dependantHoldLetter, holdLetter } from './hold';
import { initialContactLetter } from './initialContact';
import { questionnaireCoverLetter } from './questionnaireCover';
import { notEligibleLetter } from './notEligible';
import { refusalLetter } from './refusal';
import type { Letter, LetterOptions } from './types';

export type * from './types';
export { renderText } from './text';
export { refusalGrounds, FACTS_TO_WRITE } from './refusal';
export { notEligibleReasons } from './notEligible';
export { NO_SIGNATORY } from './compose';

/**
 * Which initial contact letter(s) fit: the version recorded on the case, else the one that matches
 * whether an application is outstanding, else both (the caseworker checks which to send).
 */
function initialContactVersions(caseFile: CaseFile): boolean[] {
  const recorded = caseFile.initialContact?.letterVersion;
  if (recorded) return [recorded === 'outstanding-application'];
  const outstanding = caseFile.otherApplication?.outstanding;
  if (outstanding !== undefined) return [outstanding];
  return [true, false];
}

/** The process letters: the initial contact letter until the person replies, then the questionnaire cover letter until it is back. */
function processLetters(input: LetterInput, bodies: LetterBody[]): void {
  const { caseFile } = input;
  if (caseFile.initialContact?.responseReceived !== true) {
    for (const withApplication of initialContactVersions(caseFile)) bodies.push(initialContactLetter(input, withApplication));
  } else if (caseFile.questionnaire?.returned !== true) {
    bodies.push(questionnaireCoverLetter(input));
  }
}

/**
 * The letters that fit the case now, each to the person and, when a legal representative is on
 * record, a copy to the representative (domain notes §5–§6):
 *
 * - grant, refusal, not-eligible or hold letter: by the decision's outcome, with a hold letter for
 *   each child in line whose own prosecution holds their case when the person is granted;
 * - while the case awaits information, and while a known eligibility failure is shown before
 *   consideration can begin (`beforeConsideration`: nothing is served yet): the initial contact
 *   letter until the person has replied, then the questionnaire cover letter until the
 *   questionnaire is back;
 * - no letter for a declined consideration (the other application continues).
 */
export function lettersFor(caseFile: CaseFile, decision: Decision, options: LetterOptions): Letter[] {
  const input: LetterInput = { caseFile, decision, options };
  const bodies: LetterBody[] = [];
  switch (decision.outcome) {
    case 'grant-settlement':
      bodies.push(grantLetter(input));
      // A child in line whose own prosecution is under way: held, and written to (decision action).
      for (const action of decision.actions) {
        const held = action.code === 'send-hold-letter' ? decision.dependants.find((d) => d.id === action.dependantId && d.outcome === 'on-hold') : undefined;
        if (held) bodies.push(dependantHoldLetter(input, held));
      }
      break;
    case 'refuse-settlement':
      bodies.push(refusalLetter(input));
      break;
    case 'on-hold-pending-prosecution':
      bodies.push(holdLetter(input));
      break;
    case 'not-eligible':
      // Guidance "Operational process": consideration begins once the questionnaire is back and
      // biometrics are enrolled; before then no decision is served, the process letters continue.
      if (decision.beforeConsideration) processLetters(input, bodies);
      else bodies.push(notEligibleLetter(input));
      break;
    case 'awaiting-information':
      processLetters(input, bodies);
      break;
    case 'declined-consideration':
      break;
  }
  return bodies.flatMap((body) => frame(body, input));
}

/** A letter with the caseworker's saved wording (by editable block id) in place of the defaults. */
export function applyEdits(letter: Letter, paragraphs: Readonly<Record<string, string>> | undefined): Letter {
  if (!paragraphs) return letter;
  return {
    ...letter,
    blocks: letter.blocks.map((block) => (block.kind === 'editable' && paragraphs[block.id] !== undefined ? { ...block, text: paragraphs[block.id] ?? block.text } : block)),
  };
}

/**
 * A short fingerprint of the facts a letter uses (FNV-1a over its facts, in a fixed order). Saved
 * with a caseworker's edits; when it differs later, the facts have changed since the edits.
 */
export function letterFingerprint(letter: Letter): string {
  const text = JSON.stringify(Object.entries(letter.facts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `f1-${hash.toString(16).padStart(8, '0')}`;
}

/** One fact that differs between the time of editing and now. */
export interface FactChange {
  label: string;
  before: string;
  now: string;
}

/** The facts that changed between `before` (saved with the edits) and `now`. */
export function changedFacts(before: Readonly<Record<string, string>>, now: Readonly<Record<string, string>>): FactChange[] {
  const labels = [...new Set([...Object.keys(before), ...Object.keys(now)])];
  return labels
    .filter((label) => before[label] !== now[label])
    .map((label) => ({ label, before: before[label] ?? 'Not in the letter', now: now[label] ?? 'No longer in the letter' }));
}

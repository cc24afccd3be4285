/**
 * The suitability page as "Which of these apply?" checkboxes, and the mapping between the ticks
 * and the case file's findings (one per ground: `applies` and `note`). Pure functions, unit-tested.
 *
 * The mapping keeps the rule that an unanswered finding is unknown: a page never submitted leaves
 * every finding unanswered; submitting it sets the ticked grounds to applies = true and every other
 * ground on the page to applies = false; "None of these" sets them all to false.
 */
import type { SuitabilityFindings, SuitabilityGroundCode } from '../../../src/case';
import type { IsoDate } from '../../../src/dates';
import type { FormValues } from './fields';
import { groundCitation } from './groundLabels';

/** The groups of the page, by what the grounds are about. Every ground is in exactly one group. */
export const GROUND_GROUPS: readonly { key: string; legend: string; codes: readonly SuitabilityGroundCode[] }[] = [
  { key: 'exclusion', legend: 'Exclusion, deportation and danger', codes: ['excluded-from-protection', 'exclusion', 'deportation', 'danger-to-security', 'danger-to-community'] },
  { key: 'criminality', legend: 'Criminality', codes: ['criminality-serious', 'criminality-other', 'persistent-offender', 'serious-harm'] },
  { key: 'conduct', legend: 'Conduct and character', codes: ['not-conducive', 'settlement-not-conducive'] },
  { key: 'immigration', legend: 'Immigration history and deception', codes: ['false-representations', 'deception', 'immigration-breach', 'failure-to-cooperate', 'purpose-not-covered'] },
  { key: 'debts', legend: 'Debts and costs', codes: ['nhs-debt', 'litigation-costs'] },
];

/** The id and form name of a ground's checkbox (also the Change link's focus target). */
export const groundName = (code: SuitabilityGroundCode) => `ground-${code}`;
/** The id and form name of a ground's note. */
export const noteName = (code: SuitabilityGroundCode) => `note-${code}`;
/** The id of the exclusive "None of these" checkbox. */
export const NONE_ID = 'ground-none';

/** The message when the page is submitted with nothing ticked. */
export const NOTHING_SELECTED = 'Select which of these apply, or select none of these';

/** What is ticked on the page, and the notes typed. */
export interface SuitabilityChoice {
  /** Ticked grounds, in page order. */
  selected: SuitabilityGroundCode[];
  /** "None of these" is ticked. */
  none: boolean;
  notes: Partial<Record<SuitabilityGroundCode, string>>;
}

/**
 * The ticks for saved findings: a ground is ticked when it applies; "None of these" is ticked only
 * when every ground on the page is recorded as not applying. Unanswered grounds are left unticked.
 */
export function choiceFromFindings(findings: SuitabilityFindings | undefined, codes: readonly SuitabilityGroundCode[]): SuitabilityChoice {
  const notes: Partial<Record<SuitabilityGroundCode, string>> = {};
  for (const code of codes) {
    const note = findings?.[code]?.note;
    if (note !== undefined) notes[code] = note;
  }
  return {
    selected: codes.filter((code) => findings?.[code]?.applies === true),
    none: codes.length > 0 && codes.every((code) => findings?.[code]?.applies === false),
    notes,
  };
}

/**
 * The ticks after one checkbox changes. "None of these" is exclusive: ticking it clears every
 * ground, and ticking a ground clears it.
 */
export function toggleChoice(choice: SuitabilityChoice, codes: readonly SuitabilityGroundCode[], target: SuitabilityGroundCode | 'none', checked: boolean): SuitabilityChoice {
  if (target === 'none') return checked ? { ...choice, selected: [], none: true } : { ...choice, none: false };
  const selected = new Set(choice.selected);
  if (checked) selected.add(target);
  else selected.delete(target);
  return { ...choice, selected: codes.filter((code) => selected.has(code)), none: checked ? false : choice.none };
}

/**
 * The page's answers as the form values its fields write (`ground-*` yes/no, `note-*`), or
 * undefined when nothing is ticked (the page then shows `NOTHING_SELECTED`).
 */
export function choiceToValues(choice: SuitabilityChoice, codes: readonly SuitabilityGroundCode[]): FormValues | undefined {
  if (!choice.none && choice.selected.length === 0) return undefined;
  const values: FormValues = {};
  for (const code of codes) {
    const applies = !choice.none && choice.selected.includes(code);
    values[groundName(code)] = applies ? 'yes' : 'no';
    values[noteName(code)] = choice.notes[code] ?? '';
  }
  return values;
}

/** A draft of the page (the ticks as typed, before Continue), kept with the case. */
export function choiceToDraft(choice: SuitabilityChoice, codes: readonly SuitabilityGroundCode[]): FormValues {
  const draft: FormValues = { none: choice.none ? 'yes' : '' };
  for (const code of codes) {
    draft[groundName(code)] = choice.selected.includes(code) ? 'yes' : '';
    draft[noteName(code)] = choice.notes[code] ?? '';
  }
  return draft;
}

/** The ticks of a saved draft; a draft of the older yes/no page reads the same way (yes = ticked). */
export function choiceFromDraft(draft: unknown, codes: readonly SuitabilityGroundCode[]): SuitabilityChoice | undefined {
  if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) return undefined;
  const bag = draft as Record<string, unknown>;
  const notes: Partial<Record<SuitabilityGroundCode, string>> = {};
  for (const code of codes) {
    const note = bag[noteName(code)];
    if (typeof note === 'string' && note !== '') notes[code] = note;
  }
  const selected = codes.filter((code) => bag[groundName(code)] === 'yes');
  return { selected, none: selected.length === 0 && bag['none'] === 'yes', notes };
}

/**
 * Pairs of grounds that rest on the same facts, so that ticking both counts one finding twice.
 * 352J(i) and 9.5.1 / SUI 4.1 are both about exclusion under Article 1F or paragraph 339D;
 * 9.4.1 / SUI 5.1 already covers a persistent offender and offending that caused serious harm,
 * which STP 2.1(e) and (f) assess again; 9.3.1 / SUI 3.1 and STP 2.1(g) are both "not conducive
 * to the public good".
 */
export const OVERLAPS: readonly { codes: readonly [SuitabilityGroundCode, SuitabilityGroundCode]; why: string }[] = [
  { codes: ['excluded-from-protection', 'exclusion'], why: 'Both rest on exclusion under Article 1F of the Refugee Convention or paragraph 339D.' },
  { codes: ['criminality-serious', 'persistent-offender'], why: 'A persistent offender who shows a particular disregard for the law is one of the criminality grounds already.' },
  { codes: ['criminality-serious', 'serious-harm'], why: 'Offending that caused serious harm is one of the criminality grounds already.' },
  { codes: ['not-conducive', 'settlement-not-conducive'], why: 'Both find that the person’s presence, or settlement, is not conducive to the public good.' },
];

/** A warning for each overlapping pair that is ticked. */
export function overlapWarnings(selected: readonly SuitabilityGroundCode[], decisionDate: IsoDate | undefined): string[] {
  const ticked = new Set(selected);
  return OVERLAPS.filter(({ codes: [a, b] }) => ticked.has(a) && ticked.has(b)).map(
    ({ codes: [a, b], why }) =>
      `You have ticked both ${groundCitation(a, decisionDate)} and ${groundCitation(b, decisionDate)}. ${why} Tick both only if each rests on facts of its own, and say which in the notes; otherwise untick one.`,
  );
}

/**
 * The case summary kept with each stored case: what the case list shows of it, worked out by the
 * rules and the task list when the case is saved (app/features/cases/caseSummary.ts) so that the
 * list itself needs neither. This module is small and on the first load; it only reads summaries.
 *
 * A summary is derived data, never a source: it is not exported, a missing or out-of-date one is
 * worked out again from the case file (`summaryIsCurrent`), and nothing else reads it.
 */
import type { Outcome } from '../../src/case';
import type { IsoDate } from '../../src/dates';
import { isolate } from '../components/text';
import type { SectionStatus } from '../features/wizard/status';
import type { SectionKey } from '../features/wizard/steps';

/**
 * What summaries are worked out from: a hash of the rules, the case-file code and the task-list
 * pages, made at build time (vite.config.ts). A new version of any of them makes every stored
 * summary out of date, so an outcome shown in the list always comes from the rules in use.
 */
export const SUMMARY_BASIS: string = __CASE_SUMMARY_BASIS__;

/** The decision, as far as the list shows it: given when a decision date is recorded. */
export interface SummaryDecision {
  outcome: Outcome;
  decisionDate: IsoDate;
  /** As the decision gives it (`Decision.eligibleFrom`). */
  eligibleFrom?: IsoDate;
  /** As the decision gives it: the date holds unless a prosecution ends in a conviction. */
  eligibleFromUnlessConvicted?: true;
}

/** A case's summary, stored with its record as `summary`. */
export interface CaseSummary {
  /** `SUMMARY_BASIS` when it was worked out. */
  basis: string;
  /** The day it was worked out: section statuses depend on today (a date may not be in the future). */
  asOf: IsoDate;
  /** The person's given and family names as recorded (trimmed), if any. */
  name?: string;
  /** The Home Office reference as recorded (trimmed), if any. */
  reference?: string;
  /** Each task-list section's status, in task-list order, as the case overview shows them. */
  sections: { key: SectionKey; status: SectionStatus }[];
  /** Absent when no decision date is recorded, or the rules could not read the case. */
  decision?: SummaryDecision;
}

/** Whether a stored summary can be shown as it is on `today`, or must be worked out again. */
export function summaryIsCurrent(summary: CaseSummary | undefined, today: IsoDate): summary is CaseSummary {
  return summary !== undefined && summary.basis === SUMMARY_BASIS && summary.asOf === today && Array.isArray(summary.sections);
}

/** Outcomes as the case list names them. */
export const OUTCOME_TEXT: Readonly<Record<Outcome, string>> = {
  'grant-settlement': 'Grant settlement',
  'refuse-settlement': 'Refuse settlement',
  'on-hold-pending-prosecution': 'On hold pending prosecution',
  'not-eligible': 'Not eligible',
  'awaiting-information': 'Awaiting information',
  'declined-consideration': 'Declined consideration',
};

/** Where a case stands, for its row in the case list. */
export interface CaseStage {
  /** "Not started", "In progress (2 of 5 sections completed)", "Awaiting information" or "Decided". */
  stage: string;
  /** When a decision date is recorded and the rules give a final outcome. */
  outcome?: Outcome;
}

/**
 * The stage of a case from its summary. A case counts as decided once its decision date is
 * recorded and the rules give an outcome other than "awaiting information"; otherwise the task
 * list's sections say how far it is.
 */
export function stageOf(summary: Pick<CaseSummary, 'sections' | 'decision'>): CaseStage {
  const outcome = summary.decision?.outcome;
  if (outcome === 'awaiting-information') return { stage: 'Awaiting information' };
  if (outcome) return { stage: 'Decided', outcome };
  const completed = summary.sections.filter((section) => section.status === 'completed').length;
  if (completed === 0 && !summary.sections.some((section) => section.status === 'in-progress')) return { stage: 'Not started' };
  return { stage: `In progress (${completed} of ${summary.sections.length} sections completed)` };
}

/** The name and reference as a summary keeps them, from the case file's identity answers. */
export function identityOf(identity: { givenNames?: string | undefined; familyName?: string | undefined; homeOfficeReference?: string | undefined } | undefined): Pick<CaseSummary, 'name' | 'reference'> {
  const name = [identity?.givenNames, identity?.familyName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  const reference = identity?.homeOfficeReference?.trim();
  return { ...(name ? { name } : {}), ...(reference ? { reference } : {}) };
}

/**
 * The person's name as the case list shows it, or a placeholder until it is recorded. Isolated
 * (text.ts): it goes into sentences ("A copy of … was made") and must not reorder them.
 */
export function displayName(name: string | undefined): string {
  return name ? isolate(name) : 'Name not recorded';
}

/** The Home Office reference for display, if recorded (isolated, like the name). */
export function displayReference(reference: string | undefined): string | undefined {
  return reference ? isolate(reference) : undefined;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a case matches the search text, by name or Home Office reference (case and accent blind). */
export function nameOrReferenceMatches({ name, reference }: { name?: string | undefined; reference?: string | undefined }, search: string): boolean {
  const wanted = fold(search);
  if (!wanted) return true;
  const haystack = fold(`${name ?? ''} ${reference ?? ''}`);
  const compactReference = fold(reference ?? '').replace(/[\s/-]/g, '');
  return haystack.includes(wanted) || (compactReference !== '' && compactReference.includes(wanted.replace(/[\s/-]/g, '')));
}

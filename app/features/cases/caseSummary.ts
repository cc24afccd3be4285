import type { CaseFile, Outcome } from '../../../src/case';
import { decide } from '../../../src/rules';
import type { IsoDate } from '../../../src/dates';
import type { CaseRecord } from '../../cases/records';
import { sectionStatus } from '../wizard/status';
import { SECTIONS } from '../wizard/steps';
import { isolate } from '../../components/text';

/**
 * The person's name as the case list shows it, or a placeholder until it is recorded. Isolated
 * (text.ts): it goes into sentences ("A copy of … was made") and must not reorder them.
 */
export function caseName(caseFile: CaseFile): string {
  const name = [caseFile.identity?.givenNames, caseFile.identity?.familyName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  return name ? isolate(name) : 'Name not recorded';
}

/** The Home Office reference, if recorded (isolated, like the name). */
export function caseReference(caseFile: CaseFile): string | undefined {
  const reference = caseFile.identity?.homeOfficeReference?.trim();
  return reference ? isolate(reference) : undefined;
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
 * The stage of a case. A case counts as decided once its decision date is recorded and the rules
 * give an outcome other than "awaiting information"; the outcome comes from `decide`, never from
 * anything stored, so it always matches the answers.
 */
export function caseStage(caseFile: CaseFile, drafts: Record<string, unknown>, today: IsoDate): CaseStage {
  if (caseFile.decisionDate) {
    try {
      const { outcome } = decide(caseFile, { decisionDate: caseFile.decisionDate });
      if (outcome === 'awaiting-information') return { stage: 'Awaiting information' };
      return { stage: 'Decided', outcome };
    } catch {
      // A case the rules cannot read yet is simply in progress.
    }
  }
  // The same sections and statuses as the case's task list.
  const statuses = SECTIONS.map((section) => sectionStatus(section.key, caseFile, drafts, today));
  const completed = statuses.filter((status) => status === 'completed').length;
  if (completed === 0 && !statuses.includes('in-progress')) return { stage: 'Not started' };
  return { stage: `In progress (${completed} of ${SECTIONS.length} sections completed)` };
}

/** Whether a case matches the search text, by name or Home Office reference (case and accent blind). */
export function matchesSearch(record: CaseRecord, search: string): boolean {
  const fold = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLocaleLowerCase('en-GB')
      .replace(/\s+/g, ' ')
      .trim();
  const wanted = fold(search);
  if (!wanted) return true;
  const identity = record.caseFile.identity;
  const reference = identity?.homeOfficeReference ?? '';
  const haystack = fold(`${identity?.givenNames ?? ''} ${identity?.familyName ?? ''} ${reference}`);
  const compactReference = fold(reference).replace(/[\s/-]/g, '');
  return haystack.includes(wanted) || (compactReference !== '' && compactReference.includes(wanted.replace(/[\s/-]/g, '')));
}

import type { CaseFile } from '../../../src/case';
import { decide } from '../../../src/rules';
import type { IsoDate } from '../../../src/dates';
import type { CaseRecord } from '../../cases/records';
import { displayName, displayReference, identityOf, nameOrReferenceMatches, stageOf, SUMMARY_BASIS, type CaseStage, type CaseSummary, type SummaryDecision } from '../../cases/summary';
import { sectionStatus } from '../wizard/status';
import { SECTIONS } from '../wizard/steps';

export { OUTCOME_TEXT, type CaseStage } from '../../cases/summary';

/**
 * The person's name as the case list shows it, or a placeholder until it is recorded. Isolated
 * (text.ts): it goes into sentences ("A copy of … was made") and must not reorder them.
 */
export function caseName(caseFile: CaseFile): string {
  return displayName(identityOf(caseFile.identity).name);
}

/** The Home Office reference, if recorded (isolated, like the name). */
export function caseReference(caseFile: CaseFile): string | undefined {
  return displayReference(identityOf(caseFile.identity).reference);
}

/** The decision as the summary keeps it, or undefined with no decision date (or a case the rules cannot read yet). */
function summaryDecision(caseFile: CaseFile): SummaryDecision | undefined {
  if (!caseFile.decisionDate) return undefined;
  try {
    const decision = decide(caseFile, { decisionDate: caseFile.decisionDate });
    return {
      outcome: decision.outcome,
      decisionDate: decision.decisionDate,
      ...(decision.eligibleFrom ? { eligibleFrom: decision.eligibleFrom } : {}),
      ...(decision.eligibleFromUnlessConvicted ? { eligibleFromUnlessConvicted: true as const } : {}),
    };
  } catch {
    // A case the rules cannot read yet is simply in progress.
    return undefined;
  }
}

/**
 * Works out a case's summary (app/cases/summary.ts) on `today`: the same sections and statuses as
 * the case's task list, and the outcome from `decide` once a decision date is recorded. The store
 * keeps it with the record on every write (app/cases/db.ts).
 */
export function summariseCase(caseFile: CaseFile, drafts: Record<string, unknown>, today: IsoDate): CaseSummary {
  const decision = summaryDecision(caseFile);
  return {
    basis: SUMMARY_BASIS,
    asOf: today,
    ...identityOf(caseFile.identity),
    sections: SECTIONS.map((section) => ({ key: section.key, status: sectionStatus(section.key, caseFile, drafts, today) })),
    ...(decision ? { decision } : {}),
  };
}

/** A record's summary on `today`. */
export function summariseRecord(record: Pick<CaseRecord, 'caseFile' | 'drafts'>, today: IsoDate): CaseSummary {
  return summariseCase(record.caseFile, record.drafts, today);
}

/**
 * The stage of a case, worked out afresh. A case counts as decided once its decision date is
 * recorded and the rules give an outcome other than "awaiting information"; the outcome comes
 * from `decide`, so it always matches the answers.
 */
export function caseStage(caseFile: CaseFile, drafts: Record<string, unknown>, today: IsoDate): CaseStage {
  return stageOf(summariseCase(caseFile, drafts, today));
}

/** Whether a case matches the search text, by name or Home Office reference (case and accent blind). */
export function matchesSearch(record: Pick<CaseRecord, 'caseFile'>, search: string): boolean {
  return nameOrReferenceMatches(identityOf(record.caseFile.identity), search);
}

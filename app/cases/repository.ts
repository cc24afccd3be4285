import { CASE_VERSION, emptyCase, type CaseFile } from '../../src/case';
import { putRecordIfRevision } from './db';
import { TRAINING_ID_PREFIX, type CaseKind, type CaseRecord } from './records';

/** A new random case id (training copies carry the training prefix). */
export function newCaseId(kind: CaseKind): string {
  const id = crypto.randomUUID();
  return kind === 'training' ? `${TRAINING_ID_PREFIX}${id}` : id;
}

/** Wraps a case file in a new stored record. */
export function newRecord(caseFile: CaseFile, kind: CaseKind, extra: Partial<Pick<CaseRecord, 'scenarioFile'>> = {}): CaseRecord {
  const now = new Date().toISOString();
  return {
    id: caseFile.id,
    kind,
    version: CASE_VERSION,
    revision: 0,
    createdAt: now,
    updatedAt: now,
    caseFile,
    drafts: {},
    letterEdits: {},
    audit: [{ at: now, section: 'Case', fields: ['(created)'] }],
    ...extra,
  };
}

/** Creates and stores an empty case; resolves with the stored record. */
export async function createEmptyCase(kind: CaseKind = 'case'): Promise<CaseRecord> {
  const record = newRecord(emptyCase(newCaseId(kind)), kind);
  return putRecordIfRevision(record, 0);
}

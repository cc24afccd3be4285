import type { CaseFile } from '../../src/case';
import { CASE_VERSION } from '../../src/case/version';
import { postCaseMessage } from './caseChannel';
import { deleteRecord, getRecord, listRecords, putImportedRecords, putRecordIfRevision } from './db';
import { kindOfCaseId, TRAINING_ID_PREFIX, type CaseKind, type CaseRecord } from './records';
import { clearUnsavedCopy } from './unsavedJournal';

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

/**
 * Creates and stores an empty case; resolves with the stored record. The case-file code loads
 * here (with the case pages that open next), not with the case list.
 */
export async function createEmptyCase(kind: CaseKind = 'case'): Promise<CaseRecord> {
  const { emptyCase } = await import('../../src/case');
  const record = newRecord(emptyCase(newCaseId(kind)), kind);
  const stored = await putRecordIfRevision(record, 0);
  if (kind === 'case') postCaseMessage({ type: 'list-changed' });
  return stored;
}

/** The real cases on this device, most recently updated first. */
export async function listCases(): Promise<CaseRecord[]> {
  const records = await listRecords('case');
  return records.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** Stores a copy of a case under a new id, with its answers, drafts and letter edits. */
export async function duplicateCase(id: string): Promise<CaseRecord> {
  const kind = kindOfCaseId(id);
  const original = await getRecord(kind, id);
  if (!original) throw new Error('the case is no longer on this device');
  const copyId = newCaseId(kind);
  const now = new Date().toISOString();
  const copy: CaseRecord = {
    ...structuredClone(original),
    id: copyId,
    revision: 0,
    createdAt: now,
    updatedAt: now,
    caseFile: { ...structuredClone(original.caseFile), id: copyId },
    audit: [...original.audit, { at: now, section: 'Case', fields: [`(copied from case ${id})`] }],
  };
  const stored = await putRecordIfRevision(copy, 0);
  postCaseMessage({ type: 'list-changed' });
  return stored;
}

/** Deletes a case from this device. */
export async function deleteCase(id: string): Promise<void> {
  await deleteRecord(kindOfCaseId(id), id);
  clearUnsavedCopy(id);
  postCaseMessage({ type: 'list-changed' });
}

/** What to do with an imported case whose id is already stored. */
export type ImportChoice = { action: 'new' } | { action: 'replace'; seenRevision: number } | { action: 'keep-both' };

/**
 * Stores imported cases in one transaction (all or nothing). A case whose id is stored already is
 * either replaced (only if the stored copy is still the one the caseworker was shown) or stored
 * beside it under a new id.
 */
export async function storeImportedCases(items: { record: CaseRecord; choice: ImportChoice }[]): Promise<CaseRecord[]> {
  const replace = new Map<string, number>();
  const records = items.map(({ record, choice }) => {
    if (choice.action === 'replace') {
      replace.set(record.id, choice.seenRevision);
      return record;
    }
    if (choice.action === 'keep-both') {
      const id = newCaseId('case');
      const at = new Date().toISOString();
      return {
        ...record,
        id,
        caseFile: { ...record.caseFile, id },
        audit: [...record.audit, { at, section: 'Case', fields: [`(imported as a copy of case ${record.id})`] }],
      };
    }
    return record;
  });
  const stored = await putImportedRecords(records, replace);
  for (const id of replace.keys()) clearUnsavedCopy(id);
  postCaseMessage({ type: 'list-changed' });
  return stored;
}

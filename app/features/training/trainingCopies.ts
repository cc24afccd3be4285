import type { CaseFile } from '../../../src/case';
import { deleteRecord, getRecord, listRecords, putRecordIfRevision } from '../../cases/db';
import type { CaseRecord } from '../../cases/records';
import { newCaseId, newRecord } from '../../cases/repository';

/**
 * Opens a scenario as a training copy: a new case in the training store (never in the
 * caseworker's case list), remembering the scenario file so that it can be reset.
 */
export async function createTrainingCopy(scenario: CaseFile, scenarioFile: string): Promise<CaseRecord> {
  const id = newCaseId('training');
  const record = newRecord({ ...structuredClone(scenario), id }, 'training', { scenarioFile });
  return putRecordIfRevision(record, 0);
}

/**
 * Puts a training copy back to the scenario as published: every answer, draft, letter edit and
 * the audit log go back to how a fresh copy starts. The id stays, so open pages keep working.
 */
export async function resetTrainingCopy(id: string, scenario: CaseFile): Promise<CaseRecord> {
  const current = await getRecord('training', id);
  if (!current) throw new Error('This training copy no longer exists');
  const fresh = newRecord({ ...structuredClone(scenario), id }, 'training', current.scenarioFile ? { scenarioFile: current.scenarioFile } : {});
  return putRecordIfRevision({ ...fresh, createdAt: current.createdAt }, current.revision);
}

/** Every training copy on this device, newest first. */
export async function listTrainingCopies(): Promise<CaseRecord[]> {
  const records = await listRecords('training');
  return records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Deletes a training copy. */
export function deleteTrainingCopy(id: string): Promise<void> {
  return deleteRecord('training', id);
}

import { postCaseMessage } from './caseChannel';
import { claimEditing, putRecordIfRevision } from './db';
import { requestEditLock } from './editLock';
import { kindOfCaseId } from './records';
import { casesWithUnsavedCopies, changesToRestore, clearUnsavedCopy, readUnsavedCopy } from './unsavedJournal';

/**
 * Stores the changes that a page closed or reloaded in the middle of saving left in its
 * synchronous copy (unsavedJournal.ts), for every case no tab has open. The case list runs it, so
 * the list (and an export) shows every answer even for a case not opened since. Resolves with the
 * number of cases whose changes were stored.
 */
export async function restoreUnsavedChanges(): Promise<number> {
  let restored = 0;
  for (const caseId of casesWithUnsavedCopies()) {
    const lock = await requestEditLock(caseId);
    // Open in another tab: that tab stores (or already stored) the changes.
    if (!lock) continue;
    try {
      const editorToken = crypto.randomUUID();
      const stored = await claimEditing(kindOfCaseId(caseId), caseId, editorToken);
      const record = stored ? changesToRestore(readUnsavedCopy(caseId), stored) : undefined;
      if (stored && record) {
        const saved = await putRecordIfRevision(record, stored.revision, { editorToken });
        postCaseMessage({ type: 'saved', caseId, revision: saved.revision });
        restored += 1;
      }
      clearUnsavedCopy(caseId);
    } catch (error) {
      // Keep the copy: the next try (or opening the case) stores it.
      console.warn(`Unsaved changes to case ${caseId} could not be stored yet:`, error);
    } finally {
      lock.release();
    }
  }
  return restored;
}

import type { CaseRecord } from './records';

/**
 * A synchronous safety copy of changes not yet in IndexedDB.
 *
 * An IndexedDB write needs the event loop to turn at least twice (read the revision, then write),
 * which a page being reloaded or closed does not give it. So when the page is hidden or closed with
 * unsaved changes, the editing tab also writes them to localStorage, which is synchronous. The next
 * time the case is opened for editing, a copy based on the revision still stored is applied and
 * saved; a copy based on an older revision is dropped (its write did reach IndexedDB).
 */
export interface UnsavedCopy {
  /** The stored revision the changes were made on. */
  baseRevision: number;
  record: CaseRecord;
  /** A write that had started but may not have finished: if it did, the copy is based on it. */
  inFlight?: { revision: number; updatedAt: string } | undefined;
}

const key = (caseId: string) => `calais-settlement:unsaved:${caseId}`;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage disabled by the browser's settings
  }
}

/**
 * The record to store from `copy`, if its changes are not in `stored` yet: the copy must be based on
 * the stored revision (or on a write that was under way and did land). Otherwise undefined: the
 * changes were stored, or the case has moved on without them.
 */
export function changesToRestore(copy: UnsavedCopy | undefined, stored: CaseRecord): CaseRecord | undefined {
  if (!copy) return undefined;
  const landed = copy.inFlight !== undefined && copy.inFlight.revision === stored.revision && copy.inFlight.updatedAt === stored.updatedAt;
  if (copy.baseRevision !== stored.revision && !landed) return undefined;
  const restored = { ...copy.record, revision: stored.revision };
  return JSON.stringify(restored) === JSON.stringify(stored) ? undefined : restored;
}

/** The ids of the cases that have an unsaved copy on this device. */
export function casesWithUnsavedCopies(): string[] {
  const store = storage();
  if (!store) return [];
  const prefix = key('');
  const ids: string[] = [];
  try {
    for (let index = 0; index < store.length; index += 1) {
      const name = store.key(index);
      if (name?.startsWith(prefix)) ids.push(name.slice(prefix.length));
    }
  } catch {
    return [];
  }
  return ids;
}

/** Keeps a copy of unsaved changes; returns false if it could not (storage full or disabled). */
export function writeUnsavedCopy(copy: UnsavedCopy): boolean {
  try {
    storage()?.setItem(key(copy.record.id), JSON.stringify(copy));
    return storage() !== undefined;
  } catch {
    return false;
  }
}

/** The unsaved copy of a case, if one was kept. */
export function readUnsavedCopy(caseId: string): UnsavedCopy | undefined {
  try {
    const text = storage()?.getItem(key(caseId));
    if (!text) return undefined;
    const copy = JSON.parse(text) as Partial<UnsavedCopy>;
    if (typeof copy.baseRevision !== 'number' || !copy.record || copy.record.id !== caseId) return undefined;
    return { baseRevision: copy.baseRevision, record: copy.record, inFlight: copy.inFlight };
  } catch {
    return undefined;
  }
}

/** Forgets the unsaved copy once the changes are stored. */
export function clearUnsavedCopy(caseId: string): void {
  try {
    storage()?.removeItem(key(caseId));
  } catch {
    // Nothing to do: a stale copy is dropped when it is next read.
  }
}

import type { CaseKind, CaseRecord } from './records';

const DB_NAME = 'calais-settlement';
const DB_VERSION = 1;
/** Object store for each kind of case. */
export const STORE: Record<CaseKind, string> = { case: 'cases', training: 'training' };
const SETTINGS_STORE = 'settings';

/** Thrown when a write is based on an older revision than the one stored. */
export class RevisionConflictError extends Error {
  constructor(
    readonly caseId: string,
    readonly storedRevision: number,
    readonly expectedRevision: number,
  ) {
    super(`Case ${caseId} has been changed elsewhere (stored revision ${storedRevision}, this copy ${expectedRevision}).`);
    this.name = 'RevisionConflictError';
  }
}

let dbPromise: Promise<IDBDatabase> | undefined;

function requestToPromise<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new DOMException('The write was cancelled', 'AbortError'));
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });
}

/** Opens (and on first use creates) the database. */
export function openDatabase(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  if (dbPromise) return dbPromise;
  dbPromise = new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of Object.values(STORE)) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(SETTINGS_STORE)) db.createObjectStore(SETTINGS_STORE);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab with a newer version of the app wants to upgrade: let it.
      db.onversionchange = () => {
        db.close();
        dbPromise = undefined;
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('Could not open the case database'));
    request.onblocked = () => reject(new Error('The case database is blocked by another tab of an older version: close other tabs of this service'));
  });
  dbPromise.catch(() => {
    dbPromise = undefined;
  });
  return dbPromise;
}

/** Every case of one kind. */
export async function listRecords(kind: CaseKind): Promise<CaseRecord[]> {
  const db = await openDatabase();
  const transaction = db.transaction(STORE[kind], 'readonly');
  return requestToPromise(transaction.objectStore(STORE[kind]).getAll() as IDBRequest<CaseRecord[]>);
}

/** One case, or undefined. */
export async function getRecord(kind: CaseKind, id: string): Promise<CaseRecord | undefined> {
  const db = await openDatabase();
  const transaction = db.transaction(STORE[kind], 'readonly');
  return requestToPromise(transaction.objectStore(STORE[kind]).get(id) as IDBRequest<CaseRecord | undefined>);
}

/**
 * Stores `record` if the stored copy is still at `expectedRevision` (or absent when it is 0),
 * checked inside the same write transaction so that no stale tab can overwrite a newer revision.
 * Resolves with the record as stored (revision increased by one).
 */
export async function putRecordIfRevision(record: CaseRecord, expectedRevision: number): Promise<CaseRecord> {
  const db = await openDatabase();
  const storeName = STORE[record.kind];
  const transaction = db.transaction(storeName, 'readwrite');
  const store = transaction.objectStore(storeName);
  const stored: CaseRecord = { ...record, revision: expectedRevision + 1 };
  const done = transactionDone(transaction);
  const current = await requestToPromise(store.get(record.id) as IDBRequest<CaseRecord | undefined>);
  const currentRevision = current?.revision ?? 0;
  if (currentRevision !== expectedRevision) {
    transaction.abort();
    await done.catch(() => undefined);
    throw new RevisionConflictError(record.id, currentRevision, expectedRevision);
  }
  store.put(stored);
  await done;
  return stored;
}

/** Deletes a case. */
export async function deleteRecord(kind: CaseKind, id: string): Promise<void> {
  const db = await openDatabase();
  const transaction = db.transaction(STORE[kind], 'readwrite');
  transaction.objectStore(STORE[kind]).delete(id);
  await transactionDone(transaction);
}

/** Reads a setting kept on this device. */
export async function getSetting<T>(key: string): Promise<T | undefined> {
  const db = await openDatabase();
  const transaction = db.transaction(SETTINGS_STORE, 'readonly');
  return requestToPromise(transaction.objectStore(SETTINGS_STORE).get(key) as IDBRequest<T | undefined>);
}

/** Stores a setting on this device. */
export async function putSetting<T>(key: string, value: T): Promise<void> {
  const db = await openDatabase();
  const transaction = db.transaction(SETTINGS_STORE, 'readwrite');
  transaction.objectStore(SETTINGS_STORE).put(value, key);
  await transactionDone(transaction);
}

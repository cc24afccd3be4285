import type { CaseFile } from '../../src/case';
import { CASE_VERSION } from '../../src/case/version';
import type { CaseKind, CaseRecord } from './records';
import type { CaseSummary } from './summary';
import type { summariseRecord as SummariseRecord } from '../features/cases/caseSummary';
import { todayIso } from '../features/wizard/today';

/**
 * Records stored by an older version of the app, with their case files upgraded to the current
 * case-file version (src/case/migrate.ts) as they are read; each is saved so on its next write.
 * The migrations (and the validators they use) load only when such a record is read.
 */
async function upgraded(records: CaseRecord[]): Promise<CaseRecord[]> {
  const isCurrent = (record: CaseRecord) => (record.caseFile as { version: number }).version === CASE_VERSION;
  if (records.every(isCurrent)) return records;
  const { migrateCaseFile } = await import('../../src/case/migrate');
  return records.map((record) => {
    if (isCurrent(record)) return record;
    const migrated = migrateCaseFile(record.caseFile);
    if (!migrated.ok) return record;
    // Its summary was worked out from the old file: the case list works it out again.
    const { summary: _old, ...rest } = record;
    return { ...rest, version: CASE_VERSION, caseFile: migrated.value as CaseFile };
  });
}

type Summarise = typeof SummariseRecord;
let summarise: Summarise | undefined;

/**
 * Loads the code that works out case summaries (the rules and the task list): with the case pages,
 * not on the first load. Once loaded, every write works out its summary with no wait, so a write
 * opens its transaction as soon as it is asked for (which matters when a page is being closed).
 */
export async function loadCaseSummariser(): Promise<Summarise> {
  summarise ??= (await import('../features/cases/caseSummary')).summariseRecord;
  return summarise;
}

/**
 * `record` with its summary (app/cases/summary.ts) worked out afresh by `work`. A summary that
 * cannot be worked out never stops the write: the record is stored without one, and the case list
 * works it out when it next shows the case.
 */
function withSummary(record: CaseRecord, work: Summarise | undefined): CaseRecord {
  const { summary: _old, ...rest } = record;
  try {
    if (!work) throw new Error('the summary code could not be loaded');
    return { ...rest, summary: work(record, todayIso()) };
  } catch (error) {
    console.warn(`The summary of case ${record.id} could not be worked out; the case is stored without it:`, error);
    return rest;
  }
}

/** The summariser, waiting for it only on the first write (before any transaction is open). */
async function summariser(): Promise<Summarise | undefined> {
  return summarise ?? loadCaseSummariser().catch(() => undefined);
}

const DB_NAME = 'calais-settlement';
/**
 * Version 2 added the `editors` store: which tab (by a random token) may write each case. It makes
 * "take over editing" final: once another tab has claimed a case, a write from the old tab fails
 * inside its own transaction, even if the old tab has not yet heard that it lost its lock.
 */
const DB_VERSION = 2;
/** Object store for each kind of case. */
export const STORE: Record<CaseKind, string> = { case: 'cases', training: 'training' };
const SETTINGS_STORE = 'settings';
const EDITORS_STORE = 'editors';

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

/** Thrown when another tab or window has taken over editing the case since this one claimed it. */
export class EditingTakenOverError extends Error {
  constructor(readonly caseId: string) {
    super(`Editing of case ${caseId} has been taken over in another tab or window.`);
    this.name = 'EditingTakenOverError';
  }
}

/** Thrown when a new case would overwrite one with the same id. */
export class CaseExistsError extends Error {
  constructor(readonly caseId: string) {
    super(`A case with id ${caseId} is already stored on this device.`);
    this.name = 'CaseExistsError';
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

/** Opens (and on first use creates or upgrades) the database. */
export function openDatabase(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  if (dbPromise) return dbPromise;
  dbPromise = new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of Object.values(STORE)) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(SETTINGS_STORE)) db.createObjectStore(SETTINGS_STORE);
      if (!db.objectStoreNames.contains(EDITORS_STORE)) db.createObjectStore(EDITORS_STORE);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab with a newer version of the app wants to upgrade: let it.
      db.onversionchange = () => {
        db.close();
        dbPromise = undefined;
      };
      // The browser closed the connection (storage cleared, disk error): open afresh next time.
      db.onclose = () => {
        dbPromise = undefined;
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('Could not open the case database'));
    request.onblocked = () => reject(new Error('the case database is blocked by another tab of an older version: close other tabs of this service'));
  });
  dbPromise.catch(() => {
    dbPromise = undefined;
  });
  return dbPromise;
}

/** Closes the connection (tests use it to start each case with a fresh database). */
export async function closeDatabase(): Promise<void> {
  const pending = dbPromise;
  dbPromise = undefined;
  if (pending) (await pending.catch(() => undefined))?.close();
}

/** Every case of one kind. */
export async function listRecords(kind: CaseKind): Promise<CaseRecord[]> {
  const db = await openDatabase();
  const transaction = db.transaction(STORE[kind], 'readonly');
  return upgraded(await requestToPromise(transaction.objectStore(STORE[kind]).getAll() as IDBRequest<CaseRecord[]>));
}

/** One case, or undefined. */
export async function getRecord(kind: CaseKind, id: string): Promise<CaseRecord | undefined> {
  const db = await openDatabase();
  const transaction = db.transaction(STORE[kind], 'readonly');
  const record = await requestToPromise(transaction.objectStore(STORE[kind]).get(id) as IDBRequest<CaseRecord | undefined>);
  return record && (await upgraded([record]))[0];
}

/** Options for a guarded write. */
export interface WriteOptions {
  /**
   * The writing tab's editor token (see `claimEditing`). When given, the write is refused with
   * `EditingTakenOverError` if another token has claimed the case since.
   */
  editorToken?: string | undefined;
}

/**
 * Stores `record` if the stored copy is still at `expectedRevision` (or absent when it is 0),
 * checked inside the same write transaction so that no stale tab can overwrite a newer revision.
 * Resolves with the record as stored (revision increased by one, its summary worked out afresh).
 */
export async function putRecordIfRevision(record: CaseRecord, expectedRevision: number, options: WriteOptions = {}): Promise<CaseRecord> {
  // Before the transaction opens (one left waiting on other work would commit on its own). Once
  // the summariser is loaded this waits for nothing, so the transaction opens as soon as before.
  const summarised = withSummary(record, summarise ?? (await summariser()));
  const db = await openDatabase();
  const storeName = STORE[record.kind];
  const scope = options.editorToken === undefined ? [storeName] : [storeName, EDITORS_STORE];
  const transaction = db.transaction(scope, 'readwrite');
  const store = transaction.objectStore(storeName);
  const stored: CaseRecord = { ...summarised, revision: expectedRevision + 1 };
  const done = transactionDone(transaction);
  const [current, editor] = await Promise.all([
    requestToPromise(store.get(record.id) as IDBRequest<CaseRecord | undefined>),
    options.editorToken === undefined ? undefined : requestToPromise(transaction.objectStore(EDITORS_STORE).get(record.id) as IDBRequest<string | undefined>),
  ]);
  const abortWith = async (error: Error): Promise<never> => {
    transaction.abort();
    await done.catch(() => undefined);
    throw error;
  };
  if (options.editorToken !== undefined && editor !== undefined && editor !== options.editorToken) return abortWith(new EditingTakenOverError(record.id));
  const currentRevision = current?.revision ?? 0;
  if (currentRevision !== expectedRevision) return abortWith(new RevisionConflictError(record.id, currentRevision, expectedRevision));
  store.put(stored);
  await done;
  return stored;
}

/**
 * Makes `editorToken` the only token whose guarded writes to the case are accepted, and reads the
 * case in the same transaction, so the copy returned includes every write the previous editor made.
 */
export async function claimEditing(kind: CaseKind, id: string, editorToken: string): Promise<CaseRecord | undefined> {
  const db = await openDatabase();
  const transaction = db.transaction([STORE[kind], EDITORS_STORE], 'readwrite');
  const done = transactionDone(transaction);
  const record = await requestToPromise(transaction.objectStore(STORE[kind]).get(id) as IDBRequest<CaseRecord | undefined>);
  if (record) transaction.objectStore(EDITORS_STORE).put(editorToken, id);
  await done;
  return record;
}

/**
 * Stores imported or copied records exactly as given (revision included). A record whose id is
 * stored already is refused with `CaseExistsError` unless `replace` maps its id to the revision the
 * caseworker saw; then it replaces that copy, with a revision above it so that a tab still holding
 * the old copy cannot write over the import. All or nothing: one transaction. Each is stored with
 * its summary worked out afresh.
 */
export async function putImportedRecords(given: CaseRecord[], replace: ReadonlyMap<string, number> = new Map()): Promise<CaseRecord[]> {
  if (given.length === 0) return [];
  const work = summarise ?? (await summariser());
  const records = given.map((record) => withSummary(record, work));
  const db = await openDatabase();
  const storeNames = [...new Set(records.map((record) => STORE[record.kind]))];
  const transaction = db.transaction(storeNames, 'readwrite');
  const done = transactionDone(transaction);
  const existing = await Promise.all(records.map((record) => requestToPromise(transaction.objectStore(STORE[record.kind]).get(record.id) as IDBRequest<CaseRecord | undefined>)));
  const stored: CaseRecord[] = [];
  for (const [index, record] of records.entries()) {
    const current = existing[index];
    let toStore = record;
    if (current) {
      const seen = replace.get(record.id);
      if (seen === undefined) {
        transaction.abort();
        await done.catch(() => undefined);
        throw new CaseExistsError(record.id);
      }
      if (seen !== current.revision) {
        transaction.abort();
        await done.catch(() => undefined);
        throw new RevisionConflictError(record.id, current.revision, seen);
      }
      toStore = { ...record, revision: Math.max(record.revision, current.revision + 1) };
    }
    transaction.objectStore(STORE[record.kind]).put(toStore);
    stored.push(toStore);
  }
  await done;
  return stored;
}

/**
 * Stores summaries worked out for records that had none, or an out-of-date one (the case list does
 * this): each only if its record is still at the revision it was worked out from. Nothing else of
 * the record changes, not even its revision or time, so a tab editing the case is not disturbed.
 */
export async function putSummaries(kind: CaseKind, summaries: readonly { id: string; revision: number; summary: CaseSummary }[]): Promise<void> {
  if (summaries.length === 0) return;
  const db = await openDatabase();
  const transaction = db.transaction(STORE[kind], 'readwrite');
  const store = transaction.objectStore(STORE[kind]);
  const done = transactionDone(transaction);
  const current = await Promise.all(summaries.map(({ id }) => requestToPromise(store.get(id) as IDBRequest<CaseRecord | undefined>)));
  for (const [index, { revision, summary }] of summaries.entries()) {
    const record = current[index];
    if (record && record.revision === revision && (record.caseFile as { version: number }).version === CASE_VERSION) store.put({ ...record, summary });
  }
  await done;
}

/** Deletes a case (and who was editing it). */
export async function deleteRecord(kind: CaseKind, id: string): Promise<void> {
  const db = await openDatabase();
  const transaction = db.transaction([STORE[kind], EDITORS_STORE], 'readwrite');
  transaction.objectStore(STORE[kind]).delete(id);
  transaction.objectStore(EDITORS_STORE).delete(id);
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

/** Turns a storage error into a short reason a caseworker can act on. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'the storage on this device is full (delete or export old cases to make room)';
  if (name === 'InvalidStateError' || name === 'UnknownError') return 'the browser’s storage is not available just now';
  if (name === 'VersionError') return 'a newer version of this service is open in another tab: reload this page';
  if (error instanceof Error) return error.message.replace(/\.$/, '');
  return String(error);
}

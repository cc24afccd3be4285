import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyCase } from '../../src/case';
import {
  CaseExistsError,
  claimEditing,
  closeDatabase,
  loadCaseSummariser,
  deleteRecord,
  EditingTakenOverError,
  getRecord,
  listRecords,
  putImportedRecords,
  putRecordIfRevision,
  RevisionConflictError,
} from './db';
import type { CaseRecord } from './records';
import { newRecord } from './repository';
import { summariseRecord } from '../features/cases/caseSummary';
import { todayIso } from '../features/wizard/today';

function record(id: string, givenNames = 'Amira'): CaseRecord {
  return newRecord({ ...emptyCase(id), identity: { givenNames } }, 'case');
}

// As on a case page: the summary code is loaded before the first write, so no write waits for it.
beforeAll(async () => {
  await loadCaseSummariser();
});

beforeEach(() => {
  // A fresh, empty database for every test.
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDatabase();
});

describe('putRecordIfRevision: the revision check inside the write transaction', () => {
  it('stores a new case at revision 1 and each later write one revision up', async () => {
    const first = await putRecordIfRevision(record('a'), 0);
    expect(first.revision).toBe(1);
    const second = await putRecordIfRevision({ ...first, caseFile: { ...first.caseFile, identity: { givenNames: 'Amir' } } }, 1);
    expect(second.revision).toBe(2);
    expect((await getRecord('case', 'a'))?.caseFile.identity?.givenNames).toBe('Amir');
  });

  it('refuses a write based on an older revision and leaves the stored case as it was', async () => {
    const stored = await putRecordIfRevision(record('a'), 0);
    const newer = await putRecordIfRevision({ ...stored, caseFile: { ...stored.caseFile, identity: { givenNames: 'Newer' } } }, 1);
    const stale = { ...stored, caseFile: { ...stored.caseFile, identity: { givenNames: 'Stale' } } };
    const error = await putRecordIfRevision(stale, 1).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RevisionConflictError);
    expect(error).toMatchObject({ caseId: 'a', storedRevision: 2, expectedRevision: 1 });
    expect(await getRecord('case', 'a')).toEqual(newer);
  });

  it('refuses to create a case over one that exists', async () => {
    await putRecordIfRevision(record('a', 'First'), 0);
    await expect(putRecordIfRevision(record('a', 'Second'), 0)).rejects.toBeInstanceOf(RevisionConflictError);
    expect((await getRecord('case', 'a'))?.caseFile.identity?.givenNames).toBe('First');
  });

  it('lets exactly one of two simultaneous writes on the same revision through', async () => {
    const stored = await putRecordIfRevision(record('a'), 0);
    const results = await Promise.allSettled([
      putRecordIfRevision({ ...stored, caseFile: { ...stored.caseFile, identity: { givenNames: 'Tab one' } } }, 1),
      putRecordIfRevision({ ...stored, caseFile: { ...stored.caseFile, identity: { givenNames: 'Tab two' } } }, 1),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result) => result.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(RevisionConflictError);
    expect((await getRecord('case', 'a'))?.revision).toBe(2);
  });

  it('keeps real cases and training copies in separate stores', async () => {
    await putRecordIfRevision(record('a'), 0);
    await putRecordIfRevision(newRecord(emptyCase('training-b'), 'training'), 0);
    expect((await listRecords('case')).map((r) => r.id)).toEqual(['a']);
    expect((await listRecords('training')).map((r) => r.id)).toEqual(['training-b']);
  });
});

describe('claimEditing: a take-over is final', () => {
  it('refuses writes from the tab that was taken over, even at the right revision', async () => {
    await putRecordIfRevision(record('a'), 0);
    const seenByFirst = await claimEditing('case', 'a', 'tab-1');
    const seenBySecond = await claimEditing('case', 'a', 'tab-2');
    expect(seenBySecond).toEqual(seenByFirst);
    const fromFirst = { ...seenByFirst!, caseFile: { ...seenByFirst!.caseFile, identity: { givenNames: 'From tab 1' } } };
    await expect(putRecordIfRevision(fromFirst, 1, { editorToken: 'tab-1' })).rejects.toBeInstanceOf(EditingTakenOverError);
    const fromSecond = await putRecordIfRevision({ ...seenBySecond!, caseFile: { ...seenBySecond!.caseFile, identity: { givenNames: 'From tab 2' } } }, 1, {
      editorToken: 'tab-2',
    });
    expect(fromSecond.revision).toBe(2);
    expect((await getRecord('case', 'a'))?.caseFile.identity?.givenNames).toBe('From tab 2');
  });

  it('reads the case in the claiming transaction, so it includes the last write of the previous editor', async () => {
    await putRecordIfRevision(record('a'), 0);
    await claimEditing('case', 'a', 'tab-1');
    const write = putRecordIfRevision({ ...record('a', 'Last words'), revision: 1 }, 1, { editorToken: 'tab-1' });
    const claimed = await claimEditing('case', 'a', 'tab-2');
    await write;
    expect(claimed?.caseFile.identity?.givenNames).toBe('Last words');
    expect(claimed?.revision).toBe(2);
  });

  it('claims nothing for a case that does not exist', async () => {
    expect(await claimEditing('case', 'missing', 'tab-1')).toBeUndefined();
  });
});

describe('putImportedRecords', () => {
  it('stores new records exactly as given, revision included, with their summary worked out', async () => {
    const imported = { ...record('a'), revision: 7 };
    await putImportedRecords([imported]);
    expect(await getRecord('case', 'a')).toEqual({ ...imported, summary: summariseRecord(imported, todayIso()) });
  });

  it('changes nothing when one record would overwrite a stored case without being asked to', async () => {
    const existing = await putRecordIfRevision(record('a', 'Stored'), 0);
    const error = await putImportedRecords([record('b'), record('a', 'Imported')]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CaseExistsError);
    expect(await getRecord('case', 'b')).toBeUndefined();
    expect(await getRecord('case', 'a')).toEqual(existing);
  });

  it('replaces a stored case only if it is still the revision the caseworker saw, and above it', async () => {
    const existing = await putRecordIfRevision(record('a', 'Stored'), 0);
    await putRecordIfRevision(existing, 1);
    await expect(putImportedRecords([{ ...record('a', 'Imported'), revision: 1 }], new Map([['a', 1]]))).rejects.toBeInstanceOf(RevisionConflictError);
    const [replaced] = await putImportedRecords([{ ...record('a', 'Imported'), revision: 1 }], new Map([['a', 2]]));
    expect(replaced?.revision).toBe(3);
    expect((await getRecord('case', 'a'))?.caseFile.identity?.givenNames).toBe('Imported');
  });

  it('deletes a case', async () => {
    await putRecordIfRevision(record('a'), 0);
    await deleteRecord('case', 'a');
    expect(await getRecord('case', 'a')).toBeUndefined();
  });
});

describe('database upgrade from version 1 (before the editors store)', () => {
  it('keeps every stored case and adds the editors store', async () => {
    const kept = { ...record('old-case'), revision: 3 };
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('calais-settlement', 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('cases', { keyPath: 'id' }).put(kept);
        db.createObjectStore('training', { keyPath: 'id' });
        db.createObjectStore('settings');
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect(await getRecord('case', 'old-case')).toEqual(kept);
    expect(await claimEditing('case', 'old-case', 'tab-1')).toEqual(kept);
    const next = await putRecordIfRevision(kept, 3, { editorToken: 'tab-1' });
    expect(next.revision).toBe(4);
  });
});

describe('reading a case stored by an older version (case file version 1)', () => {
  it('upgrades the case file as it is read: 352L leave becomes 352J leave, nothing else changes', async () => {
    const current = record('old');
    const stored = { ...current, version: 1, caseFile: { ...current.caseFile, version: 1, leave: { type: 'calais-352L', bidIssuedOn: '2017-03-01' } } } as unknown as CaseRecord;
    await putRecordIfRevision(stored, 0);
    const read = await getRecord('case', 'old');
    expect(read?.version).toBe(2);
    expect(read?.caseFile).toEqual({ ...current.caseFile, version: 2, leave: { type: 'calais-352J', bidIssuedOn: '2017-03-01' } });
    expect((await listRecords('case'))[0]?.caseFile.leave?.type).toBe('calais-352J');
  });
});

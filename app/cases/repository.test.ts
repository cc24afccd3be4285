import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCase } from '../../src/case';
import { closeDatabase, getRecord, putRecordIfRevision } from './db';
import { deleteCase, duplicateCase, listCases, newRecord, storeImportedCases } from './repository';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDatabase();
});

describe('case repository', () => {
  it('duplicates a case under a new id with its answers, drafts and audit log, and notes the copy', async () => {
    const original = await putRecordIfRevision({ ...newRecord({ ...emptyCase('a'), identity: { givenNames: 'Amira' } }, 'case'), drafts: { person: { familyName: 'Had' } } }, 0);
    const copy = await duplicateCase('a');
    expect(copy.id).not.toBe('a');
    expect(copy.caseFile).toEqual({ ...original.caseFile, id: copy.id });
    expect(copy.drafts).toEqual(original.drafts);
    expect(copy.audit.at(-1)?.fields).toEqual(['(copied from case a)']);
    expect(await getRecord('case', 'a')).toEqual(original);
  });

  it('lists cases most recently updated first, and deletes one', async () => {
    await putRecordIfRevision({ ...newRecord(emptyCase('old'), 'case'), updatedAt: '2026-01-01T00:00:00.000Z' }, 0);
    await putRecordIfRevision({ ...newRecord(emptyCase('new'), 'case'), updatedAt: '2026-06-01T00:00:00.000Z' }, 0);
    expect((await listCases()).map((record) => record.id)).toEqual(['new', 'old']);
    await deleteCase('new');
    expect((await listCases()).map((record) => record.id)).toEqual(['old']);
  });

  it('imports a clashing case beside the stored one ("keep both") or over it ("replace")', async () => {
    const stored = await putRecordIfRevision(newRecord({ ...emptyCase('a'), identity: { givenNames: 'Stored' } }, 'case'), 0);
    const incoming = { ...newRecord({ ...emptyCase('a'), identity: { givenNames: 'Incoming' } }, 'case'), revision: 1 };
    const [beside] = await storeImportedCases([{ record: incoming, choice: { action: 'keep-both' } }]);
    expect(beside?.id).not.toBe('a');
    expect(beside?.caseFile.id).toBe(beside?.id);
    expect(await getRecord('case', 'a')).toEqual(stored);
    await storeImportedCases([{ record: incoming, choice: { action: 'replace', seenRevision: stored.revision } }]);
    expect((await getRecord('case', 'a'))?.caseFile.identity?.givenNames).toBe('Incoming');
    expect((await listCases()).length).toBe(2);
  });
});

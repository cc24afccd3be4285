import { describe, expect, it } from 'vitest';
import { emptyCase } from '../../src/case';
import { newRecord } from './repository';
import { changesToRestore } from './unsavedJournal';

const stored = { ...newRecord(emptyCase('a'), 'case'), revision: 4, updatedAt: '2026-11-23T10:00:00.000Z' };
const typed = { ...stored, drafts: { person: { givenNames: 'Typed before the reload' } }, updatedAt: '2026-11-23T10:00:01.000Z' };

describe('changesToRestore: the synchronous copy kept when a page closes mid-save', () => {
  it('restores changes made on the revision still stored', () => {
    expect(changesToRestore({ baseRevision: 4, record: typed }, stored)).toEqual({ ...typed, revision: 4 });
  });

  it('restores changes made after a write that was under way and did land', () => {
    const landed = { ...stored, revision: 5, updatedAt: '2026-11-23T10:00:00.500Z' };
    const copy = { baseRevision: 4, record: typed, inFlight: { revision: 5, updatedAt: landed.updatedAt } };
    expect(changesToRestore(copy, landed)).toEqual({ ...typed, revision: 5 });
  });

  it('drops a copy whose changes are stored, or that the case has moved on from', () => {
    expect(changesToRestore({ baseRevision: 4, record: stored }, stored)).toBeUndefined();
    expect(changesToRestore({ baseRevision: 3, record: typed }, stored)).toBeUndefined();
    expect(changesToRestore(undefined, stored)).toBeUndefined();
  });
});

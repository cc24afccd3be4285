import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCase, parseCaseFile, type CaseFile } from '../../src/case';
import { decide } from '../../src/rules';
import { summariseCase, summariseRecord } from '../features/cases/caseSummary';
import { SECTIONS } from '../features/wizard/steps';
import { todayIso } from '../features/wizard/today';
import { closeDatabase, getRecord, listRecords, openDatabase, putImportedRecords, putRecordIfRevision, putSummaries, STORE } from './db';
import type { CaseRecord } from './records';
import { newRecord } from './repository';
import { nameOrReferenceMatches, stageOf, SUMMARY_BASIS, summaryIsCurrent, type CaseSummary } from './summary';

/** A scenario file as the app reads it: upgraded to the current version and validated. */
function scenario(file: string): CaseFile {
  const { scenario: _scenario, ...raw } = JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')) as Record<string, unknown>;
  const parsed = parseCaseFile(raw);
  if (!parsed.ok) throw new Error(`${file} does not validate`);
  return parsed.value;
}

/** Stores a record as an older version of the app did: exactly as given, no summary worked out. */
async function putRaw(record: CaseRecord): Promise<void> {
  const db = await openDatabase();
  const transaction = db.transaction(STORE[record.kind], 'readwrite');
  transaction.objectStore(STORE[record.kind]).put(record);
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('put failed'));
  });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDatabase();
});

describe('the case summary', () => {
  it('keeps the name, reference, every task-list section and the decision as the rules give it', () => {
    const caseFile = scenario('02-bid-day-before-five-years.json');
    const summary = summariseCase(caseFile, {}, '2026-11-23');
    const decision = decide(caseFile, { decisionDate: caseFile.decisionDate! });
    expect(summary.basis).toBe(SUMMARY_BASIS);
    expect(summary.asOf).toBe('2026-11-23');
    expect(summary.sections.map((section) => section.key)).toEqual(SECTIONS.map((section) => section.key));
    expect(summary.sections.every((section) => section.status === 'completed')).toBe(true);
    expect(summary.decision).toEqual({ outcome: 'not-eligible', decisionDate: caseFile.decisionDate, eligibleFrom: '2022-03-01' });
    expect(summary.decision?.eligibleFrom).toBe(decision.eligibleFrom);
    expect(stageOf(summary)).toEqual({ stage: 'Decided', outcome: 'not-eligible' });
  });

  it('gives no decision without a decision date, and counts the sections completed', () => {
    const { decisionDate: _dated, ...undated } = scenario('01-grant-clean.json');
    const summary = summariseCase(undated, {}, '2026-11-23');
    expect(summary.decision).toBeUndefined();
    expect(stageOf(summary).stage).toBe('In progress (4 of 5 sections completed)');
    expect(stageOf(summariseCase(emptyCase('a'), {}, '2026-11-23'))).toEqual({ stage: 'Not started' });
  });

  it('is out of date on another day, under other rules or pages, or when missing', () => {
    const summary = summariseCase(emptyCase('a'), {}, '2026-11-23');
    expect(summaryIsCurrent(summary, '2026-11-23')).toBe(true);
    expect(summaryIsCurrent(summary, '2026-11-24')).toBe(false);
    expect(summaryIsCurrent({ ...summary, basis: 'older-rules' }, '2026-11-23')).toBe(false);
    expect(summaryIsCurrent(undefined, '2026-11-23')).toBe(false);
    expect(summaryIsCurrent({ basis: SUMMARY_BASIS, asOf: '2026-11-23' } as CaseSummary, '2026-11-23')).toBe(false);
  });

  it('finds a case by its name or reference as the summary keeps them', () => {
    const summary = summariseCase({ ...emptyCase('a'), identity: { givenNames: ' José ', familyName: 'Núñez', homeOfficeReference: 'N12/345 678' } }, {}, '2026-11-23');
    expect(summary).toMatchObject({ name: 'José Núñez', reference: 'N12/345 678' });
    expect(nameOrReferenceMatches(summary, 'jose nunez')).toBe(true);
    expect(nameOrReferenceMatches(summary, 'n12345678')).toBe(true);
    expect(nameOrReferenceMatches(summary, 'smith')).toBe(false);
  });
});

describe('the summary kept with each stored case', () => {
  it('is worked out on every write, from the answers being written', async () => {
    const first = await putRecordIfRevision(newRecord(emptyCase('a'), 'case'), 0);
    expect(first.summary).toEqual(summariseRecord(first, todayIso()));
    const answered = scenario('02-bid-day-before-five-years.json');
    // A summary passed in with the record is never trusted: it is worked out again.
    const stale: CaseSummary = { ...first.summary!, decision: { outcome: 'grant-settlement', decisionDate: '2026-01-01' } };
    const second = await putRecordIfRevision({ ...first, caseFile: { ...answered, id: 'a' }, summary: stale }, 1);
    expect(second.summary?.decision?.outcome).toBe('not-eligible');
    expect((await getRecord('case', 'a'))?.summary).toEqual(second.summary);
  });

  it('is worked out for imported cases', async () => {
    const [stored] = await putImportedRecords([newRecord({ ...scenario('01-grant-clean.json'), id: 'b' }, 'case')]);
    expect(stored?.summary?.decision?.outcome).toBe('grant-settlement');
    expect((await getRecord('case', 'b'))?.summary).toEqual(stored?.summary);
  });

  it('is added to a record stored before summaries were kept, changing nothing else of it', async () => {
    const old: CaseRecord = { ...newRecord({ ...scenario('01-grant-clean.json'), id: 'c' }, 'case'), revision: 4 };
    await putRaw(old);
    const [listed] = await listRecords('case');
    expect(listed?.summary).toBeUndefined();
    const summary = summariseRecord(old, todayIso());
    await putSummaries('case', [{ id: 'c', revision: 4, summary }]);
    expect(await getRecord('case', 'c')).toEqual({ ...old, summary });
  });

  it('is not added when the case was written since it was worked out', async () => {
    const stored = await putRecordIfRevision(newRecord(emptyCase('d'), 'case'), 0);
    const newer = await putRecordIfRevision({ ...stored, caseFile: { ...stored.caseFile, identity: { givenNames: 'Newer' } } }, 1);
    await putSummaries('case', [{ id: 'd', revision: 1, summary: { ...stored.summary!, name: 'Older' } }]);
    expect(await getRecord('case', 'd')).toEqual(newer);
  });

  it('is dropped when an older case file is upgraded as it is read, so that it is worked out again', async () => {
    const current = newRecord({ ...scenario('01-grant-clean.json'), id: 'e' }, 'case');
    const summary = summariseRecord(current, todayIso());
    const v1 = { ...current, version: 1, caseFile: { ...current.caseFile, version: 1, leave: { ...current.caseFile.leave, type: 'calais-352L' } }, summary } as unknown as CaseRecord;
    await putRaw(v1);
    const read = await getRecord('case', 'e');
    expect(read?.caseFile.version).toBe(2);
    expect(read?.caseFile.leave?.type).toBe('calais-352J');
    expect(read?.summary).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateCaseFile, migrateWith, type Migration } from './migrate';
import { parseCaseFile } from './index';
import { decide } from '../rules';
import { grantableCase } from '../rules/testing';

const format = 'calais-settlement-case';

describe('migrateCaseFile', () => {
  it('passes a current file through unchanged', () => {
    const file = { format, version: 2, id: 'a' };
    expect(migrateCaseFile(file)).toEqual({ ok: true, value: file, fromVersion: 2 });
  });
  it('has one step per version below the current one', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual([1]);
  });
  it('refuses a newer version with a clear message', () => {
    const result = migrateCaseFile({ format, version: 3, id: 'a' });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'version', message: 'This case file is version 3, newer than this tool reads (version 2): use a newer version of the tool' }],
    });
  });
  it('refuses a wrong format name and a missing version', () => {
    expect(migrateCaseFile({ format: 'other', version: 1 })).toMatchObject({ ok: false, issues: [{ path: 'format' }] });
    expect(migrateCaseFile({ format })).toMatchObject({ ok: false, issues: [{ path: 'version' }] });
    expect(migrateCaseFile([])).toMatchObject({ ok: false, issues: [{ path: '' }] });
  });
});

describe('migrateWith: the mechanism, with a table of its own', () => {
  const table: Migration[] = [
    { from: 1, describe: 'rename name to givenNames', up: ({ name, ...rest }) => ({ ...rest, identity: { givenNames: name } }) },
    { from: 2, describe: 'add an empty dependants section', up: (file) => ({ ...file, dependants: {} }) },
  ];
  it('applies each step in turn and records the starting version', () => {
    const original = { format, version: 1, id: 'a', name: 'Amanuel' };
    expect(migrateWith(original, table, 3)).toEqual({
      ok: true,
      fromVersion: 1,
      value: { format, version: 3, id: 'a', identity: { givenNames: 'Amanuel' }, dependants: {} },
    });
    expect(original).toEqual({ format, version: 1, id: 'a', name: 'Amanuel' });
  });
  it('starts from the file’s own version', () => {
    expect(migrateWith({ format, version: 2, id: 'a' }, table, 3)).toEqual({ ok: true, fromVersion: 2, value: { format, version: 3, id: 'a', dependants: {} } });
  });
  it('reports a gap in the table', () => {
    expect(migrateWith({ format, version: 1 }, table.slice(1), 3)).toMatchObject({ ok: false, issues: [{ path: 'version', message: 'No migration from version 1 to version 2' }] });
  });
});

describe('version 1 to 2: leave type calais-352L becomes calais-352J (Concession 2 reads "granted Calais leave under paragraph 352J")', () => {
  const v1 = { format, version: 1, id: 'a', leave: { type: 'calais-352L', bidIssuedOn: '2017-03-01' }, identity: { givenNames: 'Amanuel' } };
  it('changes the leave type and nothing else, without changing its argument', () => {
    const copy = structuredClone(v1);
    expect(migrateCaseFile(v1)).toEqual({
      ok: true,
      fromVersion: 1,
      value: { format, version: 2, id: 'a', leave: { type: 'calais-352J', bidIssuedOn: '2017-03-01' }, identity: { givenNames: 'Amanuel' } },
    });
    expect(v1).toEqual(copy);
  });
  it('leaves every other leave type, and a file with no leave, as it was', () => {
    for (const type of ['calais-352J', 'section-67', 'other']) {
      expect(migrateCaseFile({ ...v1, leave: { type } })).toMatchObject({ ok: true, value: { version: 2, leave: { type } } });
    }
    expect(migrateCaseFile({ format, version: 1, id: 'b' })).toEqual({ ok: true, fromVersion: 1, value: { format, version: 2, id: 'b' } });
  });
  it('a version 1 scenario file with 352L leave is read and decided as 352J leave', () => {
    const file = { ...grantableCase(), version: 1, leave: { ...grantableCase().leave, type: 'calais-352L' } };
    const parsed = parseCaseFile(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const decided = decide(parsed.value, { decisionDate: '2025-06-01' });
    expect(decided).toEqual(decide(grantableCase(), { decisionDate: '2025-06-01' }));
    expect(decided.outcome).toBe('grant-settlement');
  });
});

import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateCaseFile, migrateWith, type Migration } from './migrate';

const format = 'calais-settlement-case';

describe('migrateCaseFile', () => {
  it('passes a current file through unchanged', () => {
    const file = { format, version: 1, id: 'a' };
    expect(migrateCaseFile(file)).toEqual({ ok: true, value: file, fromVersion: 1 });
  });
  it('has one step per version below the current one (none yet: version 1 is the first)', () => {
    expect(MIGRATIONS).toEqual([]);
  });
  it('refuses a newer version with a clear message', () => {
    const result = migrateCaseFile({ format, version: 3, id: 'a' });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'version', message: 'This case file is version 3, newer than this tool reads (version 1): use a newer version of the tool' }],
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

import { describe, expect, it } from 'vitest';
import { CASE_FORMAT, CASE_VERSION, emptyCase } from '../../src/case';
import { buildExport, checkImportSize, EXPORT_FORMAT, MAX_IMPORT_BYTES, readImportFile, type FileReadResult } from './exportFormat';
import type { CaseRecord } from './records';
import { newRecord } from './repository';

const NOW = '2026-11-23T12:00:00.000Z';

function sampleRecord(id: string): CaseRecord {
  const record = newRecord(
    {
      ...emptyCase(id),
      identity: { givenNames: 'Yusuf <b>', familyName: 'Al-Hassan "Jr" é يوسف', dateOfBirth: '2003-04-05', homeOfficeReference: 'H1234567' },
      criminality: { hasConvictions: true, convictions: [{ id: 'c1', convictedOn: '2021-01-02', kind: 'custodial', sentenceLengthMonths: 6 }] },
    },
    'case',
  );
  return {
    ...record,
    revision: 12,
    drafts: { 'leave-dates': { day: '31', month: '2', year: '2020' } },
    letterEdits: { 'grant-letter': { paragraphs: { opening: 'Dear Yusuf' }, editedAgainst: 'abc', factsAtEdit: { Outcome: 'Grant' } } },
    audit: [...record.audit, { at: NOW, section: 'Criminality', fields: ['criminality.convictions[0].kind'] }],
  };
}

function messages(result: FileReadResult): string[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.messages;
}

describe('export and import', () => {
  it('gives back identical cases: case file, audit log, letter edits, drafts, times and revision', () => {
    const records = [sampleRecord('case-one'), sampleRecord('case-two')];
    const text = JSON.stringify(buildExport(records, NOW));
    const result = readImportFile('cases.json', text, NOW);
    expect(result.ok).toBe(true);
    expect(result.ok && result.cases.map((imported) => imported.record)).toEqual(records);
  });

  it('reads a bare case file (a scenario file) as a new case, with its import in the audit log', () => {
    const result = readImportFile('scenario.json', JSON.stringify({ ...emptyCase('scenario-7'), meta: { createdAt: '2026-01-02T03:04:05Z' } }), NOW);
    expect(result.ok).toBe(true);
    const record = result.ok ? result.cases[0]?.record : undefined;
    expect(record).toMatchObject({ id: 'scenario-7', kind: 'case', revision: 1, createdAt: '2026-01-02T03:04:05Z', updatedAt: NOW });
    expect(record?.audit).toEqual([{ at: NOW, section: 'Case', fields: ['(imported from scenario.json)'] }]);
  });

  it('reads a JSON list of case files', () => {
    const result = readImportFile('list.json', JSON.stringify([emptyCase('a'), emptyCase('b')]), NOW);
    expect(result.ok && result.cases.map((imported) => imported.record.id)).toEqual(['a', 'b']);
  });

  it('names the file for malformed JSON', () => {
    expect(messages(readImportFile('broken.json', '{"format": "calais-settlement-case",', NOW))[0]).toMatch(/^broken\.json: The file is not valid JSON/);
  });

  it('names the file and the position of each item for a list of garbage', () => {
    const list = messages(readImportFile('garbage.json', JSON.stringify([1, 'two', { three: 3 }]), NOW));
    expect(list).toEqual([
      'garbage.json: [0]: A case file must be a JSON object',
      'garbage.json: [1]: A case file must be a JSON object',
      expect.stringMatching(/^garbage\.json: \[2\]\.format: This is not a Calais settlement case file/),
    ]);
  });

  it('refuses a case file of a newer version, saying so', () => {
    const list = messages(readImportFile('future.json', JSON.stringify({ ...emptyCase('a'), version: CASE_VERSION + 1 }), NOW));
    expect(list).toEqual([expect.stringMatching(new RegExp(`^future\\.json: version: This case file is version ${CASE_VERSION + 1}, newer than this tool reads`))]);
  });

  it('refuses an export of a newer version, saying so', () => {
    const list = messages(readImportFile('future-export.json', JSON.stringify({ ...buildExport([sampleRecord('a')], NOW), version: 2 }), NOW));
    expect(list).toEqual([expect.stringMatching(/^future-export\.json: version: This export is version 2, newer than this tool reads/)]);
  });

  it('names the field of a date that does not exist', () => {
    const file = { ...emptyCase('a'), identity: { dateOfBirth: '2023-02-29' } };
    expect(messages(readImportFile('leap.json', JSON.stringify(file), NOW))).toEqual(['leap.json: identity.dateOfBirth: Date of birth must be a real date written YYYY-MM-DD']);
  });

  it('names the path inside an export', () => {
    const exported = buildExport([sampleRecord('a')], NOW);
    const broken = { ...exported, cases: [{ ...exported.cases[0], caseFile: { ...exported.cases[0]!.caseFile, leave: { grantedOn: '2023-02-29' } } }] };
    expect(messages(readImportFile('export.json', JSON.stringify(broken), NOW))).toEqual([
      'export.json: cases[0].caseFile.leave.grantedOn: Date leave was granted must be a real date written YYYY-MM-DD',
    ]);
  });

  it('names unknown fields and a broken audit log in an export', () => {
    const exported = buildExport([sampleRecord('a')], NOW);
    const broken = { ...exported, extra: 1, cases: [{ ...exported.cases[0], audit: [{ at: 'yesterday', section: 'x', fields: [] }] }] };
    const list = messages(readImportFile('export.json', JSON.stringify(broken), NOW));
    expect(list).toContain('export.json: Unknown field: extra');
    expect(list).toContainEqual(expect.stringMatching(/^export\.json: cases\[0\]\.audit\[0\]\.at: The time of the change must be a date and time/));
  });

  it('keeps names with script tags, quotes and other scripts as they are (they are shown as text)', () => {
    const file = { ...emptyCase('a'), identity: { givenNames: '<script>alert("x")</script>', familyName: 'Ñúñez يوسف' } };
    const result = readImportFile('script.json', JSON.stringify(file), NOW);
    expect(result.ok && result.cases[0]?.record.caseFile.identity).toEqual(file.identity);
  });

  it('gives a new id to a case whose id cannot be used on this device', () => {
    for (const id of ['training-abc', 'has spaces/and slashes', 'x'.repeat(300)]) {
      const result = readImportFile('odd.json', JSON.stringify(emptyCase(id)), NOW);
      const imported = result.ok ? result.cases[0] : undefined;
      expect(imported?.record.id).not.toBe(id);
      expect(imported?.record.caseFile.id).toBe(imported?.record.id);
      expect(imported?.note).toMatch(/given a new id/);
    }
  });

  it('refuses a file holding the same case twice, an empty list and an empty export', () => {
    expect(messages(readImportFile('twice.json', JSON.stringify([emptyCase('a'), emptyCase('a')]), NOW))[0]).toMatch(/appears more than once/);
    expect(messages(readImportFile('empty.json', '[]', NOW))[0]).toMatch(/empty list/);
    expect(messages(readImportFile('none.json', JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: NOW, cases: [] }), NOW))[0]).toMatch(/no cases/i);
  });

  it('refuses another tool’s file by its format', () => {
    expect(messages(readImportFile('other.json', JSON.stringify({ format: 'something-else', version: 1 }), NOW))[0]).toMatch(
      new RegExp(`^other\\.json: format: This is not a Calais settlement case file: format must be "${CASE_FORMAT}"`),
    );
  });

  it('refuses a file over 5 MB from its size alone', () => {
    expect(checkImportSize('big.json', MAX_IMPORT_BYTES)).toBeUndefined();
    expect(checkImportSize('big.json', MAX_IMPORT_BYTES + 1)).toMatch(/^big\.json: the file is 5\.0 MB, larger than the 5 MB this service imports/);
  });

  it('refuses an export whose drafts or letter edits the app could not use, and reads one with a byte-order mark', () => {
    const good = buildExport([sampleRecord('a')], NOW);
    const badDraft = { ...good, cases: [{ ...good.cases[0], drafts: { identity: { dateOfBirth: { day: { toString: 1 } } } } }] };
    expect(messages(readImportFile('draft.json', JSON.stringify(badDraft), NOW))).toEqual([
      'draft.json: cases[0].drafts.identity.dateOfBirth: A typed answer must be text, or a date’s day, month and year boxes',
    ]);
    const badEdits = { ...good, cases: [{ ...good.cases[0], letterEdits: { grant: { paragraphs: [], editedAgainst: 'x' } } }] };
    expect(messages(readImportFile('edits.json', JSON.stringify(badEdits), NOW))[0]).toMatch(/^edits\.json: cases\[0\]\.letterEdits\.grant\.paragraphs: /);
    expect(readImportFile('bom.json', `\uFEFF${JSON.stringify(good)}`, NOW).ok).toBe(true);
  });
});

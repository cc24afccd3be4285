import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE_VERSION, emptyCase, type CaseFile } from '../../src/case';
import { EXPORT_LIMITS } from '../../src/case/exportFile';
import { ZOD_DEFAULT_WORDING } from '../../src/issues';
import { LIST_LIMITS } from '../../src/limits';
import { grantableCase } from '../../src/rules/testing';
import { EXIT_INVALID, EXIT_OK, run, type CliIo } from '../../src/cli/run';
import { caseStage } from '../features/cases/caseSummary';
import { mergeDraft, type Field } from '../features/wizard/fields';
import { closeDatabase, getRecord, listRecords, putRecordIfRevision } from './db';
import { buildExport, readImportFile } from './exportFormat';
import type { CaseRecord } from './records';
import { newRecord, storeImportedCases } from './repository';

// A corpus of hostile and odd files, generated here, run through the app's import (then stored
// with the storage layer) and through the `decide` command: nothing may crash, every message must
// be in plain words and name its field, and the cases already saved must stay exactly as they were.

const NOW = '2026-11-23T12:00:00.000Z';
const TODAY = '2026-11-23';

interface CorpusFile {
  name: string;
  text: string;
  /** Whether the app should accept the file. */
  accept: boolean;
  /** Whether the CLI should decide every case in it (it decides two cases of one id; the app refuses them). */
  cliAccept: boolean;
}

const files: CorpusFile[] = [];
const add = (name: string, text: string, accept = false, cliAccept = accept) => files.push({ name: `${String(files.length).padStart(3, '0')}-${name}.json`, text, accept, cliAccept });
const json = (value: unknown) => JSON.stringify(value);

function exportedCase(caseFile: unknown, extra: Record<string, unknown> = {}) {
  return { caseFile, audit: [], letterEdits: {}, drafts: {}, createdAt: NOW, updatedAt: NOW, revision: 2, ...extra };
}
const envelope = (cases: unknown[], extra: Record<string, unknown> = {}) => json({ format: 'calais-settlement-export', version: 1, exportedAt: NOW, cases, ...extra });
const valid = (id = 'corpus-case'): CaseFile => grantableCase(id);

// Bad JSON
for (const text of ['{', '', '   ', 'nul', '[1,', '{"a":}', '\u0000', 'undefined', "{'a':1}", '{"format": "calais-settlement-case",}', '\uFEFF\uFEFF{}', '{"a":1}{"b":2}', 'NaN', '"just text"', '42', 'true', 'null'])
  add('bad-json', text);
// Byte-order marks
add('bom-case', `\uFEFF${json(valid('bom-case'))}`, true);
add('bom-envelope', `\uFEFF${envelope([exportedCase(valid('bom-env'))])}`, true);
add('bom-list', `\uFEFF${json([valid('bom-l1'), valid('bom-l2')])}`, true);
add('bom-bad-json', '\uFEFF{');
add('bom-empty', '\uFEFF');
// Wrong types in every section
const SECTIONS = ['identity', 'contact', 'initialContact', 'leave', 'questionnaire', 'otherApplication', 'criminality', 'suitability', 'dependants', 'meta', 'scenario'] as const;
for (const section of SECTIONS) for (const value of [1, 'x', true, null, [], [1]]) add(`type-${section}`, json({ ...emptyCase('t'), [section]: value }));
for (const [path, value] of [
  ['id', 5],
  ['id', ''],
  ['decisionDate', 20250601],
  ['format', 7],
  ['version', '1'],
  ['version', 1.5],
  ['version', 0],
  ['version', CASE_VERSION + 1],
] as const)
  add(`type-${path}`, json({ ...emptyCase('t'), [path]: value }));
add('leave-type-object', json({ ...emptyCase('t'), leave: { type: { a: 1 }, grantedOn: [] } }));
add('conviction-not-object', json({ ...emptyCase('t'), criminality: { convictions: ['x', 1, null, []] } }));
add('conviction-no-id', json({ ...emptyCase('t'), criminality: { convictions: [{}] } }));
add('finding-wrong', json({ ...emptyCase('t'), suitability: { deportation: { applies: 'yes', note: 5 } } }));
add('scenario-wrong', json({ ...emptyCase('t'), scenario: { title: 't', expected: { citations: [1, {}] } } }));
add('dependant-wrong', json({ ...emptyCase('t'), dependants: { people: [{ id: 'd', criminality: 'x', suitability: [] }] } }));
// Impossible dates
for (const date of ['2023-02-29', '2020-13-01', '2020-1-1', '01/02/2020', '2020-02-30T00:00', '']) add('bad-date', json({ ...emptyCase('t'), identity: { dateOfBirth: date } }));
add('dates-out-of-order', json({ ...emptyCase('t'), leave: { grantedOn: '2020-01-01', expiresOn: '2019-01-01' } }));
// Numbers we cannot use
const big = '1e400';
add('1e400-version', `{"format":"calais-settlement-case","version":${big},"id":"a"}`);
add('1e400-negative-version', `{"format":"calais-settlement-case","version":-${big},"id":"a"}`);
add('1e400-months', `{"format":"calais-settlement-case","version":1,"id":"a","criminality":{"convictions":[{"id":"c","sentenceLengthMonths":${big}}]}}`);
add('1e400-id', `{"format":"calais-settlement-case","version":1,"id":${big}}`);
add('1e400-envelope-version', `{"format":"calais-settlement-export","version":${big},"exportedAt":"${NOW}","cases":[]}`);
add('1e400-revision', envelope([exportedCase(valid('r'), { revision: 0 })]).replace('"revision":0', `"revision":${big}`));
add('1e400-in-list', `[${big}]`);
// Unknown fields
add('unknown-top', json({ ...emptyCase('t'), extra: 1 }));
add('unknown-identity', json({ ...emptyCase('t'), identity: { nickname: 'x' } }));
add('unknown-conviction', json({ ...emptyCase('t'), criminality: { convictions: [{ id: 'c', court: 'x' }] } }));
add('unknown-envelope', envelope([exportedCase(valid('u'))], { signature: 'x' }));
add('unknown-exported-case', envelope([exportedCase(valid('u'), { secret: 1 })]));
add('unknown-control-key', json({ ...emptyCase('t'), ['\u001b[31mred\u0007']: 1 }));
add('unknown-many', json({ ...emptyCase('t'), ...Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i])) }));
add('unknown-proto', '{"format":"calais-settlement-case","version":1,"id":"p","__proto__":{"polluted":true}}');
// Deep nesting
for (const depth of [40, 1000, 20000]) {
  // Written as text: JSON.stringify itself cannot nest this deep.
  const deep = `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
  add(`deep-${depth}`, json({ ...emptyCase('t'), extra: 'DEEP' }).replace('"DEEP"', deep));
  add(`deep-draft-${depth}`, envelope([exportedCase(valid('dd'), { drafts: { person: { givenNames: 'DEEP' } } })]).replace('"DEEP"', deep));
}
add('deep-list', `${'['.repeat(5000)}${']'.repeat(5000)}`);
// Huge lists
const conviction = (i: number) => ({ id: `c${i}`, convictedOn: '2010-01-02', kind: 'non-custodial' });
for (const count of [LIST_LIMITS.convictions + 1, 1000, 25000]) add(`convictions-${count}`, json({ ...emptyCase('t'), criminality: { hasConvictions: true, convictions: Array.from({ length: count }, (_, i) => conviction(i)) } }));
add('charges-over', json({ ...emptyCase('t'), criminality: { pendingCharges: Array.from({ length: LIST_LIMITS.pendingCharges + 1 }, (_, i) => ({ id: `p${i}` })) } }));
add('dependants-over', json({ ...emptyCase('t'), dependants: { people: Array.from({ length: LIST_LIMITS.dependants + 1 }, (_, i) => ({ id: `d${i}` })) } }));
add('dependant-convictions-over', json({ ...emptyCase('t'), dependants: { people: [{ id: 'd', criminality: { convictions: Array.from({ length: LIST_LIMITS.convictions + 1 }, (_, i) => conviction(i)) } }] } }));
add('at-the-limit', json({ ...valid('limit'), criminality: { hasConvictions: true, convictions: Array.from({ length: LIST_LIMITS.convictions }, (_, i) => conviction(i)) } }), true);
add('text-too-long', json({ ...emptyCase('t'), identity: { givenNames: 'x'.repeat(5001) } }));
add('many-cases-list', json(Array.from({ length: EXPORT_LIMITS.cases + 1 }, () => 1)));
// Control characters and odd ids (valid files: the app gives them new ids, the CLI escapes them)
for (const id of ['esc\u001b[2Jclear', 'csi\u009b31m', 'new\nline', 'nul\u0000', 'sep\u2028x', 'a/b', '../../etc', 'training-x', '<script>alert(1)</script>', '\u202Eevil'])
  add('odd-id', json(valid(id)), true);
add('control-in-text', json({ ...valid('ctl-text'), identity: { ...valid('x').identity, givenNames: 'A\u001b]0;title\u0007' } }), true);
// Drafts: typed-but-unsaved answers
for (const [label, drafts] of [
  ['date-part-object', { person: { dateOfBirth: { day: { toString: 1 }, month: '1', year: '2000' } } }],
  ['date-part-array', { person: { dateOfBirth: { day: ['1'] } } }],
  ['date-part-number', { person: { dateOfBirth: { day: 1 } } }],
  ['date-unknown-part', { person: { dateOfBirth: { hour: '1' } } }],
  ['value-null', { person: { givenNames: null } }],
  ['value-boolean', { person: { givenNames: true } }],
  ['page-not-object', { person: 'x' }],
  ['page-list', { person: [] }],
  ['drafts-list', []],
  ['drafts-text', 'x'],
  ['key-too-long', { ['k'.repeat(201)]: {} }],
  ['value-too-long', { person: { givenNames: 'x'.repeat(5001) } }],
  ['too-many-fields', { person: Object.fromEntries(Array.from({ length: EXPORT_LIMITS.draftFields + 1 }, (_, i) => [`f${i}`, 'x'])) }],
  ['too-many-pages', Object.fromEntries(Array.from({ length: EXPORT_LIMITS.draftPages + 1 }, (_, i) => [`p${i}`, {}]))],
  ['empty-key', { '': {} }],
] as const)
  add(`draft-${label}`, envelope([exportedCase(valid('dr'), { drafts })]));
add('draft-valid', envelope([exportedCase(valid('dr-ok'), { drafts: { person: { givenNames: 'Typed', dateOfBirth: { day: '3', month: '', year: '20' } } } })]), true);
// Letter edits
for (const [label, letterEdits] of [
  ['not-object', 'x'],
  ['list', []],
  ['letter-text', { grant: 'x' }],
  ['paragraphs-list', { grant: { paragraphs: [], editedAgainst: 'x' } }],
  ['paragraph-number', { grant: { paragraphs: { p: 1 }, editedAgainst: 'x' } }],
  ['paragraph-too-long', { grant: { paragraphs: { p: 'x'.repeat(EXPORT_LIMITS.paragraphLength + 1) }, editedAgainst: 'x' } }],
  ['no-edited-against', { grant: { paragraphs: {} } }],
  ['facts-list', { grant: { paragraphs: {}, editedAgainst: 'x', factsAtEdit: [] } }],
  ['facts-object-value', { grant: { paragraphs: {}, editedAgainst: 'x', factsAtEdit: { a: {} } } }],
  ['unknown-field', { grant: { paragraphs: {}, editedAgainst: 'x', html: '<b>' } }],
  ['too-many-letters', Object.fromEntries(Array.from({ length: EXPORT_LIMITS.letters + 1 }, (_, i) => [`l${i}`, { paragraphs: {}, editedAgainst: 'x' }]))],
  ['too-many-paragraphs', { grant: { paragraphs: Object.fromEntries(Array.from({ length: EXPORT_LIMITS.paragraphs + 1 }, (_, i) => [`p${i}`, 'x'])), editedAgainst: 'x' } }],
] as const)
  add(`letters-${label}`, envelope([exportedCase(valid('le'), { letterEdits })]));
add('letters-valid', envelope([exportedCase(valid('le-ok'), { letterEdits: { grant: { paragraphs: { opening: 'Dear <b>' }, editedAgainst: 'x', factsAtEdit: { Outcome: 'Grant' } } } })]), true);
// Audit log and the envelope's own fields
for (const [label, extra] of [
  ['audit-not-list', { audit: {} }],
  ['audit-bad-time', { audit: [{ at: 'yesterday', section: 's', fields: [] }] }],
  ['audit-fields-number', { audit: [{ at: NOW, section: 's', fields: [1] }] }],
  ['audit-missing', { audit: undefined }],
  ['revision-negative', { revision: -1 }],
  ['revision-fraction', { revision: 1.5 }],
  ['revision-text', { revision: '3' }],
  ['created-bad', { createdAt: 'then' }],
] as const)
  add(`exported-${label}`, envelope([exportedCase(valid('ex'), extra)]));
add('envelope-case-not-object', envelope(['x', 1, null]));
add('envelope-case-file-missing', envelope([exportedCase(undefined)]));
add('envelope-case-file-bad', envelope([exportedCase({ ...emptyCase('b'), leave: 'x' })]));
add('envelope-bad-time', json({ format: 'calais-settlement-export', version: 1, exportedAt: 'now', cases: [exportedCase(valid('e'))] }));
add('envelope-cases-object', json({ format: 'calais-settlement-export', version: 1, exportedAt: NOW, cases: {} }));
add('envelope-version-2', json({ format: 'calais-settlement-export', version: 2, exportedAt: NOW, cases: [] }));
add('envelope-version-text', json({ format: 'calais-settlement-export', version: '1', exportedAt: NOW, cases: [] }));
add('envelope-many', envelope([exportedCase(valid('m1')), exportedCase(valid('m2')), exportedCase(valid('m3'))]), true);
add('envelope-duplicate-ids', envelope([exportedCase(valid('dup')), exportedCase(valid('dup'))]), false, true);
// Empty and odd shapes
add('empty-list', '[]');
add('empty-envelope', envelope([]));
add('list-of-empty-list', '[[]]');
add('list-of-empty-object', '[{}]');
add('empty-object', '{}');
add('other-format', json({ format: 'something-else', version: 1 }));
add('list-mixed', json([valid('mix-ok'), { ...emptyCase('mix-bad'), leave: 1 }]));
add('list-valid', json([valid('list-1'), valid('list-2')]), true);
add('saved-id-again', json(valid('saved-1')), true);

function fakeIo(name: string, text: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: (path) => {
      if (path !== name) throw new Error('no such file');
      return text;
    },
    isDirectory: () => false,
    listDirectory: () => [],
    out: (chunk) => out.push(chunk),
    err: (chunk) => err.push(chunk),
  };
  return { io, out, err };
}

// eslint-disable-next-line no-control-regex
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
/** A whole-file problem has no field path: these are the only openings such a message may have. */
const WHOLE_FILE = /^(The file|No cases found|A case file must be|The list holds|The case id|Unknown fields?: \S|… and \d+ more problems?$)/;

function checkAppMessage(fileName: string, line: string): void {
  expect(line.startsWith(`${fileName}: `), line).toBe(true);
  expect(line, line).not.toMatch(ZOD_DEFAULT_WORDING);
  expect(line.length, line).toBeLessThan(1200);
  const rest = line.slice(fileName.length + 2);
  const withPath = /^((?:[A-Za-z_$][\w$-]*|\[\d+\])(?:\.[^:\s]+|\[\d+\])*): (.+)$/.exec(rest);
  if (!withPath) expect(rest, `${line}: a message without a field path must be about the whole file`).toMatch(WHOLE_FILE);
  else expect(withPath[2]?.trim().length, line).toBeGreaterThan(5);
}

let saved: CaseRecord[] = [];

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  const first = await putRecordIfRevision({ ...newRecord({ ...valid('saved-1'), identity: { givenNames: 'Saved <one>' } }, 'case'), drafts: { person: { familyName: 'Draft' } } }, 0);
  const second = await putRecordIfRevision(newRecord(valid('saved-2'), 'case'), 0);
  saved = [first, second];
});
afterEach(async () => {
  await closeDatabase();
});

describe('the hostile-file corpus', () => {
  it('has at least 150 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(150);
  });

  it('through the app: nothing crashes, every message is clear, saved cases are unchanged, and what is stored opens', async () => {
    let accepted = 0;
    for (const file of files) {
      const result = readImportFile(file.name, file.text, NOW);
      expect(result.ok, `${file.name}: ${result.ok ? 'accepted' : result.messages.join(' | ')}`).toBe(file.accept);
      if (!result.ok) {
        expect(result.messages.length).toBeGreaterThan(0);
        expect(result.messages.length).toBeLessThanOrEqual(21);
        for (const line of result.messages) checkAppMessage(file.name, line);
        continue;
      }
      accepted++;
      const existing = new Set((await listRecords('case')).map((record) => record.id));
      await storeImportedCases(result.cases.map(({ record }) => ({ record, choice: existing.has(record.id) ? { action: 'keep-both' as const } : { action: 'new' as const } })));
    }
    expect(accepted).toBe(files.filter((file) => file.accept).length);
    for (const record of saved) expect(await getRecord('case', record.id)).toEqual(record);
    // Every stored case can be shown: its task list and each typed-but-unsaved page.
    for (const record of await listRecords('case')) {
      caseStage(record.caseFile, record.drafts, TODAY);
      for (const page of Object.values(record.drafts)) {
        const fields = Object.keys(page as object).map((name): Field => ({ name, path: name, label: name, kind: 'date', noun: name }));
        mergeDraft(fields, {}, page);
        mergeDraft(fields.map((field): Field => ({ ...field, kind: 'text' })), {}, page);
      }
    }
    // And the export of everything stored reads back.
    const all = await listRecords('case');
    expect(readImportFile('all.json', JSON.stringify(buildExport(all, NOW)), NOW).ok).toBe(true);
  }, 120_000);

  it('through the CLI: nothing crashes, exit 0 or 2, every message is clear and safe on a terminal', () => {
    for (const file of files) {
      const { io, out, err } = fakeIo(file.name, file.text);
      const code = run([file.name, '--date', '2025-06-01', '--format', 'text'], io);
      expect([EXIT_OK, EXIT_INVALID], file.name).toContain(code);
      const printed = out.join('') + err.join('');
      expect(printed, file.name).not.toMatch(CONTROL_BUT_NEWLINE);
      const lines = err.join('').split('\n').filter(Boolean);
      expect(code, `${file.name}: ${err.join('')}`).toBe(file.cliAccept ? EXIT_OK : EXIT_INVALID);
      if (code === EXIT_INVALID) expect(lines.length, file.name).toBeGreaterThan(0);
      expect(lines.filter((line) => !line.startsWith('decide:')).length).toBeLessThanOrEqual(21 * 3);
      for (const line of lines) {
        expect(line, line).not.toMatch(ZOD_DEFAULT_WORDING);
        expect(line, line).toMatch(/^\S+(#\d+)?: (\(whole file\)|\(folder\)|[A-Za-z_[][^:]*|… and \d+ more problems?)(: .{6,})?$/);
      }
    }
  }, 120_000);
});

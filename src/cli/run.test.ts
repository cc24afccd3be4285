import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { grantableCase } from '../rules/testing';
import { EXIT_INVALID, EXIT_OK, parseArgs, run } from './run';
import { fakeIo } from './testing';


const good = JSON.stringify(grantableCase('good'));
const withDate = (date: string) => JSON.stringify({ ...grantableCase('bad-date'), decisionDate: date });

describe('parseArgs', () => {
  it('reads inputs, --date and --format in either spelling', () => {
    expect(parseArgs(['a.json', '--date', '2025-01-01', '--format=text'])).toEqual({ ok: true, options: { inputs: ['a.json'], date: '2025-01-01', format: 'text' } });
  });
  it('refuses an impossible --date, an unknown format or option, and no input', () => {
    expect(parseArgs(['a.json', '--date', '2023-02-29'])).toMatchObject({ ok: false });
    expect(parseArgs(['a.json', '--format', 'xml'])).toMatchObject({ ok: false });
    expect(parseArgs(['a.json', '--verbose'])).toMatchObject({ ok: false });
    expect(parseArgs([])).toMatchObject({ ok: false });
  });
});

describe('run', () => {
  it('decides one case as one JSON line with the case id, exit 0', () => {
    const { io, lines, err } = fakeIo({ 'a.json': good });
    expect(run(['a.json'], io)).toBe(EXIT_OK);
    expect(err).toEqual([]);
    const decision = JSON.parse(lines()[0] ?? '{}');
    expect(decision).toMatchObject({ caseId: 'good', outcome: 'grant-settlement', decisionDate: '2025-06-01' });
  });

  it('--date overrides the file’s decision date', () => {
    const { io, lines } = fakeIo({ 'a.json': good });
    run(['a.json', '--date', '2022-02-28'], io);
    expect(JSON.parse(lines()[0] ?? '{}')).toMatchObject({ outcome: 'not-eligible', route: 'calais', dates: { eligibleFrom: '2022-03-01' }, decisionDate: '2022-02-28' });
  });

  it('decides every case in a directory as NDJSON, skipping index.json, and reports the bad one with exit 2', () => {
    const { io, lines, err } = fakeIo(
      { 'dir/1.json': good, 'dir/2.json': withDate('2023-02-29'), 'dir/3.json': good, 'dir/index.json': '{}' },
      { dir: ['3.json', '2.json', '1.json', 'index.json', 'notes.txt'] },
    );
    expect(run(['dir'], io)).toBe(EXIT_INVALID);
    expect(lines()).toHaveLength(2);
    expect(err.join('')).toBe('dir/2.json: decisionDate: Decision date must be a real date written YYYY-MM-DD\n');
  });

  it('names the file, the field path and the problem for a sentence ending before conviction', () => {
    const bad = { ...grantableCase('x'), criminality: { hasConvictions: true, convictions: [{ id: 'c1', convictedOn: '2020-05-01', sentenceEndsOn: '2020-01-01' }] } };
    const { io, err } = fakeIo({ 'x.json': JSON.stringify(bad) });
    expect(run(['x.json'], io)).toBe(EXIT_INVALID);
    expect(err.join('')).toBe('x.json: criminality.convictions[0].sentenceEndsOn: Date the sentence ends must be on or after the date of conviction\n');
  });

  it('reports bad JSON, an unknown version and a missing decision date, exit 2', () => {
    const { decisionDate: _omit, ...undated } = grantableCase('undated');
    const { io, err, lines } = fakeIo({
      'bad.json': '{ not json',
      'v9.json': JSON.stringify({ ...grantableCase('v9'), version: 9 }),
      'undated.json': JSON.stringify(undated),
      'good.json': good,
    });
    expect(run(['bad.json', 'v9.json', 'undated.json', 'good.json'], io)).toBe(EXIT_INVALID);
    const messages = err.join('');
    expect(messages).toMatch(/^bad\.json: \(whole file\): The file is not valid JSON/m);
    expect(messages).toMatch(/^v9\.json: version: This case file is version 9, newer than this tool reads/m);
    expect(messages).toMatch(/^undated\.json: decisionDate: Decision date is missing/m);
    expect(lines()).toHaveLength(1);
  });

  it('a missing decision date is fine when --date is given', () => {
    const { decisionDate: _omit, ...undated } = grantableCase('undated');
    const { io } = fakeIo({ 'u.json': JSON.stringify(undated) });
    expect(run(['u.json', '--date', '2025-06-01'], io)).toBe(EXIT_OK);
  });

  it('reads standard input: one case, an array, or one case per line', () => {
    for (const text of [good, `[${good},${good}]`, `${good}\n${good}\n`]) {
      const { io, lines } = fakeIo({ '-': text });
      expect(run(['-'], io)).toBe(EXIT_OK);
      expect(lines().length).toBe(text === good ? 1 : 2);
    }
  });

  it('writes a readable summary with --format text', () => {
    const { io, out } = fakeIo({ 'a.json': good });
    run(['a.json', '--format', 'text', '--date', '2022-02-28'], io);
    const text = out.join('');
    expect(text).toContain('Outcome: not eligible');
    expect(text).toContain('Eligible from: 1 March 2022');
    expect(text).toContain('[NOT MET] Concession 3 (352L): Biometric immigration document issued on 1 March 2017: not held for 5 years until 1 March 2022.');
    expect(text).toContain('[serve-decision]');
  });

  it('exits 2 on wrong arguments, 0 on --help', () => {
    expect(run(['--format', 'xml', 'a.json'], fakeIo({}).io)).toBe(EXIT_INVALID);
    expect(run(['--help'], fakeIo({}).io)).toBe(EXIT_OK);
  });

  it('reports a file it cannot read', () => {
    const { io, err } = fakeIo({});
    expect(run(['missing.json'], io)).toBe(EXIT_INVALID);
    expect(err.join('')).toContain('missing.json: (whole file): cannot read');
  });
});

describe('run on the related routes', () => {
  const related = JSON.parse(readFileSync(new URL('../../public/scenarios/related/settlement-protection/' + readdirSync(new URL('../../public/scenarios/related/settlement-protection/', import.meta.url)).filter((name) => name.endsWith('.json') && name !== 'index.json')[0], import.meta.url), 'utf8')) as { id: string; format: string };
  it('decides a related-route case file by its format', () => {
    const { io, out } = fakeIo({ 'r.json': JSON.stringify(related) });
    expect(run(['r.json'], io)).toBe(EXIT_OK);
    const decided = JSON.parse(out.join('')) as { caseId: string; route: string };
    expect(decided.caseId).toBe(related.id);
    expect(decided.route).toBe('settlement-protection');
  });
  it('reports an invalid related-route case with the field and exits 2', () => {
    const { io, err } = fakeIo({ 'r.json': JSON.stringify({ ...related, decisionDate: '2023-02-29' }) });
    expect(run(['r.json'], io)).toBe(EXIT_INVALID);
    expect(err.join('')).toMatch(/^r\.json: decisionDate: /);
  });
  it('refuses a related-route case with a field its schema does not have, naming it (the old schema dropped it)', () => {
    const { io, err } = fakeIo({ 'r.json': JSON.stringify({ ...related, status: { ...(related as { status?: object }).status, heldSinse: '2020-01-01' } }) });
    expect(run(['r.json'], io)).toBe(EXIT_INVALID);
    expect(err.join('')).toBe('r.json: status: Unknown field: heldSinse\n');
  });
  it('prints every route with the one text formatter: route, outcome and citation, reasons, next steps', () => {
    const { io, out } = fakeIo({ 'r.json': JSON.stringify(related) });
    expect(run(['r.json', '--format', 'text'], io)).toBe(EXIT_OK);
    const text = out.join('');
    expect(text).toMatch(new RegExp(`^Case ${related.id} \\(r\\.json\\), Settlement protection, decided on `));
    expect(text).toMatch(/^Outcome: [a-z ]+ \(STP [0-9.]+\)$/m);
    expect(text).toMatch(/^ {2}\[(met {4}|NOT MET|unknown)\] STP /m);
    expect(text).toMatch(/^Rules version /m);
  });
});

describe('run reads what the app exports, and stays safe on a terminal', () => {
  const envelope = (ids: string[]) =>
    JSON.stringify({
      format: 'calais-settlement-export',
      version: 1,
      exportedAt: '2026-11-23T12:00:00.000Z',
      cases: ids.map((id) => ({ caseFile: grantableCase(id), audit: [], letterEdits: {}, drafts: {}, createdAt: '2026-11-23T12:00:00.000Z', updatedAt: '2026-11-23T12:00:00.000Z', revision: 4 })),
    });

  it('decides the cases of an app export (one or many) and a file with a byte-order mark', () => {
    const { io, lines, err } = fakeIo({ 'one.json': envelope(['e1']), 'many.json': envelope(['e2', 'e3']), 'bom.json': `\uFEFF${good}` });
    expect(run(['one.json', 'many.json', 'bom.json'], io)).toBe(EXIT_OK);
    expect(err).toEqual([]);
    expect(lines().map((line) => (JSON.parse(line) as { caseId: string; source: string }).source)).toEqual(['one.json#1', 'many.json#1', 'many.json#2', 'bom.json']);
  });

  it('refuses an export whose drafts are unusable, as the app does', () => {
    const bad = JSON.parse(envelope(['e1'])) as { cases: { drafts: unknown }[] };
    bad.cases[0]!.drafts = { identity: { dateOfBirth: { day: {} } } };
    const { io, err } = fakeIo({ 'x.json': JSON.stringify(bad) });
    expect(run(['x.json'], io)).toBe(EXIT_INVALID);
    expect(err.join('')).toBe('x.json: cases[0].drafts.identity.dateOfBirth: A typed answer must be text, or a date’s day, month and year boxes\n');
  });

  it('exits 2 with "no cases found" for an empty list and a folder with no case files', () => {
    const empty = fakeIo({ 'e.json': '[]' });
    expect(run(['e.json'], empty.io)).toBe(EXIT_INVALID);
    expect(empty.err.join('')).toMatch(/^e\.json: \(whole file\): No cases found/);
    const folder = fakeIo({ 'dir/notes.txt': 'x' }, { dir: ['notes.txt', 'index.json'] });
    expect(run(['dir'], folder.io)).toBe(EXIT_INVALID);
    expect(folder.err.join('')).toMatch(/^dir: \(folder\): no cases found/);
  });

  it('escapes control characters from a file in ids, paths, field names and file names', () => {
    const hostileId = 'x\u001b[2J\u001b]0;pwned\u0007\u009b31m\nfake line';
    const unknownKey = JSON.stringify({ ...grantableCase('k'), ['\u001b[31mkey']: 1 });
    const { io, out, err } = fakeIo({ 'id.json': JSON.stringify(grantableCase(hostileId)), 'key.json': unknownKey, 'f\u001b[1m.json': '{' });
    run(['id.json', 'key.json', 'f\u001b[1m.json', '--format', 'text'], io);
    run(['id.json'], io);
    const printed = out.join('') + err.join('');
    // eslint-disable-next-line no-control-regex
    expect(printed).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(printed).toContain('Case x\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\nfake line (id.json)');
    expect(printed).toContain('key.json: (whole file): Unknown field: \\u001b[31mkey');
    expect(printed).toContain('f\\u001b[1m.json: (whole file): The file is not valid JSON');
    expect(printed).not.toMatch(/^fake line/m);
  });

  it('caps the messages of one file as the app does', () => {
    const file = { ...grantableCase('many'), criminality: { hasConvictions: true, convictions: Array.from({ length: 57 }, (_, i) => ({ id: `c${i}`, convictedOn: 'no' })) } };
    const { io, err } = fakeIo({ 'm.json': JSON.stringify(file) });
    expect(run(['m.json'], io)).toBe(EXIT_INVALID);
    const lines = err.join('').split('\n').filter(Boolean);
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('m.json: … and 37 more problems');
  });
});

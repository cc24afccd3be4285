import { describe, expect, it } from 'vitest';
import { grantableCase } from '../rules/testing';
import { EXIT_LETTERS_FAILED, main, type LetterWriter } from './main';
import { fakeIo } from './testing';


const caseJson = JSON.stringify({ ...grantableCase(), decisionDate: '2025-06-01' });
const signatory = JSON.stringify({ name: 'A Caseworker', team: 'Calais team', officeAddress: '1 Street, Town' });

describe('decide --letters', () => {
  it('writes the letters of every decided case into the folder, with the signatory', async () => {
    const calls: { caseId: string; outcome: string; dir: string; signatory: unknown }[] = [];
    const writer: LetterWriter = async (decided, dir, options) => {
      calls.push({ caseId: decided.caseId, outcome: decided.envelope.outcome, dir, signatory: options.signatory?.name });
      return { dir, files: [], warnings: [] };
    };
    const { io } = fakeIo({ 'a.json': caseJson, 'sig.json': signatory });
    expect(await main(['a.json', '--letters', 'out', '--signatory', 'sig.json'], io, writer)).toBe(0);
    expect(calls).toEqual([{ caseId: JSON.parse(caseJson).id, outcome: 'grant-settlement', dir: 'out', signatory: 'A Caseworker' }]);
  });

  it('writes nothing without --letters', async () => {
    let called = false;
    const { io } = fakeIo({ 'a.json': caseJson });
    expect(await main(['a.json'], io, async (_decided, dir) => ((called = true), { dir, files: [], warnings: [] }))).toBe(0);
    expect(called).toBe(false);
  });

  it('refuses an invalid signatory file, naming the field', async () => {
    const { io, err } = fakeIo({ 'a.json': caseJson, 'sig.json': JSON.stringify({ name: '', team: 'T', officeAddress: 'A' }) });
    expect(await main(['a.json', '--letters', 'out', '--signatory', 'sig.json'], io, async (_decided, dir) => ({ dir, files: [], warnings: [] }))).toBe(2);
    expect(err.join('')).toContain('sig.json: name: Enter the caseworker’s name');
  });

  it('reports a letter that could not be written and exits 1, after printing the decision', async () => {
    const { io, out, err } = fakeIo({ 'a.json': caseJson });
    const code = await main(['a.json', '--letters', 'out'], io, async () => {
      throw new Error('disk full');
    });
    expect(code).toBe(EXIT_LETTERS_FAILED);
    expect(out.join('')).toContain('grant-settlement');
    expect(err.join('')).toContain('letters not written: disk full');
  });

  it('reports letter warnings such as a missing signatory on standard error', async () => {
    const { io, err } = fakeIo({ 'a.json': caseJson });
    await main(['a.json', '--letters', 'out'], io, async (_decided, dir) => ({ dir, files: [], warnings: [{ letterId: 'grant', warnings: ['No signatory is set'] }] }));
    expect(err.join('')).toContain('letter grant: No signatory is set');
  });
});

describe('decide --letters folders', () => {
  it('gives two cases whose ids differ only by / and _ (or by case) folders of their own, and says so', async () => {
    const folders: string[] = [];
    const writer: LetterWriter = async (_decided, dir, options) => {
      folders.push(options.folder ?? '(none)');
      return { dir, files: [], warnings: [] };
    };
    const files = Object.fromEntries(['a/b', 'a_b', 'A_B', 'c'].map((id, i) => [`${i}.json`, JSON.stringify({ ...grantableCase(id), decisionDate: '2025-06-01' })]));
    const { io, err } = fakeIo(files);
    expect(await main(['0.json', '1.json', '2.json', '3.json', '--letters', 'out'], io, writer)).toBe(0);
    expect(folders).toEqual(['a_b', 'a_b-2', 'A_B-3', 'c']);
    expect(err.join('')).toContain('a_b: letters written to the folder a_b-2, because the folder a_b holds the letters of case a/b');
    expect(err.join('')).toContain('A_B: letters written to the folder A_B-3, because the folder A_B holds the letters of case a/b');
  });
});

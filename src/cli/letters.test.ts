import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { decide } from '../rules';
import { renderText, lettersFor } from '../letters';
import { docxParagraphs, scenarioCase, TEST_SIGNATORY } from '../letters/testing';
import type { CaseFile } from '../case';
import { routeOfFormat } from '../routes';
import { caseFolderName, writeLetters } from './letters';
import { main } from './main';
import { nodeIo } from './node-io';
import type { DecidedCase } from './run';

/** A Calais case decided as the command decides it, through the registry. */
function decided(caseFile: CaseFile, decisionDate: string): DecidedCase {
  const route = routeOfFormat(caseFile.format);
  if (!route) throw new Error('the Calais route is not registered');
  const decision: unknown = route.decide(caseFile, { decisionDate });
  return { route, caseFile, decision, envelope: route.envelope(decision), caseId: caseFile.id };
}

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('writeLetters', () => {
  it('writes the text and the .docx of every letter that fits, per case', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'letters-'));
    dirs.push(dir);
    const caseFile = { ...scenarioCase('16-stp-a-four-years'), contact: { address: '1 Road\nLeeds', hasRepresentative: true, representative: { name: 'Sam Patel', address: '2 Street\nLeeds' } } };
    const decision = decide(caseFile, { decisionDate: caseFile.decisionDate ?? '2025-06-01' });
    const written = await writeLetters(decided(caseFile, decision.decisionDate), dir, { signatory: TEST_SIGNATORY });
    expect(await readdir(join(dir, caseFile.id))).toEqual(['refusal-representative.docx', 'refusal-representative.txt', 'refusal.docx', 'refusal.txt']);
    expect(written.files).toHaveLength(4);
    const [letter] = lettersFor(caseFile, decision, { signatory: TEST_SIGNATORY, today: decision.decisionDate });
    expect(await readFile(join(dir, caseFile.id, 'refusal.txt'), 'utf8')).toBe(renderText(letter!));
    const { paragraphs } = await docxParagraphs(await readFile(join(dir, caseFile.id, 'refusal.docx')));
    expect(paragraphs).toContain('Decision: indefinite leave to remain refused');
  });

  it('writes nothing for an outcome with no letter, and reports a missing signatory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'letters-'));
    dirs.push(dir);
    const declined = scenarioCase('45-opted-out-with-other-application');
    expect((await writeLetters(decided(declined, '2025-06-01'), dir)).files).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
    const granted = scenarioCase('01-grant-clean');
    const written = await writeLetters(decided(granted, '2025-06-01'), dir);
    expect(written.warnings[0]?.warnings[0]).toMatch(/No signatory is set/);
  });

  it('writes the not-eligible letter for a not-eligible case (decide --letters)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'letters-'));
    dirs.push(dir);
    const caseFile = scenarioCase('06-not-in-uk');
    await writeLetters(decided(caseFile, caseFile.decisionDate ?? '2025-06-01'), dir, { signatory: TEST_SIGNATORY });
    expect(await readdir(join(dir, caseFile.id))).toEqual(['not-eligible.docx', 'not-eligible.txt']);
    const { paragraphs } = await docxParagraphs(await readFile(join(dir, caseFile.id, 'not-eligible.docx')));
    expect(paragraphs).toContain('Decision: not eligible for settlement under the Calais leave concession');
    expect(paragraphs).toContain('Being in the United Kingdom – Concession 1');
  });

  it('keeps a case id from escaping the output folder', () => {
    expect(caseFolderName('../../etc/passwd')).toBe('__.._etc_passwd');
    expect(caseFolderName('..')).toBe('_');
    expect(caseFolderName('case-1')).toBe('case-1');
  });
});

describe('decide --letters on the related routes', () => {
  it('writes the .txt and .docx of each related letter (and the fee status assessment), in a folder per case id', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'letters-'));
    dirs.push(dir);
    const scenarios = fileURLToPath(new URL('../../public/scenarios/related/', import.meta.url));
    const files = [
      'settlement-protection/01-refugee-five-years-settles.json',
      'discretionary-leave/01-medical-case-granted-30-months.json',
      'restricted-leave/01-article-1f-article-3-granted-six-months.json',
      'fee-status/01-first-year-with-calais-leave-home-fees.json',
    ].map((f) => `${scenarios}${f}`);
    const out: string[] = [];
    const err: string[] = [];
    const io = { ...nodeIo(), out: (text: string) => out.push(text), err: (text: string) => err.push(text) };
    expect(await main([...files, '--letters', dir], io, writeLetters)).toBe(0);
    const folders = (await readdir(dir)).sort();
    expect(folders).toHaveLength(4);
    const written = Object.fromEntries(await Promise.all(folders.map(async (f) => [f, (await readdir(join(dir, f))).sort()] as const)));
    expect(Object.values(written).flat().sort()).toEqual(
      [
        'protection-grant.docx',
        'protection-grant.txt',
        'dl-grant.docx',
        'dl-grant.txt',
        'restricted-leave-cover.docx',
        'restricted-leave-cover.txt',
        'restricted-leave-conditions.docx',
        'restricted-leave-conditions.txt',
        'fee-status-assessment.docx',
        'fee-status-assessment.txt',
      ].sort(),
    );
    const folder = folders.find((f) => f.includes('discretionary-leave-01')) ?? '';
    const text = await readFile(join(dir, folder, 'dl-grant.txt'), 'utf8');
    expect(text).toContain('discretionary leave to remain in the United Kingdom for 30 months');
    const { paragraphs } = await docxParagraphs(await readFile(join(dir, folder, 'dl-grant.docx')));
    expect(paragraphs).toContain('Decision: discretionary leave granted');
    // The related-route case files hold no name or address: the letters say so, and so does decide.
    expect(text).toContain('[not recorded: name]');
    expect(err.join('')).toMatch(/letter dl-grant: Name is not recorded\./);
  });
});

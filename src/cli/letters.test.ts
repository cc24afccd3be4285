import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decide } from '../rules';
import { renderText, lettersFor } from '../letters';
import { docxParagraphs, scenarioCase, TEST_SIGNATORY } from '../letters/testing';
import { caseFolderName, writeLetters } from './letters';

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
    const written = await writeLetters(caseFile, decision, dir, { signatory: TEST_SIGNATORY });
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
    expect((await writeLetters(declined, decide(declined, { decisionDate: '2025-06-01' }), dir)).files).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
    const granted = scenarioCase('01-grant-clean');
    const written = await writeLetters(granted, decide(granted, { decisionDate: '2025-06-01' }), dir);
    expect(written.warnings[0]?.warnings[0]).toMatch(/No signatory is set/);
  });

  it('writes the not-eligible letter for a not-eligible case (decide --letters)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'letters-'));
    dirs.push(dir);
    const caseFile = scenarioCase('06-not-in-uk');
    const decision = decide(caseFile, { decisionDate: caseFile.decisionDate ?? '2025-06-01' });
    await writeLetters(caseFile, decision, dir, { signatory: TEST_SIGNATORY });
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

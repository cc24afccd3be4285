import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decide } from '../rules';
import { renderText, lettersFor } from '../letters';
import { docxParagraphs, scenarioCase, TEST_SIGNATORY } from '../letters/testing';
import type { CaseFile } from '../case';
import { routeOfFormat } from '../routes';
import { caseFolderName, writeLetters } from './letters';
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
    const notEligible = scenarioCase('06-not-in-uk');
    expect((await writeLetters(decided(notEligible, '2025-06-01'), dir)).files).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
    const granted = scenarioCase('01-grant-clean');
    const written = await writeLetters(decided(granted, '2025-06-01'), dir);
    expect(written.warnings[0]?.warnings[0]).toMatch(/No signatory is set/);
  });

  it('keeps a case id from escaping the output folder', () => {
    expect(caseFolderName('../../etc/passwd')).toBe('__.._etc_passwd');
    expect(caseFolderName('..')).toBe('_');
    expect(caseFolderName('case-1')).toBe('case-1');
  });
});

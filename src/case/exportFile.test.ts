import { describe, expect, it } from 'vitest';
import { ZOD_DEFAULT_WORDING, issueLines } from '../issues';
import { allIssues, buildExport, EXPORT_LIMITS, MAX_DEPTH, readCasesText, type ExportedCase } from './exportFile';
import { emptyCase } from './index';

const NOW = '2026-11-23T12:00:00.000Z';

function exported(overrides: Partial<Record<keyof ExportedCase, unknown>> = {}): Record<string, unknown> {
  return {
    caseFile: emptyCase('case-1'),
    audit: [],
    letterEdits: {},
    drafts: {},
    createdAt: NOW,
    updatedAt: NOW,
    revision: 3,
    ...overrides,
  };
}

function envelopeText(...cases: Record<string, unknown>[]): string {
  return JSON.stringify({ ...buildExport([], NOW), cases });
}

function problems(text: string): string[] {
  return issueLines('f.json', allIssues(readCasesText(text)), { wholeFile: '(whole file)' });
}

describe('readCasesText: what an export keeps beside a case file is checked too', () => {
  it('keeps valid drafts and letter edits', () => {
    const drafts = { 'identity|d=x': { givenNames: 'Ana', dateOfBirth: { day: '1', month: '2', year: '' } } };
    const letterEdits = { grant: { paragraphs: { opening: 'Dear Ana' }, editedAgainst: 'abc', factsAtEdit: { Outcome: 'Grant' } } };
    const read = readCasesText(envelopeText(exported({ drafts, letterEdits })));
    expect(read.ok && read.items[0]?.result).toEqual({ ok: true, value: { kind: 'case', caseFile: emptyCase('case-1'), exported: expect.objectContaining({ drafts, letterEdits }) } });
  });

  it('refuses a draft whose date part is an object, naming the field', () => {
    const lines = problems(envelopeText(exported({ drafts: { identity: { dateOfBirth: { day: { toString: 1 }, month: '2', year: '2000' } } } })));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^f\.json: cases\[0\]\.drafts\.identity\.dateOfBirth: A typed answer must be text, or a date’s day, month and year boxes/);
  });

  it('refuses a deeply nested draft before it reaches storage', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    const lines = problems(envelopeText(exported({ drafts: { identity: { givenNames: deep } } })));
    expect(lines).toEqual([`f.json: (whole file): The file nests objects or lists more than ${MAX_DEPTH} levels deep: no case file does, so it is not one`]);
  });

  it('refuses a draft answer or a letter paragraph longer than the limits', () => {
    const long = 'x'.repeat(EXPORT_LIMITS.textLength + 1);
    expect(problems(envelopeText(exported({ drafts: { identity: { givenNames: long } } })))).toEqual([
      'f.json: cases[0].drafts.identity.givenNames: A typed answer must be 5,000 characters or fewer',
    ]);
    const paragraph = 'x'.repeat(EXPORT_LIMITS.paragraphLength + 1);
    expect(problems(envelopeText(exported({ letterEdits: { grant: { paragraphs: { opening: paragraph }, editedAgainst: 'a' } } })))).toEqual([
      'f.json: cases[0].letterEdits.grant.paragraphs.opening: Each edited paragraph must be 20,000 characters or fewer',
    ]);
  });

  it('refuses letter edits of the wrong shape, and unknown fields in them', () => {
    const lines = problems(envelopeText(exported({ letterEdits: { grant: { paragraphs: { opening: 5 }, editedAgainst: 'a', script: '<x>' }, other: 'text' } })));
    expect(lines).toEqual([
      'f.json: cases[0].letterEdits.grant.paragraphs.opening: Each edited paragraph must be text',
      'f.json: cases[0].letterEdits.grant: Unknown field: script',
      expect.stringMatching(/^f\.json: cases\[0\]\.letterEdits\.other: .+ must be a group of fields \(a JSON object\), found the text "text"$/),
    ]);
  });

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    const read = readCasesText(`\uFEFF${JSON.stringify(emptyCase('bom'))}`);
    expect(read.ok && read.items[0]?.result.ok).toBe(true);
  });
});

describe('messages a person reads', () => {
  it('never uses zod’s default wording, and names the field', () => {
    const file = { ...emptyCase('a'), identity: 'x', criminality: { convictions: ['x'] }, scenario: { title: 't', expected: { citations: [1] } } };
    const lines = problems(JSON.stringify(file));
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) {
      expect(line).not.toMatch(ZOD_DEFAULT_WORDING);
      expect(line).toMatch(/^f\.json: [a-zA-Z[]/);
    }
    expect(lines).toContain('f.json: identity: Who the person is must be a group of fields (a JSON object), found the text "x"');
    expect(lines).toContain('f.json: scenario.expected.citations[0]: Each expected citation must be text');
  });

  it('calls 1e400 "not a number we can use", not "null"', () => {
    const version = problems('{"format":"calais-settlement-case","version":1e400,"id":"a"}');
    expect(version).toEqual(['f.json: version: Version must be a whole number from 1, found a number we cannot use (too large, or not a number)']);
    const months = problems('{"format":"calais-settlement-case","version":1,"id":"a","criminality":{"convictions":[{"id":"c","sentenceLengthMonths":1e400}]}}');
    expect(months).toHaveLength(1);
    expect(months[0]).toMatch(/criminality\.convictions\[0\]\.sentenceLengthMonths: .*not a number we can use/);
    expect(months[0]).not.toMatch(/null/);
    const envelope = problems(envelopeText(exported({ revision: Infinity })).replace('"revision":null', '"revision":1e400'));
    expect(envelope[0]).toMatch(/cases\[0\]\.revision: .*not a number we can use/);
  });

  it('cuts a long list of problems with a count', () => {
    const file = { ...emptyCase('a'), criminality: { convictions: Array.from({ length: 57 }, (_, i) => ({ id: `c${i}`, convictedOn: 'no' })) } };
    const lines = problems(JSON.stringify(file));
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('f.json: … and 37 more problems');
  });
});

describe('clearIssues on a parse made without parseWithSchema', () => {
  it('still rewrites zod’s default wording', async () => {
    const { z } = await import('zod');
    const { clearIssues } = await import('../issues');
    const result = z.strictObject({ a: z.string(), b: z.enum(['x', 'y']) }).safeParse({ a: 1, b: 'z', c: 1 });
    const issues = result.success ? [] : clearIssues(result.error);
    expect(issues.length).toBe(3);
    for (const issue of issues) expect(issue.message).not.toMatch(ZOD_DEFAULT_WORDING);
    expect(issues).toContainEqual({ path: 'a', message: 'The field “a” must be text, found another kind of value' });
  });
});

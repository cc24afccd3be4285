import { describe, expect, it } from 'vitest';
import { emptyCase } from '../../../src/case';
import { filesInIndex, filterLibrary, loadScenarioLibrary, type FetchText, type ValidEntry } from './scenarioLibrary';

function scenario(id: string, outcome: 'grant-settlement' | 'refuse-settlement', topics: ('criminality' | 'eligibility')[]) {
  return { ...emptyCase(id), scenario: { title: `Scenario ${id}.`, topics, expected: { outcome, citations: [] } } };
}

function stubFetch(files: Record<string, string>): FetchText {
  return async (url) => {
    const name = url.replace('./scenarios/', '');
    const body = files[name];
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, text: async () => body ?? '' };
  };
}

describe('the scenario index', () => {
  it('accepts a list of names, or { scenarios } with names or { file } entries', () => {
    expect(filesInIndex(['a.json', 'b.json'])).toEqual(['a.json', 'b.json']);
    expect(filesInIndex({ scenarios: ['a.json', { file: 'b.json' }] })).toEqual(['a.json', 'b.json']);
    expect(filesInIndex({ nothing: true })).toBeUndefined();
  });
});

describe('loading the library', () => {
  it('lists each broken file with its own error and still loads the others', async () => {
    const files = {
      'index.json': JSON.stringify(['good.json', 'not-json.json', 'invalid.json', 'missing.json', 'no-scenario.json', '../escape.json']),
      'good.json': JSON.stringify(scenario('good', 'grant-settlement', ['eligibility'])),
      'not-json.json': '{ this is not json',
      'invalid.json': JSON.stringify({ ...scenario('bad', 'grant-settlement', []), decisionDate: '2023-02-29' }),
      'no-scenario.json': JSON.stringify(emptyCase('plain')),
    };
    const entries = await loadScenarioLibrary(stubFetch(files));
    expect(entries.map((entry) => [entry.file, entry.ok])).toEqual([
      ['good.json', true],
      ['not-json.json', false],
      ['invalid.json', false],
      ['missing.json', false],
      ['no-scenario.json', false],
      ['../escape.json', false],
    ]);
    const errors = Object.fromEntries(entries.filter((entry) => !entry.ok).map((entry) => [entry.file, entry.ok ? '' : entry.error]));
    expect(errors['not-json.json']).toBe('The file is not valid JSON');
    expect(errors['invalid.json']).toMatch(/^decisionDate: Decision date must be a real date/);
    expect(errors['missing.json']).toContain('HTTP 404');
    expect(errors['no-scenario.json']).toContain('no scenario block');
  });

  it('fails clearly when the index itself is unusable', async () => {
    await expect(loadScenarioLibrary(stubFetch({}))).rejects.toThrow('HTTP 404');
    await expect(loadScenarioLibrary(stubFetch({ 'index.json': '[' }))).rejects.toThrow('not valid JSON');
  });
});

describe('filtering', () => {
  const entries = [
    { file: 'a.json', ok: true, caseFile: scenario('a', 'grant-settlement', ['eligibility']) },
    { file: 'b.json', ok: true, caseFile: scenario('b', 'refuse-settlement', ['criminality']) },
    { file: 'c.json', ok: true, caseFile: scenario('c', 'refuse-settlement', ['eligibility', 'criminality']) },
  ] as ValidEntry[];
  it('keeps the scenarios with the chosen outcome and topic', () => {
    expect(filterLibrary(entries, '', '').map((e) => e.file)).toEqual(['a.json', 'b.json', 'c.json']);
    expect(filterLibrary(entries, 'refuse-settlement', '').map((e) => e.file)).toEqual(['b.json', 'c.json']);
    expect(filterLibrary(entries, 'refuse-settlement', 'eligibility').map((e) => e.file)).toEqual(['c.json']);
    expect(filterLibrary(entries, 'grant-settlement', 'criminality')).toEqual([]);
  });
});

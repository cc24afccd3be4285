import { describe, expect, it } from 'vitest';
import { emptyCase } from '../../../src/case';
import { filesInIndex, filterLibrary, loadRelatedScenarios, loadScenarioLibrary, relatedOutcomeName, routeOfRelatedFolder, type FetchText, type ValidEntry } from './scenarioLibrary';

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

describe('loading the related routes’ scenarios', () => {
  const block = { title: 'An excluded person with no ECHR barrier is refused.', expected: { outcome: 'refuse', citations: ['RL: Application of the restricted leave policy'] } };
  it('reads each file under its route’s folder, naming the route, and lists each broken file with its error', async () => {
    const files = {
      'related/index.json': JSON.stringify({ scenarios: [{ file: 'restricted-leave/a.json' }, { file: 'fee-status/no-block.json' }, { file: 'elsewhere/b.json' }, { file: 'restricted-leave/missing.json' }] }),
      'related/restricted-leave/a.json': JSON.stringify({ format: 'restricted-leave-case', version: 1, scenario: block }),
      'related/fee-status/no-block.json': JSON.stringify({ format: 'calais-fee-status-case', version: 1 }),
    };
    const entries = await loadRelatedScenarios(stubFetch(files), './scenarios/related/');
    expect(entries.map((e) => (e.ok ? [e.file, e.route, e.routeId, e.scenario.title] : [e.file, e.error]))).toEqual([
      ['restricted-leave/a.json', 'restricted-leave', 'restricted-leave', block.title],
      ['fee-status/no-block.json', 'The file has no valid scenario block (title and expected outcome)'],
      ['elsewhere/b.json', "The file must be in a route's folder (settlement-protection, discretionary-leave, restricted-leave, fee-status)"],
      ['restricted-leave/missing.json', 'The file could not be loaded (HTTP 404)'],
    ]);
  });

  it('maps each folder to the registry’s route, and names outcomes in plain words', () => {
    expect(routeOfRelatedFolder('fee-status')).toBe('calais-fee-status');
    expect(routeOfRelatedFolder('nowhere')).toBeUndefined();
    expect(relatedOutcomeName('restricted-leave', 'not-in-scope')).toBe('Not within the restricted leave policy');
    expect(relatedOutcomeName('calais-fee-status', 'home-fees')).toBe('Home fee status');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyCase, type CaseFile } from '../../../src/case';
import { decisionCanStart, sectionStatus, unfinishedPages } from './status';

const today = '2025-06-01';
const scenario = (file: string) => JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')) as CaseFile;

/** The blocker path: "Any convictions?" changed to Yes on a finished case, and no conviction added. */
function yesWithNoConvictions(): CaseFile {
  const file = scenario('01-grant-clean.json');
  return { ...file, criminality: { ...file.criminality, hasConvictions: true, convictions: [] } };
}

describe('the outcome and the letters wait until the decision can start', () => {
  it('a finished case: the decision can start and nothing is unfinished', () => {
    const file = scenario('01-grant-clean.json');
    expect(decisionCanStart(file, today)).toBe(true);
    expect(unfinishedPages(file, today)).toEqual([]);
  });

  it('convictions answered yes with none added: the decision cannot start, and the conviction list is named', () => {
    const file = yesWithNoConvictions();
    expect(sectionStatus('criminality', file, {}, today)).toBe('in-progress');
    expect(decisionCanStart(file, today)).toBe(false);
    expect(unfinishedPages(file, today)).toEqual([
      { section: 'criminality', step: 'conviction-list', ctx: {}, title: 'Convictions and disposals', todo: 'add the conviction, or change the answer to No' },
    ]);
  });

  it('the same with the convictions list missing altogether, and with charges answered yes and none added', () => {
    const file = scenario('01-grant-clean.json');
    expect(decisionCanStart({ ...file, criminality: { hasConvictions: true, hasPendingCharges: false } }, today)).toBe(false);
    const charges: CaseFile = { ...file, criminality: { ...file.criminality, hasPendingCharges: true } };
    expect(decisionCanStart(charges, today)).toBe(false);
    expect(unfinishedPages(charges, today).map((page) => page.step)).toEqual(['charge-list']);
  });

  it('a conviction with its details missing: the conviction page is named', () => {
    const file = scenario('01-grant-clean.json');
    const withItem: CaseFile = { ...file, criminality: { ...file.criminality, hasConvictions: true, convictions: [{ id: 'c1', offence: 'Theft' }] } };
    expect(unfinishedPages(withItem, today)).toEqual([{ section: 'criminality', step: 'conviction', ctx: { item: 'c1' }, title: 'Conviction or disposal', todo: 'finish “Theft”' }]);
  });

  it('dependants answered yes with none added, and a 352T child whose own answers are missing', () => {
    const file = scenario('01-grant-clean.json');
    const none: CaseFile = { ...file, dependants: { hasDependants: true, people: [] } };
    expect(unfinishedPages(none, today).map((page) => [page.section, page.step])).toEqual([['dependants', 'dependant-list']]);
    const family = scenario('47-dependants-in-line-and-family-route.json');
    const people = (family.dependants?.people ?? []).map((person, index) => (index === 0 ? { ...person, criminality: {} } : person));
    const child: CaseFile = { ...family, dependants: { hasDependants: true, people } };
    const first = people[0]?.id;
    expect(decisionCanStart(child, today)).toBe(false);
    expect(unfinishedPages(child, today).map((page) => [page.step, page.ctx.dependant])).toEqual([['criminality', first]]);
  });

  it('an empty case: every section with pages to finish, and the decision section is never listed', () => {
    const pages = unfinishedPages(emptyCase('x'), today);
    expect(decisionCanStart(emptyCase('x'), today)).toBe(false);
    expect([...new Set(pages.map((page) => page.section))]).toEqual(['initial-contact', 'questionnaire', 'criminality', 'dependants']);
    expect(pages.map((page) => page.step)).not.toContain('decision-date');
  });

  it('the list of unfinished pages is empty exactly when the decision can start, on every scenario', () => {
    const files = JSON.parse(readFileSync('public/scenarios/index.json', 'utf8')) as { file: string }[] | { scenarios: { file: string }[] };
    const list = Array.isArray(files) ? files : files.scenarios;
    expect(list.length).toBeGreaterThan(10);
    for (const { file } of list) {
      const facts = scenario(file);
      for (const variant of [facts, { ...facts, criminality: { ...facts.criminality, hasConvictions: true, convictions: [] } }]) {
        expect(unfinishedPages(variant, today).length === 0, file).toBe(decisionCanStart(variant, today));
      }
    }
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyCase, migrateCaseFile, type CaseFile } from '../../../src/case';
import { offeredLetters, PROCESS_LETTERS } from '../letters/offered';
import { decide } from '../../../src/rules';
import { decisionCanStart, sectionStatus, unfinishedPages } from './status';

const today = '2025-06-01';
const scenario = (file: string) => JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')) as CaseFile;
/** Scenario files read as the app reads them (older versions migrated). */
const migrated = (file: string) => {
  const result = migrateCaseFile(JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')));
  if (!result.ok) throw new Error(`${file} does not migrate`);
  return result.value as CaseFile;
};

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
    expect(unfinishedPages(child, today).map((page) => [page.step, page.ctx.dependant])).toEqual([['criminality', first]]);
    // The person is granted whatever the child's own answers turn out to be: the decision can start.
    expect(decide(child, { decisionDate: child.decisionDate ?? today })).toMatchObject({ outcome: 'grant-settlement', waitsForAnswers: false });
    expect(decisionCanStart(child, today)).toBe(true);
  });

  it('an empty case: every section with pages to finish, and the decision section is never listed', () => {
    const pages = unfinishedPages(emptyCase('x'), today);
    expect(decisionCanStart(emptyCase('x'), today)).toBe(false);
    expect([...new Set(pages.map((page) => page.section))]).toEqual(['initial-contact', 'questionnaire', 'criminality', 'dependants']);
    expect(pages.map((page) => page.step)).not.toContain('decision-date');
  });

  it('on every scenario the decision can start exactly when no page is unfinished or the core’s outcome waits for no answer', () => {
    const files = JSON.parse(readFileSync('public/scenarios/index.json', 'utf8')) as { file: string }[] | { scenarios: { file: string }[] };
    const list = Array.isArray(files) ? files : files.scenarios;
    expect(list.length).toBeGreaterThan(10);
    for (const { file } of list) {
      const facts = migrated(file);
      for (const variant of [facts, { ...facts, criminality: { ...facts.criminality, hasConvictions: true, convictions: [] } }]) {
        const decision = decide(variant, { decisionDate: variant.decisionDate ?? today });
        expect(decisionCanStart(variant, today), file).toBe(unfinishedPages(variant, today).length === 0 || !decision.waitsForAnswers);
      }
    }
  });
});

describe('the decision can start before every page is finished only when the core says the outcome waits for no answer', () => {
  it.each([
    ['64-child-answer-missing-main-granted.json', 'grant-settlement', 'dependants'],
    ['65-prosecution-held-finding-unrecorded.json', 'on-hold-pending-prosecution', 'criminality'],
    ['71-section-72-overseas-unanswered.json', 'refuse-settlement', 'criminality'],
  ] as const)('%s: pages unfinished, outcome %s shown, its letters offered', (file, outcome, section) => {
    const caseFile = migrated(file);
    expect(unfinishedPages(caseFile, today).map((page) => page.section)).toContain(section);
    expect(sectionStatus('decision', caseFile, {}, today)).not.toBe('cannot-start');
    expect(decisionCanStart(caseFile, today)).toBe(true);
    const offered = offeredLetters(caseFile, today, undefined);
    expect(offered.decision.outcome).toBe(outcome);
    expect(offered.ready).toBe(true);
    expect(offered.letters.map((letter) => letter.kind)).toContain(outcome === 'grant-settlement' ? 'grant' : outcome === 'refuse-settlement' ? 'refusal' : 'hold');
  });

  it('a hold is shown with the unrecorded finding that could still turn it into a refusal', () => {
    const decision = decide(migrated('65-prosecution-held-finding-unrecorded.json'), { decisionDate: today });
    expect(decision.waitsForAnswers).toBe(false);
    expect(decision.couldChangeOutcome.map((answer) => answer.path)).toEqual(['suitability.nhs-debt.applies']);
  });

  it('a known eligibility failure shows early, before the questionnaire section is finished, and serves nothing', () => {
    const file = scenario('06-not-in-uk.json');
    const early: CaseFile = { ...file, questionnaire: {} };
    expect(unfinishedPages(early, today).map((page) => page.section)).toContain('questionnaire');
    expect(decisionCanStart(early, today)).toBe(true);
    const offered = offeredLetters(early, today, undefined);
    expect(offered.decision).toMatchObject({ outcome: 'not-eligible', beforeConsideration: true });
    expect(offered.letters.map((letter) => letter.kind)).not.toContain('not-eligible');
  });

  it.each([
    ['convictions', (file: CaseFile): CaseFile => ({ ...file, criminality: { ...file.criminality, hasConvictions: true, convictions: [] } })],
    ['pending charges', (file: CaseFile): CaseFile => ({ ...file, criminality: { ...file.criminality, hasPendingCharges: true, pendingCharges: [] } })],
    ['dependants', (file: CaseFile): CaseFile => ({ ...file, dependants: { hasDependants: true, people: [] } })],
  ])('yes with an empty %s list on a case that would be granted: not shown, and no grant letter', (_name, change) => {
    const caseFile = change(scenario('01-grant-clean.json'));
    expect(decide(caseFile, { decisionDate: today })).toMatchObject({ outcome: 'awaiting-information', waitsForAnswers: true });
    expect(decisionCanStart(caseFile, today)).toBe(false);
    const offered = offeredLetters(caseFile, today, undefined);
    expect(offered.ready).toBe(false);
    expect(offered.letters.map((letter) => letter.kind)).not.toContain('grant');
    expect(offered.letters.every((letter) => PROCESS_LETTERS.has(letter.kind))).toBe(true);
  });

  it('a firm refusal with "Any convictions?" unanswered and a list still kept under it waits: a "No" would make the record inconsistent', () => {
    const file = scenario('37-352j-v-nhs-debt-part-9.json');
    const stale: CaseFile = { ...file, criminality: { hasPendingCharges: false, convictions: [{ id: 'c1', kind: 'custodial', convictedOn: '2020-01-01', sentenceLengthMonths: 2 }] } };
    const decision = decide(stale, { decisionDate: today });
    expect(decision.outcome).toBe('refuse-settlement');
    expect(decision.couldChangeOutcome.map((answer) => answer.path)).toContain('criminality.hasConvictions');
    expect(decision.waitsForAnswers).toBe(true);
    expect(decisionCanStart(stale, today)).toBe(false);
  });
});

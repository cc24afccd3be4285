import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUITABILITY_GROUND_CODES, emptyCase, type CaseFile, type SuitabilityGroundCode } from '../../../src/case';
import { decide } from '../../../src/rules';
import { applyStep } from './apply';
import { stepComplete } from './flow';
import { groundCitation, groundLabel } from './groundLabels';
import { groundsOnPage, STEPS, type FormStep } from './steps';
import { choiceFromDraft, choiceFromFindings, choiceToDraft, choiceToValues, GROUND_GROUPS, overlapWarnings, toggleChoice, type SuitabilityChoice } from './suitability';

const today = '2025-06-01';
const step = STEPS.suitability as FormStep;
const scenario = (file: string) => JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')) as CaseFile;
/** A finished case whose suitability page has not been answered. */
const unanswered = (): CaseFile => ({ ...scenario('01-grant-clean.json'), suitability: {} });
const codesOf = (file: CaseFile) => groundsOnPage(file, {});
const submit = (file: CaseFile, choice: SuitabilityChoice) => {
  const values = choiceToValues(choice, codesOf(file));
  if (!values) throw new Error('nothing chosen');
  return applyStep(step, file, {}, values, file.decisionDate ?? today);
};
const empty: SuitabilityChoice = { selected: [], none: false, notes: {} };

describe('suitability checkboxes → findings', () => {
  it('the page untouched leaves every finding unanswered: unknown, and the page incomplete', () => {
    const file = unanswered();
    const choice = choiceFromFindings(file.suitability, codesOf(file));
    expect(choice).toEqual(empty);
    expect(choiceToValues(choice, codesOf(file))).toBeUndefined();
    expect(stepComplete('suitability', file, {}, today)).toBe(false);
    expect(decide(file, { decisionDate: file.decisionDate ?? today }).outcome).toBe('awaiting-information');
  });

  it('two grounds ticked with notes: those apply with their notes, every other ground on the page does not apply', () => {
    const file = unanswered();
    const codes = codesOf(file);
    let choice = toggleChoice(empty, codes, 'nhs-debt', true);
    choice = toggleChoice(choice, codes, 'deception', true);
    choice = { ...choice, notes: { 'nhs-debt': 'Owes £900', deception: 'Used a false passport' } };
    const after = submit(file, choice);
    expect(after.suitability?.['nhs-debt']).toEqual({ applies: true, note: 'Owes £900' });
    expect(after.suitability?.deception).toEqual({ applies: true, note: 'Used a false passport' });
    for (const code of codes.filter((c) => c !== 'nhs-debt' && c !== 'deception')) expect(after.suitability?.[code], code).toEqual({ applies: false });
    // 352J(iv) is not on this page (no section 72 conviction), so it is not answered for the person.
    expect(codes).not.toContain('danger-to-community');
    expect(after.suitability?.['danger-to-community']).toBeUndefined();
    expect(stepComplete('suitability', after, {}, today)).toBe(true);
    expect(choiceFromFindings(after.suitability, codes)).toEqual({ selected: ['deception', 'nhs-debt'], none: false, notes: { 'nhs-debt': 'Owes £900', deception: 'Used a false passport' } });
  });

  it('a ground ticked without a note: the page is not complete (the note is required)', () => {
    const file = submit(unanswered(), toggleChoice(empty, codesOf(unanswered()), 'nhs-debt', true));
    expect(file.suitability?.['nhs-debt']).toEqual({ applies: true });
    expect(stepComplete('suitability', file, {}, today)).toBe(false);
  });

  it('"None of these" sets every ground on the page to not applying, and reads back as "None of these"', () => {
    const file = unanswered();
    const codes = codesOf(file);
    const after = submit(file, toggleChoice(empty, codes, 'none', true));
    for (const code of codes) expect(after.suitability?.[code], code).toEqual({ applies: false });
    expect(stepComplete('suitability', after, {}, today)).toBe(true);
    expect(choiceFromFindings(after.suitability, codes)).toEqual({ selected: [], none: true, notes: {} });
    expect(decide(after, { decisionDate: after.decisionDate ?? today }).outcome).toBe('grant-settlement');
  });

  it('"None of these" is exclusive: ticking it clears the grounds, ticking a ground clears it', () => {
    const codes = codesOf(unanswered());
    const some = toggleChoice(toggleChoice(empty, codes, 'deception', true), codes, 'nhs-debt', true);
    const none = toggleChoice(some, codes, 'none', true);
    expect(none.selected).toEqual([]);
    expect(none.none).toBe(true);
    const again = toggleChoice(none, codes, 'exclusion', true);
    expect(again).toMatchObject({ selected: ['exclusion'], none: false });
    expect(toggleChoice(again, codes, 'exclusion', false)).toMatchObject({ selected: [], none: false });
  });

  it('saved findings with some unanswered: only the grounds that apply are ticked, and "None of these" is not', () => {
    const codes = codesOf(unanswered());
    expect(choiceFromFindings({ deception: { applies: false } }, codes)).toEqual(empty);
    expect(choiceFromFindings({ deception: { applies: true, note: 'n' }, 'nhs-debt': { applies: false } }, codes)).toEqual({ selected: ['deception'], none: false, notes: { deception: 'n' } });
  });

  it('a note kept on a ground found not to apply is left as it was', () => {
    const file: CaseFile = { ...unanswered(), suitability: { deception: { applies: true, note: 'Earlier note' } } };
    const after = submit(file, toggleChoice(empty, codesOf(file), 'none', true));
    expect(after.suitability?.deception).toEqual({ applies: false, note: 'Earlier note' });
  });

  it('a 352T child: the same mapping on the child’s own findings', () => {
    const family = scenario('47-dependants-in-line-and-family-route.json');
    const child = family.dependants?.people?.find((person) => person.relationship === 'child' && person.holds352T);
    if (!child) throw new Error('no child');
    const ctx = { dependant: child.id };
    const codes = groundsOnPage(family, ctx);
    const values = choiceToValues({ selected: ['criminality-other'], none: false, notes: { 'criminality-other': 'Caution' } }, codes);
    if (!values) throw new Error('nothing chosen');
    const after = applyStep(step, family, ctx, values, today);
    const saved = after.dependants?.people?.find((person) => person.id === child.id)?.suitability;
    expect(saved?.['criminality-other']).toEqual({ applies: true, note: 'Caution' });
    expect(saved?.deception).toEqual({ applies: false });
    expect(after.suitability).toEqual(family.suitability);
  });

  it('drafts: the ticks as typed come back, and an older yes/no draft reads yes as ticked', () => {
    const codes = codesOf(unanswered());
    const choice: SuitabilityChoice = { selected: ['deception'], none: false, notes: { deception: 'typed' } };
    expect(choiceFromDraft(choiceToDraft(choice, codes), codes)).toEqual(choice);
    expect(choiceFromDraft(choiceToDraft({ ...empty, none: true }, codes), codes)).toEqual({ ...empty, none: true });
    expect(choiceFromDraft({ 'ground-deception': 'yes', 'ground-nhs-debt': 'no' }, codes)).toEqual({ selected: ['deception'], none: false, notes: {} });
    expect(choiceFromDraft(undefined, codes)).toBeUndefined();
  });
});

describe('suitability page labels, groups and warnings', () => {
  it('every ground is in exactly one group', () => {
    const grouped = GROUND_GROUPS.flatMap((group) => group.codes);
    expect([...grouped].sort()).toEqual([...SUITABILITY_GROUND_CODES].sort());
  });

  it('labels follow the numbering in force on the decision date, and show both while it is unknown', () => {
    expect(groundCitation('criminality-serious', '2025-11-10')).toBe('9.4.1');
    expect(groundCitation('criminality-serious', '2025-11-11')).toBe('SUI 5.1');
    expect(groundCitation('criminality-serious', undefined)).toBe('9.4.1 / SUI 5.1');
    expect(groundCitation('excluded-from-protection', undefined)).toBe('352J(i)');
    expect(groundLabel('nhs-debt', undefined)).toBe('NHS debt (9.11.1 / SUI 16.1)');
    const file = emptyCase('x');
    const label = (date?: string) => step.fields(date ? { ...file, decisionDate: date } : file, {}, today).find((field) => field.name === 'ground-exclusion')?.label;
    expect(label()).toBe('Exclusion (9.5.1 / SUI 4.1)');
    expect(label('2025-11-10')).toBe('Exclusion (9.5.1)');
    expect(label('2025-11-11')).toBe('Exclusion (SUI 4.1)');
  });

  const pairs: [SuitabilityGroundCode, SuitabilityGroundCode, string, string][] = [
    ['excluded-from-protection', 'exclusion', '352J(i)', 'SUI 4.1'],
    ['criminality-serious', 'persistent-offender', 'SUI 5.1', 'STP 2.1(e)'],
    ['criminality-serious', 'serious-harm', 'SUI 5.1', 'STP 2.1(f)'],
    ['not-conducive', 'settlement-not-conducive', 'SUI 3.1', 'STP 2.1(g)'],
  ];
  it.each(pairs)('%s with %s: a warning naming %s and %s', (a, b, first, second) => {
    const warnings = overlapWarnings([a, b], '2025-12-01');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`both ${first} and ${second}`);
    expect(overlapWarnings([a], '2025-12-01')).toEqual([]);
    expect(overlapWarnings([b], '2025-12-01')).toEqual([]);
  });

  it('before 11 November 2025 and with no date the warning uses those numberings', () => {
    expect(overlapWarnings(['excluded-from-protection', 'exclusion'], '2025-11-10')[0]).toContain('both 352J(i) and 9.5.1');
    expect(overlapWarnings(['not-conducive', 'settlement-not-conducive'], undefined)[0]).toContain('both 9.3.1 / SUI 3.1 and STP 2.1(g)');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyCase, type CaseFile } from '../../../src/case';
import { applyStep } from './apply';
import { nextTarget, previousTarget, sectionStart, stepApplies } from './flow';
import { isoToParts } from './dateParts';
import { displayValue, isShown, readValues, validateValues, writeValues, type Field } from './fields';
import { cannotStartReason, draftKey, sectionStatus } from './status';
import { STEPS, type FormStep } from './steps';

const today = '2025-06-01';
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};
const scenario = (file: string) => JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')) as CaseFile;

describe('section status', () => {
  it('an empty case: every section not started, the decision cannot start yet', () => {
    const file = emptyCase('x');
    expect(sectionStatus('initial-contact', file, {}, today)).toBe('not-started');
    expect(sectionStatus('questionnaire', file, {}, today)).toBe('not-started');
    expect(sectionStatus('criminality', file, {}, today)).toBe('not-started');
    expect(sectionStatus('dependants', file, {}, today)).toBe('not-started');
    expect(sectionStatus('decision', file, {}, today)).toBe('cannot-start');
  });

  it('a draft or one answer makes a section in progress', () => {
    const file = emptyCase('x');
    expect(sectionStatus('initial-contact', file, { [draftKey('person', {})]: { givenNames: 'A' } }, today)).toBe('in-progress');
    expect(sectionStatus('initial-contact', { ...file, identity: { givenNames: 'A' } }, {}, today)).toBe('in-progress');
    expect(sectionStatus('dependants', file, { [draftKey('criminality', { dependant: 'd1' })]: {} }, today)).toBe('in-progress');
  });

  it('a complete scenario: every section completed', () => {
    const file = scenario('47-dependants-in-line-and-family-route.json');
    for (const section of ['initial-contact', 'questionnaire', 'criminality', 'dependants', 'decision'] as const) {
      expect(sectionStatus(section, file, {}, today), section).toBe('completed');
    }
  });

  it('section 67 leave: criminality and dependants are not needed, and the decision can start', () => {
    const file: CaseFile = { ...scenario('01-grant-clean.json'), leave: { transferredOn: '2016-11-01', transferBasis: 'other', type: 'section-67', grantedOn: '2017-03-01' } };
    expect(sectionStatus('questionnaire', file, {}, today)).toBe('completed');
    expect(sectionStatus('criminality', file, {}, today)).toBe('cannot-start');
    expect(cannotStartReason('criminality', file, today)).toMatch(/Not needed/);
    expect(sectionStatus('decision', file, {}, today)).toBe('completed');
  });

  it('a 352T child without answers to their own criminality leaves Dependants in progress', () => {
    const file = scenario('47-dependants-in-line-and-family-route.json');
    const people = file.dependants?.people?.map((person, index) => (index === 0 ? { ...person, criminality: {} } : person));
    expect(sectionStatus('dependants', { ...file, dependants: { hasDependants: true, ...(people ? { people } : {}) } }, {}, today)).toBe('in-progress');
  });
});

describe('navigation', () => {
  it('skips pages that do not apply and ends a section at the overview', () => {
    const file = scenario('01-grant-clean.json');
    expect(nextTarget('person', {}, file, ids())).toEqual({ page: 'step', step: 'contact-details', ctx: {} });
    expect(nextTarget('questionnaire-returned', {}, file, ids())).toEqual({ page: 'overview' });
    const opted = { ...file, otherApplication: { outstanding: true } };
    expect(nextTarget('questionnaire-returned', {}, opted, ids())).toEqual({ page: 'step', step: 'calais-policy-choice', ctx: {} });
    expect(nextTarget('decision-date', {}, file, ids())).toEqual({ page: 'check-answers' });
  });

  it('section 67 leave skips the rest of the questionnaire', () => {
    const file: CaseFile = { ...emptyCase('x'), leave: { type: 'section-67' } };
    expect(nextTarget('leave', {}, file, ids())).toEqual({ page: 'overview' });
    expect(stepApplies('criminality', file, {})).toBe(false);
    expect(sectionStart('criminality', file, ids())).toBeUndefined();
  });

  it('an empty add-another list goes straight to adding the first item; an item returns to its list', () => {
    const file: CaseFile = { ...emptyCase('x'), criminality: { hasConvictions: true, hasPendingCharges: false } };
    expect(nextTarget('criminality', {}, file, ids())).toEqual({ page: 'step', step: 'conviction', ctx: { item: 'new-1' } });
    expect(nextTarget('conviction', { item: 'c1' }, file, ids())).toEqual({ page: 'step', step: 'conviction-list', ctx: {} });
    expect(previousTarget('conviction', { item: 'c1' }, file)).toEqual({ page: 'step', step: 'criminality', ctx: {} });
  });

  it('a dependant with 352T leave is asked their own criminality; anyone else is not', () => {
    const file = scenario('47-dependants-in-line-and-family-route.json');
    expect(nextTarget('dependant', { dependant: 'd1' }, file, ids())).toEqual({ page: 'step', step: 'criminality', ctx: { dependant: 'd1' } });
    expect(nextTarget('dependant', { dependant: 'd9' }, file, ids())).toEqual({ page: 'step', step: 'dependant-list', ctx: {} });
    expect(nextTarget('suitability', { dependant: 'd1' }, file, ids())).toEqual({ page: 'step', step: 'dependant-list', ctx: {} });
    expect(previousTarget('criminality', { dependant: 'd1' }, file)).toEqual({ page: 'step', step: 'dependant', ctx: { dependant: 'd1' } });
  });
});

describe('fields', () => {
  const fields: Field[] = [
    { kind: 'yesNo', name: 'has', path: 'a.has', label: 'Has', required: 'Select yes if it has' },
    { kind: 'date', name: 'on', path: 'a.on', label: 'On', noun: 'date it happened', required: 'Enter the date it happened', past: true, showIf: { name: 'has', equals: 'yes' } },
  ];

  it('validates only the questions shown, and leaves hidden answers in the file', () => {
    expect(validateValues(fields, { has: '', on: isoToParts(undefined) }, today).map((p) => p.message)).toEqual(['Select yes if it has']);
    expect(validateValues(fields, { has: 'yes', on: { day: '31', month: '2', year: '2020' } }, today)[0]).toMatchObject({ message: 'Date it happened must be a real date', fieldId: 'on-day' });
    const written = writeValues(fields, { a: { on: '2020-01-01' } }, { has: 'no', on: isoToParts(undefined) });
    expect(written).toEqual({ a: { has: false, on: '2020-01-01' } });
    const values = readValues(fields, written);
    expect(isShown(fields[1] as Field, fields, values)).toBe(false);
    expect(displayValue(fields[0] as Field, values)).toBe('No');
  });

  it('a page written then read gives the same answers', () => {
    const step = STEPS.conviction as FormStep;
    const file: CaseFile = { ...emptyCase('x'), criminality: { hasConvictions: true } };
    const values = {
      offence: 'Theft',
      convictedOn: { day: '10', month: '3', year: '2020' },
      where: 'uk',
      kind: 'custodial',
      sentenceLengthMonths: '6',
      sentenceEndsOn: { day: '9', month: '9', year: '2020' },
      appealPending: 'no',
    };
    const after = applyStep(step, file, { item: 'c1' }, values, today);
    expect(after.criminality?.convictions).toEqual([
      { id: 'c1', offence: 'Theft', convictedOn: '2020-03-10', where: 'uk', kind: 'custodial', sentenceLengthMonths: 6, sentenceEndsOn: '2020-09-09', appealPending: false },
    ]);
  });

  it('the letter version follows from an outstanding application, and a removed representative is deleted', () => {
    const letter = STEPS['initial-contact-letter'] as FormStep;
    const file = applyStep(letter, emptyCase('x'), {}, { outstanding: 'yes', route: '', madeOn: isoToParts(undefined), inTime: 'yes', letterSentOn: isoToParts('2025-01-02'), responseReceived: 'no', respondedOn: isoToParts(undefined) }, today);
    expect(file.initialContact?.letterVersion).toBe('outstanding-application');
    const representative = STEPS.representative as FormStep;
    const withRep = applyStep(representative, file, {}, { hasRepresentative: 'yes', repName: 'A Solicitor' }, today);
    expect(withRep.contact?.representative?.name).toBe('A Solicitor');
    const removed = applyStep(representative, withRep, {}, { hasRepresentative: 'no', repName: 'A Solicitor' }, today);
    expect(removed.contact).toEqual({ hasRepresentative: false });
  });
});

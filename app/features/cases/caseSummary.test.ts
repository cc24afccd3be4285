import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyCase, type CaseFile } from '../../../src/case';
import { newRecord } from '../../cases/repository';
import { caseName, caseStage, matchesSearch } from './caseSummary';

describe('case list summaries', () => {
  it('names a case by the person, or says the name is not recorded', () => {
    expect(caseName({ ...emptyCase('a'), identity: { givenNames: ' Amira ', familyName: 'Haddad' } })).toBe('Amira Haddad');
    expect(caseName(emptyCase('a'))).toBe('Name not recorded');
  });

  it('finds a case by name (ignoring case and accents) or by reference (ignoring spaces and slashes)', () => {
    const record = newRecord({ ...emptyCase('a'), identity: { givenNames: 'José', familyName: 'Núñez', homeOfficeReference: 'N12/345 678' } }, 'case');
    expect(matchesSearch(record, 'jose nunez')).toBe(true);
    expect(matchesSearch(record, 'n12345678')).toBe(true);
    expect(matchesSearch(record, 'smith')).toBe(false);
    expect(matchesSearch(record, '   ')).toBe(true);
  });

  it('gives the stage: not started, in progress, or decided with the outcome once a decision date is recorded', () => {
    expect(caseStage(emptyCase('a'), {}, '2026-11-23')).toEqual({ stage: 'Not started' });
    expect(caseStage({ ...emptyCase('a'), identity: { givenNames: 'A' }, leave: { type: 'calais-352J' } }, {}, '2026-11-23').stage).toBe('In progress (0 of 5 sections completed)');
    const decided = caseStage({ ...emptyCase('a'), decisionDate: '2026-11-23', leave: { type: 'section-67' } }, {}, '2026-11-23');
    expect(['Decided', 'Awaiting information']).toContain(decided.stage);
  });
});

describe('stage of a case with every section answered but the decision date', () => {
  it('counts the task list sections completed, as the case overview does', () => {
    const { decisionDate: _decided, ...undated } = JSON.parse(readFileSync('public/scenarios/01-grant-clean.json', 'utf8')) as CaseFile;
    expect(caseStage(undated, {}, '2026-11-23').stage).toBe('In progress (4 of 5 sections completed)');
  });
});

describe('search', () => {
  it('does not match the placeholder of an unnamed case', () => {
    expect(matchesSearch(newRecord(emptyCase('a'), 'case'), 'recorded')).toBe(false);
  });
});

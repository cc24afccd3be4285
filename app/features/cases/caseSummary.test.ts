import { describe, expect, it } from 'vitest';
import { emptyCase } from '../../../src/case';
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
    expect(caseStage(emptyCase('a'))).toEqual({ stage: 'Not started' });
    expect(caseStage({ ...emptyCase('a'), identity: { givenNames: 'A' }, leave: { type: 'calais-352J' } }).stage).toBe('In progress (2 of 9 sections started)');
    const decided = caseStage({ ...emptyCase('a'), decisionDate: '2026-11-23', leave: { type: 'section-67' } });
    expect(['Decided', 'Awaiting information']).toContain(decided.stage);
  });
});

describe('search', () => {
  it('does not match the placeholder of an unnamed case', () => {
    expect(matchesSearch(newRecord(emptyCase('a'), 'case'), 'recorded')).toBe(false);
  });
});

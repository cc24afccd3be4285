import { describe, expect, it } from 'vitest';
import { emptyCase, fieldLabel, formatPath, parseCaseFile } from './index';

const minimal = { format: 'calais-settlement-case', version: 2, id: 'case-1' };

describe('parseCaseFile', () => {
  it('accepts an empty case: every answer is optional', () => {
    expect(parseCaseFile(minimal)).toEqual({ ok: true, value: minimal });
    const empty = emptyCase('case-2');
    expect(parseCaseFile(empty)).toEqual({ ok: true, value: empty });
  });

  it('refuses a date that does not exist, naming the field', () => {
    const result = parseCaseFile({ ...minimal, identity: { dateOfBirth: '2023-02-29' } });
    expect(result).toEqual({ ok: false, issues: [{ path: 'identity.dateOfBirth', message: 'Date of birth must be a real date written YYYY-MM-DD' }] });
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseCaseFile({ ...minimal, decisionDate: '2024-02-29' }).ok).toBe(true);
  });

  it('refuses a sentence that ends before the conviction, with the path of the field', () => {
    const result = parseCaseFile({
      ...minimal,
      criminality: { hasConvictions: true, convictions: [{ id: 'c1', convictedOn: '2020-05-01', sentenceEndsOn: '2020-04-30' }] },
    });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'criminality.convictions[0].sentenceEndsOn', message: 'Date the sentence ends must be on or after the date of conviction' }],
    });
  });

  it('accepts a sentence that ends on the day of conviction', () => {
    const result = parseCaseFile({
      ...minimal,
      criminality: { hasConvictions: true, convictions: [{ id: 'c1', convictedOn: '2020-05-01', sentenceEndsOn: '2020-05-01' }] },
    });
    expect(result.ok).toBe(true);
  });

  it('refuses a BID revoked before it was issued', () => {
    const result = parseCaseFile({ ...minimal, leave: { bidIssuedOn: '2017-03-01', bidRevokedOn: '2017-02-28' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('leave.bidRevokedOn');
  });

  it('refuses values outside a fixed list, saying which values are allowed', () => {
    const result = parseCaseFile({ ...minimal, questionnaire: { biometrics: 'maybe' } });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'questionnaire.biometrics', message: 'Biometrics must be one of: not-required, enrolled, outstanding' }],
    });
  });

  it('reports unknown fields rather than dropping them', () => {
    const result = parseCaseFile({ ...minimal, leave: { bidIssuedDate: '2017-03-01' } });
    expect(result).toEqual({ ok: false, issues: [{ path: 'leave', message: 'Unknown field: bidIssuedDate' }] });
  });

  it('refuses another format and a newer version', () => {
    expect(parseCaseFile({ ...minimal, format: 'something-else' })).toMatchObject({ ok: false, issues: [{ path: 'format' }] });
    expect(parseCaseFile({ ...minimal, version: 3 })).toMatchObject({ ok: false, issues: [{ path: 'version' }] });
    expect(parseCaseFile('text')).toMatchObject({ ok: false, issues: [{ path: '' }] });
  });

  it('needs an id on each conviction, charge and dependant', () => {
    const result = parseCaseFile({ ...minimal, dependants: { hasDependants: true, people: [{ relationship: 'child' }] } });
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'dependants.people[0].id' }] });
  });
});

describe('formatPath and fieldLabel', () => {
  it('writes paths with dots and list positions', () => {
    expect(formatPath(['criminality', 'convictions', 0, 'sentenceEndsOn'])).toBe('criminality.convictions[0].sentenceEndsOn');
  });
  it('names fields in plain English', () => {
    expect(fieldLabel('leave.bidIssuedOn')).toBe('Date the biometric immigration document was issued');
    expect(fieldLabel('criminality.convictions[1].kind')).toBe('Kind of sentence or disposal (conviction 2)');
    expect(fieldLabel('suitability.nhs-debt.applies')).toBe('Finding: NHS debt of £500 or more');
    expect(fieldLabel('dependants.people[0].holds352T')).toBe('Whether the dependant was granted leave under paragraph 352T (dependant 1)');
    expect(fieldLabel('dependants.people[1].suitability.deception.applies')).toBe('Dependant 2: Finding: deception');
  });
});

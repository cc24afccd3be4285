import { describe, expect, it } from 'vitest';
import { isoToParts, readDateParts } from './dateParts';
import { todayIso } from './today';

const rules = { noun: 'date of conviction', required: true, past: true, today: '2025-06-01' };

describe('readDateParts', () => {
  it('reads a real date', () => {
    expect(readDateParts({ day: '5', month: '2', year: '2020' }, rules)).toEqual({ ok: true, value: '2020-02-05' });
    expect(readDateParts({ day: ' 05 ', month: 'Feb', year: '2020' }, rules)).toEqual({ ok: true, value: '2020-02-05' });
  });
  it('asks for a missing date only when required', () => {
    expect(readDateParts({ day: '', month: '', year: '' }, rules)).toMatchObject({ ok: false, message: 'Enter the date of conviction' });
    expect(readDateParts(undefined, { noun: 'date of birth' })).toEqual({ ok: true, value: undefined });
  });
  it('names the missing parts', () => {
    expect(readDateParts({ day: '1', month: '', year: '2020' }, rules)).toEqual({ ok: false, message: 'Date of conviction must include a month', parts: ['month'] });
    expect(readDateParts({ day: '1', month: '', year: '' }, rules)).toEqual({ ok: false, message: 'Date of conviction must include a month and year', parts: ['month', 'year'] });
  });
  it('refuses dates that do not exist and letters', () => {
    expect(readDateParts({ day: '31', month: '2', year: '2020' }, rules)).toEqual({ ok: false, message: 'Date of conviction must be a real date', parts: ['day'] });
    expect(readDateParts({ day: '29', month: '2', year: '2023' }, rules)).toMatchObject({ ok: false, message: 'Date of conviction must be a real date' });
    expect(readDateParts({ day: '1', month: '13', year: '2020' }, rules)).toMatchObject({ ok: false, parts: ['month'] });
    expect(readDateParts({ day: 'ab', month: 'cd', year: 'efgh' }, rules)).toEqual({ ok: false, message: 'Date of conviction must be a real date', parts: ['day', 'month', 'year'] });
    expect(readDateParts({ day: '1', month: '2', year: '20' }, rules)).toEqual({ ok: false, message: 'Year must include 4 numbers', parts: ['year'] });
  });
  it('accepts 29 February in a leap year', () => {
    expect(readDateParts({ day: '29', month: '2', year: '2024' }, rules)).toEqual({ ok: true, value: '2024-02-29' });
  });
  it('refuses a future date where the date must be in the past, and accepts today', () => {
    expect(readDateParts({ day: '2', month: '6', year: '2025' }, rules)).toMatchObject({ ok: false, message: 'Date of conviction must be in the past' });
    expect(readDateParts({ day: '1', month: '6', year: '2025' }, rules)).toEqual({ ok: true, value: '2025-06-01' });
  });
  it('refuses an end before the start', () => {
    const end = { noun: 'date the sentence ends', required: true, notBefore: { value: '2020-03-10', noun: 'date of conviction' } };
    expect(readDateParts({ day: '9', month: '3', year: '2020' }, end)).toMatchObject({
      ok: false,
      message: 'Date the sentence ends must be the same as or after the date of conviction',
    });
    expect(readDateParts({ day: '10', month: '3', year: '2020' }, end)).toEqual({ ok: true, value: '2020-03-10' });
  });
});

describe('isoToParts', () => {
  it('round-trips', () => {
    expect(isoToParts('2020-02-05')).toEqual({ day: '5', month: '2', year: '2020' });
    expect(readDateParts(isoToParts('2016-10-17'), rules)).toEqual({ ok: true, value: '2016-10-17' });
    expect(isoToParts(undefined)).toEqual({ day: '', month: '', year: '' });
  });
});

describe('todayIso', () => {
  it('uses the local calendar date', () => {
    expect(todayIso(new Date(2024, 1, 29, 0, 30))).toBe('2024-02-29');
  });
});

import { describe, expect, it } from 'vitest';
import { suggestedEnd } from './sentence';

const base = { kind: 'custodial', convictedOn: { day: '10', month: '3', year: '2020' } };

describe('suggestedEnd', () => {
  it('adds whole months by the calendar', () => {
    expect(suggestedEnd({ ...base, sentenceLengthMonths: '6' })).toBe('2020-09-10');
    expect(suggestedEnd({ ...base, convictedOn: { day: '31', month: '8', year: '2020' }, sentenceLengthMonths: '6' })).toBe('2021-02-28');
  });
  it('adds a fraction of a month as days', () => {
    expect(suggestedEnd({ ...base, sentenceLengthMonths: '0.5' })).toBe('2020-03-25');
  });
  it('suggests nothing without a custodial sentence, a real date or a length', () => {
    expect(suggestedEnd({ ...base, kind: 'suspended', sentenceLengthMonths: '6' })).toBeUndefined();
    expect(suggestedEnd({ ...base, convictedOn: { day: '31', month: '2', year: '2020' }, sentenceLengthMonths: '6' })).toBeUndefined();
    expect(suggestedEnd({ ...base, sentenceLengthMonths: 'six' })).toBeUndefined();
  });
});

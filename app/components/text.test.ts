import { describe, expect, it } from 'vitest';
import { isolate, midSentence } from './text';

describe('midSentence', () => {
  it('lowers the capital of an ordinary first word', () => {
    expect(midSentence('Date of birth')).toBe('date of birth');
    expect(midSentence('Given names')).toBe('given names');
    expect(midSentence('Nationality')).toBe('nationality');
  });

  it('keeps acronyms, paragraph numbers and names', () => {
    expect(midSentence('NHS debt')).toBe('NHS debt');
    expect(midSentence('UK address')).toBe('UK address');
    expect(midSentence('SUI 5.1 applies')).toBe('SUI 5.1 applies');
    expect(midSentence('9.4.1 ground')).toBe('9.4.1 ground');
    expect(midSentence('Home Office reference')).toBe('Home Office reference');
    expect(midSentence('Calais leave questionnaire')).toBe('Calais leave questionnaire');
    expect(midSentence('A')).toBe('A');
  });

  it('leaves every later word alone, acronyms included', () => {
    expect(midSentence('Debt to the NHS (SUI 5.1)')).toBe('debt to the NHS (SUI 5.1)');
    expect(midSentence('Criminality, dependants')).toBe('criminality, dependants');
    expect(midSentence('')).toBe('');
  });
});

describe('isolate', () => {
  it('fences right-to-left names and direction controls', () => {
    expect(isolate('يوسف')).toBe('\u2068يوسف\u2069');
    expect(isolate('Amira\u202E')).toBe('\u2068Amira\u202E\u2069');
    expect(isolate('דוד')).toBe('\u2068דוד\u2069');
  });

  it('leaves other text as typed', () => {
    expect(isolate('José Núñez')).toBe('José Núñez');
    expect(isolate('<b>"Ann"</b>')).toBe('<b>"Ann"</b>');
  });
});

import { describe, expect, it } from 'vitest';
import { emptyCase } from '../../../src/case';
import { cannotStartReason } from './status';
import { STEPS } from './steps';

// Acronyms keep their case when a title goes into a message (issue 17): "NHS debt", not "nhs debt".
describe('titles inside messages', () => {
  const fields = STEPS.suitability.kind === 'form' ? STEPS.suitability.fields(emptyCase('c'), {}, '2026-01-10') : [];
  const required = (name: string) => fields.find((field) => field.name === name)?.required;

  it('keeps acronyms in the suitability grounds’ error messages', () => {
    const label = (name: string) => fields.find((field) => field.name === name)?.label;
    expect(required('note-nhs-debt')).toBe('Enter your reasons for finding that the ground “NHS debt” applies');
    expect(label('note-nhs-debt')).toBe('Your reasons for finding “NHS debt”');
    expect(required('note-danger-to-security')).toBe('Enter your reasons for finding that the ground “danger to the security of the UK” applies');
  });

  it('lowers only the first word of section titles in the decision’s hint', () => {
    expect(cannotStartReason('decision', emptyCase('c'), '2026-01-10')).toMatch(/^Complete initial contact, the questionnaire/);
  });
});

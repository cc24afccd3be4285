import { describe, expect, it } from 'vitest';
import { SUITABILITY_GROUND_CODES } from '../case/schema';
import { SUITABILITY_GROUNDS, suitabilityParagraph } from './grounds';
import { decide } from './index';
import { grantableCase } from './testing';

describe('suitabilityParagraph: the numbering in force on the decision date', () => {
  it.each([
    ['2025-11-10', '9.7.1', '9.2.1(c)', '9.8.3'],
    ['2025-11-11', 'SUI 10.1', 'SUI 2.1(c)', 'SUI 11.3'],
    ['2025-11-12', 'SUI 10.1', 'SUI 2.1(c)', 'SUI 11.3'],
  ])('on %s', (date, falseRepresentations, deportation, breach) => {
    expect(suitabilityParagraph('false-representations', date)).toBe(falseRepresentations);
    expect(suitabilityParagraph('deportation', date)).toBe(deportation);
    expect(suitabilityParagraph('immigration-breach', date)).toBe(breach);
  });
  it('leaves citations outside 352J(v) alone', () => {
    expect(suitabilityParagraph('danger-to-security', '2026-01-01')).toBe('352J(iii)');
    expect(suitabilityParagraph('persistent-offender', '2020-01-01')).toBe('STP 2.1(e)');
  });
  it('has one ground, with an explanation, for every finding in the case file', () => {
    expect(SUITABILITY_GROUNDS.map((g) => g.code)).toEqual([...SUITABILITY_GROUND_CODES]);
    for (const ground of SUITABILITY_GROUNDS) expect(ground.explanation.length).toBeGreaterThan(20);
    expect(SUITABILITY_GROUNDS.filter((g) => g.part === '352J(v)')).toHaveLength(12);
  });
  it('decisions cite the numbering of their own date', () => {
    const base = grantableCase();
    const caseFile = { ...base, suitability: { ...base.suitability, 'nhs-debt': { applies: true } } };
    const cite = (date: string) => decide(caseFile, { decisionDate: date }).reasons.filter((r) => r.status === 'not-met').map((r) => r.citation);
    expect(cite('2025-11-10')).toEqual(['9.11.1']);
    expect(cite('2025-11-11')).toEqual(['SUI 16.1']);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decideRelated, migrateRelatedCase, relatedCaseSchema, type RelatedCase, type RelatedDecision } from '../../related';
import { renderText } from '../text';
import { TEST_SIGNATORY } from '../testing';
import type { Letter } from '../types';
import { notMetCitations, relatedLettersFor, type RelatedPerson } from './index';

const DIR = fileURLToPath(new URL('../../../public/scenarios/related/', import.meta.url));
const PERSON: RelatedPerson = { name: 'Amal Haddad', homeOfficeReference: 'H1234567', address: '1 High Street\nCroydon CR0 1AA' };
const OPTIONS = { signatory: TEST_SIGNATORY, today: '2026-11-24' };

function scenarios(route: string): { name: string; caseFile: RelatedCase; decision: RelatedDecision }[] {
  return readdirSync(`${DIR}${route}`)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const caseFile = relatedCaseSchema.parse(migrateRelatedCase(JSON.parse(readFileSync(`${DIR}${route}/${file}`, 'utf8'))));
      const result = decideRelated(caseFile);
      if (!result.ok) throw new Error(`${file}: ${result.errors.join('; ')}`);
      return { name: file, caseFile, decision: result.decision };
    });
}

const protection = scenarios('settlement-protection');
const restricted = scenarios('restricted-leave');

/** Words only the code uses, which must never reach a letter. */
const RAW = /undefined|null|NaN|\[object|not-met|further-permission|option-\d|permitted-for-course|notify-only|specific-area|public-funds|stp-\d|rl-|refugee-status|humanitarian-protection\b(?!\))/;

function checkText(letter: Letter) {
  const text = renderText(letter);
  expect(text).not.toMatch(RAW);
  expect(text).toContain('Amal Haddad');
  expect(text).toContain('Alex Morgan');
  return text;
}

describe('settlement protection letters', () => {
  it.each(protection)('$name: one letter for a decided outcome, none otherwise', ({ caseFile, decision }) => {
    const letters = relatedLettersFor(caseFile, decision, PERSON, OPTIONS);
    const expected = { settle: ['protection-grant'], 'further-permission': ['protection-further-permission'], refuse: ['protection-refusal'] } as Record<string, string[]>;
    expect(letters.map((l) => l.id)).toEqual(expected[decision.outcome] ?? []);
    for (const letter of letters) {
      checkText(letter);
      expect(letter.warnings).toEqual([]);
    }
  });

  it('a refusal cites exactly the paragraphs of the reasons not met, and the paragraph refused under', () => {
    const refused = protection.filter((s) => s.decision.outcome === 'refuse');
    expect(refused.length).toBeGreaterThan(0);
    for (const { caseFile, decision } of refused) {
      const [letter] = relatedLettersFor(caseFile, decision, PERSON, OPTIONS);
      if (!letter) throw new Error('no letter');
      const cited = letter.blocks.filter((b) => b.kind === 'heading' && b.level === 4).map((b) => (b.kind === 'heading' ? b.text : ''));
      const citations = notMetCitations(decision);
      expect(cited).toEqual(citations.map((c) => `Paragraph ${c} of Appendix Settlement Protection to the Immigration Rules`));
      const text = renderText(letter);
      expect(text).toContain(`paragraph ${decision.decisionCitation ?? ''} of Appendix`);
      // No paragraph of Appendix Settlement Protection is named that the decision does not rest on.
      const named = [...text.matchAll(/[Pp]aragraph (STP [0-9A-Z.()a-z]+) of/g)].map((m) => m[1]);
      for (const n of named) expect([...citations, decision.decisionCitation]).toContain(n);
    }
  });

  it('the 30-month grant names the period, the requirements not met and the date the five years complete', () => {
    const further = protection.find((s) => s.decision.outcome === 'further-permission' && s.decision.route === 'settlement-protection' && s.decision.eligibleFrom);
    if (!further) throw new Error('no further-permission scenario with eligibleFrom');
    const [letter] = relatedLettersFor(further.caseFile, further.decision, PERSON, OPTIONS);
    if (!letter) throw new Error('no letter');
    const text = renderText(letter);
    expect(text).toContain('for 30 months under paragraph STP 5.2');
    expect(text).toContain('14 March 2027');
  });
});

describe('restricted leave letters', () => {
  it.each(restricted)('$name: cover letter and notice for a grant only', ({ caseFile, decision }) => {
    const letters = relatedLettersFor(caseFile, decision, PERSON, OPTIONS);
    expect(letters.map((l) => l.id)).toEqual(decision.outcome === 'grant' ? ['restricted-leave-cover', 'restricted-leave-conditions'] : []);
    for (const letter of letters) checkText(letter);
  });

  it('the notice states every condition with its reason, and the travel lapse for 6 months or less', () => {
    const granted = restricted.filter((s) => s.decision.outcome === 'grant');
    expect(granted.length).toBeGreaterThan(0);
    for (const { caseFile, decision } of granted) {
      if (decision.route !== 'restricted-leave') continue;
      const [cover, notice] = relatedLettersFor(caseFile, decision, PERSON, OPTIONS);
      if (!cover || !notice) throw new Error('letters missing');
      const text = renderText(notice);
      for (const condition of decision.conditions ?? []) {
        expect(text).toContain(condition.text);
        if (condition.because.trim() !== '') expect(text).toContain(`Why we have imposed this condition: ${condition.because.trim()}`);
      }
      const lapse = 'Your leave will lapse if you travel outside the Common Travel Area';
      expect(text.includes(lapse)).toBe(decision.lapsesOnTravelOutsideCommonTravelArea === true);
      expect(renderText(cover).includes(lapse)).toBe(decision.lapsesOnTravelOutsideCommonTravelArea === true);
      expect(renderText(cover)).toContain(`for ${decision.durationMonths ?? 0} months from the date of this letter`);
    }
  });
});

describe('the frame', () => {
  const [first] = protection;
  if (!first) throw new Error('no scenarios');

  it('prints markers and warns, never blanks, when the person’s details or the signatory are missing', () => {
    const [letter] = relatedLettersFor(first.caseFile, first.decision, {}, { today: '2026-11-24', signatory: undefined });
    if (!letter) throw new Error('no letter');
    const text = renderText(letter);
    expect(text).toContain('[not recorded: name]');
    expect(text).toContain('[not recorded: address]');
    expect(text).toContain('[No signatory set');
    expect(text).not.toMatch(/undefined/);
    expect(letter.warnings).toHaveLength(4);
  });

  it('keeps a name with markup as the characters typed (the preview renders text only)', () => {
    const name = '<img src=x onerror=alert(1)>';
    const [letter] = relatedLettersFor(first.caseFile, first.decision, { ...PERSON, name }, OPTIONS);
    if (!letter) throw new Error('no letter');
    expect(renderText(letter)).toContain(`Dear ${name}`);
  });

  it('builds from the case and the decision only: the same inputs give the same letter', () => {
    const a = relatedLettersFor(first.caseFile, first.decision, PERSON, OPTIONS);
    const b = relatedLettersFor(structuredClone(first.caseFile), structuredClone(first.decision), PERSON, OPTIONS);
    expect(a).toEqual(b);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decideRelated, migrateRelatedCase, relatedCaseSchema, type RelatedCase, type RelatedDecision } from '../../related';
import { outcomeTitle } from '../../related/plainWords';
import { renderDocx } from '../docx';
import { renderText } from '../text';
import { copiedTextAsParagraphs, docxParagraphs, TEST_SIGNATORY } from '../testing';
import type { Letter } from '../types';
import { notMetCitations, relatedLettersFor, type RelatedPerson } from './index';

const DIR = fileURLToPath(new URL('../../../public/scenarios/related/', import.meta.url));
const PERSON: RelatedPerson = { name: 'Amal Haddad', homeOfficeReference: 'H1234567', address: '1 High Street\nCroydon CR0 1AA' };
const OPTIONS = { signatory: TEST_SIGNATORY, today: '2026-11-24' };

interface Scenario {
  route: string;
  name: string;
  caseFile: RelatedCase;
  decision: RelatedDecision;
}

function decided(route: string, name: string, json: unknown): Scenario {
  const caseFile = relatedCaseSchema.parse(migrateRelatedCase(json));
  const result = decideRelated(caseFile);
  if (!result.ok) throw new Error(`${name}: ${result.errors.join('; ')}`);
  return { route, name, caseFile, decision: result.decision };
}

function scenarios(route: string): Scenario[] {
  return readdirSync(`${DIR}${route}`)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => decided(route, file.replace(/\.json$/, ''), JSON.parse(readFileSync(`${DIR}${route}/${file}`, 'utf8'))));
}

const ROUTES = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const protection = scenarios('settlement-protection');
const discretionary = scenarios('discretionary-leave');
const restricted = scenarios('restricted-leave');
const fees = scenarios('fee-status');
const all = ROUTES.flatMap(scenarios);

/** Settlement after DL (qualifying on 1 November 2025) where the basis of DL will clearly end within 12 months: deferred (no scenario file has it). */
function deferred(): Scenario {
  const file = JSON.parse(readFileSync(`${DIR}discretionary-leave/04-settlement-after-120-months.json`, 'utf8')) as Record<string, unknown>;
  return decided('discretionary-leave', 'settlement-deferred', { ...file, scenario: undefined, decisionDate: '2026-01-15', settlement: { basisEndsWithin12Months: true } });
}

function letterText(letters: readonly Letter[]): string {
  return letters.length === 0 ? 'No letter fits this outcome.\n' : letters.map((l) => `${'='.repeat(100)}\n${l.title} [${l.id}]\n${'='.repeat(100)}\n${renderText(l)}`).join('\n');
}

// ---- plain words: no internal id or code reaches a letter ----

/** Ids that are words of the Rules too, and read as English in a sentence. */
const ALSO_ENGLISH: ReadonlySet<string> = new Set(['non-custodial']);

/** Every string value the related-route case schemas allow for a choice (their enums and literals). */
function schemaValues(): string[] {
  const out = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'enum' && Array.isArray(value)) for (const v of value) if (typeof v === 'string') out.add(v);
        if (key === 'const' && typeof value === 'string') out.add(value);
        walk(value);
      }
    }
  };
  walk(z.toJSONSchema(relatedCaseSchema, { unrepresentable: 'any', io: 'input' }));
  return [...out];
}

/** The ids the code uses: kebab-case choice values, outcomes, reason and action codes, condition choices. */
function internalIds(): string[] {
  const ids = new Set(schemaValues());
  for (const { decision } of [...all, deferred()]) {
    ids.add(decision.outcome);
    for (const r of decision.reasons) ids.add(r.code);
    for (const a of decision.actions) ids.add(a.code);
    if (decision.route === 'restricted-leave') for (const c of decision.conditions ?? []) ids.add(c.choice);
  }
  // A kebab-case id (`notify-only`, `option-1`, `rl-condition-work`) is code, whatever route it is
  // from, unless it is also the Rules' own English word ("a non-custodial sentence", STP 2.1(d)).
  return [...ids].filter((id) => /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(id) && !ALSO_ENGLISH.has(id));
}

const IDS = internalIds();
const ID_PATTERN = new RegExp(`(?<![\\w-])(?:${IDS.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w-])`);
const CODE_PATTERN = /undefined|\[object|\bNaN\b|\bnull\b|\boption-\d|\b(?:dl|rl|stp|fee)-[a-z0-9]/;

/** The internal ids and code words in `text`, if any. */
function codesIn(text: string): string[] {
  return [...new Set([...text.matchAll(new RegExp(ID_PATTERN.source, 'g')), ...text.matchAll(new RegExp(CODE_PATTERN.source, 'g'))].map((m) => m[0]))].sort();
}

describe('plain words, never internal codes', () => {
  it('collects the ids to look for from the schemas and decisions (the check can fail)', () => {
    for (const id of ['option-1', 'notify-only', 'two-monthly', 'further-permission', 'consider-temporary-permission-to-stay', 'late-application-sui-13-1']) expect(IDS).toContain(id);
    expect(codesIn('Work condition: option-1. Residence: notify-only. Reporting two-monthly.')).toEqual(['notify-only', 'option-1', 'two-monthly']);
    expect(codesIn('Report to the Secretary of State every two months.')).toEqual([]);
  });

  it.each([...all, deferred()].map((s) => [`${s.route}/${s.name}`, s] as const))('%s: no letter shows an internal id or code', (_, { caseFile, decision }) => {
    for (const letter of relatedLettersFor(caseFile, decision, PERSON, OPTIONS)) {
      const text = renderText(letter);
      expect(codesIn(text), letter.id).toEqual([]);
      expect(codesIn(letter.title), letter.id).toEqual([]);
      for (const [label, value] of Object.entries(letter.facts)) expect(codesIn(`${label}: ${value}`), `${letter.id} fact ${label}`).toEqual([]);
    }
  });

  it.each([...all, deferred()].map((s) => [`${s.route}/${s.name}`, s] as const))('%s: no reason, action or outcome title on the result page shows one', (_, { decision }) => {
    expect(codesIn(outcomeTitle(decision))).toEqual([]);
    for (const r of decision.reasons) expect(codesIn(r.text), r.code).toEqual([]);
    for (const a of decision.actions) expect(codesIn(a.text), a.code).toEqual([]);
  });

  it('every route has at least one letter or assessment among its scenarios', () => {
    for (const route of ROUTES) expect(scenarios(route).some((s) => relatedLettersFor(s.caseFile, s.decision, PERSON, OPTIONS).length > 0), route).toBe(true);
  });
});

// ---- snapshots: every related letter of every scenario, reviewed by hand ----

describe('snapshots of every related letter for every scenario', () => {
  it.each([...all, deferred()].map((s) => [`${s.route}/${s.name}`, s] as const))('%s', async (_, { route, name, caseFile, decision }) => {
    const header = `Scenario: ${caseFile.scenario?.title ?? name}\nOutcome: ${decision.outcome}\n`;
    await expect(`${header}\n${letterText(relatedLettersFor(caseFile, decision, PERSON, OPTIONS))}`).toMatchFileSnapshot(`__snapshots__/${route}/${name}.txt`);
  });
});

// ---- the .docx: the same text, every part well-formed XML ----

describe('the .docx of related letters', () => {
  it('holds the same text as the text rendering, every part parsing as XML, for one letter of each id', async () => {
    const seen = new Set<string>();
    for (const { caseFile, decision } of [...all, deferred()]) {
      for (const letter of relatedLettersFor(caseFile, decision, PERSON, OPTIONS)) {
        if (seen.has(letter.id)) continue;
        seen.add(letter.id);
        // docxParagraphs parses every XML part with a conforming parser and throws if one is not well-formed.
        const { paragraphs } = await docxParagraphs(await renderDocx(letter));
        const lines = copiedTextAsParagraphs(renderText(letter));
        expect(paragraphs.filter((line) => line !== ''), letter.id).toEqual(lines);
      }
    }
    // Protection 3, DL 7, restricted leave 2, fee status 1: every letter the related routes have.
    expect([...seen].sort()).toEqual(
      [
        'protection-grant',
        'protection-further-permission',
        'protection-refusal',
        'dl-grant',
        'dl-further-grant',
        'dl-settlement',
        'dl-settlement-deferred',
        'dl-settlement-refused-further-grant',
        'dl-refusal',
        'dl-temporary-permission',
        'restricted-leave-cover',
        'restricted-leave-conditions',
        'fee-status-assessment',
      ].sort(),
    );
  });

  it('keeps names with markup, quotes and right-to-left script as typed, escaped in the XML, without bidi controls', async () => {
    const name = '<img src=x onerror=alert(1)> "Zoë" O’Brien أحمد\u202E';
    for (const s of [protection[0], discretionary[0], restricted[0], fees[0]]) {
      if (!s) throw new Error('no scenario');
      const [letter] = relatedLettersFor(s.caseFile, s.decision, { ...PERSON, name }, OPTIONS);
      if (!letter) throw new Error(`${s.route}: no letter`);
      const shown = '<img src=x onerror=alert(1)> "Zoë" O’Brien أحمد';
      const text = renderText(letter);
      expect(text).toContain(shown);
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      const { xml, paragraphs } = await docxParagraphs(await renderDocx(letter));
      expect(xml).not.toContain('<img');
      expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;Zoë&quot; O’Brien أحمد');
      expect(paragraphs.some((line) => line.includes(shown))).toBe(true);
    }
  });
});

// ---- what each route's letters say ----

function checkText(letter: Letter) {
  const text = renderText(letter);
  expect(text).toContain('Amal Haddad');
  expect(text).toContain('Alex Morgan');
  return text;
}

describe('settlement protection letters', () => {
  it.each(protection.map((s) => [s.name, s] as const))('%s: one letter for a decided outcome, none otherwise', (_, { caseFile, decision }) => {
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

describe('discretionary leave letters', () => {
  const expected: Record<string, string[]> = {
    '01-medical-case-granted-30-months': ['dl-grant'],
    '02-custodial-sentence-18-months-refused': ['dl-refusal'],
    '03-further-dl-five-criteria-granted': ['dl-further-grant'],
    '04-settlement-after-120-months': ['dl-settlement'],
    '10-child-ilr-referred': [],
    '11-settlement-refused-further-dl-five-criteria': ['dl-settlement-refused-further-grant'],
    '14-yes-with-no-sentence-listed-incomplete': [],
    '15-modern-slavery-further-leave-to-tps': ['dl-temporary-permission'],
  };
  it.each(Object.entries(expected))('%s: %j', (name, ids) => {
    const s = discretionary.find((d) => d.name === name);
    if (!s) throw new Error(`no scenario ${name}`);
    const letters = relatedLettersFor(s.caseFile, s.decision, PERSON, OPTIONS);
    expect(letters.map((l) => l.id)).toEqual(ids);
    for (const letter of letters) checkText(letter);
  });

  it('a grant states the decision’s period and section; a refusal every section not met', () => {
    for (const { caseFile, decision } of discretionary) {
      const [letter] = relatedLettersFor(caseFile, decision, PERSON, OPTIONS);
      if (!letter || decision.route !== 'discretionary-leave') continue;
      const text = renderText(letter);
      if (decision.outcome === 'grant') expect(text).toContain(`for ${decision.durationMonths ?? 'none'} months`);
      if (decision.outcome === 'refuse') {
        const headings = letter.blocks.filter((b) => b.kind === 'heading' && b.level === 4).length;
        expect(headings).toBe(notMetCitations(decision).length);
      }
      expect(text).toContain(`the section “${(decision.decisionCitation ?? '').replace(/^DL: /, '')}”`);
    }
  });

  it('leave of 6 months or less says it lapses on travel; a deferral gives the latest date', () => {
    const s = deferred();
    expect(s.decision.outcome).toBe('defer-settlement');
    const [letter] = relatedLettersFor(s.caseFile, s.decision, PERSON, OPTIONS);
    if (!letter || s.decision.route !== 'discretionary-leave') throw new Error('no letter');
    expect(renderText(letter)).toContain(`Settlement cannot be deferred beyond ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${s.decision.deferUntil ?? ''}T00:00:00Z`))}`);
    const withLapse = discretionary.find((d) => d.decision.actions.some((a) => a.code === 'lapses-on-travel'));
    if (withLapse) {
      const [grant] = relatedLettersFor(withLapse.caseFile, withLapse.decision, PERSON, OPTIONS);
      expect(renderText(grant as Letter)).toContain('Your leave will lapse if you travel outside the United Kingdom');
    }
  });
});

describe('restricted leave letters', () => {
  it.each(restricted.map((s) => [s.name, s] as const))('%s: cover letter and notice for a grant only', (_, { caseFile, decision }) => {
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

describe('the fee status assessment', () => {
  it.each(fees.map((s) => [s.name, s] as const))('%s: an assessment for a decided outcome, not a letter', (_, { caseFile, decision }) => {
    const docs = relatedLettersFor(caseFile, decision, PERSON, OPTIONS);
    expect(docs.map((d) => d.kind)).toEqual(decision.outcome === 'incomplete' ? [] : ['assessment']);
    for (const doc of docs) {
      const text = renderText(doc);
      expect(text).toContain('It is not a decision of the Home Office');
      expect(text).not.toContain('Dear ');
      // Every criterion the decision lists, with its status.
      for (const r of decision.reasons) expect(text).toContain(`: ${{ met: 'met', 'not-met': 'not met', unknown: 'not yet known' }[r.status]}`);
    }
  });
});

describe('the one frame', () => {
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
    expect(letter.warnings).toEqual([
      'No signatory is set: add the caseworker’s name, team and office address on the Settings page.',
      'Name is not recorded.',
      'Home Office reference is not recorded.',
      'The person’s address is not recorded.',
    ]);
  });

  it('has the Calais letters’ sender, details and signature, without a date of birth row (these cases record none)', () => {
    const [letter] = relatedLettersFor(first.caseFile, first.decision, PERSON, OPTIONS);
    if (!letter) throw new Error('no letter');
    expect(letter.blocks.map((b) => b.kind).slice(0, 4)).toEqual(['address', 'address', 'details', 'heading']);
    const details = letter.blocks[2];
    expect(details?.kind === 'details' ? details.rows.map((r) => r.label) : []).toEqual(['Our reference', 'Date', 'Name']);
    expect(letter.blocks.at(-1)).toEqual({ kind: 'signature', closing: 'Yours sincerely', lines: ['Alex Morgan', 'Calais Leave Settlement Team', 'Home Office'] });
  });

  it('builds from the case and the decision only: the same inputs give the same letter', () => {
    const a = relatedLettersFor(first.caseFile, first.decision, PERSON, OPTIONS);
    const b = relatedLettersFor(structuredClone(first.caseFile), structuredClone(first.decision), PERSON, OPTIONS);
    expect(a).toEqual(b);
  });
});

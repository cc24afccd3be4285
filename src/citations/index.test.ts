import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../case';
import { addDays } from '../dates';
import { decideRelated } from '../related';
import { decide, SUITABILITY_GROUNDS, SUITABILITY_NUMBERING } from '../rules';
import { CITATION_ENTRIES, citation, citationLabel, citationOn, findCitation } from './index';
import { scanCitations } from './testing';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every citation a decision shows: reasons (and each dependant's), actions, and the decision's own citation. */
function decisionCitations(decision: {
  reasons: readonly { citation: string }[];
  dependants?: readonly { reasons: readonly { citation: string }[] }[];
  actions: readonly { code: string; citation?: string }[];
  decisionCitation?: string;
}): string[] {
  const out = decision.reasons.map((r) => r.citation);
  for (const d of decision.dependants ?? []) out.push(...d.reasons.map((r) => r.citation));
  for (const a of decision.actions) if (a.citation !== undefined) out.push(a.citation);
  if (decision.decisionCitation !== undefined) out.push(decision.decisionCitation);
  return out;
}

function scenarioFiles(directory: string): string[] {
  const index = JSON.parse(readFileSync(`${ROOT}${directory}index.json`, 'utf8')) as { scenarios: { file: string }[] };
  return index.scenarios.map((s) => `${directory}${s.file}`);
}

/** Each scenario file (Calais and related) with the citations its decision shows and those it expects. */
const decided = [
  ...scenarioFiles('public/scenarios/').map((file) => {
    const parsed = parseCaseFile(JSON.parse(readFileSync(`${ROOT}${file}`, 'utf8')));
    if (!parsed.ok || parsed.value.decisionDate === undefined) throw new Error(`${file} is not a scenario`);
    const decision = decide(parsed.value, { decisionDate: parsed.value.decisionDate });
    return { file, shown: decisionCitations(decision), expected: parsed.value.scenario?.expected.citations ?? [] };
  }),
  ...scenarioFiles('public/scenarios/related/').map((file) => {
    const input = JSON.parse(readFileSync(`${ROOT}${file}`, 'utf8')) as { scenario?: { expected: { citations: string[] } } };
    const result = decideRelated(input);
    if (!result.ok) throw new Error(`${file}: ${result.errors.join('; ')}`);
    return { file, shown: decisionCitations(result.decision), expected: input.scenario?.expected.citations ?? [] };
  }),
];

/**
 * The citation positions whose value the source scan cannot read, each with every value it can
 * produce. A new one makes the scan test fail until it is listed here with its values.
 */
const DYNAMIC_SITES: Record<string, { text: string; produces: string[] }> = {
  'src/rules/protection/suitability.ts': {
    text: "r.citation.replace('STP 2.1', 'STP 7.1')",
    produces: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((limb) => `STP 7.1(${limb})`),
  },
};

describe('citation registry', () => {
  it('has an entry for every citation shown when deciding every scenario file, Calais and related', () => {
    expect(decided.filter((d) => d.file.includes('/related/')).length).toBeGreaterThanOrEqual(30);
    expect(decided.filter((d) => !d.file.includes('/related/')).length).toBeGreaterThanOrEqual(50);
    const unknown = decided.flatMap(({ file, shown, expected }) => [...shown, ...expected].filter((c) => findCitation(c) === undefined).map((c) => `${file}: ${c}`));
    expect(unknown).toEqual([]);
    // Both numberings and every route appear, so the check is not vacuous.
    const all = new Set(decided.flatMap((d) => d.shown));
    for (const c of ['352J(iv)', '9.7.2', 'SUI 9.1', 'STP 2.1(b)', 'STP 7.1(a)', 'DL: Key principles', 'RL: Work condition', 'FEE (a)']) expect(all, c).toContain(c);
  });

  it('has an entry for every citation written in src/rules and src/related', { timeout: 120_000 }, () => {
    const scan = scanCitations([`${ROOT}src/rules`, `${ROOT}src/related`], ROOT);
    // The scan reads the grounds table, the STP limbs and the guidance sections.
    expect(scan.citations.size).toBeGreaterThanOrEqual(100);
    for (const c of ['352I', '9.13.1', 'SUI 18.1', 'STP 2.1(g)', 'STP 8A.1(c)', 'DL: Transitional arrangements', 'RL: Active reviews', 'FEE: Becoming eligible']) {
      expect(scan.citations.has(c), c).toBe(true);
    }
    const unknown = [...scan.citations].filter(([c]) => findCitation(c) === undefined).map(([c, sites]) => `${c} (${sites.join(', ')})`);
    expect(unknown).toEqual([]);

    const dynamic = scan.dynamic.map((d) => ({ file: d.site.replace(/:\d+$/, ''), text: d.text }));
    expect(dynamic).toEqual(Object.entries(DYNAMIC_SITES).map(([file, { text }]) => ({ file, text })));
    const produced = Object.values(DYNAMIC_SITES).flatMap((d) => d.produces);
    expect(produced.filter((c) => findCitation(c) === undefined)).toEqual([]);
  });

  it('has entries the rules are about to cite: Concession 3, temporary permission to stay, the DL sections', () => {
    for (const id of ['Concession 3', 'Concession 3 (352L)', 'TPS: Victims of Human Trafficking or Slavery', 'DL: Key principles', 'DL: Considering further DL', 'DL: Considering settlement', 'DL: Pre-30 January 2023 modern slavery cases: further leave', 'Section 3C', 'Appeal pending']) {
      expect(findCitation(id)?.id, id).toBe(id);
    }
    expect(citation('Concession 3').summary).toMatch(/352L/);
    expect(citation('TPS: Victims of Human Trafficking or Slavery').source).toEqual({
      document: expect.objectContaining({ title: 'Discretionary leave', version: '10.0' }) as unknown,
      section: 'Pre-30 January 2023 modern slavery (including human trafficking) cases',
    });
  });

  describe('dated labels', () => {
    const cutOver = '2025-11-11';
    const renumbered = CITATION_ENTRIES.filter((e) => e.numbering !== undefined);

    it('reads the cut-over from the dated numbering table', () => {
      expect(SUITABILITY_NUMBERING.map((row) => [row.from, row.value])).toContainEqual([cutOver, 'part-suitability']);
    });

    it('labels each 352J(v) ground under Part 9 the day before 11 November 2025, under Part Suitability on the day and after', () => {
      const grounds = SUITABILITY_GROUNDS.filter((g) => g.part === '352J(v)');
      expect(renumbered.map((e) => e.id)).toEqual(grounds.map((g) => g.citations['part-9']));
      for (const ground of grounds) {
        for (const carried of [ground.citations['part-9'], ground.citations['part-suitability']]) {
          expect(citationLabel(carried, addDays(cutOver, -1)), carried).toBe(ground.citations['part-9']);
          expect(citationLabel(carried, cutOver), carried).toBe(ground.citations['part-suitability']);
          expect(citationLabel(carried, addDays(cutOver, 1)), carried).toBe(ground.citations['part-suitability']);
        }
      }
      expect(citationLabel('9.7.1', '2025-11-10')).toBe('9.7.1');
      expect(citationLabel('9.7.1', '2025-11-11')).toBe('SUI 10.1');
      expect(citationLabel('SUI 10.1', '2025-11-10')).toBe('9.7.1');
      expect(citationLabel('SUI 10.1', '2025-11-12')).toBe('SUI 10.1');
    });

    it('names the instrument in force on each side of the cut-over', () => {
      expect(citationOn('9.9.1', '2025-11-10')).toMatchObject({ label: '9.9.1', instrument: 'Immigration Rules, Part 9', numbering: 'part-9' });
      expect(citationOn('9.9.1', '2025-11-11')).toMatchObject({ label: 'SUI 14.1', instrument: 'Immigration Rules, Part Suitability', numbering: 'part-suitability' });
      expect(citationOn('SUI 14.1', '2025-11-12').entry).toBe(citation('9.9.1'));
    });

    it('keeps every other citation as it is on any date', () => {
      for (const entry of CITATION_ENTRIES.filter((e) => e.numbering === undefined)) {
        for (const day of [addDays(cutOver, -1), cutOver, addDays(cutOver, 1)]) {
          const dated = citationOn(entry.id, day);
          expect([dated.label, dated.instrument, dated.numbering], entry.id).toEqual([entry.id, entry.instrument, undefined]);
        }
      }
    });
  });

  describe('entries', () => {
    it('no two entries share an id or a label', () => {
      const names = CITATION_ENTRIES.flatMap((e) => [...new Set([e.id, ...Object.values(e.numbering ?? {}).map((n) => n.label)])]);
      expect(names.length).toBeGreaterThan(150);
      expect(new Set(names).size).toBe(names.length);
    });

    it('every entry has a title, a summary of one or two sentences, and a source document and section', () => {
      for (const e of CITATION_ENTRIES) {
        expect(e.title.trim(), e.id).not.toBe('');
        expect(e.paragraph.trim(), e.id).not.toBe('');
        expect(e.summary, e.id).toMatch(/^\S.*[.]$/);
        expect(e.summary.split(/(?<=\.)\s+(?=[A-Z])/).length, e.id).toBeLessThanOrEqual(2);
        expect(e.source.section.trim(), e.id).not.toBe('');
        expect(e.source.document.title.trim(), e.id).not.toBe('');
      }
    });

    it('summaries are the product’s own: none repeats a ground’s wizard explanation', () => {
      const explanations = new Set(SUITABILITY_GROUNDS.map((g) => g.explanation));
      for (const e of CITATION_ENTRIES) expect(explanations.has(e.summary), e.id).toBe(false);
    });
  });

  describe('lookups', () => {
    it('finds an entry by id, and a renumbered ground by either label', () => {
      expect(citation('STP 2.1(b)').instrument).toBe('Immigration Rules, Appendix Settlement Protection');
      expect(citation('352T').source.section).toBe('Dependants');
      expect(citation('SUI 10.1')).toBe(citation('9.7.1'));
    });

    it('throws a clear error for an unknown citation; the safe variant gives undefined', () => {
      expect(() => citation('STP 99.9')).toThrow('Unknown citation "STP 99.9": add an entry for it to the citation registry (src/citations/entries.ts)');
      expect(findCitation('STP 99.9')).toBeUndefined();
      expect(() => citationOn('STP 99.9', '2025-11-11')).toThrow('Unknown citation "STP 99.9"');
    });

    it('refuses a decision date not written YYYY-MM-DD', () => {
      expect(() => citationLabel('9.7.1', '11/11/2025')).toThrow('decisionDate: "11/11/2025" is not a date written YYYY-MM-DD');
      expect(() => citationLabel('9.7.1', '2025-02-30')).toThrow('decisionDate');
    });
  });
});

/**
 * The citation registry: one entry for every paragraph or guidance section any route cites, with
 * its instrument, its label under each numbering, a short title, the guidance document and
 * section it comes from, and a plain-English summary. Every place that shows a citation (the
 * outcome page, the explanation, letters, the decision report) looks it up here by the citation
 * the reason carries.
 *
 * The single public entry of `src/citations/`.
 */
import { isIsoDate, type IsoDate } from '../dates';
import { numberingOn } from '../rules/grounds';
import type { SuitabilityNumbering } from '../rules/parameters';
import { CITATION_ENTRIES, type CitationEntry } from './entries';

export { CITATION_ENTRIES, type CitationEntry, type CitationSource, type Instrument, type NumberedLabel } from './entries';
export { GUIDANCE_DOCUMENTS, type GuidanceDocument } from './sources';

/**
 * Every entry by every citation it is known by: its id and, for a renumbered ground, its label
 * under each numbering (`9.7.1` and `SUI 10.1` give the same entry). Building it refuses a
 * citation claimed by two entries, so the registry cannot be ambiguous.
 */
const BY_CITATION: ReadonlyMap<string, CitationEntry> = (() => {
  const map = new Map<string, CitationEntry>();
  for (const entry of CITATION_ENTRIES) {
    const names = new Set([entry.id, ...Object.values(entry.numbering ?? {}).map((n) => n.label)]);
    for (const name of names) {
      const other = map.get(name);
      if (other) throw new Error(`Citation "${name}" is claimed by two registry entries (${other.id} and ${entry.id})`);
      map.set(name, entry);
    }
  }
  return map;
})();

/** The entry for the citation `id` (an id, or a renumbered ground's label), or undefined when the registry has none. */
export function findCitation(id: string): CitationEntry | undefined {
  return BY_CITATION.get(id);
}

/**
 * The entry for the citation `id` (an id, or a renumbered ground's label under either numbering).
 * Throws, naming the citation, when the registry has no entry: every citation a rule gives must
 * have one (add it to src/citations/entries.ts).
 */
export function citation(id: string): CitationEntry {
  const entry = BY_CITATION.get(id);
  if (!entry) throw new Error(`Unknown citation "${id}": add an entry for it to the citation registry (src/citations/entries.ts)`);
  return entry;
}

/** A citation as shown on a decision date: its entry, and the label and instrument in force that day. */
export interface DatedCitation {
  entry: CitationEntry;
  /** The label under the numbering in force on the decision date (`9.7.1` to 10 November 2025, `SUI 10.1` from 11 November 2025). */
  label: string;
  /** The instrument under that numbering. */
  instrument: CitationEntry['instrument'];
  /** The numbering in force, for a renumbered ground; absent otherwise. */
  numbering?: SuitabilityNumbering;
}

/**
 * The citation `id` as shown on `decisionDate`: for a 352J(v) ground, its label in the numbering in force
 * that day (the dated table `SUITABILITY_NUMBERING`), whichever label the reason carries; for
 * every other entry, its id. Throws for an unknown citation or a date not written `YYYY-MM-DD`.
 */
export function citationOn(id: string, decisionDate: IsoDate): DatedCitation {
  if (!isIsoDate(decisionDate)) throw new Error(`decisionDate: "${String(decisionDate)}" is not a date written YYYY-MM-DD`);
  const entry = citation(id);
  if (!entry.numbering) return { entry, label: entry.id, instrument: entry.instrument };
  const numbering = numberingOn(decisionDate);
  const { label, instrument } = entry.numbering[numbering];
  return { entry, label, instrument, numbering };
}

/** The label of the citation `id` on `decisionDate` (see {@link citationOn}). */
export function citationLabel(id: string, decisionDate: IsoDate): string {
  return citationOn(id, decisionDate).label;
}

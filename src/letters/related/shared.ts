/**
 * What the related-route letters share beyond the one frame (`frameLetter` in `../compose`): the
 * person as the caseworker recorded them beside the case (the related-route case files hold no
 * name or address), and the requirements not met, one heading per paragraph, each with the
 * decision's sentences and a part for the facts relied on.
 */
import type { Reason } from '../../related';
import { editable, p, type LetterParty } from '../compose';
import { capitalise, paragraphName } from '../format';
import type { Block } from '../types';

/** The person a related-route letter is written to, as the caseworker recorded them. */
export interface RelatedPerson {
  name?: string | undefined;
  homeOfficeReference?: string | undefined;
  /** As typed: lines, or one line separated by commas. */
  address?: string | undefined;
}

/** The party of the one letter frame: no date of birth row (these case files record none), no representative on record. */
export function relatedParty(person: RelatedPerson): LetterParty {
  return { name: person.name, homeOfficeReference: person.homeOfficeReference, address: person.address };
}

/** Shown where the caseworker should write the facts relied on for a requirement not met. */
export const FACTS_TO_WRITE_RELATED = '[Write here the facts relied on.]';

/** The reasons not met, in the decision's order: the requirements a letter says were not met. */
export function notMetReasons(decision: { reasons: readonly Reason[] }): Reason[] {
  return decision.reasons.filter((r) => r.status === 'not-met');
}

/** The citations of the reasons not met, in order, each once. */
export function notMetCitations(decision: { reasons: readonly Reason[] }): string[] {
  return [...new Set(notMetReasons(decision).map((r) => r.citation))];
}

/** A reason's sentence as a letter states it: without the "Caseworker finding:" label the app shows. */
export function findingSentence(text: string): string {
  return capitalise(text.replace(/^Caseworker finding:\s*/, '').trim());
}

/** One heading per paragraph not met (but `except`), each with the decision's sentences and an editable part for the facts. */
export function requirementsNotMet(decision: { reasons: readonly Reason[] }, except: readonly string[] = []): Block[] {
  const blocks: Block[] = [];
  for (const citation of notMetCitations(decision)) {
    if (except.includes(citation)) continue;
    blocks.push({ kind: 'heading', level: 4, text: capitalise(paragraphName(citation)) });
    for (const r of notMetReasons(decision)) if (r.citation === citation) blocks.push(p(findingSentence(r.text)));
    blocks.push(editable(`facts-${citation.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`, `Facts relied on for ${citation}`, FACTS_TO_WRITE_RELATED));
  }
  return blocks;
}

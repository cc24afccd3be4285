/**
 * Letters for the related routes: settlement protection (grant, 30-month grant, refusal) and
 * restricted leave (cover letter and notice of conditions). Each is built from the case file and
 * its decision, with the person's details passed beside them (the related-route case files hold
 * none), and renders with the Calais letters' `renderText` and preview.
 */
import type { RelatedCase, RelatedDecision } from '../../related';
import type { Letter, LetterOptions } from '../types';
import type { RelatedPerson } from './frame';
import { settlementProtectionLetters } from './protection';
import { restrictedLeaveLetters } from './restricted';

export type { RelatedPerson } from './frame';
export { settlementProtectionLetters, notMetCitations } from './protection';
export { restrictedLeaveLetters } from './restricted';

/** The letters that fit a related-route decision: none for the routes without letters, or while no letter fits. */
export function relatedLettersFor(caseFile: RelatedCase, decision: RelatedDecision, person: RelatedPerson, options: LetterOptions): Letter[] {
  if (caseFile.format === 'settlement-protection-case' && decision.route === 'settlement-protection') return settlementProtectionLetters(caseFile, decision, person, options);
  if (caseFile.format === 'restricted-leave-case' && decision.route === 'restricted-leave') return restrictedLeaveLetters(caseFile, decision, person, options);
  return [];
}

/**
 * Letters for the related routes, in the one letter frame (`frameLetter` in `../compose`) and
 * model every route shares, rendered by the same `renderText`, `renderDocx` and preview:
 *
 * - settlement protection: grant, 30-month grant, refusal;
 * - discretionary leave: grant, further grant, settlement refused with further DL, settlement,
 *   settlement deferred, refusal, and the referral to temporary permission to stay;
 * - restricted leave: cover letter and notice of conditions;
 * - student fee status: no letter (a university or college assesses fee status), but a fee
 *   status assessment for the student's file, in the same model.
 *
 * Each is built from the case file and its decision, with the person's details passed beside them
 * (the related-route case files hold none). Every id and option reaches the page in plain words
 * (src/related/plainWords.ts).
 */
import type { RelatedCase, RelatedDecision } from '../../related';
import type { Letter, LetterOptions } from '../types';
import { discretionaryLeaveLetters } from './discretionary';
import { feeStatusAssessment } from './feeStatus';
import { settlementProtectionLetters } from './protection';
import { restrictedLeaveLetters } from './restricted';
import type { RelatedPerson } from './shared';

export type { RelatedPerson } from './shared';
export { notMetCitations } from './shared';
export { settlementProtectionLetters } from './protection';
export { discretionaryLeaveLetters } from './discretionary';
export { restrictedLeaveLetters } from './restricted';
export { feeStatusAssessment } from './feeStatus';

/** The letters (or, for fee status, the assessment) that fit a related-route decision: none while none fits. */
export function relatedLettersFor(caseFile: RelatedCase, decision: RelatedDecision, person: RelatedPerson, options: LetterOptions): Letter[] {
  if (caseFile.format === 'settlement-protection-case' && decision.route === 'settlement-protection') return settlementProtectionLetters(caseFile, decision, person, options);
  if (caseFile.format === 'discretionary-leave-case' && decision.route === 'discretionary-leave') return discretionaryLeaveLetters(caseFile, decision, person, options);
  if (caseFile.format === 'restricted-leave-case' && decision.route === 'restricted-leave') return restrictedLeaveLetters(caseFile, decision, person, options);
  if (caseFile.format === 'calais-fee-status-case' && decision.route === 'calais-fee-status') return feeStatusAssessment(caseFile, decision, person, options);
  return [];
}

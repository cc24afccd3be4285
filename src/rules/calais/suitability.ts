/**
 * Paragraph 352J, which a person must continue to meet (Calais concession requirement 5), then
 * 352R(iv) read with STP 2.1 (a)–(g). In paragraph order:
 *
 * - 352J(i)   not excluded from refugee status (Article 1F) or humanitarian protection (339D): finding
 * - 352J(ii)  the protection claim was refused (the main person only; 352T dependants are exempt)
 * - 352J(iii) no reasonable grounds for regarding the person as a danger to security: finding
 * - 352J(iv)  not a danger to the community after a particularly serious crime (section 72)
 * - 352J(v)   not refused under the twelve listed suitability grounds (Part 9 or Part Suitability
 *             numbering, by decision date): findings
 * - STP 2.1(a)–(d) from convictions; STP 2.1(e)–(g) findings
 */
import { SUITABILITY_GROUNDS } from '../grounds';
import { findingReason, reason, type RuleContext, type Subject } from '../reason';
import type { Reason } from '../types';
import type { Leave } from '../../case/schema';
import { section72Reason } from '../criminality/section72';
import { stpConvictionReasons, stpFindingReasons } from '../criminality/stp';

/** The twelve grounds of 352J(v), in order. */
const PARAGRAPH_352J_V = SUITABILITY_GROUNDS.filter((ground) => ground.part === '352J(v)').map((ground) => ground.code);

/** 352J(ii): the protection claim was refused. Recorded for the main person from the Calais leave file. */
export function protectionClaimRefusedReason(leave: Leave | undefined): Reason {
  const path = 'leave.protectionClaimRefused';
  const answer = leave?.protectionClaimRefused;
  if (answer === true) return reason('protection-claim-refused', '352J(ii)', 'met', 'The protection claim was refused.', [path]);
  if (answer === false) {
    return reason('protection-claim-refused', '352J(ii)', 'not-met', 'The protection claim was not refused: Calais leave rests on a refused protection claim.', [path]);
  }
  return reason('protection-claim-refused', '352J(ii)', 'unknown', 'Not yet recorded whether the protection claim was refused.', [path], [path]);
}

/**
 * 352J (i)–(v) and STP 2.1 (a)–(g) for one person. `leave` is given for the main person (352J(ii)
 * applies); a 352T dependant is assessed without it.
 */
export function suitabilityReasons(subject: Subject, context: RuleContext, leave?: Leave | undefined, includeProtectionClaim = false): Reason[] {
  const reasons: Reason[] = [findingReason(subject, 'excluded-from-protection', context)];
  if (includeProtectionClaim) reasons.push(protectionClaimRefusedReason(leave));
  reasons.push(findingReason(subject, 'danger-to-security', context));
  reasons.push(section72Reason(subject, context));
  for (const code of PARAGRAPH_352J_V) reasons.push(findingReason(subject, code, context));
  for (const r of stpConvictionReasons(subject, context)) reasons.push(r);
  for (const r of stpFindingReasons(subject, context)) reasons.push(r);
  return reasons;
}

/** Codes of the reasons whose failure points to restricted leave (352J(i), (iii), (iv)). */
export const RESTRICTED_LEAVE_REASON_CODES: ReadonlySet<string> = new Set(['finding-excluded-from-protection', 'finding-danger-to-security', 'danger-to-community']);

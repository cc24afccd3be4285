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
import { criminalityRecordReasons } from '../criminality/records';
import { stpConvictionReasons, stpFindingReasons, stpLimbsAssessing } from '../criminality/stp';

/** The STP 2.1 limbs each criminality finding sits beside (`CRIMINALITY_FINDING_READING`). */
const FINDING_LIMBS: Readonly<Record<string, readonly ('a' | 'b' | 'c' | 'd')[]>> = {
  'finding-criminality-serious': ['a', 'b'],
  'finding-criminality-other': ['c', 'd'],
};

/**
 * Marks a 9.4.1 / SUI 5.1 or 9.4.3 / SUI 5.3 finding with the STP 2.1 limbs that assess the same
 * recorded sentences, so the decision never shows the finding beside the limb without saying why.
 */
function withAssessedWith(r: Reason, limbs: ReadonlySet<string>): Reason {
  const own = FINDING_LIMBS[r.code];
  if (!own) return r;
  const shared = own.filter((limb) => limbs.has(limb));
  if (shared.length === 0) return r;
  const citations = shared.map((limb) => `STP 2.1(${limb})`);
  return {
    ...r,
    text: `${r.text} The recorded sentences are assessed under ${citations.join(' and ')}, with ${shared.length === 1 ? 'its time limit' : 'their time limits'}; this finding covers only what STP 2.1 does not already assess.`,
    assessedWith: shared.map((limb) => ({ code: `stp-2.1-${limb}`, citation: `STP 2.1(${limb})` })),
  };
}

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
  const limbs = stpLimbsAssessing(subject, context);
  for (const code of PARAGRAPH_352J_V) reasons.push(withAssessedWith(findingReason(subject, code, context), limbs));
  for (const r of stpConvictionReasons(subject, context)) reasons.push(r);
  for (const r of criminalityRecordReasons(subject)) reasons.push(r);
  for (const r of stpFindingReasons(subject, context)) reasons.push(r);
  return reasons;
}

/**
 * Codes of the reasons whose failure points to restricted leave (guidance 003, scope): exclusion
 * under Article 1F or 339D whichever paragraph carries it (352J(i), 9.5.1 or SUI 4.1), and Article
 * 33(2) (352J(iii) danger to security, 352J(iv) section 72).
 */
export const RESTRICTED_LEAVE_REASON_CODES: ReadonlySet<string> = new Set([
  'finding-excluded-from-protection',
  'finding-exclusion',
  'finding-danger-to-security',
  'danger-to-community',
]);

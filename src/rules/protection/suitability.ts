import { isAfter, laterOf } from '../../dates';
import { reason, type Reason, type ReasonCode } from '../../related/reasons';
import { stpConvictionReasons, stpFindingReasons } from '../criminality/stp';
import { numberingOn } from '../grounds';
import type { RuleContext, Subject } from '../reason';
import type { SettlementProtectionCase } from './schema';

/**
 * Appendix Settlement Protection, suitability: STP 2.1 (main applicant) and STP 7.1 (partner or
 * child), grounds (a)–(g), in paragraph order.
 *
 * These are the very rules the Calais concession reads in through 352R(iv)
 * (`src/rules/criminality/stp.ts`), applied to the same conviction record and findings; STP 7.1
 * repeats STP 2.1 word for word, so for a partner or child only the citation changes.
 */

/** STP 2.1 for a main applicant, STP 7.1 for a partner or child: the grounds are the same. */
export type SuitabilityParagraph = 'STP 2.1' | 'STP 7.1';

/** The grounds' reasons, and where a refusal rests only on (b), (c) or (d), the first day none of them applies. */
export interface SuitabilityAssessment {
  reasons: Reason[];
  timeLimitedGroundsEndOn?: string;
}

/**
 * STP 2.1(a)–(d) from the conviction record. "Yes" with no conviction listed is unknown, never
 * "none" (the product rule for every list): each limb then asks for the list, whatever the
 * shared rules would read from an empty one.
 */
function convictionReasons(input: SettlementProtectionCase, subject: Subject, context: RuleContext): Reason[] {
  const reasons = stpConvictionReasons(subject, context);
  const c = input.criminality;
  if (c?.hasConvictions !== true || (c.convictions !== undefined && c.convictions.length > 0)) return reasons;
  const paths = ['criminality.hasConvictions', 'criminality.convictions'];
  return reasons.map((r) => reason(r.code, r.citation, 'unknown', 'Add the conviction, or change the answer to No.', paths, ['criminality.convictions']));
}

/** Assesses STP 2.1 (or STP 7.1) grounds (a) to (g) on the decision date. */
export function assessSuitability(input: SettlementProtectionCase, paragraph: SuitabilityParagraph, decisionDate: string): SuitabilityAssessment {
  const subject: Subject = { prefix: '', name: 'The applicant', criminality: input.criminality, suitability: input.suitability };
  const context: RuleContext = { decisionDate, numbering: numberingOn(decisionDate) };
  const shared = [...convictionReasons(input, subject, context), ...stpFindingReasons(subject, context)];
  const reasons =
    paragraph === 'STP 2.1' ? shared : shared.map((r) => ({ ...r, code: stp71Code(r.code), citation: r.citation.replace('STP 2.1', 'STP 7.1') }));

  // Where a refusal rests only on the time-limited grounds (b)–(d), say when it would stop applying.
  const [a, b, c, d, e, f, g] = reasons;
  const timeLimited = [b, c, d];
  const permanentClear = [a, e, f, g].every((r) => r?.status === 'met');
  if (permanentClear && timeLimited.some((r) => r?.status === 'not-met') && timeLimited.every((r) => r?.status !== 'unknown')) {
    const ends = timeLimited.flatMap((r) => (r?.status === 'not-met' && r.timeLimited ? [r.timeLimited.until] : []));
    if (ends.length > 0) {
      const last = ends.reduce((x, y) => laterOf(x, y));
      return { reasons, timeLimitedGroundsEndOn: isAfter(last, decisionDate) ? last : decisionDate };
    }
  }
  return { reasons };
}

/** STP 7.1 applies the limbs of STP 2.1: `stp-2.1-b` is `stp-7.1-b` there; other codes stay. */
function stp71Code(code: ReasonCode): ReasonCode {
  const limb = /^stp-2\.1-([abcd])$/.exec(code)?.[1] as 'a' | 'b' | 'c' | 'd' | undefined;
  return limb ? `stp-7.1-${limb}` : code;
}

/**
 * The shape every related-route decision shares: an ordered list of reasons, each a requirement
 * with its citation and whether it is met, not met or unknown (unanswered). The reason is the
 * Calais core's own `Reason` (src/rules/types.ts), so the explanation panel and letters read both
 * alike: `facts` lists the case-file field paths a reason read, `missing` the ones still unanswered.
 *
 * A reason always reads as a requirement the person must satisfy. For a refusal ground such as
 * STP 2.1(a) the requirement is "the ground does not apply": `met` means the ground is not engaged,
 * `not-met` means it is. Letters and the explanation panel read these reasons; they never recompute.
 */
import { reason } from '../rules/reason';
import type { Action, DecideOptions, Reason, ReasonCode, ReasonStatus } from '../rules/types';

export { reason };
/** One `Action` and one `DecideOptions` for every route: src/rules/types.ts. */
export type { Action, DecideOptions, Reason, ReasonCode, ReasonStatus };

/** The version of the related-route rules; bump it when any rule's behaviour changes. */
export const RELATED_RULES_VERSION = '1.1.0';

/**
 * A requirement recorded as a yes/no caseworker finding at `path`: `true` → met, `false` → not
 * met, unanswered → unknown (and `path` is missing). `texts` gives the sentence for each case.
 */
export function findingReason(
  code: ReasonCode,
  citation: string,
  path: string,
  finding: boolean | undefined,
  texts: { met: string; notMet: string; unknown: string },
): Reason {
  if (finding === true) return reason(code, citation, 'met', texts.met, [path]);
  if (finding === false) return reason(code, citation, 'not-met', texts.notMet, [path]);
  return reason(code, citation, 'unknown', texts.unknown, [path], [path]);
}

/**
 * The same as {@link findingReason} for a refusal ground recorded as "does the ground apply?":
 * the ground applying (`true`) means the requirement is not met.
 */
export function groundReason(
  code: ReasonCode,
  citation: string,
  path: string,
  groundApplies: boolean | undefined,
  texts: { met: string; notMet: string; unknown: string },
): Reason {
  return findingReason(code, citation, path, groundApplies === undefined ? undefined : !groundApplies, texts);
}

/** All met → met; any not met → not met; otherwise unknown. */
export function combine(reasons: readonly Reason[]): ReasonStatus {
  if (reasons.some((r) => r.status === 'not-met')) return 'not-met';
  if (reasons.some((r) => r.status === 'unknown')) return 'unknown';
  return 'met';
}

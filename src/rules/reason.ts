/**
 * Small helpers shared by the rule files: who a rule is about, and how a reason is built.
 */
import type { Criminality, SuitabilityFindings, SuitabilityGroundCode } from '../case/schema';
import type { IsoDate } from '../dates';
import { suitabilityGround, type SuitabilityGround } from './grounds';
import type { SuitabilityNumbering } from './parameters';
import type { Reason, ReasonCode, ReasonStatus } from './types';

/** The person a rule is applied to: the main person or one dependant. */
export interface Subject {
  /** Prefix of this person's field paths: `''` for the main person, `dependants.people[0].` for a dependant. */
  prefix: string;
  /** How the text names the person: "The person" or "Dependant 1". */
  name: string;
  criminality: Criminality | undefined;
  suitability: SuitabilityFindings | undefined;
}

/** What every rule receives besides the subject. */
export interface RuleContext {
  decisionDate: IsoDate;
  numbering: SuitabilityNumbering;
}

/** Builds a reason; `missing` is set only when the status is unknown. */
export function reason(
  code: ReasonCode,
  citation: string,
  status: ReasonStatus,
  text: string,
  facts: string[],
  missing?: string[],
): Reason {
  const out: Reason = { code, citation, status, text, facts };
  if (status === 'unknown' && missing && missing.length > 0) out.missing = missing;
  return out;
}

/**
 * A ground the caseworker decides (a judgement): `applies: true` fails the requirement, `false`
 * meets it, no answer leaves it unknown. The caseworker's note is quoted in the text.
 */
export function findingReason(subject: Subject, code: SuitabilityGroundCode, context: RuleContext): Reason {
  const ground: SuitabilityGround = suitabilityGround(code);
  const citation = ground.citations[context.numbering];
  const path = `${subject.prefix}suitability.${code}.applies`;
  const finding = subject.suitability?.[code];
  const note = finding?.note ? ` Caseworker’s note: ${finding.note}` : '';
  if (finding?.applies === true) {
    return reason(`finding-${code}`, citation, 'not-met', `The caseworker finds that this ground applies (${ground.title}).${note}`, [path]);
  }
  if (finding?.applies === false) {
    return reason(`finding-${code}`, citation, 'met', `The caseworker finds that this ground does not apply (${ground.title}).${note}`, [path]);
  }
  return reason(`finding-${code}`, citation, 'unknown', `No finding recorded (${ground.title}).`, [path], [path]);
}

/**
 * The citations a decision rests on, on any route: every reason not met or unknown, in order, each
 * once. Scenario files list these as their expected citations.
 */
export function decidingCitations(decision: { reasons: readonly Reason[] }): string[] {
  const out: string[] = [];
  for (const r of decision.reasons) if (r.status !== 'met' && !out.includes(r.citation)) out.push(r.citation);
  return out;
}

/**
 * The single entry to the related routes: settlement protection (Appendix Settlement Protection),
 * discretionary leave, restricted leave, and home fee status for students with Calais leave.
 * Each route has a zod schema for its case file (`format`, `version`: see `RELATED_FORMAT_VERSIONS`)
 * and a pure decide function; `decideRelated` migrates an older file, validates any of the four and
 * dispatches on `format`. The route registry (src/routes.ts) is what lists the routes for the CLI,
 * the scenario test and the import parser.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { escapeControl, parseWithSchema } from '../issues';
import { decideDiscretionaryLeave, type DiscretionaryLeaveDecision } from '../rules/discretionary/decide';
import { discretionaryLeaveCaseSchema, type DiscretionaryLeaveCase } from '../rules/discretionary/schema';
import { decideFeeStatus, type FeeStatusDecision } from '../rules/fees/decide';
import { calaisFeeStatusCaseSchema, type CalaisFeeStatusCase } from '../rules/fees/schema';
import { decideSettlementProtection, type SettlementProtectionDecision } from '../rules/protection/decide';
import { settlementProtectionCaseSchema, type SettlementProtectionCase } from '../rules/protection/schema';
import { decideRestrictedLeave, type RestrictedLeaveDecision } from '../rules/restricted/decide';
import { restrictedLeaveCaseSchema, type RestrictedLeaveCase } from '../rules/restricted/schema';
import { migrateRelatedCase } from './migrate';
import type { DecideOptions, Reason } from './reasons';

export { decidingCitations } from '../rules/reason';

export { RELATED_RULES_VERSION, type Action, type DecideOptions, type Reason, type ReasonStatus } from './reasons';
export { migrateRelatedCase, RELATED_FORMAT_VERSIONS } from './migrate';
export { relatedScenarioBlockSchema, type RelatedScenarioBlock } from './scenario';
export { settlementProtectionCaseSchema, type SettlementProtectionCase, decideSettlementProtection, type SettlementProtectionDecision };
export { discretionaryLeaveCaseSchema, type DiscretionaryLeaveCase, decideDiscretionaryLeave, type DiscretionaryLeaveDecision };
export { restrictedLeaveCaseSchema, type RestrictedLeaveCase, decideRestrictedLeave, type RestrictedLeaveDecision };
export { calaisFeeStatusCaseSchema, type CalaisFeeStatusCase, decideFeeStatus, type FeeStatusDecision };
export type { RestrictedLeaveCondition } from '../rules/restricted/conditions';

/** Any related-route case file, told apart by `format`. */
export const relatedCaseSchema = z.discriminatedUnion('format', [settlementProtectionCaseSchema, discretionaryLeaveCaseSchema, restrictedLeaveCaseSchema, calaisFeeStatusCaseSchema]);

/** A case on any related route. */
export type RelatedCase = SettlementProtectionCase | DiscretionaryLeaveCase | RestrictedLeaveCase | CalaisFeeStatusCase;

/** A decision on any related route; `route` tells them apart. */
export type RelatedDecision = SettlementProtectionDecision | DiscretionaryLeaveDecision | RestrictedLeaveDecision | FeeStatusDecision;

/** The result of {@link decideRelated}: a decision, or what is wrong with the input. Never throws. */
export type RelatedDecideResult = { ok: true; decision: RelatedDecision } | { ok: false; errors: string[] };

/** Decides an already-validated case. */
export function decideRelatedCase(input: RelatedCase, options: DecideOptions): RelatedDecision {
  switch (input.format) {
    case 'settlement-protection-case':
      return decideSettlementProtection(input, options);
    case 'discretionary-leave-case':
      return decideDiscretionaryLeave(input, options);
    case 'restricted-leave-case':
      return decideRestrictedLeave(input, options);
    case 'calais-fee-status-case':
      return decideFeeStatus(input, options);
  }
}

/**
 * Validates `input` as one of the four case formats and decides it. The decision date is
 * `options.decisionDate` when given (the CLI's `--date`), otherwise the file's own `decisionDate`.
 * Invalid input, or no valid date, gives `{ ok: false, errors }`, each error naming the field.
 */
export function decideRelated(input: unknown, options: Partial<DecideOptions> = {}): RelatedDecideResult {
  if (options.decisionDate !== undefined && !isIsoDate(options.decisionDate)) {
    return { ok: false, errors: [`decisionDate: "${String(options.decisionDate)}" is not a date written YYYY-MM-DD`] };
  }
  // Plain-words messages, never zod's default wording (src/issues.ts).
  const parsed = parseWithSchema(relatedCaseSchema, migrateRelatedCase(input));
  if (!parsed.ok) return { ok: false, errors: parsed.issues.map((issue) => `${issue.path ? escapeControl(issue.path) : '(case)'}: ${issue.message}`) };
  const decisionDate = options.decisionDate ?? parsed.value.decisionDate;
  if (decisionDate === undefined) return { ok: false, errors: ['decisionDate: give a decision date, in the case file or as an option'] };
  return { ok: true, decision: decideRelatedCase(parsed.value, { decisionDate }) };
}

/** Every answer a decision still needs: the `missing` field paths of its unknown reasons, in order, each once. */
export function missingAnswers(decision: { reasons: readonly Reason[] }): string[] {
  const out: string[] = [];
  for (const r of decision.reasons) for (const path of r.missing ?? []) if (!out.includes(path)) out.push(path);
  return out;
}

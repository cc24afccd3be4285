/**
 * The single public entry of the decision rules.
 *
 * `decide(caseFile, { decisionDate })` returns the outcome, the reasons (every requirement in
 * guidance order, with citation and facts), the decisions on dependants, the next actions, the
 * missing answers and, where it applies, the date from which the person would be eligible.
 */
export { decide, RULES_VERSION } from './calais/decide';
export { SUITABILITY_GROUNDS, suitabilityGround, suitabilityParagraph, numberingOn, type SuitabilityGround } from './grounds';
export {
  ACTION_CODES,
  type Action,
  type ActionCode,
  type DecideOptions,
  type Decision,
  type DependantDecision,
  type DependantOutcome,
  type MissingAnswer,
  type Outcome,
  type ConvictionEvidence,
  type Reason,
  type ReasonCode,
  type ReasonEvidence,
  type ReasonStatus,
  type Section72ConvictionEvidence,
  type Section72Evidence,
  type StpLimbEvidence,
} from './types';
export { OUTCOMES, DEPENDANT_OUTCOMES } from '../case/schema';
export {
  CALAIS_TRANSFER_WINDOW,
  SECTION_72_MINIMUM_MONTHS,
  STP_THRESHOLDS,
  SUITABILITY_NUMBERING,
  CONCESSION_BID_YEARS,
  inForce,
  type DatedTable,
  type DatedRow,
  type SuitabilityNumbering,
} from './parameters';

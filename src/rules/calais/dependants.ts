/**
 * Dependants (guidance, "Dependants"; Rules 352T; domain notes §6).
 *
 * A child dependant previously granted leave under 352T is considered for settlement in line with
 * the main person, and must meet 352J (except (ii)) and 352R(iv) read with STP 2.1 in their own
 * right. Only when the main person is granted; when the main person's case is held, so is theirs.
 * Any other dependant (a partner, a child without 352T leave) applies on the family route, and
 * their criminality answers are not assessed here: leave in line is for children ("any child
 * dependants … previously granted leave … under paragraph 352T"), so a partner is never granted in
 * line, whatever the 352T answer says.
 *
 * A 352T child whose own answers are still missing gets the outcome `awaiting-information` of
 * their own; it never holds back the main person's grant ("you must grant settlement to the
 * individual").
 */
import type { Dependant, Outcome } from '../../case/schema';
import { appealReason, isFirmRefusal } from '../criminality/appeals';
import { pendingChargesReason } from '../criminality/pending';
import { reason, type RuleContext, type Subject } from '../reason';
import type { DependantDecision, DependantOutcome, Reason } from '../types';
import { suitabilityReasons } from './suitability';

/** The field-path prefix of dependant `index`. */
export function dependantPrefix(index: number): string {
  return `dependants.people[${index}].`;
}

/** Guidance "Dependants": leave in line is for a child; any other dependant uses the family route. */
export function isInLineCandidate(dependant: Dependant): boolean | undefined {
  if (dependant.relationship === 'partner' || dependant.relationship === 'other') return false;
  if (dependant.holds352T === false) return false;
  if (dependant.relationship === undefined || dependant.holds352T === undefined) return undefined;
  return true;
}

/**
 * 352T: the dependant is a child previously granted leave in line under 352T. A partner or other
 * relative is not considered in line whatever the 352T answer says.
 */
export function holds352TReason(dependant: Dependant, index: number): Reason {
  const path = `${dependantPrefix(index)}holds352T`;
  const relationshipPath = `${dependantPrefix(index)}relationship`;
  if (dependant.relationship === 'partner' || dependant.relationship === 'other') {
    const who = dependant.relationship === 'partner' ? 'a partner' : 'not a child of the person';
    return reason(
      'holds-352T-leave',
      '352T',
      'not-met',
      `Dependant ${index + 1} is ${who}: leave in line is for child dependants only, so they must apply on the relevant family route.`,
      [relationshipPath, path],
    );
  }
  if (dependant.relationship === undefined && dependant.holds352T !== false) {
    return reason('holds-352T-leave', '352T', 'unknown', `Not yet recorded how dependant ${index + 1} is related to the person (leave in line is for children).`, [relationshipPath, path], [relationshipPath]);
  }
  if (dependant.holds352T === true) {
    return reason('holds-352T-leave', '352T', 'met', `Dependant ${index + 1} was granted leave in line under paragraph 352T: considered for settlement in line.`, [path]);
  }
  if (dependant.holds352T === false) {
    return reason(
      'holds-352T-leave',
      '352T',
      'not-met',
      `Dependant ${index + 1} was not granted leave under paragraph 352T: they must apply on the relevant family route.`,
      [path],
    );
  }
  return reason('holds-352T-leave', '352T', 'unknown', `Not yet recorded whether dependant ${index + 1} was granted leave under paragraph 352T.`, [path], [path]);
}

const MAIN_OUTCOME_TEXT: Readonly<Record<Outcome, string>> = {
  'grant-settlement': 'is granted settlement',
  'refuse-settlement': 'is refused settlement, so no one is granted in line',
  'on-hold-pending-prosecution': 'has their case on hold pending a prosecution, so this dependant’s case is held too',
  'not-eligible': 'is not eligible under the concession, so no one is granted in line',
  'awaiting-information': 'cannot be decided until information is received, so no one is granted in line yet',
  'declined-consideration': 'chose not to be considered under the Calais policy, so no one is granted in line',
};

/** 352T: the main person is granted (settlement in line follows the main person's grant). */
export function mainGrantedReason(mainOutcome: Outcome | 'grant-candidate'): Reason {
  const outcome = mainOutcome === 'grant-candidate' ? 'grant-settlement' : mainOutcome;
  return reason('main-person-granted', '352T', outcome === 'grant-settlement' ? 'met' : 'not-met', `The main person ${MAIN_OUTCOME_TEXT[outcome]}.`, ['outcome']);
}

/** The dependant's own 352J (except (ii)) and STP 2.1 reasons, and charges pending. */
export function dependantOwnReasons(dependant: Dependant, index: number, context: RuleContext): Reason[] {
  const subject: Subject = {
    prefix: dependantPrefix(index),
    name: `Dependant ${index + 1}`,
    criminality: dependant.criminality,
    suitability: dependant.suitability,
  };
  const reasons = suitabilityReasons(subject, context);
  const appeal = appealReason(subject, reasons);
  if (appeal) reasons.push(appeal);
  reasons.push(pendingChargesReason(subject, context));
  return reasons;
}

/**
 * Decides one dependant once the main person's outcome is known. `mainOutcome` is
 * `grant-candidate` when the main person would be granted if every dependant can be decided.
 */
export function decideDependant(dependant: Dependant, index: number, mainOutcome: Outcome | 'grant-candidate', context: RuleContext): DependantDecision {
  const holds = holds352TReason(dependant, index);
  const reasons: Reason[] = [holds];
  let outcome: DependantOutcome;
  const inLine = isInLineCandidate(dependant);
  if (inLine === false) {
    outcome = 'family-route';
  } else if (mainOutcome === 'on-hold-pending-prosecution') {
    reasons.push(mainGrantedReason(mainOutcome));
    outcome = 'on-hold';
  } else if (mainOutcome !== 'grant-candidate' && mainOutcome !== 'grant-settlement') {
    reasons.push(mainGrantedReason(mainOutcome));
    outcome = 'main-not-granted';
  } else {
    reasons.push(mainGrantedReason(mainOutcome));
    if (inLine === undefined) {
      outcome = 'awaiting-information';
    } else {
      const own = dependantOwnReasons(dependant, index, context);
      for (const r of own) reasons.push(r);
      const held = own.filter((r) => r.code === 'no-charges-pending' || r.code === 'no-appeal-pending');
      const suitability = own.filter((r) => !held.includes(r));
      // The same precedence as the main person's (docs/rules.md): a contradictory record first,
      // then a refusal ground that applies whatever happens next, then a prosecution or an appeal
      // under way, then missing answers.
      if (suitability.some((r) => r.inconsistent)) outcome = 'awaiting-information';
      else if (suitability.some(isFirmRefusal)) outcome = 'refuse';
      else if (held.some((r) => r.status === 'not-met')) outcome = 'on-hold';
      else if (own.some((r) => r.status === 'unknown')) outcome = 'awaiting-information';
      else outcome = 'grant-in-line';
    }
  }
  return { id: dependant.id, index, outcome, reasons };
}



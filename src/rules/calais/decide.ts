/**
 * The decision on a Calais leave settlement case.
 */
import type { CaseFile, Outcome } from '../../case/schema';
import { fieldLabel } from '../../case/labels';
import { isIsoDate, laterOf, type IsoDate } from '../../dates';
import { pendingChargesReason } from '../criminality/pending';
import { numberingOn } from '../grounds';
import type { RuleContext, Subject } from '../reason';
import type { Action, Decision, DecideOptions, DependantDecision, MissingAnswer, Reason } from '../types';
import { decideDependant, dependantNeedsAnswers, mainGrantedReason } from './dependants';
import { eligibilityReasons } from './eligibility';
import { biometricsReason, otherApplicationReason, questionnaireReturnedReason } from './process';
import { RESTRICTED_LEAVE_REASON_CODES, suitabilityReasons } from './suitability';

/** The version of these rules; it changes whenever a rule or its wording changes. */
export const RULES_VERSION = '2025-11-11.1';

function anyStatus(reasons: readonly Reason[], status: Reason['status']): boolean {
  for (const r of reasons) if (r.status === status) return true;
  return false;
}

/**
 * Decides a case on `options.decisionDate`. Pure and deterministic: it reads no clock and
 * changes nothing; the same case and date always give the same decision.
 *
 * Every requirement is checked and listed in guidance order (352I; the concession; 352J (i)–(v);
 * STP 2.1 (a)–(g); charges pending; the questionnaire, biometrics and any other application).
 * The outcome is the first of these that holds (documented in docs/rules.md):
 *
 * 1. `not-eligible`: an eligibility requirement is known to fail (not in the UK, not Calais
 *    leave, BID held under 5 years or revoked within them, leave revoked, already settled or
 *    British). A known failure ends the matter, whatever else is missing.
 * 2. `declined-consideration`: with an outstanding application, the person chose not to be
 *    considered under the Calais policy.
 * 3. `awaiting-information`: an eligibility answer is missing or inconsistent (352I), the
 *    questionnaire is not back, biometrics are outstanding, or the Calais-policy choice is
 *    missing. Consideration does not start before these.
 * 4. `refuse-settlement`: a 352J or STP 2.1 requirement is known to fail. This comes before the
 *    remaining missing answers and before a pending prosecution, because no answer and no verdict
 *    can turn it into a grant (product rule: a case with a refusal ground already applying is
 *    decided, not held).
 * 5. `awaiting-information`: a suitability answer is missing, or whether charges are pending.
 * 6. `on-hold-pending-prosecution`: a prosecution is under way.
 * 7. `awaiting-information`: a dependant's answers are needed to decide them in line.
 * 8. `grant-settlement`.
 *
 * @throws RangeError when `options.decisionDate` is not a real `YYYY-MM-DD` date.
 */
export function decide(caseFile: CaseFile, options: DecideOptions): Decision {
  const decisionDate = options.decisionDate;
  if (!isIsoDate(decisionDate)) throw new RangeError(`Decision date must be a real date written YYYY-MM-DD, got ${String(decisionDate)}`);
  const context: RuleContext = { decisionDate, numbering: numberingOn(decisionDate) };
  const main: Subject = { prefix: '', name: 'The person', criminality: caseFile.criminality, suitability: caseFile.suitability };

  const eligibility = eligibilityReasons(caseFile.leave, context);
  const suitability = suitabilityReasons(main, context, caseFile.leave, true);
  const pending = pendingChargesReason(main, context);
  const questionnaire = questionnaireReturnedReason(caseFile.questionnaire);
  const biometrics = biometricsReason(caseFile.questionnaire);
  const choice = otherApplicationReason(caseFile.otherApplication);
  const process = [questionnaire, biometrics, choice];
  const reasons: Reason[] = [...eligibility, ...suitability, pending, ...process];

  let outcome: Outcome;
  let eligibleFrom: IsoDate | undefined;
  let dependantsNeedAnswers = false;

  const knownIneligible = eligibility.some((r) => r.status === 'not-met' && !r.inconsistent);
  if (knownIneligible) {
    outcome = 'not-eligible';
    eligibleFrom = notYetEligibleFrom(reasons, eligibility);
  } else if (choice.status === 'not-met') {
    outcome = 'declined-consideration';
  } else if (eligibility.some((r) => r.status !== 'met') || anyStatus(process, 'unknown') || anyStatus(process, 'not-met')) {
    outcome = 'awaiting-information';
  } else if (anyStatus(suitability, 'not-met')) {
    outcome = 'refuse-settlement';
    eligibleFrom = timeLimitedRefusalEndsOn(suitability, pending);
  } else if (anyStatus(suitability, 'unknown') || pending.status === 'unknown') {
    outcome = 'awaiting-information';
  } else if (pending.status === 'not-met') {
    outcome = 'on-hold-pending-prosecution';
  } else {
    outcome = 'grant-settlement';
  }

  // Dependants: read only when the "any dependants?" question is answered yes.
  const dependantsSection = caseFile.dependants;
  let dependants: DependantDecision[] = [];
  if (outcome === 'grant-settlement' && dependantsSection?.hasDependants === undefined) {
    outcome = 'awaiting-information';
    reasons.push({
      code: 'dependants-recorded',
      citation: '352T',
      status: 'unknown',
      text: 'Not yet recorded whether the person has any dependants.',
      facts: ['dependants.hasDependants'],
      missing: ['dependants.hasDependants'],
    });
  } else if (dependantsSection?.hasDependants === true) {
    const people = dependantsSection.people ?? [];
    const mainForDependants = outcome === 'grant-settlement' ? 'grant-candidate' : outcome;
    dependants = people.map((person, index) => decideDependant(person, index, mainForDependants, context));
    if (outcome === 'grant-settlement' && dependants.some(dependantNeedsAnswers)) {
      outcome = 'awaiting-information';
      dependantsNeedAnswers = true;
      dependants = dependants.map((d) => (d.outcome === 'family-route' ? d : waitForMain(d)));
    }
  }

  const missing = outcome === 'awaiting-information' ? missingAnswers(reasons, dependantsNeedAnswers ? dependants : []) : [];
  const decision: Decision = {
    outcome,
    decisionDate,
    reasons,
    dependants,
    actions: actionsFor(caseFile, outcome, reasons, dependants, missing),
    missing,
    rulesVersion: RULES_VERSION,
  };
  if (eligibleFrom !== undefined) decision.eligibleFrom = eligibleFrom;
  return decision;
}

/** A dependant whose own decision must wait for answers: the main person is not (yet) granted. */
function waitForMain(decision: DependantDecision): DependantDecision {
  const reasons = decision.reasons.slice();
  reasons[1] = mainGrantedReason('awaiting-information');
  return { ...decision, outcome: 'main-not-granted', reasons };
}

/**
 * Product rule (not yet eligible): when the only failing requirement is the 5 years of BID, the
 * date the person becomes eligible (BID issue + 5 years).
 */
function notYetEligibleFrom(reasons: readonly Reason[], eligibility: readonly Reason[]): IsoDate | undefined {
  let bid: Reason | undefined;
  for (const r of reasons) {
    if (r.status !== 'not-met') continue;
    if (r.code !== 'bid-held-five-years' || bid) return undefined;
    bid = r;
  }
  if (anyStatus(eligibility, 'unknown')) return undefined;
  return bid?.timeLimited?.until;
}

/**
 * Domain notes §4: where a refusal rests only on time-limited grounds (STP 2.1 (b)–(d)), the first
 * date none of them applies. Not given when any suitability answer is missing, since a missing
 * answer could add a lasting ground.
 */
function timeLimitedRefusalEndsOn(suitability: readonly Reason[], pending: Reason): IsoDate | undefined {
  let until: IsoDate | undefined;
  for (const r of suitability) {
    if (r.status === 'unknown') return undefined;
    if (r.status !== 'not-met') continue;
    if (!r.timeLimited) return undefined;
    until = until === undefined ? r.timeLimited.until : laterOf(until, r.timeLimited.until);
  }
  if (pending.status !== 'met') return undefined;
  return until;
}

/** The answers needed, in the order of the reasons, each once. */
function missingAnswers(reasons: readonly Reason[], dependants: readonly DependantDecision[]): MissingAnswer[] {
  const seen = new Set<string>();
  const out: MissingAnswer[] = [];
  const add = (path: string, label: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    out.push({ path, label });
  };
  const collect = (list: readonly Reason[]) => {
    for (const r of list) {
      if (r.status === 'unknown') for (const path of r.missing ?? []) add(path, fieldLabel(path));
      else if (r.inconsistent) add(r.facts[0] ?? '', r.text);
      else if (r.status === 'not-met' && r.code === 'questionnaire-returned') add('questionnaire.returned', 'The completed questionnaire (not yet returned)');
      else if (r.status === 'not-met' && r.code === 'biometrics-enrolled') add('questionnaire.biometrics', 'Biometric enrolment (outstanding)');
    }
  };
  collect(reasons);
  for (const d of dependants) collect(d.reasons);
  return out;
}

function actionsFor(
  caseFile: CaseFile,
  outcome: Outcome,
  reasons: readonly Reason[],
  dependants: readonly DependantDecision[],
  missing: readonly MissingAnswer[],
): Action[] {
  const actions: Action[] = [];
  const representative = caseFile.contact?.hasRepresentative === true;
  const other = caseFile.otherApplication;
  const outstanding = other?.outstanding === true;
  const serve = () => {
    actions.push({ code: 'serve-decision', text: 'Serve the decision letter on the person.' });
    if (representative) {
      const name = caseFile.contact?.representative?.name;
      actions.push({ code: 'serve-decision-on-representative', text: `Serve the decision letter on the legal representative${name ? ` (${name})` : ''} too.` });
    }
  };
  switch (outcome) {
    case 'grant-settlement':
      serve();
      if (outstanding && other.considerUnderCalaisPolicy === 'yes') {
        actions.push({
          code: 'void-other-application-after-service',
          text: 'Void the outstanding application for further leave, but only after the grant of settlement has been served.',
        });
        actions.push({
          code: 'refund-fee-and-ihs',
          text: 'Contact the operational team to refund the application fee and any Immigration Health Surcharge paid.',
        });
      }
      break;
    case 'refuse-settlement':
      serve();
      if (reasons.some((r) => r.status === 'not-met' && RESTRICTED_LEAVE_REASON_CODES.has(r.code))) {
        actions.push({
          code: 'consider-restricted-leave',
          text: 'Refused under 352J(i), (iii) or (iv): consider restricted leave if the person cannot be removed because of an ECHR barrier.',
        });
      }
      if (outstanding) actions.push({ code: 'continue-other-application', text: 'Consider the outstanding application for further leave under its own route.' });
      break;
    case 'not-eligible':
      serve();
      if (outstanding) actions.push({ code: 'continue-other-application', text: 'Consider the outstanding application for further leave under its own route.' });
      break;
    case 'declined-consideration':
      actions.push({
        code: 'continue-other-application',
        text: 'The person chose not to be considered under the Calais policy: consider the outstanding application under its own route.',
      });
      break;
    case 'on-hold-pending-prosecution':
      actions.push({
        code: 'send-hold-letter',
        text: `Write to the person${representative ? ' and their legal representative' : ''}: the case will not be decided until the criminal proceedings are completed.`,
      });
      break;
    case 'awaiting-information': {
      const questionnaireOut = reasons.some((r) => r.code === 'questionnaire-returned' && r.status === 'not-met');
      const choiceNotAnswered = other?.outstanding === true && other.considerUnderCalaisPolicy === 'not-answered';
      if (questionnaireOut || choiceNotAnswered) {
        actions.push({
          code: 'chase-questionnaire',
          text: questionnaireOut
            ? 'Chase the Calais leave questionnaire.'
            : 'Ask the person whether they want to be considered under the Calais policy instead of their outstanding application.',
        });
      }
      if (caseFile.questionnaire?.biometrics === 'outstanding') {
        actions.push({ code: 'request-biometrics', text: 'Ask the person to enrol their biometrics.' });
      }
      if (reasons.some((r) => r.inconsistent)) {
        actions.push({ code: 'check-inconsistent-record', text: 'Check the record: the recorded facts contradict each other.' });
      }
      const handled = new Set(['questionnaire.returned', 'questionnaire.biometrics']);
      for (const r of reasons) if (r.inconsistent && r.facts[0] !== undefined) handled.add(r.facts[0]);
      if (choiceNotAnswered) handled.add('otherApplication.considerUnderCalaisPolicy');
      const otherMissing = missing.filter((m) => !handled.has(m.path));
      if (otherMissing.length > 0) {
        actions.push({
          code: 'record-missing-answers',
          text:
            otherMissing.length === 1
              ? `Record the missing answer: ${otherMissing[0]?.label ?? ''}.`
              : `Record the ${otherMissing.length} missing answers listed with this decision.`,
        });
      }
      break;
    }
  }
  for (const d of dependants) {
    if (d.outcome === 'family-route') {
      actions.push({ code: 'advise-family-route', text: `Dependant ${d.index + 1} must apply on the relevant family route.`, dependantId: d.id });
    } else if (d.outcome === 'on-hold' && outcome === 'grant-settlement') {
      actions.push({
        code: 'send-hold-letter',
        text: `Write to dependant ${d.index + 1}: their settlement in line will not be decided until their criminal proceedings are completed.`,
        dependantId: d.id,
      });
    }
  }
  return actions;
}

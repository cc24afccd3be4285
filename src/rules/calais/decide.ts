/**
 * The decision on a Calais leave settlement case.
 */
import type { CaseFile, Dependants, Outcome } from '../../case/schema';
import { fieldLabel } from '../../case/labels';
import { isIsoDate, laterOf, type IsoDate } from '../../dates';
import { appealReason, isFirmRefusal } from '../criminality/appeals';
import { pendingChargesReason } from '../criminality/pending';
import { numberingOn } from '../grounds';
import { reason, type RuleContext, type Subject } from '../reason';
import type { Action, Decision, DecideOptions, DependantDecision, MissingAnswer, Reason } from '../types';
import { decideDependant } from './dependants';
import { eligibilityReasons } from './eligibility';
import { biometricsReason, otherApplicationReason, questionnaireReturnedReason } from './process';
import { RESTRICTED_LEAVE_REASON_CODES, suitabilityReasons } from './suitability';

/** The version of these rules; it changes whenever a rule or its wording changes. */
export const RULES_VERSION = '2025-11-11.3';

function anyStatus(reasons: readonly Reason[], status: Reason['status']): boolean {
  for (const r of reasons) if (r.status === status) return true;
  return false;
}

/**
 * Decides a case on `options.decisionDate`. Pure and deterministic: it reads no clock and
 * changes nothing; the same case and date always give the same decision.
 *
 * Every requirement is checked and listed in guidance order (352I; the concession; section 3C;
 * 352J (i)–(v); STP 2.1 (a)–(g); appeals and charges pending; the questionnaire, biometrics and
 * any other application). The outcome is the first of these that holds (docs/rules.md):
 *
 * 1. `not-eligible`: an eligibility requirement is known to fail (not in the UK, not Calais
 *    leave, BID held under 5 years or revoked within them, leave revoked, already settled or
 *    British). A known failure may be shown early, whatever else is missing; but before the
 *    questionnaire is back and biometrics are enrolled the decision is `beforeConsideration`:
 *    nothing is served, and the next steps finish the process first.
 * 2. `declined-consideration`: with an outstanding application, the person chose not to be
 *    considered under the Calais policy.
 * 3. `awaiting-information`: an eligibility answer is missing, the questionnaire is not back,
 *    biometrics are outstanding, the Calais-policy choice is missing, or any record is
 *    inconsistent (352I window or basis, section 3C, a list kept under "No"). Consideration does
 *    not start before these.
 * 4. `refuse-settlement`: a 352J or STP 2.1 requirement is known to fail whatever happens next (not
 *    resting only on convictions under appeal). This comes before the remaining missing answers
 *    and before a prosecution under way, because no answer and no verdict can turn it into a grant
 *    (product rule: a case with a refusal ground already applying is decided, not held).
 * 5. `on-hold-pending-prosecution`: a prosecution is under way, or every refusal ground rests on
 *    convictions under appeal; held even while a finding or other answer is still unrecorded, and
 *    the person is written to (guidance "Cases where there are criminal charges pending").
 * 6. `awaiting-information`: a suitability answer is missing (a yes with an empty list included),
 *    whether charges are pending, whether an appeal is pending, whether there are dependants, or
 *    who they are.
 * 7. `grant-settlement`. A 352T child whose own answers are missing gets the dependant outcome
 *    `awaiting-information`; it does not hold back the grant.
 *
 * @throws RangeError when `options.decisionDate` is not a real `YYYY-MM-DD` date.
 */
export function decide(caseFile: CaseFile, options: DecideOptions): Decision {
  const decisionDate = options.decisionDate;
  if (!isIsoDate(decisionDate)) throw new RangeError(`Decision date must be a real date written YYYY-MM-DD, got ${String(decisionDate)}`);
  const context: RuleContext = { decisionDate, numbering: numberingOn(decisionDate) };
  const main: Subject = { prefix: '', name: 'The person', criminality: caseFile.criminality, suitability: caseFile.suitability };

  const eligibility = eligibilityReasons(caseFile.leave, context, caseFile.otherApplication);
  const suitability = suitabilityReasons(main, context, caseFile.leave, true);
  const appeal = appealReason(main, suitability);
  const pending = pendingChargesReason(main, context);
  const questionnaire = questionnaireReturnedReason(caseFile.questionnaire);
  const biometrics = biometricsReason(caseFile.questionnaire);
  const choice = otherApplicationReason(caseFile.otherApplication);
  const process = [questionnaire, biometrics, choice];
  const held = appeal ? [appeal, pending] : [pending];
  const reasons: Reason[] = [...eligibility, ...suitability, ...held, ...process];
  const dependantsSection = caseFile.dependants;
  const dependantsReason = dependantsRecordedReason(dependantsSection);
  if (dependantsReason) reasons.push(dependantsReason);

  let outcome: Outcome;
  let eligibleFrom: { until: IsoDate; unlessConvicted: boolean } | undefined;
  let beforeConsideration = false;

  const knownIneligible = eligibility.some((r) => r.status === 'not-met' && !r.inconsistent);
  if (knownIneligible) {
    outcome = 'not-eligible';
    beforeConsideration = questionnaire.status !== 'met' || biometrics.status !== 'met';
    eligibleFrom = notYetEligibleFrom(eligibility, suitability, held);
  } else if (choice.status === 'not-met') {
    outcome = 'declined-consideration';
  } else if (eligibility.some((r) => r.status !== 'met') || anyStatus(process, 'unknown') || anyStatus(process, 'not-met') || reasons.some((r) => r.inconsistent)) {
    outcome = 'awaiting-information';
  } else if (suitability.some(isFirmRefusal)) {
    outcome = 'refuse-settlement';
    eligibleFrom = timeLimitedRefusalEndsOn(suitability, held);
  } else if (held.some((r) => r.status === 'not-met')) {
    outcome = 'on-hold-pending-prosecution';
  } else if (anyStatus(suitability, 'unknown') || anyStatus(held, 'unknown') || dependantsReason?.status === 'unknown') {
    outcome = 'awaiting-information';
  } else {
    outcome = 'grant-settlement';
  }

  // Dependants: read only when the "any dependants?" question is answered yes.
  let dependants: DependantDecision[] = [];
  if (dependantsSection?.hasDependants === true) {
    const people = dependantsSection.people ?? [];
    dependants = people.map((person, index) => withMissing(decideDependant(person, index, outcome, context)));
  }

  const missing =
    outcome === 'awaiting-information' ? missingAnswers(reasons) : outcome === 'not-eligible' && beforeConsideration ? missingAnswers([questionnaire, biometrics]) : [];
  const couldChangeOutcome = outcome === 'awaiting-information' ? missing : answersThatCouldChange(caseFile, outcome, eligibility, [...suitability, ...(appeal ? [appeal] : [])], reasons);
  const decision: Decision = {
    outcome,
    decisionDate,
    reasons,
    dependants,
    actions: actionsFor(caseFile, outcome, beforeConsideration, reasons, dependants, missing),
    missing,
    couldChangeOutcome,
    waitsForAnswers: outcome === 'awaiting-information' || (couldChangeOutcome.length > 0 && outcome !== 'on-hold-pending-prosecution'),
    rulesVersion: RULES_VERSION,
  };
  if (eligibleFrom !== undefined) {
    decision.eligibleFrom = eligibleFrom.until;
    if (eligibleFrom.unlessConvicted) decision.eligibleFromUnlessConvicted = true;
  }
  if (beforeConsideration) decision.beforeConsideration = true;
  return decision;
}

/**
 * 352T: whether the person has dependants, and who they are, must be known before a grant (the
 * grant names every child granted in line). A yes with no dependant listed is unknown, never
 * "none"; a list kept under "No" is an inconsistent record. No reason otherwise.
 */
function dependantsRecordedReason(section: Dependants | undefined): Reason | undefined {
  if (section?.hasDependants === undefined) {
    return reason('dependants-recorded', '352T', 'unknown', 'Not yet recorded whether the person has any dependants.', ['dependants.hasDependants'], ['dependants.hasDependants']);
  }
  if (section.hasDependants && (section.people ?? []).length === 0) {
    return reason('dependants-recorded', '352T', 'unknown', 'Dependants are recorded as yes, but no dependant is listed.', ['dependants.hasDependants', 'dependants.people'], ['dependants.people']);
  }
  if (!section.hasDependants && (section.people ?? []).length > 0) {
    const out = reason(
      'dependants-recorded',
      '352T',
      'not-met',
      'Inconsistent record: the person is recorded as having no dependants, but dependants are still listed. Check the record: remove the list or change the answer to Yes.',
      ['dependants.hasDependants', 'dependants.people'],
    );
    out.inconsistent = true;
    return out;
  }
  return undefined;
}

/**
 * The yes/no questions whose lists are read only under a yes: unanswered while a list is still kept
 * under them, a "No" would make the record inconsistent (awaiting information, which comes before
 * a refusal or a hold), so the answer could change the outcome.
 */
function listsUnderUnansweredQuestions(caseFile: CaseFile): string[] {
  const out: string[] = [];
  const c = caseFile.criminality;
  if (c?.hasConvictions === undefined && (c?.convictions ?? []).length > 0) out.push('criminality.hasConvictions');
  if (c?.hasPendingCharges === undefined && (c?.pendingCharges ?? []).length > 0) out.push('criminality.hasPendingCharges');
  if (caseFile.dependants?.hasDependants === undefined && (caseFile.dependants?.people ?? []).length > 0) out.push('dependants.hasDependants');
  return out;
}

/**
 * Which missing answers could still change an outcome other than `awaiting-information`, read from
 * the outcome precedence (docs/rules.md, "When the decision can start"):
 *
 * - `not-eligible` rests on a known eligibility failure, which comes first: nothing can change it.
 * - `declined-consideration`: a missing eligibility answer could make it `not-eligible`.
 * - `refuse-settlement` rests on a firm refusal, which only an inconsistent record comes before.
 * - `on-hold-pending-prosecution`: a missing suitability or appeal answer could make a firm
 *   refusal, which comes before the hold.
 * - `grant-settlement` is given only when none of the person's answers is missing; a 352T child's
 *   own missing answers decide the child's outcome, never the person's.
 */
function answersThatCouldChange(caseFile: CaseFile, outcome: Outcome, eligibility: readonly Reason[], grounds: readonly Reason[], reasons: readonly Reason[]): MissingAnswer[] {
  const inconsistent = listsUnderUnansweredQuestions(caseFile);
  const paths = (list: readonly Reason[]) => list.filter((r) => r.status === 'unknown').flatMap((r) => r.missing ?? []);
  let open: string[];
  switch (outcome) {
    case 'not-eligible':
    case 'grant-settlement':
      open = [];
      break;
    case 'declined-consideration':
      open = paths(eligibility);
      break;
    case 'refuse-settlement':
      open = inconsistent;
      break;
    case 'on-hold-pending-prosecution':
      open = [...paths(grounds), ...inconsistent];
      break;
    case 'awaiting-information':
      open = paths(reasons);
      break;
  }
  if (open.length === 0) return [];
  const wanted = new Set(open);
  const all = missingAnswers(reasons);
  const listed = all.filter((m) => wanted.has(m.path));
  // A yes/no question with a list kept under it is not always in a reason's `missing`: add it.
  for (const path of wanted) if (!listed.some((m) => m.path === path)) listed.push({ path, label: fieldLabel(path) });
  return listed;
}

/** A dependant awaiting information carries the answers it needs. */
function withMissing(d: DependantDecision): DependantDecision {
  if (d.outcome !== 'awaiting-information') return d;
  return { ...d, missing: missingAnswers(d.reasons) };
}

/**
 * Product rule (not yet eligible): when the only failing requirement is the 5 years of BID, the
 * date the person becomes eligible (BID issue + 5 years). Given before the questionnaire is back
 * too (the process steps are not requirements that fail); with a prosecution under way, it holds
 * unless the prosecution ends in a conviction.
 */
function notYetEligibleFrom(eligibility: readonly Reason[], suitability: readonly Reason[], held: readonly Reason[]): { until: IsoDate; unlessConvicted: boolean } | undefined {
  let bid: Reason | undefined;
  for (const r of [...eligibility, ...suitability]) {
    if (r.status !== 'not-met') continue;
    if (r.code !== 'bid-held-five-years' || bid) return undefined;
    bid = r;
  }
  if (anyStatus(eligibility, 'unknown') || !bid?.timeLimited) return undefined;
  if (held.some((r) => r.code === 'no-appeal-pending' && r.status !== 'met')) return undefined;
  return { until: bid.timeLimited.until, unlessConvicted: held.some((r) => r.code === 'no-charges-pending' && r.status === 'not-met') };
}

/**
 * Domain notes §4: where a refusal rests only on time-limited grounds (STP 2.1 (b)–(d)), the first
 * date none of them applies. Not given when any suitability answer is missing, since a missing
 * answer could add a lasting ground. With a prosecution under way the date is given, marked to
 * hold unless the prosecution ends in a conviction; not when whether charges are pending is unknown.
 */
function timeLimitedRefusalEndsOn(suitability: readonly Reason[], held: readonly Reason[]): { until: IsoDate; unlessConvicted: boolean } | undefined {
  let until: IsoDate | undefined;
  for (const r of suitability) {
    if (r.status === 'unknown') return undefined;
    if (r.status !== 'not-met') continue;
    if (!r.timeLimited) return undefined;
    until = until === undefined ? r.timeLimited.until : laterOf(until, r.timeLimited.until);
  }
  if (until === undefined || anyStatus(held, 'unknown')) return undefined;
  return { until, unlessConvicted: held.some((r) => r.code === 'no-charges-pending' && r.status === 'not-met') };
}

/**
 * Whether a person not eligible needs another route to stay: not when they already hold
 * settlement or British citizenship, and not when the only failure is the BID's 5 years (they
 * become eligible on a date the decision gives).
 */
function needsAnotherRoute(reasons: readonly Reason[]): boolean {
  const failing = reasons.filter((r) => r.status === 'not-met' && !r.inconsistent && ELIGIBILITY_CODES.has(r.code));
  if (failing.some((r) => r.code === 'not-already-settled')) return false;
  return failing.some((r) => r.code !== 'bid-held-five-years');
}

/** The codes of the eligibility requirements a not-eligible decision rests on. */
const ELIGIBILITY_CODES: ReadonlySet<string> = new Set(['present-in-uk', 'granted-calais-leave', 'bid-held-five-years', 'bid-not-revoked', 'leave-not-revoked', 'not-already-settled']);

/** The answers needed, in the order of the reasons, each once. */
function missingAnswers(reasons: readonly Reason[]): MissingAnswer[] {
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
  return out;
}

function actionsFor(
  caseFile: CaseFile,
  outcome: Outcome,
  beforeConsideration: boolean,
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
          text: 'Refused for exclusion (Article 1F or 339D: 352J(i), 9.5.1 or SUI 4.1), danger to security (352J(iii)) or section 72 (352J(iv)): consider restricted leave if the person cannot be removed because of an ECHR barrier.',
        });
      }
      if (outstanding) actions.push({ code: 'continue-other-application', text: 'Consider the outstanding application for further leave under its own route.' });
      break;
    case 'not-eligible':
      if (beforeConsideration) {
        // Guidance "Operational process": consideration begins once the questionnaire is returned
        // and biometrics are enrolled. The failure is known, but nothing is served before then.
        const until = 'no decision is served until the questionnaire is returned and biometrics are enrolled (where required)';
        const q = caseFile.questionnaire;
        if (q?.returned === false) actions.push({ code: 'chase-questionnaire', text: `Finish the process first: chase the Calais leave questionnaire; ${until}.` });
        if (q?.biometrics === 'outstanding') actions.push({ code: 'request-biometrics', text: `Finish the process first: ask the person to enrol their biometrics; ${until}.` });
        const unrecorded = missing.filter((m) => (m.path === 'questionnaire.returned' && q?.returned === undefined) || (m.path === 'questionnaire.biometrics' && q?.biometrics === undefined));
        if (unrecorded.length > 0) {
          actions.push({ code: 'record-missing-answers', text: `Finish the process first: record ${unrecorded.map((m) => m.label.charAt(0).toLowerCase() + m.label.slice(1)).join(' and ')}; ${until}.` });
        }
        break;
      }
      serve();
      if (outstanding) actions.push({ code: 'continue-other-application', text: 'Consider the outstanding application for further leave under its own route.' });
      if (needsAnotherRoute(reasons)) {
        // Guidance 000: a person who does not qualify and wishes to stay "will need to seek leave
        // under another immigration route taking into account any independent legal advice".
        actions.push({
          code: 'seek-leave-on-another-route',
          text: `Tell the person that to stay in the UK they need permission on another immigration route, with independent legal advice${caseFile.leave?.type === 'section-67' ? ' (section 67 leave has its own caseworker guidance, paragraphs 352ZG to 352ZS)' : ''}.`,
        });
      }
      break;
    case 'declined-consideration':
      actions.push({
        code: 'continue-other-application',
        text: 'The person chose not to be considered under the Calais policy: consider the outstanding application under its own route.',
      });
      break;
    case 'on-hold-pending-prosecution': {
      const appeal = reasons.some((r) => r.code === 'no-appeal-pending' && r.status === 'not-met');
      const charges = reasons.some((r) => r.code === 'no-charges-pending' && r.status === 'not-met');
      const until = [charges ? 'the criminal proceedings are completed' : undefined, appeal ? 'the appeal against the conviction is decided' : undefined].filter((x) => x !== undefined).join(' and ');
      actions.push({
        code: 'send-hold-letter',
        text: `Write to the person${representative ? ' and their legal representative' : ''}: the case will not be decided until ${until}.`,
      });
      break;
    }
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
    } else if (d.outcome === 'awaiting-information' && outcome === 'grant-settlement') {
      const needed = d.missing ?? [];
      actions.push({
        code: 'record-missing-answers',
        text:
          needed.length === 1
            ? `Dependant ${d.index + 1}: record the missing answer (${needed[0]?.label ?? ''}) to decide their settlement in line; the person’s grant does not wait for it.`
            : `Dependant ${d.index + 1}: record the ${needed.length} missing answers listed with their decision to decide their settlement in line; the person’s grant does not wait for them.`,
        dependantId: d.id,
      });
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

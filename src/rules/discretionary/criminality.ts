import { addDays, formatLong } from '../../dates';
import { readList } from '../../related/lists';
import { combine, findingReason, groundReason, reason, type Reason, type ReasonCode } from '../../related/reasons';
import { suitabilityParagraph } from '../grounds';
import { inForce } from '../parameters';
import { DL_CRIMINALITY_CUT_OVER, DL_CRIMINALITY_THRESHOLD } from './parameters';
import type { DiscretionaryLeaveCase } from './schema';

/**
 * Criminality for DL: Part 9 (9.4.1; SUI 5.1 from 11 November 2025), which the policy applies
 * before any grant ("Further leave applications – General Grounds for Refusal (Criminality)"),
 * and the exception for a further grant where all five criteria in "Considering further DL" hold.
 * At settlement the same criteria are asked: where they hold, settlement is still refused under
 * the Rules ("Considering settlement"), but further DL may be granted.
 */

/** The criminality paragraph cited on the decision date: 9.4.1 (Part 9) until 10 November 2025, SUI 5.1 from 11 November 2025. */
export function criminalityParagraph(decisionDate: string): string {
  return suitabilityParagraph('criminality-serious', decisionDate);
}

/** The five criteria for a further grant despite a custodial sentence of 12 months or more, in the policy's order. */
function furtherDlExceptionReasons(input: DiscretionaryLeaveCase): Reason[] {
  const x = input.criminality?.furtherDlException ?? {};
  const citation = 'DL: Considering further DL';
  const one = (code: ReasonCode, field: keyof typeof x, what: string): Reason =>
    findingReason(code, citation, `criminality.furtherDlException.${field}`, x[field], {
      met: `${what}.`,
      notMet: `Not shown: ${what.toLowerCase()}.`,
      unknown: `Record whether: ${what.toLowerCase()}.`,
    });
  return [
    one('dl-exception-previous-grant', 'previouslyGrantedDl', 'Previously granted DL'),
    one('dl-exception-circumstances', 'circumstancesOfGrantContinue', 'The circumstances of the original grant of DL continue'),
    one('dl-exception-known-offending', 'offendingBeforeLastGrant', 'The offending came before the last grant of DL, which was made in full knowledge of it'),
    one('dl-exception-no-new-convictions', 'noConvictionsSinceLastGrant', 'No convictions since DL was last granted'),
    groundReason('dl-exception-not-restricted', citation, 'restrictedLeaveScope', input.restrictedLeaveScope, {
      met: 'Not within the scope of the restricted leave policy.',
      notMet: 'Within the scope of the restricted leave policy.',
      unknown: 'Record whether the person is within the scope of the restricted leave policy.',
    }),
  ];
}

/** A reason that cannot be decided yet because a list or the application's date or time is still to be answered. */
function pending(code: ReasonCode, paragraph: string, text: string, facts: string[], missing: string[], inconsistent?: true): Reason {
  const out = reason(code, paragraph, 'unknown', text, facts, missing);
  return inconsistent ? { ...out, inconsistent } : out;
}

/**
 * The criminality threshold for the application, by its date and, on 1 December 2020 itself, its
 * time: the rules "apply to applications made after 9 am on 01 December 2020". `null`: the
 * earlier rules, not encoded here. A string: the answer still missing.
 */
export function criminalityThresholdFor(application: DiscretionaryLeaveCase['application']): { custodialMonths: number } | null | { missing: string } {
  const madeOn = application?.madeOn;
  if (madeOn === undefined) return { missing: 'application.madeOn' };
  if (madeOn !== DL_CRIMINALITY_CUT_OVER.from) return inForce(DL_CRIMINALITY_THRESHOLD, madeOn);
  const after = application?.madeAfter9am;
  if (after === undefined) return { missing: 'application.madeAfter9am' };
  return inForce(DL_CRIMINALITY_THRESHOLD, after ? madeOn : addDays(madeOn, -1));
}

/** What the sentence limb found, for the decision to read. */
export interface DlSentenceAssessment {
  reasons: Reason[];
  /**
   * A settlement application with a sentence at the threshold where all five "Considering further
   * DL" criteria hold: settlement is refused under this paragraph, but further DL may be granted.
   */
  settlementRefusedUnder?: string;
}

/** The sentence limb: each custodial sentence on its own against the threshold, then the further-DL exception. */
function sentenceReasons(input: DiscretionaryLeaveCase, paragraph: string): DlSentenceAssessment {
  const code = 'dl-criminality-sentence';
  const list = 'criminality.custodialSentences';
  const read = readList(input.criminality?.hasCustodialSentences, input.criminality?.custodialSentences, { has: 'criminality.hasCustodialSentences', list }, {
    one: 'custodial sentence',
    many: 'custodial sentences',
    question: 'whether the applicant has had a custodial sentence',
  });
  if (!read.ok) return { reasons: [pending(code, paragraph, read.text, read.facts, read.missing, read.inconsistent)] };
  const sentences = read.items;
  if (sentences.length === 0) return { reasons: [reason(code, paragraph, 'met', 'No custodial sentence.', read.facts)] };

  const facts = [...read.facts, ...sentences.flatMap((_s, i) => [`${list}[${i}].convictedOn`, `${list}[${i}].months`]), 'application.madeOn'];
  const threshold = criminalityThresholdFor(input.application);
  if (threshold !== null && 'missing' in threshold) {
    const text =
      threshold.missing === 'application.madeAfter9am'
        ? 'The application was made on 1 December 2020: record whether it was made after 9 am, when the 12-month criminality threshold took effect.'
        : 'Record the date the application was made: the criminality threshold depends on it.';
    return { reasons: [pending(code, paragraph, text, [...facts, 'application.madeAfter9am'], [threshold.missing])] };
  }
  if (threshold === null) {
    const when = input.application?.madeOn === DL_CRIMINALITY_CUT_OVER.from ? `on 1 December 2020 before ${DL_CRIMINALITY_CUT_OVER.value.time}` : 'before 1 December 2020';
    return { reasons: [pending(code, paragraph, `The application was made ${when}: the criminality rules then in force are not encoded here; decide by hand.`, [...facts, 'application.madeAfter9am'], ['application.madeOn'])] };
  }
  // Each sentence is assessed on its own: lengths are never added together.
  const describe = (s: (typeof sentences)[number], i: number) => `sentence ${i + 1}: ${s.months} months, convicted ${formatLong(s.convictedOn)}${s.offence ? ` (${s.offence})` : ''}`;
  const engaged = sentences.map((s, i) => ({ s, i })).filter(({ s }) => s.months >= threshold.custodialMonths);
  if (engaged.length === 0) {
    return { reasons: [reason(code, paragraph, 'met', `No custodial sentence of ${threshold.custodialMonths} months or more (${sentences.map(describe).join('; ')}).`, facts)] };
  }
  const atThreshold = `A custodial sentence of ${threshold.custodialMonths} months or more (${engaged.map(({ s, i }) => describe(s, i)).join('; ')})`;
  const kind = input.application?.kind;
  if (kind !== 'further' && kind !== 'settlement') return { reasons: [reason(code, paragraph, 'not-met', `${atThreshold}: DL must be refused.`, facts)] };
  const exception = furtherDlExceptionReasons(input);
  const status = combine(exception);
  if (status === 'unknown') {
    return { reasons: [reason(code, paragraph, 'unknown', `${atThreshold}: record the five criteria for a further grant of DL.`, facts, exception.flatMap((r) => r.missing ?? [])), ...exception] };
  }
  if (status === 'not-met') {
    const refused = kind === 'settlement' ? 'settlement and further DL must be refused' : 'DL must be refused';
    return { reasons: [reason(code, paragraph, 'not-met', `${atThreshold}, and not all five criteria for a further grant hold: ${refused}.`, facts), ...exception] };
  }
  if (kind === 'further') return { reasons: [reason(code, paragraph, 'met', `${atThreshold}, but all five criteria for a further grant of DL hold.`, facts), ...exception] };
  // "Considering settlement": further DL can be granted where the criteria apply, but settlement is
  // considered under the Immigration Rules, applying the current general grounds for refusal.
  return {
    reasons: [reason(code, paragraph, 'not-met', `${atThreshold}: settlement must be refused under ${paragraph}. All five criteria for a further grant hold, so further DL may be granted instead.`, facts), ...exception],
    settlementRefusedUnder: paragraph,
  };
}

/** The criminality reasons, in the order of 9.4.1: (a) sentence, (b) persistent offender, (c) serious harm. */
export function criminalityReasons(input: DiscretionaryLeaveCase, decisionDate: string): Reason[] {
  return assessCriminality(input, decisionDate).reasons;
}

/** The criminality reasons, and whether a settlement application is refused under 9.4.1 with further DL still possible. */
export function assessCriminality(input: DiscretionaryLeaveCase, decisionDate: string): DlSentenceAssessment {
  const c = input.criminality ?? {};
  const paragraph = criminalityParagraph(decisionDate);
  const sentence = sentenceReasons(input, paragraph);
  const reasons = [
    ...sentence.reasons,
    groundReason('dl-criminality-persistent', paragraph, 'criminality.persistentOffender', c.persistentOffender, {
      met: 'Caseworker finding: not a persistent offender who shows a particular disregard for the law.',
      notMet: 'Caseworker finding: a persistent offender who shows a particular disregard for the law.',
      unknown: 'Record whether the person is a persistent offender.',
    }),
    groundReason('dl-criminality-serious-harm', paragraph, 'criminality.seriousHarm', c.seriousHarm, {
      met: 'Caseworker finding: no offence that caused serious harm.',
      notMet: 'Caseworker finding: an offence or offences which caused serious harm.',
      unknown: 'Record whether the person has committed an offence which caused serious harm.',
    }),
  ];
  return sentence.settlementRefusedUnder === undefined ? { reasons } : { reasons, settlementRefusedUnder: sentence.settlementRefusedUnder };
}

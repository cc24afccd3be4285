import { formatLong } from '../../dates';
import { combine, findingReason, groundReason, reason, type Reason } from '../../related/reasons';
import { suitabilityParagraph } from '../grounds';
import { inForce } from '../parameters';
import { DL_CRIMINALITY_THRESHOLD } from './parameters';
import type { DiscretionaryLeaveCase } from './schema';

/**
 * Criminality for DL: Part 9 (9.4.1; SUI 5.1 from 11 November 2025), which the policy applies
 * before any grant ("Further leave applications – General Grounds for Refusal (Criminality)"),
 * and the exception for a further grant where all five criteria in "Considering further DL" hold.
 */

/** The criminality paragraph cited on the decision date: 9.4.1 (Part 9) until 10 November 2025, SUI 5.1 from 11 November 2025. */
export function criminalityParagraph(decisionDate: string): string {
  return suitabilityParagraph('criminality-serious', decisionDate);
}

/** The five criteria for a further grant despite a custodial sentence of 12 months or more, in the policy's order. */
function furtherDlExceptionReasons(input: DiscretionaryLeaveCase): Reason[] {
  const x = input.criminality?.furtherDlException ?? {};
  const citation = 'DL: Considering further DL';
  const one = (code: string, field: keyof typeof x, what: string): Reason =>
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

/** The sentence limb: no custodial sentence at the threshold, unless the further-DL exception holds. */
function sentenceReasons(input: DiscretionaryLeaveCase, paragraph: string): Reason[] {
  const code = 'dl-criminality-sentence';
  const list = 'criminality.custodialSentences';
  const sentences = input.criminality?.custodialSentences;
  if (sentences === undefined) return [reason(code, paragraph, 'unknown', 'Record every custodial sentence, or that there are none.', [list], [list])];
  if (sentences.length === 0) return [reason(code, paragraph, 'met', 'No custodial sentence.', [list])];

  const facts = [list, ...sentences.map((_s, i) => `${list}[${i}].months`), 'application.madeOn'];
  const madeOn = input.application?.madeOn;
  if (madeOn === undefined) return [reason(code, paragraph, 'unknown', 'Record the date the application was made: the criminality threshold depends on it.', facts, ['application.madeOn'])];
  const threshold = inForce(DL_CRIMINALITY_THRESHOLD, madeOn);
  if (threshold === null) {
    return [reason(code, paragraph, 'unknown', 'The application was made before 1 December 2020: the criminality rules then in force are not encoded here; decide by hand.', facts, ['application.madeOn'])];
  }
  const longest = sentences.reduce((m, s) => Math.max(m, s.months), 0);
  if (longest < threshold.custodialMonths) {
    return [reason(code, paragraph, 'met', `No custodial sentence of ${threshold.custodialMonths} months or more (longest: ${longest} months).`, facts)];
  }
  const worst = sentences.find((s) => s.months === longest);
  const fact = worst ? `${longest} months, convicted ${formatLong(worst.convictedOn)}` : `${longest} months`;
  const atThreshold = `A custodial sentence of ${threshold.custodialMonths} months or more (${fact})`;
  if (input.application?.kind !== 'further') return [reason(code, paragraph, 'not-met', `${atThreshold}: DL must be refused.`, facts)];
  const exception = furtherDlExceptionReasons(input);
  const status = combine(exception);
  const main =
    status === 'met'
      ? reason(code, paragraph, 'met', `${atThreshold}, but all five criteria for a further grant of DL hold.`, facts)
      : status === 'unknown'
        ? reason(code, paragraph, 'unknown', `${atThreshold}: record the five criteria for a further grant of DL.`, facts, exception.flatMap((r) => r.missing ?? []))
        : reason(code, paragraph, 'not-met', `${atThreshold}, and not all five criteria for a further grant hold: DL must be refused.`, facts);
  return [main, ...exception];
}

/** The criminality reasons, in the order of 9.4.1: (a) sentence, (b) persistent offender, (c) serious harm. */
export function criminalityReasons(input: DiscretionaryLeaveCase, decisionDate: string): Reason[] {
  const c = input.criminality ?? {};
  const paragraph = criminalityParagraph(decisionDate);
  return [
    ...sentenceReasons(input, paragraph),
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
}

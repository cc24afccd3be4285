/**
 * Appendix Settlement Protection STP 2.1 (a)–(g), read into 352R(iv) by the Calais concession
 * (guidance, "Refusal provisions for cases seeking indefinite leave to remain"; domain notes §4).
 *
 * (a)–(d) follow from the recorded convictions. Each sentence is assessed on its own (lengths are
 * never added together); UK and overseas convictions count alike; a suspended sentence is not a
 * custodial sentence, so it counts as a non-custodial sentence under (d).
 * (e)–(g) are the caseworker's findings.
 */
import type { Conviction } from '../../case/schema';
import { addYears, firstDateOutsideMonthsAfter, formatLong, isBefore, isOnOrAfter, laterOf, subMonths, type IsoDate } from '../../dates';
import { inForce, STP_THRESHOLDS, type StpThresholds } from '../parameters';
import { findingReason, reason, type RuleContext, type Subject } from '../reason';
import type { StpLimbCode } from '../reasonCodes';
import type { ConvictionEvidence, Reason, StpLimbEvidence, StpThreshold } from '../types';
import { convictionListEmpty, convictionPath, convictionsPath, describeConviction, describeLength, hasConvictionsPath, recordedConvictions } from './convictions';

/** What one limb of STP 2.1 (a)–(d) found across all convictions. */
interface LimbFindings {
  /** Descriptions of the convictions that engage the limb. */
  engaged: string[];
  /** The same convictions, as evidence. */
  engagedEvidence: ConvictionEvidence[];
  /** For a time-limited limb: the latest date on which an engaging conviction stops counting. */
  until: IsoDate | undefined;
  /** Descriptions of convictions that would have engaged the limb but no longer do. */
  lapsed: string[];
  lapsedEvidence: ConvictionEvidence[];
  /** Answers needed before the limb can be assessed. */
  missing: string[];
  /** Paths read. */
  facts: string[];
  /** Ids of the engaging convictions, and of those under appeal or with no appeal answer. */
  ids: string[];
  appealPending: string[];
  appealNotRecorded: string[];
}

function emptyLimb(): LimbFindings {
  return { engaged: [], engagedEvidence: [], until: undefined, lapsed: [], lapsedEvidence: [], missing: [], facts: [], ids: [], appealPending: [], appealNotRecorded: [] };
}

/** A conviction as evidence: which one, its sentence, and when it stops counting under a time-limited limb. */
function convictionEvidence(conviction: Conviction, index: number, stopsApplyingOn?: IsoDate): ConvictionEvidence {
  const out: ConvictionEvidence = { conviction: conviction.id, index, kind: conviction.kind ?? 'custodial' };
  if (conviction.offence) out.offence = conviction.offence;
  if (conviction.convictedOn) out.convictedOn = conviction.convictedOn;
  if (conviction.where === 'overseas') out.overseas = true;
  if (conviction.kind === 'custodial') {
    if (conviction.sentenceLengthMonths !== undefined) out.months = conviction.sentenceLengthMonths;
    if (conviction.sentenceEndsOn !== undefined) out.endsOn = conviction.sentenceEndsOn;
  }
  if (stopsApplyingOn !== undefined) out.stopsApplyingOn = stopsApplyingOn;
  return out;
}

function engage(limb: LimbFindings, description: string, evidence: ConvictionEvidence, conviction: Conviction, appealPath: string, until?: IsoDate): void {
  limb.engaged.push(description);
  limb.engagedEvidence.push(evidence);
  limb.ids.push(conviction.id);
  limb.facts.push(appealPath);
  if (conviction.appealPending === true) limb.appealPending.push(conviction.id);
  else if (conviction.appealPending === undefined) limb.appealNotRecorded.push(conviction.id);
  if (until !== undefined) limb.until = limb.until === undefined ? until : laterOf(limb.until, until);
}

/** Sorts each conviction into the limbs it engages. */
function assessConvictions(subject: Subject, convictions: readonly Conviction[], decisionDate: IsoDate, t: StpThresholds) {
  const a = emptyLimb();
  const b = emptyLimb();
  const c = emptyLimb();
  const d = emptyLimb();
  const windowStart = subMonths(decisionDate, t.nonCustodialMonths);
  convictions.forEach((conviction, index) => {
    const kindPath = convictionPath(subject, index, 'kind');
    const appealPath = convictionPath(subject, index, 'appealPending');
    const what = describeConviction(conviction, index);
    if (conviction.kind === undefined) {
      for (const limb of [a, b, c, d]) {
        limb.missing.push(kindPath);
        limb.facts.push(kindPath);
      }
      return;
    }
    if (conviction.kind === 'custodial') {
      const lengthPath = convictionPath(subject, index, 'sentenceLengthMonths');
      const months = conviction.sentenceLengthMonths;
      if (months === undefined) {
        for (const limb of [a, b, c]) {
          limb.missing.push(lengthPath);
          limb.facts.push(kindPath, lengthPath);
        }
        return;
      }
      if (months >= t.longCustodialMonths) {
        a.facts.push(kindPath, lengthPath);
        engage(a, `${what}: custodial sentence of ${describeLength(months)}`, convictionEvidence(conviction, index), conviction, appealPath);
        return;
      }
      const limb = months >= t.mediumCustodialMonths ? b : c;
      const years = months >= t.mediumCustodialMonths ? t.mediumSentenceYears : t.shortSentenceYears;
      const endPath = convictionPath(subject, index, 'sentenceEndsOn');
      limb.facts.push(kindPath, lengthPath, endPath);
      if (conviction.sentenceEndsOn === undefined) {
        limb.missing.push(endPath);
        return;
      }
      const passes = addYears(conviction.sentenceEndsOn, years);
      const description = `${what}: custodial sentence of ${describeLength(months)} ending ${formatLong(conviction.sentenceEndsOn)}, ${years} years pass on ${formatLong(passes)}`;
      const evidence = convictionEvidence(conviction, index, passes);
      if (isBefore(decisionDate, passes)) engage(limb, description, evidence, conviction, appealPath, passes);
      else {
        limb.lapsed.push(description);
        limb.lapsedEvidence.push(evidence);
      }
      return;
    }
    // Suspended, non-custodial, or an out-of-court disposal: (d).
    const datePath = convictionPath(subject, index, 'convictedOn');
    d.facts.push(kindPath, datePath);
    if (conviction.convictedOn === undefined) {
      d.missing.push(datePath);
      return;
    }
    const kind =
      conviction.kind === 'suspended'
        ? 'suspended sentence (not a custodial sentence)'
        : conviction.kind === 'non-custodial'
          ? 'non-custodial sentence'
          : 'out-of-court disposal';
    const description = `${what}: ${kind}`;
    const stops = firstDateOutsideMonthsAfter(conviction.convictedOn, t.nonCustodialMonths);
    const evidence = convictionEvidence(conviction, index, stops);
    if (isOnOrAfter(conviction.convictedOn, windowStart)) {
      engage(d, description, evidence, conviction, appealPath, stops);
    } else {
      d.lapsed.push(description);
      d.lapsedEvidence.push(evidence);
    }
  });
  return { a, b, c, d, windowStart };
}

/** The thresholds of one limb, from the dated table in force on the decision date. */
export function stpThreshold(letter: StpLimbEvidence['limb'], t: StpThresholds, windowStart: IsoDate): StpThreshold {
  switch (letter) {
    case 'a':
      return { minMonths: t.longCustodialMonths };
    case 'b':
      return { minMonths: t.mediumCustodialMonths, belowMonths: t.longCustodialMonths, years: t.mediumSentenceYears };
    case 'c':
      return { belowMonths: t.mediumCustodialMonths, years: t.shortSentenceYears };
    case 'd':
      return { windowMonths: t.nonCustodialMonths, windowStart };
  }
}

function limbReason(letter: StpLimbEvidence['limb'], threshold: StpThreshold, limb: LimbFindings, timeLimited: boolean, failText: string, passText: string, hasPath: string): Reason {
  const code: StpLimbCode = `stp-2.1-${letter}`;
  const citation = `STP 2.1(${letter})`;
  const facts = [hasPath, ...limb.facts];
  const evidence: StpLimbEvidence = { type: 'stp-limb', limb: letter, threshold, engaged: limb.engagedEvidence, lapsed: limb.lapsedEvidence };
  if (limb.engaged.length > 0) {
    const out = reason(code, citation, 'not-met', `${failText} ${limb.engaged.join('; ')}.`, facts);
    out.evidence = evidence;
    if (timeLimited && limb.until !== undefined) out.timeLimited = { until: limb.until };
    out.convictions = { ids: limb.ids, appealPending: limb.appealPending, appealNotRecorded: limb.appealNotRecorded };
    return out;
  }
  if (limb.missing.length > 0) {
    return reason(code, citation, 'unknown', `Cannot assess until the missing conviction details are given.`, facts, limb.missing);
  }
  const lapsed = limb.lapsed.length > 0 ? ` No longer counts: ${limb.lapsed.join('; ')}.` : '';
  return { ...reason(code, citation, 'met', `${passText}${lapsed}`, facts), evidence };
}

/**
 * STP 2.1(a)–(d) for one person on the decision date, one reason per limb, in order.
 * (b)–(d) are time-limited: a reason that is not met carries the first date it stops applying.
 */
export function stpConvictionReasons(subject: Subject, context: RuleContext): Reason[] {
  const hasPath = hasConvictionsPath(subject);
  const convictions = recordedConvictions(subject);
  if (convictions === undefined) {
    const unknown = (limb: StpLimbEvidence['limb']) =>
      reason(`stp-2.1-${limb}`, `STP 2.1(${limb})`, 'unknown', 'Not yet recorded whether there are any convictions or out-of-court disposals.', [hasPath], [hasPath]);
    return [unknown('a'), unknown('b'), unknown('c'), unknown('d')];
  }
  if (convictionListEmpty(subject)) {
    // Yes with an empty list is unknown, never "none".
    const listPath = convictionsPath(subject);
    const unknown = (limb: StpLimbEvidence['limb']) =>
      reason(`stp-2.1-${limb}`, `STP 2.1(${limb})`, 'unknown', 'Convictions are recorded as yes, but no conviction is listed.', [hasPath, listPath], [listPath]);
    return [unknown('a'), unknown('b'), unknown('c'), unknown('d')];
  }
  const t = inForce(STP_THRESHOLDS, context.decisionDate);
  if (convictions.length === 0) {
    const none = (limb: StpLimbEvidence['limb']) => reason(`stp-2.1-${limb}`, `STP 2.1(${limb})`, 'met', 'No convictions or out-of-court disposals are recorded.', [hasPath]);
    return [none('a'), none('b'), none('c'), none('d')];
  }
  const { a, b, c, d, windowStart } = assessConvictions(subject, convictions, context.decisionDate, t);
  const long = describeLength(t.longCustodialMonths);
  const medium = describeLength(t.mediumCustodialMonths);
  const since = formatLong(windowStart);
  const window = `${t.nonCustodialMonths} months`;
  return [
    limbReason('a', stpThreshold('a', t, windowStart), a, false, `Custodial sentence of ${long} or more:`, `No custodial sentence of ${long} or more.`, hasPath),
    limbReason(
      'b',
      stpThreshold('b', t, windowStart),
      b,
      true,
      `Custodial sentence of at least ${medium} but under ${long}, and ${t.mediumSentenceYears} years have not passed since it ended:`,
      `No custodial sentence of at least ${medium} but under ${long} that ended less than ${t.mediumSentenceYears} years ago.`,
      hasPath,
    ),
    limbReason(
      'c',
      stpThreshold('c', t, windowStart),
      c,
      true,
      `Custodial sentence of under ${medium}, and ${t.shortSentenceYears} years have not passed since it ended:`,
      `No custodial sentence of under ${medium} that ended less than ${t.shortSentenceYears} years ago.`,
      hasPath,
    ),
    limbReason(
      'd',
      stpThreshold('d', t, windowStart),
      d,
      true,
      `Non-custodial sentence or out-of-court disposal on or after ${since} (within ${window} before the decision):`,
      `No non-custodial sentence or out-of-court disposal on or after ${since} (within ${window} before the decision).`,
      hasPath,
    ),
  ];
}

/** STP 2.1(e)–(g): the caseworker's findings on persistent offending, serious harm and conduciveness. */
export function stpFindingReasons(subject: Subject, context: RuleContext): Reason[] {
  return [
    findingReason(subject, 'persistent-offender', context),
    findingReason(subject, 'serious-harm', context),
    findingReason(subject, 'settlement-not-conducive', context),
  ];
}

/**
 * The STP 2.1 limbs (a)–(d) that assess this person's recorded convictions, whether or not the
 * time limit has passed: each custodial sentence under (a), (b) or (c) by its length, every other
 * sentence or disposal under (d). Read beside the 9.4.1 / SUI 5.1 and 9.4.3 / SUI 5.3 findings.
 */
export function stpLimbsAssessing(subject: Subject, context: RuleContext): Set<'a' | 'b' | 'c' | 'd'> {
  const out = new Set<'a' | 'b' | 'c' | 'd'>();
  const t = inForce(STP_THRESHOLDS, context.decisionDate);
  for (const conviction of recordedConvictions(subject) ?? []) {
    if (conviction.kind === undefined) continue;
    if (conviction.kind !== 'custodial') out.add('d');
    else if (conviction.sentenceLengthMonths === undefined) continue;
    else if (conviction.sentenceLengthMonths >= t.longCustodialMonths) out.add('a');
    else if (conviction.sentenceLengthMonths >= t.mediumCustodialMonths) out.add('b');
    else out.add('c');
  }
  return out;
}

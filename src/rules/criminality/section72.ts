/**
 * 352J(iv) read with section 72 of the Nationality, Immigration and Asylum Act 2002.
 *
 * A conviction is for a "particularly serious crime" when the sentence of imprisonment is at
 * least 12 months (convicted on or after 28 June 2022) or at least 2 years (convicted before):
 * `SECTION_72_MINIMUM_MONTHS`, looked up by the date of conviction. Each sentence counts on its
 * own, UK and overseas alike; a suspended sentence is not a sentence of imprisonment here.
 *
 * Such a conviction raises a presumption that the person is a danger to the community. The
 * presumption does not apply while an appeal against the conviction or sentence is pending, and
 * it is rebuttable: the caseworker records the finding `danger-to-community`. Without a
 * qualifying conviction that finding is not read.
 *
 * A conviction outside the UK counts only if the person, convicted in the UK of a similar offence,
 * could have been sentenced to imprisonment of at least the threshold (section 72(2)(b), guidance
 * 003 "Nationality, Immigration and Asylum Act 2002"): `ukSimilarOffenceReachesThreshold`,
 * unknown until answered for an overseas sentence that reaches the threshold.
 */
import { inForce, SECTION_72_MINIMUM_MONTHS } from '../parameters';
import { reason, type RuleContext, type Subject } from '../reason';
import type { Reason, Section72ConvictionEvidence, Section72Evidence } from '../types';
import { convictionListEmpty, convictionPath, convictionsPath, describeConviction, describeLength, hasConvictionsPath, recordedConvictions } from './convictions';

/** The minimum sentence (months) for a particularly serious crime, by date of conviction. */
export function section72MinimumMonths(convictedOn: string): number {
  return inForce(SECTION_72_MINIMUM_MONTHS, convictedOn);
}

const HIGHEST_MINIMUM = Math.max(...SECTION_72_MINIMUM_MONTHS.map((row) => row.value));
const LOWEST_MINIMUM = Math.min(...SECTION_72_MINIMUM_MONTHS.map((row) => row.value));

/** 352J(iv): not a danger to the community having been convicted of a particularly serious crime. */
export function section72Reason(subject: Subject, _context: RuleContext): Reason {
  const code = 'danger-to-community';
  const citation = '352J(iv)';
  const hasPath = hasConvictionsPath(subject);
  const convictions = recordedConvictions(subject);
  if (convictions === undefined) {
    return reason(code, citation, 'unknown', 'Not yet recorded whether there are any convictions.', [hasPath], [hasPath]);
  }
  if (convictionListEmpty(subject)) {
    const listPath = convictionsPath(subject);
    return reason(code, citation, 'unknown', 'Convictions are recorded as yes, but no conviction is listed.', [hasPath, listPath], [listPath]);
  }
  const facts = [hasPath];
  const missing: string[] = [];
  const overseasShort: string[] = [];
  const qualifying: string[] = [];
  const appealed: string[] = [];
  const evidence: Section72Evidence = { type: 'section-72', qualifying: [], appealPending: [], overseasNotSimilar: [] };
  const evidenceOf = (conviction: (typeof convictions)[number], index: number, months: number, minimumMonths: number): Section72ConvictionEvidence => {
    const out: Section72ConvictionEvidence = { conviction: conviction.id, index, kind: 'custodial', months, minimumMonths };
    if (conviction.offence) out.offence = conviction.offence;
    if (conviction.convictedOn) out.convictedOn = conviction.convictedOn;
    if (conviction.where === 'overseas') out.overseas = true;
    if (conviction.sentenceEndsOn) out.endsOn = conviction.sentenceEndsOn;
    return out;
  };
  convictions.forEach((conviction, index) => {
    const kindPath = convictionPath(subject, index, 'kind');
    facts.push(kindPath);
    if (conviction.kind === undefined) {
      missing.push(kindPath);
      return;
    }
    if (conviction.kind !== 'custodial') return;
    const lengthPath = convictionPath(subject, index, 'sentenceLengthMonths');
    facts.push(lengthPath);
    const months = conviction.sentenceLengthMonths;
    if (months === undefined) {
      missing.push(lengthPath);
      return;
    }
    // The threshold depends on the date of conviction; it is needed only for sentences between
    // the lowest and highest thresholds in the table.
    let minimum: number;
    if (conviction.convictedOn !== undefined) {
      facts.push(convictionPath(subject, index, 'convictedOn'));
      minimum = section72MinimumMonths(conviction.convictedOn);
    } else if (months >= HIGHEST_MINIMUM) minimum = HIGHEST_MINIMUM;
    else if (months < LOWEST_MINIMUM) return;
    else {
      const datePath = convictionPath(subject, index, 'convictedOn');
      facts.push(datePath);
      missing.push(datePath);
      return;
    }
    if (months < minimum) return;
    if (conviction.where === 'overseas') {
      // Section 72(2)(b): an overseas sentence counts only if a similar UK offence could have
      // been sentenced to at least the threshold.
      const similarPath = convictionPath(subject, index, 'ukSimilarOffenceReachesThreshold');
      facts.push(similarPath);
      if (conviction.ukSimilarOffenceReachesThreshold === undefined) {
        missing.push(similarPath);
        return;
      }
      if (!conviction.ukSimilarOffenceReachesThreshold) {
        evidence.overseasNotSimilar.push(evidenceOf(conviction, index, months, minimum));
        overseasShort.push(`${describeConviction(conviction, index)}: a similar offence in the UK could not have been sentenced to ${describeLength(minimum)} or more`);
        return;
      }
    }
    const appealPath = convictionPath(subject, index, 'appealPending');
    facts.push(appealPath);
    const description = `${describeConviction(conviction, index)}: ${describeLength(months)}, at least ${describeLength(minimum)}`;
    if (conviction.appealPending === undefined) missing.push(appealPath);
    else if (conviction.appealPending) {
      appealed.push(description);
      evidence.appealPending.push(evidenceOf(conviction, index, months, minimum));
    } else {
      qualifying.push(description);
      evidence.qualifying.push(evidenceOf(conviction, index, months, minimum));
    }
  });
  const overseasNote = overseasShort.length > 0 ? ` Not a particularly serious crime (section 72(2)(b)): ${overseasShort.join('; ')}.` : '';
  const appealNote = `${appealed.length > 0 ? ` The presumption does not apply while an appeal is pending: ${appealed.join('; ')}.` : ''}${overseasNote}`;
  if (qualifying.length > 0) {
    const findingPath = `${subject.prefix}suitability.danger-to-community.applies`;
    facts.push(findingPath);
    const finding = subject.suitability?.['danger-to-community'];
    const note = finding?.note ? ` Caseworker’s note: ${finding.note}` : '';
    const convicted = `Convicted of a particularly serious crime under section 72: ${qualifying.join('; ')}.`;
    if (finding?.applies !== undefined) evidence.presumptionNotRebutted = finding.applies;
    if (finding?.applies === true) {
      return with72(reason(code, citation, 'not-met', `${convicted} The caseworker finds the presumption of danger to the community is not rebutted.${note}`, facts), evidence);
    }
    if (finding?.applies === false) {
      return with72(reason(code, citation, 'met', `${convicted} The caseworker finds the presumption of danger to the community is rebutted.${note}`, facts), evidence);
    }
    return with72(reason(code, citation, 'unknown', `${convicted} No finding recorded on whether the presumption of danger to the community is rebutted.`, facts, [...missing, findingPath]), evidence);
  }
  if (missing.length > 0) {
    return with72(reason(code, citation, 'unknown', `Cannot tell whether any conviction is for a particularly serious crime until the missing details are given.${appealNote}`, facts, missing), evidence);
  }
  return with72(reason(code, citation, 'met', `No conviction for a particularly serious crime under section 72.${appealNote}`, facts), evidence);
}

function with72(r: Reason, evidence: Section72Evidence): Reason {
  return { ...r, evidence };
}

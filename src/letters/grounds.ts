/**
 * What each ground of refusal means, written to the person. Keyed by the decision's reason codes
 * (`src/rules`): the letter names the paragraph by the citation the decision gives (Part 9 or Part
 * Suitability numbering, by decision date) and never works out for itself whether a ground applies.
 */
import type { ConvictionEvidence, Reason, Section72ConvictionEvidence, StpLimbEvidence } from '../rules';
import type { StpThreshold } from '../rules/types';
import { describeLength } from '../rules/criminality/convictions';
import { formatLong } from '../dates';
import type { CaseFile, SuitabilityGroundCode } from '../case/schema';
import { capitalise, paragraphName } from './format';

/** A ground as the refusal letter explains it. */
export interface GroundText {
  /** Short name, for the heading. */
  title: string;
  /** What the paragraph requires and what we found, addressed to the person. */
  explanation: string;
}

const SUITABILITY_EXPLAINED = 'To be granted settlement on the basis of Calais leave, you must not fall for refusal under the suitability grounds of the Immigration Rules.';

const STP_EXPLAINED = 'The Calais leave concession applies this paragraph to settlement: settlement must be refused where it applies.';

const FINDINGS: Readonly<Record<SuitabilityGroundCode, { title: string; found: string }>> = {
  'excluded-from-protection': {
    title: 'excluded from protection',
    found: 'you are excluded from refugee status under Article 1F of the Refugee Convention, or from humanitarian protection',
  },
  'danger-to-security': { title: 'danger to the security of the United Kingdom', found: 'there are reasonable grounds for regarding you as a danger to the security of the United Kingdom' },
  'danger-to-community': {
    title: 'danger to the community',
    found: 'you are a danger to the community of the United Kingdom, having been convicted by a final judgment of a particularly serious crime',
  },
  deportation: { title: 'deportation', found: 'you are the subject of a deportation order, or of a decision to make a deportation order' },
  'not-conducive': {
    title: 'presence not conducive to the public good',
    found: 'your presence in the United Kingdom is not conducive to the public good because of your conduct, character, associations or other reasons',
  },
  'criminality-serious': {
    title: 'criminality',
    found:
      'you have been convicted of an offence for which you received a custodial sentence of 12 months or more, or you are a persistent offender who shows a particular disregard for the law, or you have committed an offence which caused serious harm',
  },
  'criminality-other': {
    title: 'criminality',
    found:
      'you have been convicted of an offence for which you received a custodial sentence of less than 12 months or a non-custodial sentence, or you have received an out-of-court disposal that is recorded on your criminal record',
  },
  exclusion: { title: 'exclusion', found: 'you are, or would be, excluded from the protection of the Refugee Convention or from humanitarian protection' },
  'false-representations': {
    title: 'false representations',
    found: 'false representations were made, false documents or information were submitted, or material facts were not disclosed in relation to your case',
  },
  deception: { title: 'deception', found: 'you used deception, with a deliberate intention to deceive' },
  'immigration-breach': { title: 'previous breach of immigration laws', found: 'you have previously breached immigration laws when you were aged 18 or over' },
  'failure-to-cooperate': {
    title: 'failure to cooperate',
    found: 'you failed, without reasonable excuse, to attend an interview or to provide information, biometrics or a medical report when we asked you to',
  },
  'nhs-debt': { title: 'NHS debt', found: 'you owe charges to the NHS of £500 or more' },
  'litigation-costs': { title: 'unpaid litigation costs', found: 'you have not paid litigation costs awarded to the Home Office' },
  'purpose-not-covered': { title: 'purpose not covered by the Immigration Rules', found: 'you are seeking to stay in the United Kingdom for a purpose not covered by the Immigration Rules' },
  'persistent-offender': { title: 'persistent offender', found: 'you are a persistent offender who shows a particular disregard for the law' },
  'serious-harm': { title: 'serious harm', found: 'you have committed an offence, or offences, which caused serious harm' },
  'settlement-not-conducive': {
    title: 'settlement not conducive to the public good',
    found:
      'granting you settlement is not conducive to the public good because of your conduct, character, associations or other reasons, or because you represent a threat to national security',
  },
};

/** Each STP 2.1 limb as the letter states it, with the numbers of the threshold the decision applied. */
const STP_LIMBS: Readonly<Record<StpLimbEvidence['limb'], (t: StpThreshold) => { title: string; rule: string }>> = {
  a: (t) => {
    const long = describeLength(t.minMonths ?? 0);
    return {
      title: `custodial sentence of ${long} or more`,
      rule: `Settlement must be refused where the person has been convicted of a criminal offence in the UK or overseas for which they received a custodial sentence of ${long} or more.`,
    };
  },
  b: (t) => {
    const [medium, long] = [describeLength(t.minMonths ?? 0), describeLength(t.belowMonths ?? 0)];
    return {
      title: `custodial sentence of ${medium} or more but less than ${long}`,
      rule: `Settlement must be refused where the person has been convicted of a criminal offence in the UK or overseas for which they received a custodial sentence of at least ${medium} but less than ${long}, unless ${t.years ?? 0} years have passed since the end of the sentence.`,
    };
  },
  c: (t) => {
    const medium = describeLength(t.belowMonths ?? 0);
    return {
      title: `custodial sentence of less than ${medium}`,
      rule: `Settlement must be refused where the person has been convicted of a criminal offence in the UK or overseas for which they received a custodial sentence of less than ${medium}, unless ${t.years ?? 0} years have passed since the end of the sentence.`,
    };
  },
  d: (t) => {
    const window = `${t.windowMonths ?? 0} months`;
    return {
      title: `non-custodial sentence or out-of-court disposal in the last ${window}`,
      rule: `Settlement must be refused where, within the ${window} before the date of the decision, the person has been convicted of or admitted an offence in the UK or overseas for which they received a non-custodial sentence, or received an out-of-court disposal that is recorded on their criminal record. A suspended sentence is not a custodial sentence: it counts as a non-custodial sentence.`,
    };
  },
};

/** The STP 2.1 (a)–(d) evidence of a reason (also on the STP 7.1 limbs, which apply STP 2.1), if it has one. */
function stpEvidence(reason: Reason): StpLimbEvidence | undefined {
  return reason.evidence?.type === 'stp-limb' ? reason.evidence : undefined;
}

/** The heading and explanation of one ground of refusal. */
export function groundText(reason: Reason): GroundText {
  const where = capitalise(paragraphName(reason.citation));
  const limbEvidence = stpEvidence(reason);
  if (limbEvidence) {
    const stp = STP_LIMBS[limbEvidence.limb](limbEvidence.threshold);
    return { title: `${where}: ${stp.title}`, explanation: `${stp.rule} ${STP_EXPLAINED.split(':')[0]}.` };
  }
  if (reason.code === 'protection-claim-refused') {
    return {
      title: `${where}: protection claim`,
      explanation: 'Calais leave is for people whose claim for protection was refused. Our records show that your protection claim was not refused, so you do not meet this requirement.',
    };
  }
  const code = findingCode(reason);
  const finding = code ? FINDINGS[code] : undefined;
  if (finding) {
    const intro = reason.citation.startsWith('352J')
      ? 'To be granted settlement on the basis of Calais leave, you must continue to meet the requirements for Calais leave.'
      : reason.citation.startsWith('STP ')
        ? STP_EXPLAINED
        : SUITABILITY_EXPLAINED;
    return { title: `${where}: ${finding.title}`, explanation: `${intro} We have found that ${finding.found}.` };
  }
  return { title: where, explanation: reason.text };
}

/** The suitability ground a finding reason is about (`finding-deportation` -> `deportation`). */
function findingCode(reason: Reason): SuitabilityGroundCode | undefined {
  const code = reason.code.startsWith('finding-') ? reason.code.slice('finding-'.length) : reason.code;
  return code in FINDINGS ? (code as SuitabilityGroundCode) : undefined;
}

/**
 * The facts relied on for a ground, as the letter first states them (the caseworker may rewrite
 * them), from the reason's code and evidence, never its sentence: for a finding, the caseworker's
 * recorded note; for STP 2.1(a)–(d) and section 72, the convictions in the evidence with the
 * thresholds it records. A ground with no wording of its own here (none among the scenarios) shows
 * the decision's sentence as it stands. Empty when nothing is recorded.
 */
export function factsReliedOn(reason: Reason, caseFile: CaseFile): string {
  const code = findingCode(reason);
  if (code && reason.code.startsWith('finding-')) {
    const note = caseFile.suitability?.[code]?.note?.trim();
    return note ? `The facts we relied on: ${note}` : '';
  }
  if (reason.code === 'protection-claim-refused') return 'We relied on our record that your protection claim was not refused.';
  const limb = stpEvidence(reason);
  if (limb) return `We relied on ${limb.engaged.map((c) => stpConvictionWords(c, limb.threshold)).join('; ')}.`;
  if (reason.code === 'danger-to-community') {
    const note = caseFile.suitability?.['danger-to-community']?.note?.trim();
    const qualifying = reason.evidence?.type === 'section-72' ? reason.evidence.qualifying : [];
    const parts: string[] = [];
    if (qualifying.length > 0) {
      parts.push(
        `You were convicted of a particularly serious crime as defined in section 72 of the Nationality, Immigration and Asylum Act 2002: ${qualifying.map(section72Words).join('; ')}. You are therefore presumed to be a danger to the community, and we find that this presumption has not been rebutted.`,
      );
    }
    if (note) parts.push(`The facts we relied on: ${note}`);
    return parts.join('\n\n');
  }
  return reason.text;
}

/** "(theft, 2 March 2020, overseas)", or nothing when no detail is recorded. */
function details(c: ConvictionEvidence): string {
  const parts = [c.offence, c.convictedOn && formatLong(c.convictedOn), c.overseas && 'overseas'].filter((x): x is string => Boolean(x));
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** "your conviction (theft, 2 March 2020)", or "a conviction" when no detail is recorded. */
function yourConviction(c: ConvictionEvidence): string {
  const d = details(c);
  return d ? `your conviction${d}` : 'a conviction';
}

/** One conviction an STP 2.1 limb rests on, as the letter states it. */
function stpConvictionWords(c: ConvictionEvidence, threshold: StpThreshold): string {
  switch (c.kind) {
    case 'out-of-court-disposal': {
      const d = details(c);
      return d ? `the out-of-court disposal recorded on your criminal record${d}` : 'an out-of-court disposal recorded on your criminal record';
    }
    case 'suspended':
      return `${yourConviction(c)}: a suspended sentence, which counts as a non-custodial sentence`;
    case 'non-custodial':
      return `${yourConviction(c)}: a non-custodial sentence`;
    case 'custodial': {
      const sentence = `${yourConviction(c)}: a custodial sentence of ${describeLength(c.months ?? 0)}`;
      if (c.endsOn === undefined || c.stopsApplyingOn === undefined || threshold.years === undefined) return sentence;
      return `${sentence} ending ${formatLong(c.endsOn)}; ${threshold.years} years will have passed on ${formatLong(c.stopsApplyingOn)}`;
    }
  }
}

/** One particularly serious crime, with the threshold in force on its date of conviction. */
function section72Words(c: Section72ConvictionEvidence): string {
  return `${yourConviction(c)}: a sentence of imprisonment of ${describeLength(c.months ?? 0)} (a particularly serious crime needs at least ${describeLength(c.minimumMonths)})`;
}

/**
 * The suitability grounds the caseworker records a finding on, with their citations under each
 * numbering and a short plain-English explanation for the wizard. (Domain notes §1, §3, §4.)
 *
 * These are judgements: the rules read the caseworker's recorded finding and never infer it.
 */
import type { IsoDate } from '../dates';
import type { SuitabilityGroundCode } from '../case/schema';
import { inForce, SUITABILITY_NUMBERING, type SuitabilityNumbering } from './parameters';

/** A suitability ground: where it comes from and how to explain it. */
export interface SuitabilityGround {
  /** The key of the finding in the case file's `suitability` section. */
  code: SuitabilityGroundCode;
  /** The citation under each numbering (the same for grounds outside 352J(v)). */
  citations: Readonly<Record<SuitabilityNumbering, string>>;
  /** Which part of the decision the ground belongs to. */
  part: '352J' | '352J(v)' | 'STP 2.1';
  /** A short name. */
  title: string;
  /** What the caseworker is asked to find, in plain English. */
  explanation: string;
}

function same(citation: string): Readonly<Record<SuitabilityNumbering, string>> {
  return { 'part-9': citation, 'part-suitability': citation };
}

/** Every ground, in the order the rules check it. */
export const SUITABILITY_GROUNDS: readonly SuitabilityGround[] = [
  {
    code: 'excluded-from-protection',
    citations: same('352J(i)'),
    part: '352J',
    title: 'Excluded from protection',
    explanation: 'The person is excluded from refugee status under Article 1F of the Refugee Convention, or from humanitarian protection under paragraph 339D.',
  },
  {
    code: 'danger-to-security',
    citations: same('352J(iii)'),
    part: '352J',
    title: 'Danger to the security of the UK',
    explanation: 'There are reasonable grounds for regarding the person as a danger to the security of the United Kingdom.',
  },
  {
    code: 'danger-to-community',
    citations: same('352J(iv)'),
    part: '352J',
    title: 'Danger to the community',
    explanation:
      'Asked only when a conviction is for a particularly serious crime under section 72 (at least 12 months’ imprisonment if convicted on or after 28 June 2022, at least 2 years before). The person is then presumed a danger to the community. Answer yes if the presumption has not been rebutted.',
  },
  {
    code: 'deportation',
    citations: { 'part-9': '9.2.1(c)', 'part-suitability': 'SUI 2.1(c)' },
    part: '352J(v)',
    title: 'Deportation',
    explanation: 'The person is the subject of a deportation order, or of a decision to make one.',
  },
  {
    code: 'not-conducive',
    citations: { 'part-9': '9.3.1', 'part-suitability': 'SUI 3.1' },
    part: '352J(v)',
    title: 'Presence not conducive to the public good',
    explanation: 'The person’s presence in the UK is not conducive to the public good because of their conduct, character, associations or other reasons.',
  },
  {
    code: 'criminality-serious',
    citations: { 'part-9': '9.4.1', 'part-suitability': 'SUI 5.1' },
    part: '352J(v)',
    title: 'Criminality: serious',
    explanation: 'The person falls for refusal on criminality grounds: a custodial sentence of 12 months or more, a persistent offender who shows a particular disregard for the law, or offending that caused serious harm. A sentence that STP 2.1(a) to (d) already assess, with their time limits, is not recorded again here.',
  },
  {
    code: 'criminality-other',
    citations: { 'part-9': '9.4.3', 'part-suitability': 'SUI 5.3' },
    part: '352J(v)',
    title: 'Criminality: other',
    explanation: 'Refusal is appropriate because of a custodial sentence of less than 12 months, or a non-custodial sentence or out-of-court disposal recorded on the person’s criminal record. A sentence that STP 2.1(a) to (d) already assess, with their time limits, is not recorded again here.',
  },
  {
    code: 'exclusion',
    citations: { 'part-9': '9.5.1', 'part-suitability': 'SUI 4.1' },
    part: '352J(v)',
    title: 'Exclusion',
    explanation: 'The person is, or would be, excluded from the Refugee Convention or from humanitarian protection.',
  },
  {
    code: 'false-representations',
    citations: { 'part-9': '9.7.1', 'part-suitability': 'SUI 10.1' },
    part: '352J(v)',
    title: 'False representations',
    explanation: 'False representations were made, false documents or information were submitted, or material facts were not disclosed.',
  },
  {
    code: 'deception',
    citations: { 'part-9': '9.7.2', 'part-suitability': 'SUI 9.1' },
    part: '352J(v)',
    title: 'Deception',
    explanation: 'The person used deception, with a deliberate intention to deceive.',
  },
  {
    code: 'immigration-breach',
    citations: { 'part-9': '9.8.3', 'part-suitability': 'SUI 11.3' },
    part: '352J(v)',
    title: 'Previous breach of immigration laws',
    explanation: 'The person previously breached immigration laws, aged 18 or over (for a decision made in the UK the ground is 9.8.3, or SUI 11.3 from 11 November 2025).',
  },
  {
    code: 'failure-to-cooperate',
    citations: { 'part-9': '9.9.1', 'part-suitability': 'SUI 14.1' },
    part: '352J(v)',
    title: 'Failure to cooperate',
    explanation: 'Without reasonable excuse, the person failed to attend an interview or to provide information, biometrics or a medical report.',
  },
  {
    code: 'nhs-debt',
    citations: { 'part-9': '9.11.1', 'part-suitability': 'SUI 16.1' },
    part: '352J(v)',
    title: 'NHS debt',
    explanation: 'The person owes the NHS £500 or more.',
  },
  {
    code: 'litigation-costs',
    citations: { 'part-9': '9.12.1', 'part-suitability': 'SUI 17.1' },
    part: '352J(v)',
    title: 'Unpaid litigation costs',
    explanation: 'The person has not paid litigation costs awarded to the Home Office.',
  },
  {
    code: 'purpose-not-covered',
    citations: { 'part-9': '9.13.1', 'part-suitability': 'SUI 18.1' },
    part: '352J(v)',
    title: 'Purpose not covered by the Rules',
    explanation: 'The person seeks to stay for a purpose not covered by the Immigration Rules.',
  },
  {
    code: 'persistent-offender',
    citations: same('STP 2.1(e)'),
    part: 'STP 2.1',
    title: 'Persistent offender',
    explanation: 'The person is a persistent offender who shows a particular disregard for the law.',
  },
  {
    code: 'serious-harm',
    citations: same('STP 2.1(f)'),
    part: 'STP 2.1',
    title: 'Serious harm',
    explanation: 'The person has committed an offence, or offences, that caused serious harm.',
  },
  {
    code: 'settlement-not-conducive',
    citations: same('STP 2.1(g)'),
    part: 'STP 2.1',
    title: 'Settlement not conducive to the public good',
    explanation: 'Settlement is not conducive to the public good because of the person’s conduct, character, associations or other reasons (including convictions outside STP 2.1(a)–(d)), or because they are a threat to national security.',
  },
];

/**
 * The product's reading of 9.4.1 / SUI 5.1 and 9.4.3 / SUI 5.3 beside STP 2.1(a)–(d), for the
 * wizard's suitability page, the docs and the outcome. The concession reads STP 2.1 into 352R(iv)
 * with its time limits (15 years, 7 years, 24 months); Part 9 / Part Suitability state none. So a
 * sentence is assessed once, by its STP 2.1 limb, and the finding records only what that limb does
 * not: a finding never cancels a lapse, and the decision shows the finding beside the limb.
 */
export const CRIMINALITY_FINDING_READING =
  'A recorded sentence is assessed under STP 2.1(a) to (d), with their time limits. Answer yes here only for criminality those paragraphs do not already assess (for example, persistent offending or serious harm), not again for the same sentence.';

const BY_CODE = new Map(SUITABILITY_GROUNDS.map((ground) => [ground.code, ground]));

/** The ground with this code. */
export function suitabilityGround(code: SuitabilityGroundCode): SuitabilityGround {
  const ground = BY_CODE.get(code);
  if (!ground) throw new Error(`Unknown suitability ground ${code}`);
  return ground;
}

/** The numbering of the suitability paragraphs in force on `decisionDate`. */
export function numberingOn(decisionDate: IsoDate): SuitabilityNumbering {
  return inForce(SUITABILITY_NUMBERING, decisionDate);
}

/**
 * The citation of a ground in the numbering in force on `decisionDate`: `9.7.1` up to
 * 10 November 2025, `SUI 10.1` from 11 November 2025. Grounds outside 352J(v) keep their citation.
 */
export function suitabilityParagraph(ground: SuitabilityGroundCode, decisionDate: IsoDate): string {
  return suitabilityGround(ground).citations[numberingOn(decisionDate)];
}

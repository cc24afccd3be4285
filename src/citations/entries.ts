/**
 * The entries of the citation registry: one per paragraph or guidance section that any route
 * cites, in the order of each instrument. The 352J(v) suitability grounds are built from the
 * grounds table (src/rules/grounds.ts), so their labels under Part 9 and Part Suitability are
 * written down once, there.
 *
 * Summaries are this product's own plain-English words: what the paragraph asks, in a sentence or
 * two. They never replace the text itself; the source says where to read it.
 */
import { SUITABILITY_GROUNDS } from '../rules/grounds';
import type { SuitabilityNumbering } from '../rules/parameters';
import { GUIDANCE_DOCUMENTS, type GuidanceDocument } from './sources';

/** The instrument a cited paragraph belongs to. */
export type Instrument =
  | 'Immigration Rules, Part 11'
  | 'Immigration Rules, Part 9'
  | 'Immigration Rules, Part Suitability'
  | 'Immigration Rules, Appendix Settlement Protection'
  | 'Nationality, Immigration and Asylum Act 2002'
  | 'Immigration Act 1971'
  | 'Refugee Convention'
  | '1954 Convention relating to the Status of Stateless Persons'
  | 'Calais leave caseworker guidance'
  | 'Discretionary leave caseworker guidance'
  | 'Restricted leave caseworker guidance'
  | 'Home fee status: Persons granted Calais leave to remain'
  | 'Temporary Permission to Stay for Victims of Human Trafficking or Slavery guidance';

/** Where an entry's text is found: a guidance document and the heading of its section. */
export interface CitationSource {
  document: GuidanceDocument;
  /** The section heading, exactly as the document writes it. */
  section: string;
}

/** The label and instrument of a renumbered paragraph under one numbering. */
export interface NumberedLabel {
  label: string;
  instrument: Instrument;
}

/** One cited paragraph or guidance section. */
export interface CitationEntry {
  /** The citation exactly as the reasons carry it (for a renumbered ground: its Part 9 number). */
  id: string;
  /** The instrument the paragraph belongs to (for a renumbered ground: under Part 9). */
  instrument: Instrument;
  /** The paragraph, section or heading within the instrument. */
  paragraph: string;
  /** A short title. */
  title: string;
  /** What the paragraph asks, in this product's plain English (one or two sentences). */
  summary: string;
  /** The guidance document and section the product takes it from. */
  source: CitationSource;
  /**
   * For the 352J(v) grounds, renumbered on 11 November 2025: the label under each numbering.
   * Absent where the paragraph is not renumbered.
   */
  numbering?: Readonly<Record<SuitabilityNumbering, NumberedLabel>>;
}

const calais = (section: string): CitationSource => ({ document: GUIDANCE_DOCUMENTS.calais, section });
const stp = (section: string): CitationSource => ({ document: GUIDANCE_DOCUMENTS['settlement-protection'], section });
const dl = (section: string): CitationSource => ({ document: GUIDANCE_DOCUMENTS['discretionary-leave'], section });
const rl = (section: string): CitationSource => ({ document: GUIDANCE_DOCUMENTS['restricted-leave'], section });
const fee = (section: string): CitationSource => ({ document: GUIDANCE_DOCUMENTS['fee-status'], section });

const CONCESSION = 'Concession to the Immigration Rules';
const REFUSAL_PROVISIONS = 'Refusal provisions for cases seeking indefinite leave to remain';
const FEE_CATEGORY = 'Persons granted Calais leave to remain';

/** The Calais route: Part 11 of the Rules, the concession and the guidance's process. */
const CALAIS_ENTRIES: CitationEntry[] = [
  {
    id: '352I',
    instrument: 'Immigration Rules, Part 11',
    paragraph: '352I',
    title: 'Who was transferred from Calais',
    summary: 'Calais leave is for children brought to the UK from the Calais camp between 17 October 2016 and 13 July 2017 to join family here.',
    source: calais('Policy intention'),
  },
  {
    id: '352J',
    instrument: 'Immigration Rules, Part 11',
    paragraph: '352J',
    title: 'Calais leave and its requirements',
    summary: 'The paragraph under which Calais leave is granted; a person must go on meeting all five of its requirements to be settled.',
    source: calais(REFUSAL_PROVISIONS),
  },
  {
    id: '352J(i)',
    instrument: 'Immigration Rules, Part 11',
    paragraph: '352J(i)',
    title: 'Not excluded from protection',
    summary: 'The person must not be excluded from refugee status (Article 1F of the Refugee Convention) or from humanitarian protection (paragraph 339D).',
    source: calais(REFUSAL_PROVISIONS),
  },
  {
    id: '352J(ii)',
    instrument: 'Immigration Rules, Part 11',
    paragraph: '352J(ii)',
    title: 'Protection claim refused',
    summary: 'Calais leave rests on a protection claim that was refused. It is asked of the main person only: children with leave in line under 352T are exempt.',
    source: calais('Dependants'),
  },
  {
    id: '352J(iii)',
    instrument: 'Immigration Rules, Part 11',
    paragraph: '352J(iii)',
    title: 'Not a danger to security',
    summary: 'There must be no reasonable grounds for regarding the person as a danger to the security of the UK. This is the caseworker’s finding.',
    source: calais(REFUSAL_PROVISIONS),
  },
  {
    id: '352J(iv)',
    instrument: 'Immigration Rules, Part 11',
    paragraph: '352J(iv)',
    title: 'Not a danger to the community',
    summary: 'A person convicted of a particularly serious crime (section 72) is presumed a danger to the community; unless that presumption is rebutted, this requirement fails.',
    source: calais(REFUSAL_PROVISIONS),
  },
  {
    id: '352J(v)',
    instrument: 'Immigration Rules, Part 11',
    paragraph: '352J(v)',
    title: 'Listed suitability grounds',
    summary: 'The person must not fall for refusal under any of twelve listed suitability grounds: Part 9 until 10 November 2025, Part Suitability from 11 November 2025.',
    source: calais(CONCESSION),
  },
  {
    id: '352L',
    instrument: 'Immigration Rules, Part 11',
    paragraph: '352L',
    title: 'Biometric immigration document',
    summary: 'The biometric immigration document issued to a person with Calais leave. The concession counts the 5 years from its issue.',
    source: calais(CONCESSION),
  },
  {
    id: '352R(iv)',
    instrument: 'Immigration Rules, Part 11',
    paragraph: '352R(iv)',
    title: 'Settlement not undesirable',
    summary: 'Settlement is refused if the person’s conduct, character or associations make it undesirable. The concession reads this with the criminality grounds of STP 2.1(a)–(g).',
    source: calais(CONCESSION),
  },
  {
    id: '352T',
    instrument: 'Immigration Rules, Part 11',
    paragraph: '352T',
    title: 'Children with leave in line',
    summary: 'A child previously given leave in line under 352T is settled with the main person, if they meet 352J (except (ii)) and STP 2.1 themselves.',
    source: calais('Dependants'),
  },
  {
    id: 'Concession 1',
    instrument: 'Calais leave caseworker guidance',
    paragraph: 'Concession, requirement 1',
    title: 'In the UK',
    summary: 'The concession covers only people who are in the UK.',
    source: calais(CONCESSION),
  },
  {
    id: 'Concession 2',
    instrument: 'Calais leave caseworker guidance',
    paragraph: 'Concession, requirement 2',
    title: 'Granted Calais leave',
    summary: 'The person must have been granted Calais leave under paragraph 352J. Section 67 leave is a different kind of leave and does not count.',
    source: calais(CONCESSION),
  },
  {
    id: 'Concession 3',
    instrument: 'Calais leave caseworker guidance',
    paragraph: 'Concession, requirement 3',
    title: 'Held the BID for 5 years',
    summary: 'The person must have held the biometric immigration document issued under 352L for 5 continuous years in the UK, instead of the 10 years the Rules ask.',
    source: calais(CONCESSION),
  },
  {
    id: 'Concession 3 (352L)',
    instrument: 'Calais leave caseworker guidance',
    paragraph: 'Concession, requirement 3, with paragraph 352L',
    title: 'Held the 352L BID for 5 years',
    summary: 'The biometric immigration document issued under 352L must have been held for 5 continuous years in the UK; the person is eligible from the fifth anniversary of its issue.',
    source: calais(CONCESSION),
  },
  {
    id: 'Concession 4',
    instrument: 'Calais leave caseworker guidance',
    paragraph: 'Concession, requirement 4',
    title: 'BID not revoked within the 5 years',
    summary: 'The biometric immigration document must not have been revoked during those 5 years.',
    source: calais(CONCESSION),
  },
  {
    id: 'Concession: revoked',
    instrument: 'Calais leave caseworker guidance',
    paragraph: 'Concession: Calais leave revoked',
    title: 'Calais leave not revoked',
    summary: 'A person whose Calais leave has been revoked is not settled under the concession.',
    source: calais(CONCESSION),
  },
  {
    id: 'Concession: settled',
    instrument: 'Calais leave caseworker guidance',
    paragraph: 'Concession: already settled or British',
    title: 'Not already settled or British',
    summary: 'Someone already granted settlement, or already a British citizen, is not considered again under the concession.',
    source: calais(CONCESSION),
  },
  {
    id: 'Section 3C',
    instrument: 'Immigration Act 1971',
    paragraph: 'section 3C',
    title: 'Leave extended by an in-time application',
    summary: 'Leave continues while an application made before it expired is undecided, so a person waiting on such an application is not an overstayer.',
    source: calais('Other applications for leave to remain'),
  },
  {
    id: 'Charges pending',
    instrument: 'Calais leave caseworker guidance',
    paragraph: 'Cases where there are criminal charges pending',
    title: 'Prosecution under way',
    summary: 'If a prosecution is under way and a conviction could make the person unsuitable, the case waits until it ends and the person is told so in writing.',
    source: calais('Cases where there are criminal charges pending'),
  },
  {
    id: 'Appeal pending',
    instrument: 'Calais leave caseworker guidance',
    paragraph: 'Cases where there are criminal charges pending, read with section 72',
    title: 'Appeal against a conviction pending',
    summary: 'This product’s rule: where a refusal would rest only on convictions still under appeal, the case waits for the appeal, as it would for a prosecution.',
    source: calais('Cases where there are criminal charges pending'),
  },
  {
    id: 'Process: questionnaire',
    instrument: 'Calais leave caseworker guidance',
    paragraph: 'Operational process: questionnaire',
    title: 'Questionnaire returned',
    summary: 'The person is sent the Calais leave questionnaire after the first contact letter; the case is considered once it is returned.',
    source: calais('Operational process'),
  },
  {
    id: 'Process: biometrics',
    instrument: 'Calais leave caseworker guidance',
    paragraph: 'Operational process: biometrics',
    title: 'Biometrics enrolled',
    summary: 'Where biometrics are required they must be enrolled before a decision; failing to give them can stop the consideration.',
    source: calais('Operational process'),
  },
  {
    id: 'Other applications',
    instrument: 'Calais leave caseworker guidance',
    paragraph: 'Other applications for leave to remain',
    title: 'Choice with an outstanding application',
    summary: 'A person with an application for further leave outstanding chooses whether to be considered under the Calais policy instead; if granted, that application is voided after service and the fees refunded.',
    source: calais('Other applications for leave to remain'),
  },
];

/** Plain-English summaries of the twelve 352J(v) grounds, by the ground's code. */
const GROUND_SUMMARIES: Readonly<Record<string, string>> = {
  deportation: 'Refusal where a deportation order has been made against the person, or a decision to make one.',
  'not-conducive': 'Refusal where the person’s presence is not conducive to the public good, because of their conduct, character, associations or other reasons.',
  'criminality-serious': 'Refusal for serious criminality: a custodial sentence of 12 months or more, persistent offending, or offending that caused serious harm.',
  'criminality-other': 'Refusal may follow a shorter custodial sentence, or a non-custodial sentence or out-of-court disposal on the record.',
  exclusion: 'Refusal where the person is, or would be, excluded from the Refugee Convention or from humanitarian protection.',
  'false-representations': 'Refusal where false statements or documents were used, or material facts held back.',
  deception: 'Refusal where the person set out to deceive.',
  'immigration-breach': 'Refusal for an earlier breach of immigration law committed as an adult; for a decision made in the UK this is the operative ground of the group.',
  'failure-to-cooperate': 'Refusal where the person, without good reason, did not attend an interview or give the information, biometrics or medical report asked for.',
  'nhs-debt': 'Refusal where the person owes the NHS at least £500.',
  'litigation-costs': 'Refusal where the person has not paid litigation costs owed to the Home Office.',
  'purpose-not-covered': 'Refusal where the person wants to stay for a purpose the Immigration Rules do not provide for.',
};

/** The 352J(v) grounds, built from the grounds table: one entry per ground, labelled under both numberings. */
const PART_9_ENTRIES: CitationEntry[] = SUITABILITY_GROUNDS.filter((ground) => ground.part === '352J(v)').map((ground) => {
  const summary = GROUND_SUMMARIES[ground.code];
  if (summary === undefined) throw new Error(`No summary for the 352J(v) ground ${ground.code}`);
  return {
    id: ground.citations['part-9'],
    instrument: 'Immigration Rules, Part 9',
    paragraph: ground.citations['part-9'],
    title: ground.title,
    summary,
    source: calais(REFUSAL_PROVISIONS),
    numbering: {
      'part-9': { label: ground.citations['part-9'], instrument: 'Immigration Rules, Part 9' },
      'part-suitability': { label: ground.citations['part-suitability'], instrument: 'Immigration Rules, Part Suitability' },
    },
  };
});

/** The limbs of STP 2.1 (and of STP 7.1, which repeats them for a partner or child). */
const STP_LIMBS: readonly { limb: string; title: string; summary: string }[] = [
  { limb: 'a', title: 'Custodial sentence of 4 years or more', summary: 'A custodial sentence of 4 years or more refuses settlement, however long ago it ended.' },
  {
    limb: 'b',
    title: 'Custodial sentence of 12 months to under 4 years',
    summary: 'A custodial sentence of at least 12 months but under 4 years refuses settlement until 15 years have passed since the sentence ended.',
  },
  { limb: 'c', title: 'Custodial sentence under 12 months', summary: 'A custodial sentence of under 12 months refuses settlement until 7 years have passed since the sentence ended.' },
  {
    limb: 'd',
    title: 'Non-custodial sentence or out-of-court disposal in the last 24 months',
    summary: 'A non-custodial sentence (a suspended sentence counts as one) or an out-of-court disposal on the record within the 24 months before the decision refuses settlement.',
  },
  { limb: 'e', title: 'Persistent offender', summary: 'Settlement is refused where the caseworker finds the person a persistent offender with a particular disregard for the law.' },
  { limb: 'f', title: 'Serious harm', summary: 'Settlement is refused where the caseworker finds the person’s offending caused serious harm.' },
  {
    limb: 'g',
    title: 'Settlement not conducive to the public good',
    summary: 'Settlement is refused where granting it is not conducive to the public good, for conduct, character, associations or other reasons, or a threat to national security.',
  },
];

const MAIN_SUITABILITY = 'Suitability requirements for settlement by a person on a protection route';
const DEPENDANT_SUITABILITY = 'Suitability requirements for settlement as a partner or child of a person on a protection route';
const MAIN_VALIDITY = 'Validity requirements for settlement on a protection route';
const DEPENDANT_VALIDITY = 'Validity requirements for settlement as a partner or child of a person on a protection route';
const MAIN_DECISION = 'Decision on an application for settlement for a person on a protection route';
const DEPENDANT_DECISION = 'Decision on an application for settlement as a partner or child of a person on a protection route';

function stpEntry(paragraph: string, title: string, summary: string, section: string): CitationEntry {
  return { id: `STP ${paragraph}`, instrument: 'Immigration Rules, Appendix Settlement Protection', paragraph: `STP ${paragraph}`, title, summary, source: stp(section) };
}

/** Appendix Settlement Protection, STP 1 to 11 as the routes cite them (STP 2.1 also for Calais). */
const STP_ENTRIES: CitationEntry[] = [
  stpEntry('1.1', 'Application form', 'A person with protection applies for settlement online, on the form the Appendix names.', MAIN_VALIDITY),
  stpEntry('1.2(a)', 'Biometrics provided', 'The applicant must have given any biometrics asked for.', MAIN_VALIDITY),
  stpEntry('1.2(b)', 'Identity established', 'The applicant must show who they are and their nationality to the decision maker’s satisfaction.', MAIN_VALIDITY),
  stpEntry('1.2(c)', 'In the UK on applying', 'The applicant must be in the UK on the day they apply.', MAIN_VALIDITY),
  stpEntry('1.3', 'Protection permission held', 'The applicant must hold, or last have been granted, the protection permission that matches when their asylum claim was made.', MAIN_VALIDITY),
  stpEntry('1.3(a)', 'Claim before 28 June 2022', 'For an asylum claim made before 28 June 2022: permission as a refugee or with humanitarian protection.', MAIN_VALIDITY),
  stpEntry('1.3(b)', 'Claim on or after 28 June 2022', 'For an asylum claim made on or after 28 June 2022: refugee permission to stay.', MAIN_VALIDITY),
  stpEntry('1.4', 'Invalid application', 'An application that fails a validity requirement may be rejected as invalid without being considered.', MAIN_VALIDITY),
  stpEntry('2.1', 'Criminality and conduct', 'Settlement on a protection route is refused on any of the criminality and conduct grounds (a) to (g); the Calais concession applies the same grounds.', MAIN_SUITABILITY),
  ...STP_LIMBS.map(({ limb, title, summary }) => stpEntry(`2.1(${limb})`, title, summary, MAIN_SUITABILITY)),
  stpEntry('3.1', 'Five years with protection', 'The applicant must have spent at least five continuous years in the UK with protection status.', 'Qualifying period requirement for settlement for a person on a protection route'),
  stpEntry('3.1(a)', 'Five years with refugee status', 'The five continuous years in the UK are counted with refugee status.', 'Qualifying period requirement for settlement for a person on a protection route'),
  stpEntry('3.1(b)', 'Five years with humanitarian protection', 'The five continuous years in the UK are counted with humanitarian protection.', 'Qualifying period requirement for settlement for a person on a protection route'),
  stpEntry('4.1', 'Status not revoked or renounced', 'The refugee status or humanitarian protection must not have been revoked or given up.', 'Continuing status requirement for settlement for a person on a protection route'),
  stpEntry('5.1', 'Settlement granted', 'When every suitability and eligibility requirement is met, settlement is granted.', MAIN_DECISION),
  stpEntry('5.2', 'Further permission instead', 'When a requirement is not met but the person is still entitled to protection, they get further permission of at least 30 months instead.', MAIN_DECISION),
  stpEntry('5.3', 'Refused', 'When neither settlement nor further permission can be given, the application is refused.', MAIN_DECISION),
  stpEntry('6.1', 'Application form (partner or child)', 'A partner or child applies online, on one of the forms the Appendix names for them.', DEPENDANT_VALIDITY),
  stpEntry('6.2(a)', 'Biometrics provided (partner or child)', 'The partner or child must have given any biometrics asked for.', DEPENDANT_VALIDITY),
  stpEntry('6.2(b)', 'Identity established (partner or child)', 'The partner or child must show who they are and their nationality.', DEPENDANT_VALIDITY),
  stpEntry('6.2(c)', 'In the UK on applying (partner or child)', 'The partner or child must be in the UK on the day they apply.', DEPENDANT_VALIDITY),
  stpEntry('6.3', 'Dependant permission held', 'The partner or child must hold, or last have had, permission as the dependant of the person with protection (a child born here to a protected parent is exempt).', DEPENDANT_VALIDITY),
  stpEntry('6.3(a)', 'Dependant of a refugee or person with humanitarian protection', 'Where the sponsor’s claim led to refugee status or humanitarian protection: dependant permission on that basis.', DEPENDANT_VALIDITY),
  stpEntry('6.3(b)', 'Dependant of a person with refugee permission to stay', 'Where the sponsor has refugee permission to stay: dependant permission on that basis.', DEPENDANT_VALIDITY),
  stpEntry('6.4', 'Invalid application (partner or child)', 'A partner’s or child’s application that fails a validity requirement may be rejected as invalid.', DEPENDANT_VALIDITY),
  stpEntry('7.1', 'Criminality and conduct (partner or child)', 'The grounds of STP 2.1, applied to a partner or child.', DEPENDANT_SUITABILITY),
  ...STP_LIMBS.map(({ limb, title, summary }) => stpEntry(`7.1(${limb})`, `${title} (partner or child)`, `As STP 2.1(${limb}), for a partner or child. ${summary}`, DEPENDANT_SUITABILITY)),
  stpEntry('8.1', 'Partner of a person with protection', 'The applicant must be the partner of a person with protection who is settling now, or who settled while the applicant held permission as their partner.', 'Relationship requirement for settlement as the partner of a person on a protection route.'),
  stpEntry('8.1(a)', 'Partner settling at the same time', 'The partner with protection is being granted settlement at the same time as the applicant.', 'Relationship requirement for settlement as the partner of a person on a protection route.'),
  stpEntry('8.1(b)', 'Partner already settled', 'The partner with protection has already settled, and the applicant held permission as their partner when they did.', 'Relationship requirement for settlement as the partner of a person on a protection route.'),
  stpEntry('8.2', 'Relationship requirements', 'The relationship must meet Appendix Relationship with Partner.', 'Relationship requirement for settlement as the partner of a person on a protection route.'),
  stpEntry('8A.1(a)', 'Child: age', 'A child must meet the age requirement of Appendix Children.', 'Requirements for settlement as a child of a person on a protection route'),
  stpEntry('8A.1(b)', 'Child: care', 'A child must meet the care requirement of Appendix Children.', 'Requirements for settlement as a child of a person on a protection route'),
  stpEntry('8A.1(c)', 'Child: relationship', 'A child must meet the settlement relationship requirement of Appendix Children.', 'Requirements for settlement as a child of a person on a protection route'),
  stpEntry('11.1', 'Settlement granted (partner or child)', 'When every requirement is met, the partner or child is granted settlement.', DEPENDANT_DECISION),
  stpEntry('11.2', 'Further permission instead (partner or child)', 'When a requirement is not met but the applicant still qualifies as a partner or child, they get further permission instead.', DEPENDANT_DECISION),
  stpEntry('11.3', 'Refused (partner or child)', 'When neither settlement nor further permission can be given, the partner’s or child’s application is refused.', DEPENDANT_DECISION),
];

/** Section 72 of the 2002 Act and the Conventions the restricted leave scope reads. */
const LAW_ENTRIES: CitationEntry[] = [
  {
    id: 'NIAA 2002 s72(2)',
    instrument: 'Nationality, Immigration and Asylum Act 2002',
    paragraph: 'section 72(2)',
    title: 'Particularly serious crime',
    summary: 'A conviction is for a particularly serious crime when the sentence is at least 12 months (convictions from 28 June 2022) or at least 2 years (before).',
    source: rl('Nationality, Immigration and Asylum Act 2002'),
  },
  {
    id: 'NIAA 2002 s72(5A)',
    instrument: 'Nationality, Immigration and Asylum Act 2002',
    paragraph: 'section 72(5A)',
    title: 'Presumed a danger to the community',
    summary: 'A person convicted of a particularly serious crime is presumed a danger to the community; the presumption can be rebutted.',
    source: rl('Nationality, Immigration and Asylum Act 2002'),
  },
  {
    id: 'Article 1F',
    instrument: 'Refugee Convention',
    paragraph: 'Article 1F',
    title: 'Excluded from the Refugee Convention',
    summary: 'People for whom there are serious reasons to think they committed the gravest crimes or acts are excluded from refugee protection.',
    source: rl('Refugee Convention'),
  },
  {
    id: 'Article 33(2)',
    instrument: 'Refugee Convention',
    paragraph: 'Article 33(2)',
    title: 'Danger to security or to the community',
    summary: 'A refugee who is a danger to the security of the UK, or a danger to the community after a particularly serious crime, loses protection from return.',
    source: rl('Refugee Convention'),
  },
  {
    id: '339D',
    instrument: 'Immigration Rules, Part 11',
    paragraph: '339D',
    title: 'Excluded from humanitarian protection',
    summary: 'The grounds on which a person is excluded from a grant of humanitarian protection.',
    source: rl('Immigration Rules'),
  },
  {
    id: '1954 Convention Article 1(2)(iii)',
    instrument: '1954 Convention relating to the Status of Stateless Persons',
    paragraph: 'Article 1(2)(iii)',
    title: 'Excluded from the 1954 Convention',
    summary: 'The exclusion of certain stateless people from the 1954 Convention’s protection, on grounds like those of Article 1F.',
    source: rl('The 1954 Convention relating to the Status of Stateless Persons'),
  },
];

function dlEntry(heading: string, title: string, summary: string, section: string = heading): CitationEntry {
  return { id: `DL: ${heading}`, instrument: 'Discretionary leave caseworker guidance', paragraph: heading, title, summary, source: dl(section) };
}

const MODERN_SLAVERY = 'Pre-30 January 2023 modern slavery (including human trafficking) cases';

/** The discretionary leave guidance, section by section. */
const DL_ENTRIES: CitationEntry[] = [
  dlEntry('Application in respect of children and those with children', 'Children', 'Every decision weighs the best interests of any child affected, as section 55 of the 2009 Act requires.'),
  dlEntry('Reasons for granting Discretionary Leave', 'Reasons for DL', 'DL is given only in the categories the policy lists: medical cases, other ECHR cases, exceptional circumstances and the earlier modern slavery cases.'),
  dlEntry('Key principles', 'Key principles', 'DL is not for someone who qualifies under the Immigration Rules or for Article 8 leave outside the Rules; it is for exceptional, compassionate cases.'),
  dlEntry('Medical cases', 'Medical cases', 'DL may be granted where removal because of a medical condition would breach the ECHR.'),
  dlEntry('Other cases where return would breach the ECHR', 'Other ECHR cases', 'DL may be granted where return would breach the ECHR for a reason outside the Rules and the other categories.'),
  dlEntry('Exceptional circumstances', 'Exceptional circumstances', 'DL may follow where, under paragraph 353B, exceptional factors make removal inappropriate.'),
  dlEntry('Pre-30 January 2023 modern slavery cases', 'Modern slavery cases before 30 January 2023', 'DL for a confirmed victim of trafficking or slavery whose related protection claim was outstanding before 30 January 2023; later cases go to temporary permission to stay.', MODERN_SLAVERY),
  dlEntry('Pre-30 January 2023 modern slavery cases: further leave', 'Modern slavery cases: further leave', 'Where the protection claim is still outstanding after the first grant, further leave is considered under temporary permission to stay, not as DL.', 'Further leave'),
  dlEntry('When to not consider DL', 'When DL is not considered', 'The modern slavery category is not considered for some people, such as those refused it before the KTT judgment or facing deportation.'),
  dlEntry('Exclusion and criminality', 'Exclusion and criminality', 'Criminal history is weighed before any grant; excluded or serious offenders go to the restricted leave policy, and short leave lapses on travel abroad.'),
  dlEntry('Other cases', 'Other cases', 'A case outside the listed categories is granted only after discussion with a senior caseworker, with a full file note of the reasons.'),
  dlEntry('Granting Discretionary Leave (DL)', 'Granting DL', 'A grant of DL comes with a letter explaining why protection was refused and why DL is given.'),
  dlEntry('Refusing DL', 'Refusing DL', 'Someone who qualifies for no leave is refused, with the reasons set out in the letter.'),
  dlEntry('Duration of Discretionary Leave', 'Length of a grant', 'DL is normally granted for up to 30 months at a time.'),
  dlEntry('Non-standard grant periods: shorter periods of stay', 'Shorter grants', 'Where the reason for DL will soon end, a shorter grant may be given, or removal deferred if return is expected within 6 months.', 'Non-standard grant periods: shorter periods of stay or deferral of decision or removal'),
  dlEntry('Non-standard grant periods: longer periods of stay', 'Longer grants', 'A longer grant, or settlement, needs referral to a senior caseworker, with a child’s best interests a primary consideration.'),
  dlEntry('Granting further DL', 'Granting further DL', 'Someone who still qualifies is given further DL for the normal period.'),
  dlEntry('Refusing further DL', 'Refusing further DL', 'Someone who no longer qualifies is refused further DL; there is no automatic right to more leave.'),
  dlEntry('Considering further DL', 'Further DL despite a sentence', 'A person with a custodial sentence of 12 months or more may still get further DL if all the listed criteria hold (earlier DL, outside restricted leave, and the others).'),
  dlEntry('Considering settlement', 'Settlement despite the criteria', 'Where those criteria hold at settlement, settlement is still refused under the Rules, but further DL can be granted.'),
  dlEntry('Settlement applications', 'Settlement after 10 years', 'A person granted DL from 9 July 2012 can settle after 120 months of continuous DL; time in prison does not count.'),
  dlEntry('Granting settlement', 'Granting settlement', 'Someone with the qualifying period who still qualifies for DL is settled, unless criminality or exclusion stands in the way.'),
  dlEntry('Further grants of DL', 'Deferring settlement', 'Where the reason for DL is clearly ending within 12 months, further DL may be given instead of settlement, for no more than 12 months.'),
  dlEntry('Refusal of settlement and further leave', 'Refusing settlement', 'Someone who no longer qualifies for DL is refused settlement and given no further DL.'),
  dlEntry('Transitional arrangements', 'DL granted before 9 July 2012', 'People first granted DL before 9 July 2012 stay on the earlier policy: 3-year grants and settlement after 6 years.'),
  {
    id: 'TPS: Victims of Human Trafficking or Slavery',
    instrument: 'Temporary Permission to Stay for Victims of Human Trafficking or Slavery guidance',
    paragraph: 'Temporary Permission to Stay considerations for Victims of Human Trafficking or Slavery',
    title: 'Temporary permission to stay for victims of trafficking',
    summary: 'Modern slavery cases from 30 January 2023, and further leave in the earlier cases, are considered under this separate policy, not for DL.',
    source: dl(MODERN_SLAVERY),
  },
];

function rlEntry(heading: string, title: string, summary: string): CitationEntry {
  return { id: `RL: ${heading}`, instrument: 'Restricted leave caseworker guidance', paragraph: heading, title, summary, source: rl(heading) };
}

/** The restricted leave guidance, section by section. */
const RL_ENTRIES: CitationEntry[] = [
  rlEntry('Background', 'Who restricted leave is for', 'For people excluded from protection, or a danger under Article 33(2), who cannot be removed because of an ECHR barrier.'),
  rlEntry('Application of the restricted leave policy', 'Applying the policy', 'How the policy is applied. The published text of this section is withheld for internal use, so the product applies the scope set out under Background.'),
  rlEntry('Grant of restricted leave', 'Granting restricted leave', 'Where a person in scope cannot be removed because of a human rights barrier, a period of restricted leave with conditions is granted.'),
  rlEntry('Grant paperwork', 'Grant paperwork', 'The person is told of the grant in a cover letter that, with the notice of conditions, explains why restricted leave and each condition are given.'),
  rlEntry('Dependants', 'Dependants', 'A partner or child included in the application is granted leave outside the Rules in line with the main person; a person with restricted leave cannot sponsor family to join them.'),
  rlEntry('Duration of leave', 'Length of leave', 'Grants start at 6 months, shorter where removal is likely soon; a longer period needs grade 6 approval.'),
  rlEntry('Work condition', 'Work condition', 'Work is restricted in one of three ways: tell the Home Office, ask first, or no work at all for the highest risk.'),
  rlEntry('Study condition', 'Study condition', 'Study is normally barred, to keep the leave temporary; permission may be given for a self-funded course, without any right to stay to finish it.'),
  rlEntry('No recourse to public funds condition', 'No recourse to public funds', 'No access to public funds unless the person is destitute, when a different condition code is used.'),
  rlEntry('Reporting condition', 'Reporting condition', 'The person reports regularly, monthly as a guide.'),
  rlEntry('Residence condition', 'Residence condition', 'The person tells the Home Office of a new address within 14 days; where justified, they live in a set area or need consent to move.'),
  rlEntry('Travel outside of the UK', 'Travel abroad', 'Leave of 6 months or less lapses if the person leaves the Common Travel Area.'),
  rlEntry('Active reviews', 'Reviews and approvals', 'Before each new grant the case is reviewed to see whether removal has become possible. A first grant of restricted leave after discretionary leave needs approval at SCS PB1 level.'),
  rlEntry('Indefinite leave to remain outside the Immigration Rules', 'Settlement outside the Rules', 'Indefinite leave outside the Rules is given only in rare, exceptional circumstances, weighing every relevant factor and representation.'),
  rlEntry('Extent to which the person has changed', 'How far the person has changed', 'Evidence that the person has turned their life around weighs in the decision; a rebutted Article 33(2) presumption opens refugee leave.'),
  rlEntry('Removal or deportation', 'Removal or deportation', 'Once no legal barrier to removal remains, the person is prioritised for removal or deportation.'),
];

function feeEntry(id: string, title: string, summary: string, section: string = FEE_CATEGORY): CitationEntry {
  return { id, instrument: 'Home fee status: Persons granted Calais leave to remain', paragraph: id.replace(/^FEE:? ?/, '') || id, title, summary, source: fee(section) };
}

/** The home fee status category for students with Calais leave. */
const FEE_ENTRIES: CitationEntry[] = [
  feeEntry('FEE: category scope', 'Which years and courses', 'The category covers academic years starting from 1 August 2023, on courses starting from 1 August 2020.'),
  feeEntry('FEE (a)', 'Calais leave on the relevant day', 'On the first day of the academic year (in the first year, the day the first term began) the student has Calais leave or leave in line.'),
  feeEntry('FEE (a), later years', 'Later years of a course', 'After a first year in the category, (a) is relaxed: any leave, British or Irish citizenship, or (from 5 March 2026) a protected late application is enough.'),
  feeEntry('FEE (b)', 'Ordinarily resident since the grant', 'The student has been ordinarily resident in the UK and Islands since the leave was granted.'),
  feeEntry('FEE (c)', 'Ordinarily resident at the start', 'The student is ordinarily resident in the UK on the day the first term of the course begins.'),
  feeEntry('FEE (a)–(c)', 'All three criteria', 'Home fees are charged when criteria (a), (b) and (c) are all met.'),
  feeEntry('FEE: Expiry date for Calais leave', 'Leave extended while an application waits', 'Leave continues while an in-time application to extend it is undecided, so the student still counts as having Calais leave.', 'Expiry date for Calais leave'),
  feeEntry('FEE: Becoming eligible', 'Granted during the course', 'A student granted Calais leave after the course started gets home fees from the next academic year.', 'Becoming eligible'),
];

/** Every entry of the registry. */
export const CITATION_ENTRIES: readonly CitationEntry[] = [
  ...CALAIS_ENTRIES,
  ...PART_9_ENTRIES,
  ...STP_ENTRIES,
  ...LAW_ENTRIES,
  ...DL_ENTRIES,
  ...RL_ENTRIES,
  ...FEE_ENTRIES,
];

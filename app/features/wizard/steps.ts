/**
 * Every page of the wizard, as data: its section, title, the case-file fields it asks and when
 * it applies. Navigation (`flow.ts`), section status (`status.ts`), the pages and the
 * check-answers page are all computed from these definitions.
 */
import {
  BIOMETRICS_STATES,
  type CaseFile,
  type Conviction,
  type Criminality,
  type Dependant,
  type PendingCharge,
  type SuitabilityFindings,
  type SuitabilityGroundCode,
} from '../../../src/case';
import { formatLong, type IsoDate } from '../../../src/dates';
import { inForce, SECTION_72_MINIMUM_MONTHS, SUITABILITY_GROUNDS, suitabilityGround } from '../../../src/rules';
import { groundLabel } from './groundLabels';
import type { Field } from './fields';
import { isolate, midSentence } from '../../components/text';

/** The sections of the task list. */
export const SECTIONS = [
  { key: 'initial-contact', title: 'Initial contact' },
  { key: 'questionnaire', title: 'Calais leave questionnaire' },
  { key: 'criminality', title: 'Criminality' },
  { key: 'dependants', title: 'Dependants' },
  { key: 'decision', title: 'Decision' },
] as const;
/** A section of the task list. */
export type SectionKey = (typeof SECTIONS)[number]['key'];

/** Which person (main person or a dependant) and which list item a page is about. */
export interface StepContext {
  /** Id of the dependant whose pages these are; absent for the main person. */
  dependant?: string | undefined;
  /** Id of the conviction or charge being added or changed. */
  item?: string | undefined;
}

/** The add-another lists. */
export type CollectionKey = 'convictions' | 'charges' | 'dependants';

interface StepBase {
  key: StepKey;
  /** The section for the main person; a dependant's pages are all in Dependants. */
  section: SectionKey;
  title: (caseFile: CaseFile, ctx: StepContext) => string;
  /** When false, the page is skipped and its answers do not count. */
  applies?: (caseFile: CaseFile, ctx: StepContext) => boolean;
}

/** A page of questions. */
export interface FormStep extends StepBase {
  kind: 'form';
  /** What the fields' paths are relative to. */
  scope: 'case' | 'subject' | 'dependant' | 'item';
  /** For `item` pages: the list the item belongs to. */
  collection?: CollectionKey;
  fields: (caseFile: CaseFile, ctx: StepContext, decisionDate: IsoDate) => Field[];
  /** Paragraphs shown under the heading. */
  intro?: (caseFile: CaseFile, ctx: StepContext) => string[];
  /** Answers shown when the case file has none (the decision date defaults to today). */
  defaults?: (today: IsoDate) => Record<string, unknown>;
  /** Changes that follow from the answers (the letter version follows from an outstanding application). */
  afterWrite?: (root: unknown) => unknown;
}

/** An add-another page: the items so far, and "Do you need to add another?". */
export interface ListStep extends StepBase {
  kind: 'list';
  collection: CollectionKey;
  itemStep: StepKey;
  /** "conviction", "charge", "dependant" */
  noun: string;
}

/** Any page. */
export type Step = FormStep | ListStep;

/** Keys of every page; also the last part of its address. */
export type StepKey =
  | 'person'
  | 'contact-details'
  | 'representative'
  | 'initial-contact-letter'
  | 'transfer'
  | 'leave'
  | 'leave-details'
  | 'bid'
  | 'current-status'
  | 'questionnaire-returned'
  | 'calais-policy-choice'
  | 'criminality'
  | 'conviction-list'
  | 'conviction'
  | 'charge-list'
  | 'charge'
  | 'suitability'
  | 'dependants'
  | 'dependant-list'
  | 'dependant'
  | 'decision-date';

// ---------------------------------------------------------------------------------------------
// Who a page is about

/** The dependant with this id. */
export function findDependant(caseFile: CaseFile, id: string | undefined): Dependant | undefined {
  return id === undefined ? undefined : caseFile.dependants?.people?.find((person) => person.id === id);
}

/** The main person's name, or "the person"; isolated (text.ts) so it cannot reorder the sentence around it. */
export function personName(caseFile: CaseFile): string {
  const name = [caseFile.identity?.givenNames, caseFile.identity?.familyName].filter(Boolean).join(' ');
  return name ? isolate(name) : 'the person';
}

/** A dependant's name, or "dependant 2". */
export function dependantName(caseFile: CaseFile, id: string | undefined): string {
  const people = caseFile.dependants?.people ?? [];
  const index = people.findIndex((person) => person.id === id);
  const person = people[index];
  const name = [person?.givenNames, person?.familyName].filter(Boolean).join(' ');
  return name ? isolate(name) : `dependant ${index >= 0 ? index + 1 : people.length + 1}`;
}

/** Whose page this is, for headings: "Amir Khan" or "the person". */
export function subjectName(caseFile: CaseFile, ctx: StepContext): string {
  return ctx.dependant ? dependantName(caseFile, ctx.dependant) : personName(caseFile);
}

/** The criminality and findings of the page's person. */
export function subjectOf(caseFile: CaseFile, ctx: StepContext): { criminality?: Criminality | undefined; suitability?: SuitabilityFindings | undefined } | undefined {
  return ctx.dependant ? findDependant(caseFile, ctx.dependant) : caseFile;
}

/** Whether the leave is Calais leave, or not yet recorded (so the Calais questions still apply). */
export function mayBeCalaisLeave(caseFile: CaseFile): boolean {
  const type = caseFile.leave?.type;
  return type === undefined || type === 'calais-352J';
}

/** Whether a dependant is considered in line (a child granted leave under 352T), so their criminality is asked. */
export function isInLine(dependant: Dependant | undefined): boolean {
  return dependant?.relationship === 'child' && dependant.holds352T === true;
}

/**
 * Whether a recorded custodial sentence is long enough for section 72 (a particularly serious
 * crime), so the caseworker must find whether the presumption of danger is rebutted (352J(iv)).
 * Without a date of conviction the lower threshold is used, so the question is asked rather than missed.
 */
export function hasSection72Conviction(criminality: Criminality | undefined): boolean {
  if (criminality?.hasConvictions !== true) return false;
  const lowest = Math.min(...SECTION_72_MINIMUM_MONTHS.map((row) => row.value));
  return (criminality.convictions ?? []).some((conviction) => {
    if (conviction.kind !== 'custodial' || conviction.sentenceLengthMonths === undefined || conviction.appealPending === true) return false;
    // Section 72(2)(b): overseas, only if a similar UK offence could have reached the threshold.
    if (conviction.where === 'overseas' && conviction.ukSimilarOffenceReachesThreshold === false) return false;
    const minimum = conviction.convictedOn ? inForce(SECTION_72_MINIMUM_MONTHS, conviction.convictedOn) : lowest;
    return conviction.sentenceLengthMonths >= minimum;
  });
}

// ---------------------------------------------------------------------------------------------
// Lists

/** An item of an add-another list. */
export type ListItem = Conviction | PendingCharge | Dependant;

/** The items of a list for the page's person. */
export function listItems(caseFile: CaseFile, collection: CollectionKey, ctx: StepContext): ListItem[] {
  if (collection === 'dependants') return caseFile.dependants?.people ?? [];
  const criminality = subjectOf(caseFile, ctx)?.criminality;
  return (collection === 'convictions' ? criminality?.convictions : criminality?.pendingCharges) ?? [];
}

/** A copy of the case file with the list replaced. */
export function setListItems(caseFile: CaseFile, collection: CollectionKey, ctx: StepContext, items: ListItem[]): CaseFile {
  if (collection === 'dependants') return { ...caseFile, dependants: { ...caseFile.dependants, people: items as Dependant[] } };
  const key = collection === 'convictions' ? 'convictions' : 'pendingCharges';
  return updateSubject(caseFile, ctx, (subject) => ({ ...subject, criminality: { ...subject.criminality, [key]: items } }));
}

/** A copy of the case file with the page's person changed. */
export function updateSubject<T extends { criminality?: Criminality | undefined; suitability?: SuitabilityFindings | undefined }>(
  caseFile: CaseFile,
  ctx: StepContext,
  change: (subject: T) => T,
): CaseFile {
  if (!ctx.dependant) return change(caseFile as unknown as T) as unknown as CaseFile;
  const people = (caseFile.dependants?.people ?? []).map((person) => (person.id === ctx.dependant ? (change(person as unknown as T) as unknown as Dependant) : person));
  return { ...caseFile, dependants: { ...caseFile.dependants, people } };
}

const SENTENCE_KIND_TEXT: Record<string, string> = {
  custodial: 'Custodial sentence',
  suspended: 'Suspended sentence',
  'non-custodial': 'Non-custodial sentence',
  'out-of-court-disposal': 'Out-of-court disposal',
};

/** One line describing a list item, for the list and check-answers pages. */
export function describeItem(collection: CollectionKey, item: ListItem, index: number): { key: string; value: string } {
  if (collection === 'convictions') {
    const c = item as Conviction;
    const parts = [
      c.kind ? SENTENCE_KIND_TEXT[c.kind] : undefined,
      c.kind === 'custodial' && c.sentenceLengthMonths !== undefined ? `${c.sentenceLengthMonths} months` : undefined,
      c.convictedOn ? `on ${formatLong(c.convictedOn)}` : undefined,
      c.where === 'overseas' ? 'overseas' : c.where === 'uk' ? 'in the UK' : undefined,
      c.kind === 'custodial' && c.sentenceEndsOn ? `ends ${formatLong(c.sentenceEndsOn)}` : undefined,
    ].filter(Boolean);
    return { key: c.offence || `Conviction ${index + 1}`, value: parts.join(', ') || 'No details yet' };
  }
  if (collection === 'charges') {
    const c = item as PendingCharge;
    return { key: c.offence || `Charge ${index + 1}`, value: [c.chargedOn ? `charged on ${formatLong(c.chargedOn)}` : undefined, c.where === 'overseas' ? 'overseas' : c.where === 'uk' ? 'in the UK' : undefined].filter(Boolean).join(', ') || 'No details yet' };
  }
  const d = item as Dependant;
  const name = [d.givenNames, d.familyName].filter(Boolean).join(' ') || `Dependant ${index + 1}`;
  const relationship = d.relationship === 'child' ? (d.holds352T ? 'Child, leave under 352T' : 'Child') : d.relationship === 'partner' ? 'Partner' : d.relationship === 'other' ? 'Other' : undefined;
  return { key: name, value: [relationship, d.dateOfBirth ? `born ${formatLong(d.dateOfBirth)}` : undefined].filter(Boolean).join(', ') || 'No details yet' };
}

// ---------------------------------------------------------------------------------------------
// Shared questions

const yesNo = (name: string, path: string, label: string, required: string, extra: Partial<Field> = {}): Field =>
  ({ kind: 'yesNo', name, path, label, required, ...extra }) as Field;

const JURISDICTION_OPTIONS = [
  { value: 'uk', text: 'In the UK' },
  { value: 'overseas', text: 'Overseas' },
];

/**
 * The grounds asked for this person, in the rules' order. 352J(iv) is asked only when a
 * conviction meets section 72 (the presumption of danger arises only then).
 */
export function groundsOnPage(caseFile: CaseFile, ctx: StepContext): SuitabilityGroundCode[] {
  const criminality = subjectOf(caseFile, ctx)?.criminality;
  return SUITABILITY_GROUNDS.filter((ground) => ground.code !== 'danger-to-community' || hasSection72Conviction(criminality)).map((ground) => ground.code);
}

/**
 * The findings as data: a yes/no and a note per ground. The page shows them as "Which of these
 * apply?" checkboxes (SuitabilityPage); these fields say what a complete answer is and write it.
 * Labels use the numbering in force on the recorded decision date, or both while there is none.
 */
function groundFields(caseFile: CaseFile, ctx: StepContext): Field[] {
  const fields: Field[] = [];
  for (const code of groundsOnPage(caseFile, ctx)) {
    const ground = suitabilityGround(code);
    const label = groundLabel(code, caseFile.decisionDate);
    fields.push({
      kind: 'yesNo',
      name: `ground-${code}`,
      path: `suitability.${code}.applies`,
      label,
      summaryLabel: label,
      hint: ground.explanation,
      required: NOTHING_SELECTED_FIELD,
    });
    fields.push({
      kind: 'textarea',
      name: `note-${code}`,
      path: `suitability.${code}.note`,
      label: `Your reasons for finding “${midSentence(ground.title)}”`,
      summaryLabel: `${ground.title}: reasons`,
      showIf: { name: `ground-${code}`, equals: 'yes' },
      required: `Enter your reasons for finding that the ground “${midSentence(ground.title)}” applies`,
    });
  }
  return fields;
}

/** The message for a finding left unanswered (the page asks them together). */
const NOTHING_SELECTED_FIELD = 'Select which of these apply, or select none of these';

// ---------------------------------------------------------------------------------------------
// The pages

const calais = (caseFile: CaseFile) => mayBeCalaisLeave(caseFile);

/** Every page, by key. */
export const STEPS: Record<StepKey, Step> = {
  person: {
    kind: 'form',
    key: 'person',
    section: 'initial-contact',
    scope: 'case',
    title: () => 'Person’s details',
    fields: () => [
      { kind: 'text', name: 'givenNames', path: 'identity.givenNames', label: 'Given names', required: 'Enter the person’s given names', autoComplete: 'off' },
      { kind: 'text', name: 'familyName', path: 'identity.familyName', label: 'Family name', required: 'Enter the person’s family name', autoComplete: 'off' },
      { kind: 'date', name: 'dateOfBirth', path: 'identity.dateOfBirth', label: 'Date of birth', hint: 'For example, 27 3 2002', noun: 'date of birth', past: true, required: 'Enter the date of birth' },
      { kind: 'text', name: 'nationality', path: 'identity.nationality', label: 'Nationality (optional)', summaryLabel: 'Nationality', widthClass: 'govuk-!-width-one-half' },
      {
        kind: 'text',
        name: 'homeOfficeReference',
        path: 'identity.homeOfficeReference',
        label: 'Home Office reference',
        hint: 'For example, C1234567',
        required: 'Enter the Home Office reference',
        widthClass: 'govuk-input--width-10',
      },
    ],
  },
  'contact-details': {
    kind: 'form',
    key: 'contact-details',
    section: 'initial-contact',
    scope: 'case',
    title: () => 'Contact details',
    intro: () => ['Record the up-to-date contact details the person gave in reply to the initial contact letter. Leave blank anything they did not give.'],
    fields: () => [
      { kind: 'textarea', name: 'address', path: 'contact.address', label: 'Address (optional)', summaryLabel: 'Address' },
      { kind: 'text', name: 'email', path: 'contact.email', label: 'Email address (optional)', summaryLabel: 'Email address', inputType: 'email', autoComplete: 'off' },
      { kind: 'text', name: 'phone', path: 'contact.phone', label: 'Phone number (optional)', summaryLabel: 'Phone number', inputType: 'tel', widthClass: 'govuk-input--width-20', autoComplete: 'off' },
    ],
  },
  representative: {
    kind: 'form',
    key: 'representative',
    section: 'initial-contact',
    scope: 'case',
    title: () => 'Legal representative',
    intro: () => ['Letters and the decision are copied to any legal representative on record. To remove a representative, answer no: their details are deleted.'],
    fields: () => {
      const show = { name: 'hasRepresentative', equals: 'yes' };
      return [
        yesNo('hasRepresentative', 'contact.hasRepresentative', 'Does the person have a legal representative?', 'Select yes if the person has a legal representative'),
        { kind: 'text', name: 'repName', path: 'contact.representative.name', label: 'Representative’s name', required: 'Enter the representative’s name', showIf: show },
        { kind: 'text', name: 'repOrganisation', path: 'contact.representative.organisation', label: 'Organisation (optional)', summaryLabel: 'Representative’s organisation', showIf: show },
        { kind: 'text', name: 'repReference', path: 'contact.representative.reference', label: 'Their reference (optional)', summaryLabel: 'Representative’s reference', showIf: show, widthClass: 'govuk-input--width-20' },
        { kind: 'text', name: 'repEmail', path: 'contact.representative.email', label: 'Email address (optional)', summaryLabel: 'Representative’s email address', inputType: 'email', showIf: show },
        { kind: 'textarea', name: 'repAddress', path: 'contact.representative.address', label: 'Address (optional)', summaryLabel: 'Representative’s address', showIf: show },
      ];
    },
    afterWrite: (root) => {
      const caseFile = root as CaseFile;
      if (caseFile.contact?.hasRepresentative !== false || !caseFile.contact.representative) return caseFile;
      const contact = { ...caseFile.contact };
      delete contact.representative;
      return { ...caseFile, contact };
    },
  },
  'initial-contact-letter': {
    kind: 'form',
    key: 'initial-contact-letter',
    section: 'initial-contact',
    scope: 'case',
    title: () => 'Initial contact letter',
    intro: () => [
      'There are 2 versions of the initial contact letter: one for people with an application for further leave that has not been decided, and one for everyone else. Your answer to the first question picks the version.',
    ],
    fields: () => [
      yesNo(
        'outstanding',
        'otherApplication.outstanding',
        'Does the person have an application for further leave that has not been decided?',
        'Select yes if the person has an application for further leave that has not been decided',
        { hint: 'Include an application made with a fee waiver request.' },
      ),
      { kind: 'text', name: 'route', path: 'otherApplication.route', label: 'Route applied on (optional)', summaryLabel: 'Route of the other application', showIf: { name: 'outstanding', equals: 'yes' } },
      { kind: 'date', name: 'madeOn', path: 'otherApplication.madeOn', label: 'Date the application was made', noun: 'date the application was made', past: true, required: 'Enter the date the application was made', showIf: { name: 'outstanding', equals: 'yes' } },
      yesNo('inTime', 'otherApplication.inTime', 'Was the application made in time?', 'Select yes if the application was made in time', { showIf: { name: 'outstanding', equals: 'yes' }, inline: true, hint: 'Made before the Calais leave expired. The person is then not an overstayer while they wait (section 3C).' }),
      { kind: 'date', name: 'letterSentOn', path: 'initialContact.letterSentOn', label: 'Date the initial contact letter was sent', noun: 'date the letter was sent', past: true, required: 'Enter the date the letter was sent' },
      yesNo('responseReceived', 'initialContact.responseReceived', 'Has the person replied to the letter?', 'Select yes if the person has replied to the letter'),
      {
        kind: 'date',
        name: 'respondedOn',
        path: 'initialContact.respondedOn',
        label: 'Date the reply was received',
        noun: 'date the reply was received',
        past: true,
        required: 'Enter the date the reply was received',
        notBefore: { name: 'letterSentOn', noun: 'date the letter was sent' },
        showIf: { name: 'responseReceived', equals: 'yes' },
      },
    ],
    afterWrite: (root) => {
      const caseFile = root as CaseFile;
      const outstanding = caseFile.otherApplication?.outstanding;
      if (outstanding === undefined) return caseFile;
      return { ...caseFile, initialContact: { ...caseFile.initialContact, letterVersion: outstanding ? 'outstanding-application' : 'no-outstanding-application' } };
    },
  },
  transfer: {
    kind: 'form',
    key: 'transfer',
    section: 'questionnaire',
    scope: 'case',
    title: () => 'Transfer to the UK',
    intro: () => ['Calais leave is for children transferred to the UK between 17 October 2016 and 13 July 2017, in connection with the clearance of the Calais camp.'],
    fields: () => [
      { kind: 'date', name: 'transferredOn', path: 'leave.transferredOn', label: 'Date of transfer to the UK', noun: 'date of transfer', past: true, required: 'Enter the date of transfer' },
      {
        kind: 'radios',
        name: 'transferBasis',
        path: 'leave.transferBasis',
        label: 'How was the person transferred?',
        summaryLabel: 'Basis of transfer',
        required: 'Select how the person was transferred',
        options: [
          { value: 'expedited-process', text: 'Expedited process, to join family' },
          { value: 'tribunal-order', text: 'Tribunal order' },
          { value: 'dublin-iii', text: 'Dublin III Regulation' },
          { value: 'other', text: 'Another way' },
        ],
      },
    ],
  },
  leave: {
    kind: 'form',
    key: 'leave',
    section: 'questionnaire',
    scope: 'case',
    title: () => 'Leave granted',
    intro: () => [
      'Calais leave is granted under paragraph 352J (its biometric immigration document is issued under paragraph 352L). Section 67 leave (paragraphs 352ZG to 352ZS, the “Dubs” transfers) is a different kind of leave, even when the child came from the Calais camp: a person with section 67 leave is not eligible under the Calais leave concession.',
    ],
    fields: () => [
      {
        kind: 'radios',
        name: 'type',
        path: 'leave.type',
        label: 'What leave was the person granted?',
        summaryLabel: 'Type of leave',
        required: 'Select the leave the person was granted',
        options: [
          { value: 'calais-352J', text: 'Calais leave under paragraph 352J' },
          { value: 'section-67', text: 'Section 67 leave', hint: 'Not Calais leave: the outcome will be not eligible, and the other questions are skipped' },
          { value: 'other', text: 'Another kind of leave', hint: 'Not Calais leave: the outcome will be not eligible' },
        ],
      },
      { kind: 'date', name: 'grantedOn', path: 'leave.grantedOn', label: 'Date leave was granted', noun: 'date leave was granted', past: true, required: 'Enter the date leave was granted' },
      { kind: 'date', name: 'expiresOn', path: 'leave.expiresOn', label: 'Date leave expires or expired (optional)', summaryLabel: 'Date leave expires', noun: 'date leave expires', notBefore: { name: 'grantedOn', noun: 'date leave was granted' } },
    ],
  },
  'leave-details': {
    kind: 'form',
    key: 'leave-details',
    section: 'questionnaire',
    scope: 'case',
    applies: calais,
    title: () => 'Protection claim and revocation',
    fields: () => [
      yesNo('protectionClaimRefused', 'leave.protectionClaimRefused', 'Was the person’s protection claim refused?', 'Select yes if the protection claim was refused', {
        hint: 'Calais leave under 352J rests on a refused claim for asylum or humanitarian protection (352J(ii)).',
      }),
      yesNo('revoked', 'leave.revoked', 'Has the Calais leave been revoked?', 'Select yes if the Calais leave has been revoked'),
      { kind: 'date', name: 'revokedOn', path: 'leave.revokedOn', label: 'Date the leave was revoked', noun: 'date the leave was revoked', past: true, required: 'Enter the date the leave was revoked', showIf: { name: 'revoked', equals: 'yes' } },
    ],
  },
  bid: {
    kind: 'form',
    key: 'bid',
    section: 'questionnaire',
    scope: 'case',
    applies: calais,
    title: () => 'Biometric immigration document',
    intro: () => ['The person must have held a biometric immigration document (BID) issued under the Calais rules for a continuous period of 5 years in the UK, and it must not have been revoked in that time.'],
    fields: () => [
      { kind: 'date', name: 'bidIssuedOn', path: 'leave.bidIssuedOn', label: 'Date the BID was issued', noun: 'date the BID was issued', past: true, required: 'Enter the date the BID was issued' },
      yesNo('bidRevoked', 'leave.bidRevoked', 'Has the BID been revoked?', 'Select yes if the BID has been revoked'),
      {
        kind: 'date',
        name: 'bidRevokedOn',
        path: 'leave.bidRevokedOn',
        label: 'Date the BID was revoked',
        noun: 'date the BID was revoked',
        past: true,
        required: 'Enter the date the BID was revoked',
        notBefore: { name: 'bidIssuedOn', noun: 'date the BID was issued' },
        showIf: { name: 'bidRevoked', equals: 'yes' },
      },
    ],
  },
  'current-status': {
    kind: 'form',
    key: 'current-status',
    section: 'questionnaire',
    scope: 'case',
    applies: calais,
    title: () => 'Status today',
    fields: () => [
      {
        kind: 'radios',
        name: 'currentStatus',
        path: 'leave.currentStatus',
        label: 'What is the person’s immigration status today?',
        summaryLabel: 'Current status',
        required: 'Select the person’s immigration status today',
        options: [
          { value: 'calais-leave-extant', text: 'Calais leave, still valid' },
          { value: 'extended-section-3c', text: 'Calais leave extended by section 3C', hint: 'They applied in time for further leave and are waiting for a decision' },
          { value: 'expired-no-application', text: 'Calais leave expired, with no application made' },
          { value: 'settled', text: 'Already granted settlement', hint: 'Not eligible: already settled' },
          { value: 'british-citizen', text: 'British citizen', hint: 'Not eligible: already a British citizen' },
        ],
      },
      yesNo('presentInUk', 'leave.presentInUk', 'Is the person in the UK?', 'Select yes if the person is in the UK', { hint: 'The concession is only for people present in the UK.' }),
    ],
  },
  'questionnaire-returned': {
    kind: 'form',
    key: 'questionnaire-returned',
    section: 'questionnaire',
    scope: 'case',
    applies: calais,
    title: () => 'Questionnaire and biometrics',
    fields: () => [
      { kind: 'date', name: 'sentOn', path: 'questionnaire.sentOn', label: 'Date the questionnaire was sent (optional)', summaryLabel: 'Date the questionnaire was sent', noun: 'date the questionnaire was sent', past: true },
      yesNo('returned', 'questionnaire.returned', 'Has the person returned the questionnaire?', 'Select yes if the person has returned the questionnaire'),
      {
        kind: 'date',
        name: 'returnedOn',
        path: 'questionnaire.returnedOn',
        label: 'Date the questionnaire was returned (optional)',
        summaryLabel: 'Date the questionnaire was returned',
        noun: 'date the questionnaire was returned',
        past: true,
        notBefore: { name: 'sentOn', noun: 'date the questionnaire was sent' },
        showIf: { name: 'returned', equals: 'yes' },
      },
      {
        kind: 'radios',
        name: 'biometrics',
        path: 'questionnaire.biometrics',
        label: 'Biometrics',
        required: 'Select whether biometrics are needed and enrolled',
        options: BIOMETRICS_STATES.map((value) => ({
          value,
          text: value === 'not-required' ? 'Not needed' : value === 'enrolled' ? 'Needed and enrolled' : 'Needed but not yet enrolled',
        })),
      },
    ],
  },
  'calais-policy-choice': {
    kind: 'form',
    key: 'calais-policy-choice',
    section: 'questionnaire',
    scope: 'case',
    applies: (caseFile) => calais(caseFile) && caseFile.otherApplication?.outstanding === true,
    title: () => 'Choice to be considered under the Calais policy',
    intro: () => [
      'The person has an application for further leave that has not been decided. The questionnaire asked whether they want to be considered under the Calais leave policy instead. If they are granted settlement, the other application is voided after the grant is served and the fee and Immigration Health Surcharge are refunded.',
    ],
    fields: () => [
      {
        kind: 'radios',
        name: 'considerUnderCalaisPolicy',
        path: 'otherApplication.considerUnderCalaisPolicy',
        label: 'Does the person want to be considered under the Calais leave policy?',
        summaryLabel: 'Considered under the Calais policy',
        required: 'Select the person’s answer',
        options: [
          { value: 'yes', text: 'Yes' },
          { value: 'no', text: 'No', hint: 'The other application continues under its own policy' },
          { value: 'not-answered', text: 'They did not answer' },
        ],
      },
    ],
  },
  criminality: {
    kind: 'form',
    key: 'criminality',
    section: 'criminality',
    scope: 'subject',
    applies: calais,
    title: (caseFile, ctx) => (ctx.dependant ? `Criminality: ${dependantName(caseFile, ctx.dependant)}` : 'Convictions and charges'),
    fields: (caseFile, ctx) => {
      const who = ctx.dependant ? dependantName(caseFile, ctx.dependant) : 'the person';
      return [
        yesNo('hasConvictions', 'criminality.hasConvictions', `Does ${who} have any convictions, cautions or other out-of-court disposals?`, `Select yes if ${who} has any convictions or out-of-court disposals`, {
          hint: 'Include convictions in the UK and overseas, suspended sentences, and offences admitted.',
        }),
        yesNo('hasPendingCharges', 'criminality.hasPendingCharges', `Does ${who} face any criminal charges that have not been decided?`, `Select yes if ${who} faces any criminal charges that have not been decided`),
      ];
    },
  },
  'conviction-list': {
    kind: 'list',
    key: 'conviction-list',
    section: 'criminality',
    collection: 'convictions',
    itemStep: 'conviction',
    noun: 'conviction',
    applies: (caseFile, ctx) => calais(caseFile) && subjectOf(caseFile, ctx)?.criminality?.hasConvictions === true,
    title: (caseFile, ctx) => (ctx.dependant ? `Convictions: ${dependantName(caseFile, ctx.dependant)}` : 'Convictions and disposals'),
  },
  conviction: {
    kind: 'form',
    key: 'conviction',
    section: 'criminality',
    scope: 'item',
    collection: 'convictions',
    title: (caseFile, ctx) => (ctx.dependant ? `Conviction or disposal: ${dependantName(caseFile, ctx.dependant)}` : 'Conviction or disposal'),
    intro: () => ['Record each conviction or disposal on its own. A suspended sentence is not a custodial sentence in the Immigration Rules.'],
    fields: () => {
      const custodial = { name: 'kind', equals: 'custodial' };
      return [
        { kind: 'text', name: 'offence', path: 'offence', label: 'Offence (optional)', summaryLabel: 'Offence' },
        {
          kind: 'date',
          name: 'convictedOn',
          path: 'convictedOn',
          label: 'Date of conviction',
          hint: 'For an out-of-court disposal, the date it was given. For example, 27 3 2019',
          noun: 'date of conviction',
          past: true,
          required: 'Enter the date of conviction',
        },
        { kind: 'radios', name: 'where', path: 'where', label: 'Where was the person convicted?', summaryLabel: 'Where', required: 'Select where the person was convicted', options: JURISDICTION_OPTIONS },
        {
          kind: 'radios',
          name: 'kind',
          path: 'kind',
          label: 'Sentence or disposal',
          required: 'Select the kind of sentence or disposal',
          options: [
            { value: 'custodial', text: 'Custodial sentence', hint: 'Prison or detention, not suspended' },
            { value: 'suspended', text: 'Suspended sentence' },
            { value: 'non-custodial', text: 'Non-custodial sentence', hint: 'For example, a fine or a community order' },
            { value: 'out-of-court-disposal', text: 'Out-of-court disposal', hint: 'For example, a caution or a penalty notice' },
          ],
        },
        { kind: 'months', name: 'sentenceLengthMonths', path: 'sentenceLengthMonths', label: 'Length of the sentence in months', hint: 'For example, 18. For 2 weeks, enter 0.5', noun: 'length of the sentence', required: 'Enter the length of the sentence in months', showIf: custodial },
        {
          kind: 'date',
          name: 'sentenceEndsOn',
          path: 'sentenceEndsOn',
          label: 'Date the sentence ends',
          noun: 'date the sentence ends',
          required: 'Enter the date the sentence ends',
          notBefore: { name: 'convictedOn', noun: 'date of conviction' },
          showIf: custodial,
        },
        {
          kind: 'yesNo',
          name: 'ukSimilarOffenceReachesThreshold',
          path: 'ukSimilarOffenceReachesThreshold',
          label: 'If convicted in the UK of a similar offence, could the person have been sentenced to at least 12 months’ imprisonment (2 years if convicted before 28 June 2022)?',
          summaryLabel: 'Similar UK offence reaches the section 72 threshold',
          hint: 'Section 72: a conviction overseas is a particularly serious crime only if so. Needed when the sentence itself reaches the threshold.',
          showIf: { name: 'where', equals: 'overseas' },
          inline: true,
        },
        yesNo('appealPending', 'appealPending', 'Is an appeal against the conviction or sentence pending?', 'Select yes if an appeal against the conviction or sentence is pending', {
          inline: true,
          hint: 'A refusal resting only on convictions under appeal is held until the appeal ends.',
        }),
      ];
    },
  },
  'charge-list': {
    kind: 'list',
    key: 'charge-list',
    section: 'criminality',
    collection: 'charges',
    itemStep: 'charge',
    noun: 'charge',
    applies: (caseFile, ctx) => calais(caseFile) && subjectOf(caseFile, ctx)?.criminality?.hasPendingCharges === true,
    title: (caseFile, ctx) => (ctx.dependant ? `Charges not yet decided: ${dependantName(caseFile, ctx.dependant)}` : 'Charges not yet decided'),
  },
  charge: {
    kind: 'form',
    key: 'charge',
    section: 'criminality',
    scope: 'item',
    collection: 'charges',
    title: () => 'Criminal charge not yet decided',
    intro: () => ['Where a prosecution is under way and a conviction could lead to refusal, the case is held until the proceedings end.'],
    fields: () => [
      { kind: 'text', name: 'offence', path: 'offence', label: 'Offence charged', required: 'Enter the offence charged' },
      { kind: 'date', name: 'chargedOn', path: 'chargedOn', label: 'Date charged (optional)', summaryLabel: 'Date charged', noun: 'date charged', past: true },
      { kind: 'radios', name: 'where', path: 'where', label: 'Where was the charge brought?', summaryLabel: 'Where', required: 'Select where the charge was brought', options: JURISDICTION_OPTIONS },
    ],
  },
  suitability: {
    kind: 'form',
    key: 'suitability',
    section: 'criminality',
    scope: 'subject',
    applies: calais,
    title: (caseFile, ctx) => (ctx.dependant ? `Suitability findings: ${dependantName(caseFile, ctx.dependant)}` : 'Suitability findings'),
    // The page is SuitabilityPage: "Which of these apply?" checkboxes over these fields.
    fields: groundFields,
  },
  dependants: {
    kind: 'form',
    key: 'dependants',
    section: 'dependants',
    scope: 'case',
    applies: calais,
    title: () => 'Dependants',
    intro: () => ['A child previously granted leave under paragraph 352T is considered for settlement in line with the person. Anyone else must apply on the relevant family route.'],
    fields: () => [yesNo('hasDependants', 'dependants.hasDependants', 'Does the person have any dependants?', 'Select yes if the person has any dependants')],
  },
  'dependant-list': {
    kind: 'list',
    key: 'dependant-list',
    section: 'dependants',
    collection: 'dependants',
    itemStep: 'dependant',
    noun: 'dependant',
    applies: (caseFile) => calais(caseFile) && caseFile.dependants?.hasDependants === true,
    title: () => 'Dependants you have added',
  },
  dependant: {
    kind: 'form',
    key: 'dependant',
    section: 'dependants',
    scope: 'dependant',
    title: (caseFile, ctx) => (findDependant(caseFile, ctx.dependant) ? `Dependant: ${dependantName(caseFile, ctx.dependant)}` : 'Add a dependant'),
    fields: () => [
      {
        kind: 'radios',
        name: 'relationship',
        path: 'relationship',
        label: 'Relationship to the person',
        required: 'Select the dependant’s relationship to the person',
        options: [
          { value: 'child', text: 'Child' },
          { value: 'partner', text: 'Partner' },
          { value: 'other', text: 'Other' },
        ],
      },
      { kind: 'text', name: 'givenNames', path: 'givenNames', label: 'Given names', required: 'Enter the dependant’s given names' },
      { kind: 'text', name: 'familyName', path: 'familyName', label: 'Family name (optional)', summaryLabel: 'Family name' },
      { kind: 'date', name: 'dateOfBirth', path: 'dateOfBirth', label: 'Date of birth', noun: 'date of birth', past: true, required: 'Enter the dependant’s date of birth' },
      yesNo('holds352T', 'holds352T', 'Was the child granted leave in line under paragraph 352T?', 'Select yes if the child was granted leave under paragraph 352T', {
        hint: 'Only a child granted 352T leave is considered in line, and then their own criminality is asked.',
        showIf: { name: 'relationship', equals: 'child' },
      }),
    ],
    // Only a child can hold 352T leave: anyone else goes to the family route.
    afterWrite: (root) => {
      const dependant = root as Dependant;
      return dependant.relationship && dependant.relationship !== 'child' ? { ...dependant, holds352T: false } : dependant;
    },
  },
  'decision-date': {
    kind: 'form',
    key: 'decision-date',
    section: 'decision',
    scope: 'case',
    title: () => 'Decision date',
    intro: () => ['The rules are applied as on this date, and paragraphs are cited in the numbering in force on it.'],
    defaults: (today) => ({ decisionDate: today }),
    fields: () => [{ kind: 'date', name: 'decisionDate', path: 'decisionDate', label: 'Date of the decision', hint: 'Today’s date is filled in. Change it if the decision is made on another day.', noun: 'date of the decision', required: 'Enter the date of the decision' }],
  },
};

/** Whether a string is a page key. */
export function isStepKey(value: string): value is StepKey {
  return Object.prototype.hasOwnProperty.call(STEPS, value);
}

/**
 * The case file: one person's Calais leave settlement case, as the wizard stores it, as it is
 * imported and exported, and as a scenario file in `public/scenarios/` is written.
 *
 * Every answer a caseworker gives is optional: an absent field means "not yet answered", so a
 * half-filled case still validates. What validation refuses is an impossible value: a date that
 * does not exist (2023-02-29), a sentence that ends before the conviction, a revocation before the
 * document was issued. Each message names the field in plain English.
 *
 * Dates are `YYYY-MM-DD` strings. Only `src/dates.ts` parses or compares them.
 *
 * Field-by-field documentation: `docs/case-file.md`.
 */
import { z } from 'zod';
import { isBefore } from '../dates';
import { LIST_LIMITS, tooManyMessage } from '../limits';
import { CASE_FORMAT, CASE_VERSION } from './version';

// The format name and version live in version.ts (no zod), re-exported here for every reader.
export { CASE_FORMAT, CASE_VERSION };

// ---------------------------------------------------------------------------------------------
// Building blocks

/** A calendar date `YYYY-MM-DD` that really exists; `label` names the field in the error message. */
export function isoDate(label: string) {
  return z.iso.date({ error: `${label} must be a real date written YYYY-MM-DD` }).describe(label);
}

/** Free text the caseworker types; `label` names the field in the error message. */
function text(label: string) {
  return z.string({ error: `${label} must be text` }).max(5000, { error: `${label} must be 5,000 characters or fewer` }).describe(label);
}

/** A yes/no answer; `label` names the question in the error message. */
function yesNo(label: string) {
  return z.boolean({ error: `${label} must be answered yes (true) or no (false)` }).describe(`${label}?`);
}

/** One of a fixed list of answers; `label` names the question in the error message. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, { error: `${label} must be one of: ${values.join(', ')}` }).describe(label);
}

/** A stable key for an item of an add-another list (conviction, charge, dependant). */
const itemId = z.string({ error: 'Each item needs an id' }).min(1, { error: 'Each item needs an id' });

// ---------------------------------------------------------------------------------------------
// Identity and contact

/** Who the person is. */
export const identitySchema = z.strictObject({
  givenNames: text('Given names').optional(),
  familyName: text('Family name').optional(),
  dateOfBirth: isoDate('Date of birth').optional(),
  homeOfficeReference: text('Home Office reference').optional(),
  nationality: text('Nationality').optional(),
});
/** Who the person is. */
export type Identity = z.output<typeof identitySchema>;

/** The person's legal representative, when one is on record. */
export const representativeSchema = z.strictObject({
  name: text('Representative’s name').optional(),
  organisation: text('Representative’s organisation').optional(),
  reference: text('Representative’s reference').optional(),
  email: text('Representative’s email address').optional(),
  phone: text('Representative’s phone number').optional(),
  address: text('Representative’s address').optional(),
});
/** The person's legal representative, when one is on record. */
export type Representative = z.output<typeof representativeSchema>;

/** Up-to-date contact details, as given in reply to the initial contact letter. */
export const contactSchema = z.strictObject({
  address: text('Address').optional(),
  email: text('Email address').optional(),
  phone: text('Phone number').optional(),
  hasRepresentative: yesNo('Is a legal representative on record').optional(),
  /** Read only when `hasRepresentative` is true. */
  representative: representativeSchema.optional(),
});
/** Up-to-date contact details and any legal representative. */
export type Contact = z.output<typeof contactSchema>;

// ---------------------------------------------------------------------------------------------
// Initial contact, leave, questionnaire, other application

/** The two versions of the initial contact letter (guidance, "Operational process"). */
export const LETTER_VERSIONS = ['outstanding-application', 'no-outstanding-application'] as const;

/** The initial contact letter and the person's response to it. */
export const initialContactSchema = z
  .strictObject({
    letterVersion: oneOf(LETTER_VERSIONS, 'Initial contact letter version').optional(),
    letterSentOn: isoDate('Date the initial contact letter was sent').optional(),
    responseReceived: yesNo('Has the person responded to the initial contact letter').optional(),
    respondedOn: isoDate('Date of the response to the initial contact letter').optional(),
  })
  .superRefine((contact, ctx) => {
    if (contact.letterSentOn && contact.respondedOn && isBefore(contact.respondedOn, contact.letterSentOn)) {
      ctx.addIssue({ code: 'custom', path: ['respondedOn'], message: 'Date of the response must be on or after the date the letter was sent' });
    }
  });
/** The initial contact letter and the person's response to it. */
export type InitialContact = z.output<typeof initialContactSchema>;

/**
 * The kind of leave the person was granted. Calais leave is leave "granted under paragraph 352J"
 * (guidance, Concession, 2nd requirement); 352L is the paragraph its biometric immigration document
 * is issued under, not a kind of leave (version 1's `calais-352L` is migrated to `calais-352J`).
 */
export const LEAVE_TYPES = ['calais-352J', 'section-67', 'other'] as const;
/** The kind of leave the person was granted. */
export type LeaveType = (typeof LEAVE_TYPES)[number];

/**
 * How the child was transferred from the Calais camp. 352I names three: the expedited process, a
 * Tribunal order, the Dublin III Regulation; `other` beside Calais leave is an inconsistent record.
 */
export const TRANSFER_BASES = ['expedited-process', 'tribunal-order', 'dublin-iii', 'other'] as const;

/** The person's immigration status today. */
export const CURRENT_STATUSES = [
  'calais-leave-extant',
  'extended-section-3c',
  'expired-no-application',
  'settled',
  'british-citizen',
] as const;
/** The person's immigration status today. */
export type CurrentStatus = (typeof CURRENT_STATUSES)[number];

/** The transfer, the leave granted, its biometric immigration document (BID), and status today. */
export const leaveSchema = z
  .strictObject({
    transferredOn: isoDate('Date of transfer to the UK').optional(),
    transferBasis: oneOf(TRANSFER_BASES, 'Basis of transfer').optional(),
    type: oneOf(LEAVE_TYPES, 'Type of leave granted').optional(),
    grantedOn: isoDate('Date leave was granted').optional(),
    expiresOn: isoDate('Date leave expires or expired').optional(),
    protectionClaimRefused: yesNo('Was the protection claim refused').optional(),
    revoked: yesNo('Has the Calais leave been revoked').optional(),
    /** Read only when `revoked` is true. */
    revokedOn: isoDate('Date the Calais leave was revoked').optional(),
    bidIssuedOn: isoDate('Date the biometric immigration document was issued').optional(),
    bidRevoked: yesNo('Has the biometric immigration document been revoked').optional(),
    /** Read only when `bidRevoked` is true. */
    bidRevokedOn: isoDate('Date the biometric immigration document was revoked').optional(),
    currentStatus: oneOf(CURRENT_STATUSES, 'Current immigration status').optional(),
    presentInUk: yesNo('Is the person in the UK').optional(),
  })
  .superRefine((leave, ctx) => {
    if (leave.grantedOn && leave.expiresOn && isBefore(leave.expiresOn, leave.grantedOn)) {
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'Date leave expires must be on or after the date it was granted' });
    }
    if (leave.grantedOn && leave.revokedOn && isBefore(leave.revokedOn, leave.grantedOn)) {
      ctx.addIssue({ code: 'custom', path: ['revokedOn'], message: 'Date the Calais leave was revoked must be on or after the date it was granted' });
    }
    if (leave.bidIssuedOn && leave.bidRevokedOn && isBefore(leave.bidRevokedOn, leave.bidIssuedOn)) {
      ctx.addIssue({
        code: 'custom',
        path: ['bidRevokedOn'],
        message: 'Date the biometric immigration document was revoked must be on or after the date it was issued',
      });
    }
  });
/** The transfer, the leave granted, its BID, and status today. */
export type Leave = z.output<typeof leaveSchema>;

/** Whether biometrics are needed and given. */
export const BIOMETRICS_STATES = ['not-required', 'enrolled', 'outstanding'] as const;
/** Whether biometrics are needed and given. */
export type BiometricsState = (typeof BIOMETRICS_STATES)[number];

/** The Calais leave questionnaire and biometrics. */
export const questionnaireSchema = z
  .strictObject({
    sentOn: isoDate('Date the questionnaire was sent').optional(),
    returned: yesNo('Has the questionnaire been returned').optional(),
    returnedOn: isoDate('Date the questionnaire was returned').optional(),
    biometrics: oneOf(BIOMETRICS_STATES, 'Biometrics').optional(),
  })
  .superRefine((questionnaire, ctx) => {
    if (questionnaire.sentOn && questionnaire.returnedOn && isBefore(questionnaire.returnedOn, questionnaire.sentOn)) {
      ctx.addIssue({ code: 'custom', path: ['returnedOn'], message: 'Date the questionnaire was returned must be on or after the date it was sent' });
    }
  });
/** The Calais leave questionnaire and biometrics. */
export type Questionnaire = z.output<typeof questionnaireSchema>;

/** The person's answer to "would you rather be considered under the Calais leave policy?". */
export const CALAIS_POLICY_CHOICES = ['yes', 'no', 'not-answered'] as const;
/** The person's answer to "would you rather be considered under the Calais leave policy?". */
export type CalaisPolicyChoice = (typeof CALAIS_POLICY_CHOICES)[number];

/** An application for further leave on another route that is still undecided. */
export const otherApplicationSchema = z.strictObject({
  outstanding: yesNo('Does the person have an outstanding application for further leave').optional(),
  /** The fields below are read only when `outstanding` is true. */
  route: text('Route of the outstanding application').optional(),
  madeOn: isoDate('Date the outstanding application was made').optional(),
  inTime: yesNo('Was the outstanding application made in time').optional(),
  considerUnderCalaisPolicy: oneOf(CALAIS_POLICY_CHOICES, 'Choice to be considered under the Calais policy').optional(),
});
/** An application for further leave on another route that is still undecided. */
export type OtherApplication = z.output<typeof otherApplicationSchema>;

// ---------------------------------------------------------------------------------------------
// Criminality and suitability (for the person and for each dependant)

/** Where a conviction or charge arose. UK and overseas convictions count alike (STP 2.1). */
export const JURISDICTIONS = ['uk', 'overseas'] as const;

/**
 * The kind of sentence or disposal. A suspended sentence is not a custodial sentence in the
 * Immigration Rules: it is assessed as a non-custodial sentence.
 */
export const SENTENCE_KINDS = ['custodial', 'suspended', 'non-custodial', 'out-of-court-disposal'] as const;
/** The kind of sentence or disposal. */
export type SentenceKind = (typeof SENTENCE_KINDS)[number];

/** One conviction (or admitted offence, or out-of-court disposal), assessed on its own. */
export const convictionSchema = z
  .strictObject({
    id: itemId,
    /** For an out-of-court disposal, the date it was given. */
    convictedOn: isoDate('Date of conviction').optional(),
    where: oneOf(JURISDICTIONS, 'Where the conviction took place').optional(),
    offence: text('Offence').optional(),
    kind: oneOf(SENTENCE_KINDS, 'Kind of sentence or disposal').optional(),
    /** Length of the sentence in months (fractions allowed: 2 weeks is about 0.46). */
    sentenceLengthMonths: z
      .number({ error: 'Length of sentence must be a number of months' })
      .min(0, { error: 'Length of sentence must be 0 months or more' })
      .max(1200, { error: 'Length of sentence must be 1,200 months or fewer' })
      .optional(),
    /** The date the sentence ends (custodial sentences): STP 2.1(b) and (c) count from it. */
    sentenceEndsOn: isoDate('Date the sentence ends').optional(),
    /**
     * Asked for every conviction: the section 72 presumption does not apply while an appeal is
     * pending, and a refusal resting only on convictions under appeal is held (docs/rules.md).
     */
    appealPending: yesNo('Is an appeal against the conviction or sentence pending').optional(),
    /**
     * Section 72(2)(b) NIAA 2002, for a conviction outside the UK: could the person, convicted in
     * the UK of a similar offence, have been sentenced to imprisonment of at least the threshold
     * (12 months, or 2 years if convicted before 28 June 2022)? Read only for an overseas custodial
     * sentence that reaches the threshold.
     */
    ukSimilarOffenceReachesThreshold: yesNo('Could the person, convicted in the UK of a similar offence, have been sentenced to at least the section 72 threshold').optional(),
  })
  .superRefine((conviction, ctx) => {
    if (conviction.convictedOn && conviction.sentenceEndsOn && isBefore(conviction.sentenceEndsOn, conviction.convictedOn)) {
      ctx.addIssue({ code: 'custom', path: ['sentenceEndsOn'], message: 'Date the sentence ends must be on or after the date of conviction' });
    }
  });
/** One conviction, admitted offence or out-of-court disposal. */
export type Conviction = z.output<typeof convictionSchema>;

/** A criminal charge on which the prosecution has not ended. */
export const pendingChargeSchema = z.strictObject({
  id: itemId,
  offence: text('Offence charged').optional(),
  chargedOn: isoDate('Date charged').optional(),
  where: oneOf(JURISDICTIONS, 'Where the charge was brought').optional(),
});
/** A criminal charge on which the prosecution has not ended. */
export type PendingCharge = z.output<typeof pendingChargeSchema>;

/** Convictions and pending charges of one person. */
export const criminalitySchema = z.strictObject({
  hasConvictions: yesNo('Does the person have any convictions or out-of-court disposals').optional(),
  /** Read only when `hasConvictions` is true. */
  convictions: z.array(convictionSchema).max(LIST_LIMITS.convictions, { error: tooManyMessage('Too many convictions', LIST_LIMITS.convictions) }).optional(),
  hasPendingCharges: yesNo('Does the person face any criminal charges not yet decided').optional(),
  /** Read only when `hasPendingCharges` is true. */
  pendingCharges: z.array(pendingChargeSchema).max(LIST_LIMITS.pendingCharges, { error: tooManyMessage('Too many pending charges', LIST_LIMITS.pendingCharges) }).optional(),
});
/** Convictions and pending charges of one person. */
export type Criminality = z.output<typeof criminalitySchema>;

/**
 * The suitability grounds on which the caseworker records a finding, in the order the rules check
 * them. Explanations and citations: `SUITABILITY_GROUNDS` in `src/rules`.
 */
export const SUITABILITY_GROUND_CODES = [
  'excluded-from-protection', // 352J(i)
  'danger-to-security', // 352J(iii)
  'danger-to-community', // 352J(iv): only asked when a conviction meets section 72
  'deportation', // 9.2.1(c) / SUI 2.1(c)
  'not-conducive', // 9.3.1 / SUI 3.1
  'criminality-serious', // 9.4.1 / SUI 5.1
  'criminality-other', // 9.4.3 / SUI 5.3
  'exclusion', // 9.5.1 / SUI 4.1
  'false-representations', // 9.7.1 / SUI 10.1
  'deception', // 9.7.2 / SUI 9.1
  'immigration-breach', // 9.8.3 / SUI 11.3
  'failure-to-cooperate', // 9.9.1 / SUI 14.1
  'nhs-debt', // 9.11.1 / SUI 16.1
  'litigation-costs', // 9.12.1 / SUI 17.1
  'purpose-not-covered', // 9.13.1 / SUI 18.1
  'persistent-offender', // STP 2.1(e)
  'serious-harm', // STP 2.1(f)
  'settlement-not-conducive', // STP 2.1(g)
] as const;
/** A suitability ground on which the caseworker records a finding. */
export type SuitabilityGroundCode = (typeof SUITABILITY_GROUND_CODES)[number];

/** The caseworker's finding on one ground: whether it applies, and why. */
export const findingSchema = z.strictObject({
  applies: yesNo('Whether the ground applies').optional(),
  note: text('Caseworker’s note').optional(),
});
/** The caseworker's finding on one ground. */
export type Finding = z.output<typeof findingSchema>;

/** The caseworker's findings, one per suitability ground. */
export const suitabilitySchema = z.strictObject(
  Object.fromEntries(SUITABILITY_GROUND_CODES.map((code) => [code, findingSchema.optional()])) as {
    [K in SuitabilityGroundCode]: z.ZodOptional<typeof findingSchema>;
  },
);
/** The caseworker's findings, one per suitability ground. */
export type SuitabilityFindings = z.output<typeof suitabilitySchema>;

// ---------------------------------------------------------------------------------------------
// Dependants

/** How a dependant is related to the person. */
export const RELATIONSHIPS = ['child', 'partner', 'other'] as const;

/** One dependant: a child granted leave in line under 352T, or anyone else in the household. */
export const dependantSchema = z.strictObject({
  id: itemId,
  relationship: oneOf(RELATIONSHIPS, 'Relationship to the person').optional(),
  givenNames: text('Dependant’s given names').optional(),
  familyName: text('Dependant’s family name').optional(),
  dateOfBirth: isoDate('Dependant’s date of birth').optional(),
  holds352T: yesNo('Was the dependant granted leave under paragraph 352T').optional(),
  /** Read only when `holds352T` is true. */
  criminality: criminalitySchema.describe('Convictions and pending charges').optional(),
  /** Read only when `holds352T` is true. */
  suitability: suitabilitySchema.describe('The caseworker’s findings on each suitability ground').optional(),
});
/** One dependant. */
export type Dependant = z.output<typeof dependantSchema>;

/** The person's dependants. */
export const dependantsSchema = z
  .strictObject({
    hasDependants: yesNo('Does the person have any dependants').optional(),
    /** Read only when `hasDependants` is true. */
    people: z.array(dependantSchema).max(LIST_LIMITS.dependants, { error: tooManyMessage('Too many dependants', LIST_LIMITS.dependants) }).optional(),
  })
  .superRefine((dependants, ctx) => {
    // The dependants' lists together are held to one person's limits (docs/case-file.md, "Limits").
    const people = dependants.people ?? [];
    const convictions = people.reduce((sum, person) => sum + (person.criminality?.convictions?.length ?? 0), 0);
    const charges = people.reduce((sum, person) => sum + (person.criminality?.pendingCharges?.length ?? 0), 0);
    if (convictions > LIST_LIMITS.convictions) {
      ctx.addIssue({ code: 'custom', path: ['people'], message: `${tooManyMessage('Too many convictions among the dependants', LIST_LIMITS.convictions)} (found ${convictions} in all)` });
    }
    if (charges > LIST_LIMITS.pendingCharges) {
      ctx.addIssue({ code: 'custom', path: ['people'], message: `${tooManyMessage('Too many pending charges among the dependants', LIST_LIMITS.pendingCharges)} (found ${charges} in all)` });
    }
  });
/** The person's dependants. */
export type Dependants = z.output<typeof dependantsSchema>;

// ---------------------------------------------------------------------------------------------
// Scenario block (training library and tests)

/** Every outcome a decision can have. Precedence: `docs/rules.md`. */
export const OUTCOMES = [
  'grant-settlement',
  'refuse-settlement',
  'on-hold-pending-prosecution',
  'not-eligible',
  'awaiting-information',
  'declined-consideration',
] as const;
/** The outcome of a decision. */
export type Outcome = (typeof OUTCOMES)[number];

/** Every outcome a dependant's decision can have. */
export const DEPENDANT_OUTCOMES = ['grant-in-line', 'refuse', 'on-hold', 'family-route', 'main-not-granted', 'awaiting-information'] as const;
/** The outcome for one dependant. */
export type DependantOutcome = (typeof DEPENDANT_OUTCOMES)[number];

/** What a scenario teaches about. */
export const SCENARIO_TOPICS = ['eligibility', 'criminality', 'dependants', 'process'] as const;

/** A prepared training case: its title, lesson, and the decision it must produce. */
export const scenarioSchema = z.strictObject({
  /** One sentence saying what happens, e.g. "A caution 23 months before the decision is refused under STP 2.1(d)." */
  title: text('Scenario title').min(1, { error: 'Scenario title must not be empty' }),
  learningPoint: text('Learning point').optional(),
  topics: z.array(oneOf(SCENARIO_TOPICS, 'Scenario topic')).max(LIST_LIMITS.codes, { error: tooManyMessage('Too many scenario topics', LIST_LIMITS.codes) }).optional(),
  expected: z.strictObject({
    outcome: oneOf(OUTCOMES, 'Expected outcome'),
    /** Citations of every reason that is not met or unknown, in the order the decision lists them. */
    citations: z.array(z.string({ error: 'Each expected citation must be text' }).max(200, { error: 'Each expected citation must be 200 characters or fewer' })).max(LIST_LIMITS.codes, { error: tooManyMessage('Too many expected citations', LIST_LIMITS.codes) }),
    /** Expected outcome for each dependant, in the order of `dependants.people`. */
    dependants: z.array(oneOf(DEPENDANT_OUTCOMES, 'Expected dependant outcome')).max(LIST_LIMITS.dependants, { error: tooManyMessage('Too many expected dependant outcomes', LIST_LIMITS.dependants) }).optional(),
    eligibleFrom: isoDate('Expected eligible-from date').optional(),
    /** True when the expected eligible-from date holds unless a prosecution ends in a conviction. */
    eligibleFromUnlessConvicted: z.literal(true, { error: 'Expected eligible-from date unless convicted must be true when given' }).optional(),
    /** True when the expected not-eligible decision is shown before consideration can begin. */
    beforeConsideration: z.literal(true, { error: 'Expected before-consideration must be true when given' }).optional(),
  }),
});
/** A prepared training case. */
export type Scenario = z.output<typeof scenarioSchema>;

// ---------------------------------------------------------------------------------------------
// The whole case

/** A whole case file (format `calais-settlement-case`, version 2). */
export const caseFileSchema = z.strictObject({
  format: z.literal(CASE_FORMAT, { error: `Format must be "${CASE_FORMAT}"` }),
  version: z.literal(CASE_VERSION, { error: `Version must be ${CASE_VERSION}` }),
  id: z.string({ error: 'Case id must be text' }).min(1, { error: 'Case id must not be empty' }),
  /** The date the case is decided on. `decide` takes it as an option; the CLI's --date overrides it. */
  decisionDate: isoDate('Decision date').optional(),
  identity: identitySchema.describe('Who the person is').optional(),
  contact: contactSchema.describe('Contact details and legal representative').optional(),
  initialContact: initialContactSchema.describe('The initial contact letter and the response').optional(),
  leave: leaveSchema.describe('Transfer, leave granted, biometric immigration document and status today').optional(),
  questionnaire: questionnaireSchema.describe('The Calais leave questionnaire and biometrics').optional(),
  otherApplication: otherApplicationSchema.describe('An outstanding application for further leave and the choice to be considered under the Calais policy').optional(),
  criminality: criminalitySchema.describe('Convictions and pending charges').optional(),
  suitability: suitabilitySchema.describe('The caseworker’s findings on each suitability ground').optional(),
  dependants: dependantsSchema.describe('Dependants').optional(),
  /** Bookkeeping the app keeps; never read by the rules. */
  meta: z
    .strictObject({
      createdAt: z.iso.datetime({ error: 'Created at must be a date and time, e.g. 2026-01-31T09:30:00Z' }).optional(),
      updatedAt: z.iso.datetime({ error: 'Updated at must be a date and time, e.g. 2026-01-31T09:30:00Z' }).optional(),
    })
    .optional(),
  scenario: scenarioSchema.describe('Training scenarios only: title, lesson and expected decision').optional(),
});
/** A whole case file, as validated. */
export type CaseFile = z.output<typeof caseFileSchema>;
/** A whole case file, as written before validation. */
export type CaseFileInput = z.input<typeof caseFileSchema>;

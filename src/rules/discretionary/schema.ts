import { z } from 'zod';
import { findingSchema } from '../../case/schema';
import { caseFileFields, isoDateSchema } from '../../related/schema-parts';
import { LIST_LIMITS, tooManyMessage } from '../../limits';

/**
 * The facts a caseworker records to decide discretionary leave (DL) under the Home Office policy
 * "Discretionary leave" (version 10.0). DL is leave outside the Immigration Rules; the policy has
 * no numbered paragraphs, so the rules cite its section headings (see docs/related-routes.md).
 *
 * Every answer is optional: an unanswered question makes the reasons that need it `unknown`.
 * Yes/no answers are the caseworker's recorded findings.
 *
 * Version 2 records each list with its own yes/no question (`hasCustodialSentences`,
 * `hasImprisonment`), so that "yes" with nothing listed yet stays unknown; version 1 files are
 * migrated (src/related/migrate.ts). Version 2 also adds the time of an application made on
 * 1 December 2020 and the Part 9 (Part Suitability) findings for a settlement application.
 */

const isoDate = isoDateSchema;

/** The DL categories the policy names ("Reasons for granting Discretionary Leave"). */
export const dlCategorySchema = z.enum(['medical', 'other-echr', 'exceptional-circumstances', 'modern-slavery', 'other-compelling', 'none']);

/** A custodial sentence on the record (UK or overseas). */
export const dlCustodialSentenceSchema = z.strictObject({
  convictedOn: isoDate,
  /** Length of the custodial sentence in months. */
  months: z.number().nonnegative(),
  offence: z.string().optional(),
});

/** One grant of DL, in the order granted. */
export const dlGrantSchema = z.strictObject({
  from: isoDate,
  to: isoDate,
  /**
   * Whether the application that led to this grant was made in time (before the previous leave
   * expired). An out-of-time application breaks continuity; ignored for the first grant.
   */
  appliedInTime: z.boolean().optional(),
});

/** A period in prison in connection with a criminal conviction: it does not count towards settlement. */
export const dlImprisonmentSchema = z.strictObject({ from: isoDate, to: isoDate });

/**
 * The Part 9 grounds (Part Suitability from 11 November 2025) read as the caseworker's findings
 * for a settlement application ("Transitional arrangements": "you must consider Part 9"). The
 * criminality ground 9.4.1 / SUI 5.1 is not among them: it is read from `criminality`.
 */
export const DL_PART_NINE_GROUNDS = [
  'deportation',
  'not-conducive',
  'criminality-other',
  'exclusion',
  'false-representations',
  'deception',
  'immigration-breach',
  'failure-to-cooperate',
  'nhs-debt',
  'litigation-costs',
  'purpose-not-covered',
] as const;

/** A Part 9 ground the settlement decision reads as a finding. */
export type DlPartNineGround = (typeof DL_PART_NINE_GROUNDS)[number];

/** The Part 9 findings: `<ground>.applies` (the ground applies, refusal is appropriate) with an optional note. */
export const dlSuitabilitySchema = z.strictObject(
  Object.fromEntries(DL_PART_NINE_GROUNDS.map((code) => [code, findingSchema.optional()])) as { [K in DlPartNineGround]: z.ZodOptional<typeof findingSchema> },
);

export const discretionaryLeaveCaseSchema = z.strictObject({
  format: z.literal('discretionary-leave-case'),
  version: z.literal(2),
  ...caseFileFields,
  application: z
    .strictObject({
      /** A first grant, a further grant, or settlement (indefinite leave) after DL. */
      kind: z.enum(['initial', 'further', 'settlement']).optional(),
      /** Date the application (or claim) was made: the Part 9 criminality threshold depends on it. */
      madeOn: isoDate.optional(),
      /**
       * For an application made on 1 December 2020 only: whether it was made after 9 am, when the
       * single 12-month criminality threshold took effect ("Further leave applications – General
       * Grounds for Refusal (Criminality)").
       */
      madeAfter9am: z.boolean().optional(),
    })
    .optional(),
  /** "Key principles": DL is not for someone who qualifies under the Rules or for Article 8 leave outside the Rules. */
  exclusion: z
    .strictObject({
      qualifiesUnderRules: z.boolean().optional(),
      qualifiesForArticle8Leave: z.boolean().optional(),
    })
    .optional(),
  category: z
    .strictObject({
      basis: dlCategorySchema.optional(),
      /** Finding: the evidence meets the category (for the modern slavery category, see `modernSlavery`). */
      met: z.boolean().optional(),
    })
    .optional(),
  /** "Pre-30 January 2023 modern slavery (including human trafficking) cases". */
  modernSlavery: z
    .strictObject({
      /** Date of the positive conclusive grounds decision. */
      conclusiveGroundsOn: isoDate.optional(),
      /** Date the trafficking-related asylum claim or further submissions were made (articulated). */
      traffickingRelatedClaimOn: isoDate.optional(),
      /** The claim or submissions have been finally determined (no decision pending, no in-country appeal left). */
      claimFinallyDetermined: z.boolean().optional(),
      /** Any of "When to not consider DL": already has leave, claim inadmissible, appeal rights exhausted, refused before KTT, deportation. */
      notToBeConsidered: z.boolean().optional(),
    })
    .optional(),
  /** Finding: the person falls within the restricted leave policy (Article 1F, 339D or Article 33(2)). */
  restrictedLeaveScope: z.boolean().optional(),
  criminality: z
    .strictObject({
      /** Has the applicant had any custodial sentence? `true` with no sentence listed is unknown, never "none". */
      hasCustodialSentences: z.boolean().optional(),
      /** Every custodial sentence, each assessed on its own; read only when `hasCustodialSentences` is true. */
      custodialSentences: z.array(dlCustodialSentenceSchema).max(LIST_LIMITS.convictions, { error: tooManyMessage('Too many custodial sentences', LIST_LIMITS.convictions) }).optional(),
      persistentOffender: z.boolean().optional(),
      seriousHarm: z.boolean().optional(),
      /** "Considering further DL" (asked for a further grant and, from version 2, for settlement): the four findings beside the restricted leave scope. */
      furtherDlException: z
        .strictObject({
          previouslyGrantedDl: z.boolean().optional(),
          circumstancesOfGrantContinue: z.boolean().optional(),
          offendingBeforeLastGrant: z.boolean().optional(),
          noConvictionsSinceLastGrant: z.boolean().optional(),
        })
        .optional(),
    })
    .optional(),
  /** The length of leave to grant ("Duration of Discretionary Leave", "Non-standard grant periods"). */
  duration: z
    .strictObject({
      /** Finding: return will be possible within 6 months of the decision. */
      returnExpectedWithin6Months: z.boolean().optional(),
      /** The period the caseworker proposes: the standard period, a shorter one, a longer one or indefinite leave. */
      period: z.enum(['standard', 'shorter', 'longer', 'indefinite']).optional(),
      /** For a shorter period: its length in months and the reason, which goes in the letter. */
      shorterMonths: z.number().int().positive().optional(),
      shorterReason: z.string().optional(),
      /** Whether children (the applicant or dependants) are affected by the decision. */
      childrenAffected: z.boolean().optional(),
      /** The child's best interests have been considered as a primary consideration and recorded. */
      childBestInterestsRecorded: z.boolean().optional(),
    })
    .optional(),
  /** The DL already held (for a further grant or settlement) and any time in prison. */
  history: z
    .strictObject({
      /** Every grant of DL, oldest first; the first grant's date decides the transitional arrangements. */
      grants: z.array(dlGrantSchema).max(LIST_LIMITS.periods, { error: tooManyMessage('Too many grants of leave', LIST_LIMITS.periods) }).optional(),
      /** Has the applicant spent time in prison in connection with a conviction? `true` with no period listed is unknown. */
      hasImprisonment: z.boolean().optional(),
      /** Every period in prison in connection with a conviction; read only when `hasImprisonment` is true. */
      imprisonment: z.array(dlImprisonmentSchema).max(LIST_LIMITS.periods, { error: tooManyMessage('Too many periods in prison', LIST_LIMITS.periods) }).optional(),
    })
    .optional(),
  /** The Part 9 (Part Suitability) findings for a settlement application. */
  suitability: dlSuitabilitySchema.optional(),
  /** For a settlement application. */
  settlement: z
    .strictObject({
      /** Finding ("Further grants of DL"): the factors behind DL will clearly cease within 12 months. */
      basisEndsWithin12Months: z.boolean().optional(),
    })
    .optional(),
});

/** A discretionary leave case as recorded. */
export type DiscretionaryLeaveCase = z.infer<typeof discretionaryLeaveCaseSchema>;
/** One grant of DL. */
export type DlGrant = z.infer<typeof dlGrantSchema>;
/** A DL category. */
export type DlCategory = z.infer<typeof dlCategorySchema>;

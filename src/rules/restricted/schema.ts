import { z } from 'zod';
import { caseFileFields, isoDateSchema } from '../../related/schema-parts';
import { LIST_LIMITS, tooManyMessage } from '../../limits';

/**
 * The facts a caseworker records to decide restricted leave under the Home Office policy
 * "Restricted leave" (version 9.0, 22 August 2025). Restricted leave is leave outside the
 * Immigration Rules for someone excluded from protection, or within Article 33(2) of the
 * Refugee Convention, who cannot be removed because of an ECHR barrier.
 *
 * Every answer is optional. An unanswered question makes its reason `unknown`, except where the
 * policy states a presumption (6 months' leave, study restricted, monthly reporting, notifying
 * address changes): then the presumption applies and the reason says so.
 *
 * Version 2 adds `scope.hasConvictions`, so that "yes" with no conviction listed stays unknown;
 * version 1 files are migrated (src/related/migrate.ts).
 */

const isoDate = isoDateSchema;

/** A conviction considered under section 72 of the Nationality, Immigration and Asylum Act 2002. */
export const rlConvictionSchema = z.strictObject({
  convictedOn: isoDate,
  /** Length of the sentence of imprisonment in months. */
  sentenceMonths: z.number().nonnegative(),
  /** Convicted in the UK (section 72(2)(a)) or overseas (section 72(2)(b)). */
  convictedInUk: z.boolean(),
  /** Overseas only: finding that a UK conviction for a similar offence could have drawn a sentence at the threshold. */
  ukEquivalentMeetsThreshold: z.boolean().optional(),
  /** An appeal against the conviction or sentence is pending: not yet a final judgment. */
  appealPending: z.boolean().optional(),
  offence: z.string().optional(),
});

export const restrictedLeaveCaseSchema = z.strictObject({
  format: z.literal('restricted-leave-case'),
  version: z.literal(2),
  ...caseFileFields,
  /** A first grant, a further grant, or an application for indefinite leave outside the Rules. */
  request: z.enum(['initial', 'further', 'indefinite']).optional(),
  /** Scope of the policy ("Background"): each limb a recorded finding, "is or would be" alike. */
  scope: z
    .strictObject({
      /** Excluded (or would be) from the Refugee Convention under Article 1F. */
      excludedArticle1F: z.boolean().optional(),
      /** Excluded (or would be) from humanitarian protection under paragraph 339D. */
      excluded339D: z.boolean().optional(),
      /** Excluded from the 1954 Convention relating to the Status of Stateless Persons. */
      excludedStatelessConvention: z.boolean().optional(),
      /** Article 33(2): reasonable grounds for regarding the person as a danger to the security of the UK. */
      dangerToSecurity: z.boolean().optional(),
      /** Has the person any conviction to test against section 72? `true` with none listed is unknown, never "none". */
      hasConvictions: z.boolean().optional(),
      /** Every conviction, each tested on its own; read only when `hasConvictions` is true. */
      convictions: z.array(rlConvictionSchema).max(LIST_LIMITS.convictions, { error: tooManyMessage('Too many convictions', LIST_LIMITS.convictions) }).optional(),
      /** Finding: the section 72(5A) presumption of danger to the community has been rebutted. */
      dangerPresumptionRebutted: z.boolean().optional(),
    })
    .optional(),
  /** Finding: removal would breach the ECHR (Article 2, 3, 6, 8 or another). */
  echrBarrier: z.boolean().optional(),
  /** Which ECHR articles the barrier rests on, for the letter. */
  echrArticles: z.array(z.string()).max(LIST_LIMITS.codes, { error: tooManyMessage('Too many ECHR articles', LIST_LIMITS.codes) }).optional(),
  duration: z
    .strictObject({
      /** Finding: removal appears reasonably likely within the next 6 months. */
      removalLikelyWithin6Months: z.boolean().optional(),
      /** Finding: the risk posed warrants more frequent review than every 6 months. */
      riskNeedsFrequentReview: z.boolean().optional(),
      /** The period proposed in months; left out, the starting point of 6 months. */
      proposedMonths: z.number().int().positive().optional(),
      /** The justification for a period other than 6 months. */
      justification: z.string().optional(),
    })
    .optional(),
  conditions: z
    .strictObject({
      /** The public protection risk, which sets the work condition (options 1, 2, 3). */
      risk: z.enum(['lower', 'higher', 'particularly-high']).optional(),
      /** Study: left out, study is restricted (the general rule). */
      study: z.enum(['restricted', 'permitted-for-course']).optional(),
      /** For permission to study: the course named in the request. */
      studyCourse: z.string().optional(),
      /** Finding: the person is, or would be, destitute without public funds. */
      destitute: z.boolean().optional(),
      /** Reporting frequency; left out, monthly (the normal standard). */
      reporting: z.enum(['weekly', 'fortnightly', 'monthly', 'two-monthly', 'quarterly']).optional(),
      reportingReason: z.string().optional(),
      /** Residence: notify changes only (always), live in a specific area, or obtain prior consent to move. */
      residence: z.enum(['notify-only', 'specific-area', 'prior-consent']).optional(),
      /** Accommodation is publicly provided or funded: a condition to live in a specific area may then be reasonable. */
      publiclyFundedAccommodation: z.boolean().optional(),
      residenceReason: z.string().optional(),
    })
    .optional(),
  /** Finding for indefinite leave outside the Rules: exceptional circumstances (length of residence, gravity, change). */
  exceptionalCircumstances: z.boolean().optional(),
  /** A first grant of restricted leave after discretionary leave (SCS PB1 approval needed). */
  previouslyHeldDiscretionaryLeave: z.boolean().optional(),
  /** Approvals recorded: grade 6 (a period longer than 6 months), SCS PB1 (indefinite leave; first grant after DL). */
  approvals: z
    .strictObject({
      grade6: z.boolean().optional(),
      scsPb1: z.boolean().optional(),
    })
    .optional(),
  /** Partner or children included as dependants in the application. */
  dependants: z
    .array(z.strictObject({ relationship: z.enum(['partner', 'child']), name: z.string().optional() }))
    .max(LIST_LIMITS.dependants, { error: tooManyMessage('Too many dependants', LIST_LIMITS.dependants) })
    .optional(),
});

/** A restricted leave case as recorded. */
export type RestrictedLeaveCase = z.infer<typeof restrictedLeaveCaseSchema>;
/** A conviction tested against section 72. */
export type RlConviction = z.infer<typeof rlConvictionSchema>;

import { z } from 'zod';
import { criminalitySchema, findingSchema } from '../../case/schema';
import { caseFileFields, isoDateSchema } from '../../related/schema-parts';

/**
 * The facts a caseworker records for a settlement application on a protection route
 * (Immigration Rules, Appendix Settlement Protection, STP 1–11).
 *
 * Every answer is optional: an unanswered question makes the reasons that need it `unknown`,
 * and the decision `incomplete`, rather than guessing. Yes/no answers are the caseworker's
 * recorded findings.
 */

const isoDate = isoDateSchema;

/**
 * The STP 2.1(e)–(g) findings, recorded as for a Calais case (`suitability.<ground>.applies`, with
 * an optional note).
 */
export const protectionFindingsSchema = z.strictObject({
  'persistent-offender': findingSchema.optional(),
  'serious-harm': findingSchema.optional(),
  'settlement-not-conducive': findingSchema.optional(),
});

export const settlementProtectionCaseSchema = z.strictObject({
  format: z.literal('settlement-protection-case'),
  version: z.literal(1),
  ...caseFileFields,
  /** Who is applying: the person with protection status, or their partner or child (STP 6–11). */
  applicant: z.enum(['main', 'partner', 'child']),
  /** STP 1.1–1.2 (main) or STP 6.1–6.2 (partner or child). */
  validity: z
    .strictObject({
      /** Applied online on the specified form (STP 1.1 / STP 6.1). */
      specifiedForm: z.boolean().optional(),
      /** Provided any required biometrics (STP 1.2(a) / 6.2(a)). */
      biometricsProvided: z.boolean().optional(),
      /** Satisfactorily established identity and nationality (STP 1.2(b) / 6.2(b)). */
      identityEstablished: z.boolean().optional(),
      /** In the UK on the date of application (STP 1.2(c) / 6.2(c)). */
      inUkOnApplicationDate: z.boolean().optional(),
    })
    .optional(),
  /** STP 1.3: the permission the main applicant has or was last granted, and when the asylum claim was made. */
  permission: z
    .strictObject({
      lastGranted: z.enum(['refugee-status', 'humanitarian-protection', 'refugee-permission-to-stay', 'other']).optional(),
      asylumClaimMadeOn: isoDate.optional(),
    })
    .optional(),
  /** STP 3.1, 4.1 and 5.2 for the main applicant. */
  status: z
    .strictObject({
      /** The protection status held: refugee status (STP 3.1(a)) or humanitarian protection (STP 3.1(b)). */
      kind: z.enum(['refugee-status', 'humanitarian-protection']).optional(),
      /** First day of the continuous period in the UK with that status. */
      heldSince: isoDate.optional(),
      /** Finding: the period since `heldSince` has been continuous, in the UK. */
      continuousInUk: z.boolean().optional(),
      /** STP 4.1: the status has been revoked or renounced. */
      revokedOrRenounced: z.boolean().optional(),
      /** Finding for STP 5.2: the applicant is still entitled to refugee status or humanitarian protection. */
      stillEntitledToProtection: z.boolean().optional(),
    })
    .optional(),
  /** STP 6.3 for a partner or child. */
  dependantPermission: z
    .strictObject({
      /** When the sponsor's asylum claim was made: decides whether STP 6.3(a) or 6.3(b) applies. */
      sponsorAsylumClaimMadeOn: isoDate.optional(),
      /** A child born in the UK while the parent held the protection status or permission (the exception in STP 6.3). */
      bornInUkWhileParentProtected: z.boolean().optional(),
      /** Has, or was last granted, the dependant permission that STP 6.3(a) or (b) names. */
      lastGrantedDependantPermission: z.boolean().optional(),
    })
    .optional(),
  /**
   * Convictions, recorded exactly as for a Calais case (`hasConvictions`, then each conviction's kind,
   * length and end date): STP 2.1(a)–(d) read them through the same rules.
   */
  criminality: criminalitySchema.optional(),
  /** The caseworker's findings for STP 2.1(e)–(g) (STP 7.1(e)–(g) for a partner or child). */
  suitability: protectionFindingsSchema.optional(),
  /** STP 8.1–8.2 for a partner. */
  partner: z
    .strictObject({
      /**
       * STP 8.1: (a) the sponsor is being granted settlement at the same time; (b) the sponsor is settled on the
       * protection route and the applicant had permission as their partner when they settled; or neither.
       */
      sponsorPosition: z.enum(['being-granted-settlement-now', 'settled-and-applicant-was-partner', 'neither']).optional(),
      /** STP 8.2: the requirements of Appendix Relationship with Partner are met. */
      relationshipWithPartnerMet: z.boolean().optional(),
    })
    .optional(),
  /** STP 8A.1 for a child: the Appendix Children requirements, each a recorded finding. */
  child: z
    .strictObject({
      ageRequirementMet: z.boolean().optional(),
      careRequirementMet: z.boolean().optional(),
      relationshipRequirementMet: z.boolean().optional(),
    })
    .optional(),
  /** Finding for STP 11.2: the partner or child continues to qualify as a partner or child of a person on a protection route. */
  continuesToQualifyAsDependant: z.boolean().optional(),
});

/** A settlement protection case as recorded. */
export type SettlementProtectionCase = z.infer<typeof settlementProtectionCaseSchema>;
/** The STP 2.1(e)–(g) findings. */
export type ProtectionFindings = z.infer<typeof protectionFindingsSchema>;

import { z } from 'zod';
import { caseFileFields, isoDateSchema } from '../../related/schema-parts';

/**
 * The facts for deciding whether a student with Calais leave pays home fees, under the student
 * finance fee category "Persons granted Calais leave to remain" (academic years starting on or
 * after 1 August 2023; courses starting on or after 1 August 2020).
 *
 * Every answer is optional; unanswered questions make their reasons `unknown`.
 */

const isoDate = isoDateSchema;

/** The best status held, on the first day of the academic year, by the student or the Calais leave holder they depend on. */
export const laterYearStatusSchema = z.enum(['calais-leave', 'any-leave', 'british-or-irish', 'late-application-sui-13-1', 'none']);

export const calaisFeeStatusCaseSchema = z.strictObject({
  format: z.literal('calais-fee-status-case'),
  version: z.literal(1),
  ...caseFileFields,
  course: z
    .strictObject({
      /** The day the course starts. */
      startsOn: isoDate.optional(),
      /** The day the first term of the first academic year actually began (not the academic year's first day). */
      firstTermBeganOn: isoDate.optional(),
    })
    .optional(),
  academicYear: z
    .strictObject({
      /** The first day of the academic year being assessed. */
      startsOn: isoDate.optional(),
      /** Whether this is the first academic year of the course. */
      firstYearOfCourse: z.boolean().optional(),
    })
    .optional(),
  /** The Calais leave (352J, 352K, 352L) or leave in line as a dependent child (352T). */
  leave: z
    .strictObject({
      paragraph: z.enum(['352J', '352K', '352L', '352T']).optional(),
      /** The day the leave was granted: the day the student became a person granted Calais leave. */
      grantedOn: isoDate.optional(),
      /** The leave's expiry date; left out when it has none. */
      expiresOn: isoDate.optional(),
      /** An application to extend or change the leave made before it expired (section 3C). */
      section3c: z
        .strictObject({
          appliedOn: isoDate,
          /** The day 3C leave ended (decision, and any appeal or review concluded); left out while it continues. */
          endedOn: isoDate.optional(),
        })
        .optional(),
    })
    .optional(),
  /** Later years of a course: the student qualified under this category for an earlier year of the course. */
  qualifiedInEarlierYear: z.boolean().optional(),
  /** Later years of a course: the best status of either person on the first day of the academic year. */
  laterYearStatus: laterYearStatusSchema.optional(),
  /** Criterion (b): ordinarily resident in the UK and Islands since the leave was granted. */
  ordinarilyResidentInUkAndIslandsSinceGrant: z.boolean().optional(),
  /** Criterion (c): ordinarily resident in the UK on the day the first term of the first academic year actually began. */
  ordinarilyResidentInUkOnFirstTermStart: z.boolean().optional(),
});

/** A fee status case as recorded. */
export type CalaisFeeStatusCase = z.infer<typeof calaisFeeStatusCaseSchema>;
/** The status relied on for a later year of a course. */
export type LaterYearStatus = z.infer<typeof laterYearStatusSchema>;

import { z } from 'zod';

/**
 * A training scenario block, as in the Calais case files: a related-route case file becomes a
 * scenario by carrying a decision date and this block, giving a sentence for a title and the
 * decision the rules must produce. One table-driven test decides every file in
 * `public/scenarios/related/<route>/`; the trainer library and the CLI read the same files.
 */
export const relatedScenarioBlockSchema = z.strictObject({
  /** One sentence saying what happens, e.g. "A caution 23 months before the decision means further permission under STP 5.2." */
  title: z.string().min(1),
  learningPoint: z.string().optional(),
  topics: z.array(z.string()).optional(),
  expected: z.strictObject({
    outcome: z.string(),
    /** The citation the outcome is taken under (`decisionCitation`). */
    decisionCitation: z.string().optional(),
    /** Citations of every reason that is not met or unknown, in the order the decision lists them, each once. */
    citations: z.array(z.string()),
    /** Route-specific fields to compare exactly, e.g. `{ "durationMonths": 30, "eligibleFrom": "2027-03-14" }`. */
    fields: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** A training scenario block. */
export type RelatedScenarioBlock = z.infer<typeof relatedScenarioBlockSchema>;

import { z } from 'zod';
import { isIsoDate } from '../dates';
import { relatedScenarioBlockSchema } from './scenario';

/**
 * A calendar date as the case files hold it, `YYYY-MM-DD`. `z.iso.date()` gives the JSON Schema
 * its `format: date`; the refinement asks the date module whether the day exists.
 */
export const isoDateSchema = z.iso.date().refine(isIsoDate, { message: 'Enter a date that exists, as YYYY-MM-DD' });

/**
 * Fields every related-route case file may carry beside its facts, as the Calais case file does:
 * an id, the decision date (an option to `decide…` overrides it) and, for training scenarios only,
 * the scenario block.
 */
export const caseFileFields = {
  id: z.string().min(1).optional(),
  decisionDate: isoDateSchema.optional(),
  scenario: relatedScenarioBlockSchema.optional(),
};

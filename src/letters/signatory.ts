/**
 * The signatory's details, validated the same way in the settings page and the CLI.
 */
import { z } from 'zod';
import type { Signatory } from './types';

/** Name, team and office address: each required, with messages that name the field. */
export const signatorySchema = z.object({
  name: z.string().trim().min(1, { error: 'Enter the caseworker’s name' }).max(200, { error: 'The caseworker’s name must be 200 characters or fewer' }),
  team: z.string().trim().min(1, { error: 'Enter the team' }).max(200, { error: 'The team must be 200 characters or fewer' }),
  officeAddress: z.string().trim().min(1, { error: 'Enter the office address' }).max(1000, { error: 'The office address must be 1,000 characters or fewer' }),
});

/** A stored value as a signatory, or undefined when it is missing or incomplete. */
export function asSignatory(value: unknown): Signatory | undefined {
  const parsed = signatorySchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/*
 * Section 72(2) NIAA 2002 (at least 2 years before 28 June 2022, at least 12 months from it) is
 * shared with 352J(iv): see SECTION_72_MINIMUM_MONTHS in src/rules/parameters.ts and
 * section72MinimumMonths in src/rules/criminality/section72.ts.
 */

/** Periods in the restricted leave policy. */
export const RL_PERIODS = {
  /** "Duration of leave": the starting point. */
  startingPointMonths: 6,
  /** "Travel outside of the UK": leave of up to 6 months lapses on travel outside the Common Travel Area. */
  lapsesOnTravelUpToMonths: 6,
  /** "Residence condition" and work option 1: changes notified within 14 days. */
  notifyWithinDays: 14,
} as const;

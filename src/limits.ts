/**
 * The longest lists a case file may hold. Each is far above any real case (a person with more than a
 * handful of convictions is rare; the Calais cohort's households are small) and keeps every page of
 * a case fast: a case at these limits shows each page in well under 200 ms, while a crafted file of
 * 25,000 convictions took seconds per page. A longer list is refused with a message saying the limit.
 * Documented in docs/case-file.md ("Limits").
 */
export const LIST_LIMITS = {
  /** Convictions of the main applicant; and of all the dependants together. */
  convictions: 100,
  /** Criminal charges not yet decided, of the main applicant; and of all the dependants together. */
  pendingCharges: 50,
  /** Dependants in one case. */
  dependants: 30,
  /** Grants of leave, or periods in prison, in one related-route case. */
  periods: 100,
  /** Short lists of codes or names (scenario topics, ECHR articles, expected citations). */
  codes: 100,
} as const;

/** The message for a list longer than its limit: names the list, the limit and what to do. */
export function tooManyMessage(label: string, max: number): string {
  return `${label}: at most ${max.toLocaleString('en-GB')} allowed. No real case has more; check the file was not generated in error`;
}

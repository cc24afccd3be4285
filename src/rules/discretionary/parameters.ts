import type { DatedRow, DatedTable } from '../parameters';

/**
 * Dated parameters of the discretionary leave policy. Each table is looked up by the date named
 * in its comment, never by an if-statement in the rules.
 */

/**
 * By the date of the first grant of DL: the continuous DL needed for settlement, and the
 * normal length of a further grant. Grants before 9 July 2012 stay on the earlier policy
 * (3-year grants, settlement after 6 years); from 9 July 2012, 30-month grants and 120 months.
 */
export const DL_POLICY_BY_FIRST_GRANT: DatedTable<{
  settlementMonths: number;
  settlementCitation: string;
  grantMonths: number;
  grantCitation: string;
}> = [
  {
    from: '0000-01-01',
    value: { settlementMonths: 72, settlementCitation: 'DL: Transitional arrangements', grantMonths: 36, grantCitation: 'DL: Transitional arrangements' },
    source: 'DL: Transitional arrangements',
  },
  {
    from: '2012-07-09',
    value: { settlementMonths: 120, settlementCitation: 'DL: Settlement applications', grantMonths: 30, grantCitation: 'DL: Duration of Discretionary Leave' },
    source: 'DL: Duration of Discretionary Leave',
  },
];

/** Fixed periods in the DL policy. */
export const DL_PERIODS = {
  /** "Pre-30 January 2023 modern slavery cases", Duration of DL: usually up to 12 months. */
  modernSlaveryMonths: 12,
  /** "Non-standard grant periods": return within 6 months → refuse and defer removal. */
  returnWithinMonths: 6,
  /** "Further grants of DL": settlement may be deferred by no more than 12 months beyond the qualifying period. */
  settlementDeferralMonths: 12,
  /** "Exclusion and criminality": leave of 6 months or less lapses if the person travels outside the UK. */
  lapsesOnTravelUpToMonths: 6,
} as const;

/**
 * By the application date: the Part 9 criminality threshold. From 1 December 2020 a custodial
 * sentence of 12 months or more means mandatory refusal ("Further leave applications – General
 * Grounds for Refusal (Criminality)"). Earlier applications fall under rules this product does
 * not encode.
 */
export const DL_CRIMINALITY_THRESHOLD: DatedTable<{ custodialMonths: number } | null> = [
  { from: '0000-01-01', value: null, source: 'Rules before 1 December 2020 (not encoded)' },
  { from: '2020-12-01', value: { custodialMonths: 12 }, source: '9.4.1 (from 1 December 2020)' },
];

/**
 * The hour the 1 December 2020 criminality rules took effect: "The new criminality rules apply to
 * applications made after 9 am on 01 December 2020". On that day the time of the application
 * decides which row of `DL_CRIMINALITY_THRESHOLD` applies; before 9 am, the earlier row.
 */
export const DL_CRIMINALITY_CUT_OVER: DatedRow<{ time: string }> = {
  from: '2020-12-01',
  value: { time: '9 am' },
  source: 'DL: Further leave applications – General Grounds for Refusal (Criminality)',
};

/**
 * The modern slavery (KTT) category applies only where both the positive conclusive grounds
 * decision and the trafficking-related claim came before this date; later cases go to temporary
 * permission to stay for victims of trafficking or slavery.
 */
export const MODERN_SLAVERY_CUT_OFF: DatedRow<string> = {
  from: '2023-01-30',
  value: 'Temporary Permission to Stay for Victims of Human Trafficking or Slavery',
  source: 'DL: Pre-30 January 2023 modern slavery cases',
};

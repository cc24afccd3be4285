/**
 * Dated parameters: every threshold and cut-over date the rules use, each in one table, looked up
 * by a date. A change in the Rules adds a row with the date it takes effect; the rule code does
 * not change. (The OpenFisca pattern: time-dependent values are data, not scattered if-statements.)
 */
import { isOnOrBefore, type IsoDate } from '../dates';

/** A row of a dated table: `value` applies to dates on and after `from` (until the next row). */
export interface DatedRow<T> {
  /** First date (inclusive) on which this row applies. */
  from: IsoDate;
  /** The value in force from `from`. */
  value: T;
  /** Where the value comes from. */
  source: string;
}

/** A dated table: rows in date order, the first from the beginning of time. */
export type DatedTable<T> = readonly DatedRow<T>[];

/** The value of `table` in force on `date` (the last row whose `from` is on or before it). */
export function inForce<T>(table: DatedTable<T>, date: IsoDate): T {
  let found: DatedRow<T> | undefined;
  for (const row of table) {
    if (isOnOrBefore(row.from, date)) found = row;
    else break;
  }
  if (!found) throw new Error(`No row in force on ${date}`);
  return found.value;
}

/** The numbering of the suitability paragraphs that 352J(v) refers to. */
export type SuitabilityNumbering = 'part-9' | 'part-suitability';

/**
 * Which numbering 352J(v) uses. Part 9 until 10 November 2025; Part Suitability (SUI) from
 * 11 November 2025. A decision cites the numbering in force on its decision date (domain notes §3).
 */
export const SUITABILITY_NUMBERING: DatedTable<SuitabilityNumbering> = [
  { from: '0000-01-01', value: 'part-9', source: 'Immigration Rules Part 9: grounds for refusal' },
  { from: '2025-11-11', value: 'part-suitability', source: 'Immigration Rules Part Suitability, in force 11 November 2025' },
];

/**
 * Section 72 NIAA 2002: the shortest sentence of imprisonment (months) that makes a crime
 * "particularly serious", by the date of conviction: 2 years before 28 June 2022, 12 months from
 * that date (Nationality and Borders Act 2022).
 */
export const SECTION_72_MINIMUM_MONTHS: DatedTable<number> = [
  { from: '0000-01-01', value: 24, source: 'NIAA 2002 s72(2) as first enacted' },
  { from: '2022-06-28', value: 12, source: 'NIAA 2002 s72(2) as amended by the Nationality and Borders Act 2022' },
];

/** The Calais transfer window of 352I: first and last days (inclusive). */
export interface TransferWindow {
  /** First day of transfers. */
  first: IsoDate;
  /** Last day of transfers. */
  last: IsoDate;
}

/** 352I: children transferred between 17 October 2016 and 13 July 2017 inclusive. Looked up by decision date. */
export const CALAIS_TRANSFER_WINDOW: DatedTable<TransferWindow> = [
  { from: '0000-01-01', value: { first: '2016-10-17', last: '2017-07-13' }, source: 'Immigration Rules 352I' },
];

/** The thresholds of STP 2.1 (a)–(d) as read into 352R(iv) by the Calais concession. */
export interface StpThresholds {
  /** (a): a custodial sentence of at least this many months refuses for good. */
  longCustodialMonths: number;
  /** (b)/(c): the boundary between a medium and a short custodial sentence. */
  mediumCustodialMonths: number;
  /** (b): years after the end of a medium sentence before it stops counting. */
  mediumSentenceYears: number;
  /** (c): years after the end of a short sentence before it stops counting. */
  shortSentenceYears: number;
  /** (d): months before the decision in which a non-custodial sentence or disposal counts. */
  nonCustodialMonths: number;
}

/** STP 2.1 (a)–(d): 4 years; 12 months; 15 years; 7 years; 24 months. */
export const STP_THRESHOLDS: DatedTable<StpThresholds> = [
  {
    from: '0000-01-01',
    value: { longCustodialMonths: 48, mediumCustodialMonths: 12, mediumSentenceYears: 15, shortSentenceYears: 7, nonCustodialMonths: 24 },
    source: 'Immigration Rules Appendix Settlement Protection STP 2.1',
  },
];

/** The Calais concession: continuous years holding a BID before settlement (replacing 10). */
export const CONCESSION_BID_YEARS: DatedTable<number> = [
  { from: '0000-01-01', value: 5, source: 'Calais leave guidance v6.0, "Concession to the Immigration Rules"' },
];

import type { DatedTable } from '../parameters';

/**
 * Periods of Appendix Settlement Protection used only by this route. The STP 2.1 thresholds
 * (4 years, 12 months, 15 and 7 years, 24 months) are shared with the Calais concession and live
 * in `STP_THRESHOLDS` (src/rules/parameters.ts).
 */
export const STP_PERIODS = {
  /** STP 3.1: a continuous period of at least five years. */
  qualifyingYears: 5,
  /** STP 5.2 / 11.2: further permission of at least 30 months. */
  furtherPermissionMonths: 30,
} as const;

/**
 * Which limb of STP 1.3 (main applicant) and STP 6.3 (partner or child) applies, by the date the
 * asylum claim was made: claims before 28 June 2022 lead to refugee status or humanitarian
 * protection; claims on or after it lead to refugee permission to stay (Nationality and Borders
 * Act 2022 commencement).
 */
export const PROTECTION_CLAIM_REGIMES: DatedTable<{
  limb: '(a)' | '(b)';
  /** The permission that satisfies STP 1.3 for a main applicant whose claim fell in this period. */
  qualifyingPermission: readonly ('refugee-status' | 'humanitarian-protection' | 'refugee-permission-to-stay')[];
  describe: string;
}> = [
  {
    from: '0000-01-01',
    value: {
      limb: '(a)',
      qualifyingPermission: ['refugee-status', 'humanitarian-protection'],
      describe: 'permission to stay as a refugee or with humanitarian protection (asylum claim made before 28 June 2022)',
    },
    source: 'STP 1.3(a), STP 6.3(a)',
  },
  {
    from: '2022-06-28',
    value: {
      limb: '(b)',
      qualifyingPermission: ['refugee-permission-to-stay'],
      describe: 'refugee permission to stay (asylum claim made on or after 28 June 2022)',
    },
    source: 'STP 1.3(b), STP 6.3(b)',
  },
];

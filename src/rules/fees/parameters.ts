import type { DatedTable } from '../parameters';
import type { LaterYearStatus } from './schema';

/**
 * Dated parameters of the "Persons granted Calais leave to remain" fee category. They are looked
 * up by the academic year's first day (or the course start), not by the decision date.
 */
export const FEE_CATEGORY = {
  /** This version of the category is for academic years starting on or after this day. */
  academicYearsFrom: '2023-08-01',
  /** Only for students starting a course on or after this day. */
  coursesFrom: '2020-08-01',
} as const;

/**
 * For later years of a course, the statuses (of the student or the Calais leave holder) that
 * satisfy criterion (a) once the Calais leave has stopped, by the academic year's first day:
 * any leave or British or Irish citizenship from 1 August 2024; also a late application
 * protected by SUI 13.1 from 5 March 2026. Before 1 August 2024, only extant Calais leave.
 */
export const LATER_YEAR_RELAXATIONS: DatedTable<readonly LaterYearStatus[]> = [
  { from: '0000-01-01', value: [], source: 'FEE (a)' },
  { from: '2024-08-01', value: ['any-leave', 'british-or-irish'], source: 'FEE (a), later years (academic years from 1 August 2024)' },
  { from: '2026-03-05', value: ['any-leave', 'british-or-irish', 'late-application-sui-13-1'], source: 'FEE (a), later years (academic years from 5 March 2026)' },
];

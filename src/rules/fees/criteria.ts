import { addYears, formatLong, isAfter, isBefore, isOnOrAfter, isOnOrBefore } from '../../dates';
import { inForce } from '../parameters';
import { findingReason, reason, type Reason } from '../../related/reasons';
import { FEE_CATEGORY, LATER_YEAR_RELAXATIONS } from './parameters';
import type { CalaisFeeStatusCase } from './schema';

/**
 * "Persons granted Calais leave to remain" (academic years from 1 August 2023): the category's
 * scope, criteria (a) to (c), the later-year relaxation of (a), section 3C extension ("Expiry
 * date for Calais leave") and "Becoming eligible".
 */

/**
 * The day criterion (a) is tested: the first day of the academic year, except in the course's
 * first year, when it is the day the first term actually began.
 */
export function criterionADate(input: CalaisFeeStatusCase): string | undefined {
  const first = input.academicYear?.firstYearOfCourse;
  if (first === undefined) return undefined;
  return first ? input.course?.firstTermBeganOn : input.academicYear?.startsOn;
}

/** Whether the Calais leave is extant on `date`, counting leave extended by section 3C. */
export function calaisLeaveExtantOn(leave: NonNullable<CalaisFeeStatusCase['leave']>, date: string): { extant: boolean; by3c: boolean } | undefined {
  if (leave.grantedOn === undefined) return undefined;
  if (isBefore(date, leave.grantedOn)) return { extant: false, by3c: false };
  if (leave.expiresOn === undefined || isOnOrBefore(date, leave.expiresOn)) return { extant: true, by3c: false };
  const s3c = leave.section3c;
  // 3C extends leave only where the application was made before the leave expired.
  if (s3c && isOnOrBefore(s3c.appliedOn, leave.expiresOn) && (s3c.endedOn === undefined || isOnOrBefore(date, s3c.endedOn))) return { extant: true, by3c: true };
  return { extant: false, by3c: false };
}

/** The category applies: an academic year from 1 August 2023 and a course from 1 August 2020. */
export function scopeReasons(input: CalaisFeeStatusCase): Reason[] {
  const citation = 'FEE: category scope';
  const year = input.academicYear?.startsOn;
  const course = input.course?.startsOn;
  const yearPath = ['academicYear.startsOn'];
  const coursePath = ['course.startsOn'];
  return [
    year === undefined
      ? reason('fee-scope-academic-year', citation, 'unknown', 'Record the first day of the academic year being assessed.', yearPath, yearPath)
      : isOnOrAfter(year, FEE_CATEGORY.academicYearsFrom)
        ? reason('fee-scope-academic-year', citation, 'met', `The academic year starts on ${formatLong(year)}, on or after 1 August 2023.`, yearPath)
        : reason('fee-scope-academic-year', citation, 'not-met', `The academic year starts on ${formatLong(year)}, before 1 August 2023: the earlier version of the category applies.`, yearPath),
    course === undefined
      ? reason('fee-scope-course', citation, 'unknown', 'Record the day the course starts.', coursePath, coursePath)
      : isOnOrAfter(course, FEE_CATEGORY.coursesFrom)
        ? reason('fee-scope-course', citation, 'met', `The course starts on ${formatLong(course)}, on or after 1 August 2020.`, coursePath)
        : reason('fee-scope-course', citation, 'not-met', `The course started on ${formatLong(course)}, before 1 August 2020: this category does not apply.`, coursePath),
  ];
}

/** Criterion (a), with the later-year relaxation where the Calais leave has stopped. */
export function criterionAReason(input: CalaisFeeStatusCase): Reason {
  const code = 'fee-a-calais-leave';
  const first = input.academicYear?.firstYearOfCourse;
  const datePath = first === true ? 'course.firstTermBeganOn' : 'academicYear.startsOn';
  const date = criterionADate(input);
  if (date === undefined) {
    const missing = first === undefined ? ['academicYear.firstYearOfCourse'] : [datePath];
    return reason(code, 'FEE (a)', 'unknown', 'Record whether this is the first year of the course, and the first day of the academic year or of the first term.', ['academicYear.firstYearOfCourse', datePath], missing);
  }
  const leave = input.leave ?? {};
  const leavePaths = ['leave.paragraph', 'leave.grantedOn', 'leave.expiresOn', 'leave.section3c'];
  const facts = ['academicYear.firstYearOfCourse', datePath, ...leavePaths];
  const extant = calaisLeaveExtantOn(leave, date);
  const on = formatLong(date);
  if (extant === undefined) return reason(code, 'FEE (a)', 'unknown', 'Record the date the Calais leave was granted.', facts, ['leave.grantedOn']);
  const what = leave.paragraph ? `leave under paragraph ${leave.paragraph}` : 'Calais leave';
  if (extant.extant) {
    return extant.by3c
      ? reason(code, 'FEE: Expiry date for Calais leave', 'met', `On ${on} the ${what} had expired but was extended by section 3C: the student still counts as a person with Calais leave.`, facts)
      : reason(code, 'FEE (a)', 'met', `Held extant ${what} on ${on}.`, facts);
  }
  // Later years of a course: the relaxation, by the academic year's first day. Whether the student
  // qualified for an earlier year decides whether it applies, so unanswered it is unknown, never "no".
  const yearStart = input.academicYear?.startsOn;
  if (first === false && yearStart !== undefined && input.qualifiedInEarlierYear === undefined) {
    return reason(
      code,
      'FEE (a), later years',
      'unknown',
      `On ${on} the Calais leave had stopped: record whether the student qualified under this category for an earlier year of the course, which makes requirement (a) less strict.`,
      [...facts, 'qualifiedInEarlierYear'],
      ['qualifiedInEarlierYear'],
    );
  }
  if (first === false && yearStart !== undefined && input.qualifiedInEarlierYear === true) {
    const laterFacts = [...facts, 'qualifiedInEarlierYear', 'laterYearStatus'];
    const allowed = inForce(LATER_YEAR_RELAXATIONS, yearStart);
    const status = input.laterYearStatus;
    if (status === undefined) {
      return reason(code, 'FEE (a), later years', 'unknown', 'Record the status of the student or the Calais leave holder on the first day of the academic year.', laterFacts, ['laterYearStatus']);
    }
    if (allowed.includes(status)) {
      return reason(code, 'FEE (a), later years', 'met', `A later year of a course the student qualified for: on ${on}, ${LATER_STATUS_TEXT[status]}, which counts for academic years starting from then.`, laterFacts);
    }
    return reason(
      code,
      'FEE (a), later years',
      'not-met',
      `On ${on} the Calais leave had stopped, and ${LATER_STATUS_TEXT[status]} does not count for an academic year starting on ${formatLong(yearStart)}.`,
      laterFacts,
    );
  }
  const granted = leave.grantedOn;
  const late = granted !== undefined && isAfter(granted, date);
  return reason(code, 'FEE (a)', 'not-met', late ? `The ${what} was granted on ${formatLong(granted)}, after ${on}.` : `No extant ${what} on ${on}.`, facts);
}

const LATER_STATUS_TEXT = {
  'calais-leave': 'one of them held Calais leave',
  'any-leave': 'one of them held some kind of leave to remain',
  'british-or-irish': 'one of them was a British or Irish citizen',
  'late-application-sui-13-1': 'one of them was waiting for a decision on a late application protected by SUI 13.1',
  none: 'neither held leave, citizenship or a protected late application',
} as const;

/** Criterion (b): ordinarily resident in the UK and Islands since the leave was granted. */
export function criterionBReason(input: CalaisFeeStatusCase): Reason {
  return findingReason('fee-b-residence-since-grant', 'FEE (b)', 'ordinarilyResidentInUkAndIslandsSinceGrant', input.ordinarilyResidentInUkAndIslandsSinceGrant, {
    met: 'Ordinarily resident in the UK and Islands since the Calais leave was granted.',
    notMet: 'Not ordinarily resident in the UK and Islands throughout the time since the Calais leave was granted.',
    unknown: 'Record whether the student has been ordinarily resident in the UK and Islands since the leave was granted.',
  });
}

/** Criterion (c): ordinarily resident in the UK on the day the first term began (residence treated as lawful for someone granted later). */
export function criterionCReason(input: CalaisFeeStatusCase): Reason {
  const firstTerm = input.course?.firstTermBeganOn;
  const granted = input.leave?.grantedOn;
  const treatedLawful = firstTerm !== undefined && granted !== undefined && isAfter(granted, firstTerm);
  const on = firstTerm === undefined ? 'the day the first term began' : formatLong(firstTerm);
  const note = treatedLawful ? ' (granted Calais leave after that day, so the residence counts even if it was not lawful)' : '';
  const found = findingReason('fee-c-residence-first-term', 'FEE (c)', 'ordinarilyResidentInUkOnFirstTermStart', input.ordinarilyResidentInUkOnFirstTermStart, {
    met: `Ordinarily resident in the UK on ${on}${note}.`,
    notMet: `Not ordinarily resident in the UK on ${on}${note}.`,
    unknown: `Record whether the student was ordinarily resident in the UK on ${on}.`,
  });
  return { ...found, facts: [...found.facts, 'course.firstTermBeganOn', 'leave.grantedOn'] };
}

/**
 * "Becoming eligible": someone granted Calais leave after the start of the course has home fees
 * from the start of the next academic year. The next year that counts is the first one starting
 * on or after the grant (academic years taken as yearly from the one assessed).
 */
export function eligibleFromNextAcademicYear(yearStart: string, grantedOn: string): string {
  let next = addYears(yearStart, 1);
  for (let k = 2; isBefore(next, grantedOn); k += 1) next = addYears(yearStart, k);
  return next;
}

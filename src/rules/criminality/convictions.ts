/**
 * Reading convictions as the rules need them. A conviction list is read only when the
 * "any convictions?" question is answered yes (hidden answers do not count).
 */
import type { Conviction } from '../../case/schema';
import { formatLong } from '../../dates';
import type { Subject } from '../reason';

/** The convictions the rules read, or `undefined` when the question has not been answered. */
export function recordedConvictions(subject: Subject): readonly Conviction[] | undefined {
  const criminality = subject.criminality;
  if (criminality?.hasConvictions === undefined) return undefined;
  return criminality.hasConvictions ? (criminality.convictions ?? []) : [];
}

/**
 * Whether "any convictions?" is answered yes with no conviction in the list: unknown, never
 * "none" (the list is still to be filled in, or the answer changed to No).
 */
export function convictionListEmpty(subject: Subject): boolean {
  const criminality = subject.criminality;
  return criminality?.hasConvictions === true && (criminality.convictions ?? []).length === 0;
}

/** The path of the conviction list. */
export function convictionsPath(subject: Subject): string {
  return `${subject.prefix}criminality.convictions`;
}

/** The path of the "any convictions?" answer. */
export function hasConvictionsPath(subject: Subject): string {
  return `${subject.prefix}criminality.hasConvictions`;
}

/** The path of a field of conviction `index`. */
export function convictionPath(subject: Subject, index: number, field: keyof Conviction): string {
  return `${subject.prefix}criminality.convictions[${index}].${field}`;
}

/** "conviction 2 (theft, 1 March 2015)" */
export function describeConviction(conviction: Conviction, index: number): string {
  const details: string[] = [];
  if (conviction.offence) details.push(conviction.offence);
  if (conviction.convictedOn) details.push(formatLong(conviction.convictedOn));
  if (conviction.where === 'overseas') details.push('overseas');
  return details.length > 0 ? `conviction ${index + 1} (${details.join(', ')})` : `conviction ${index + 1}`;
}

/** "18 months", "2 weeks"-ish lengths written in months. */
export function describeLength(months: number): string {
  if (months >= 12 && months % 12 === 0) return months === 12 ? '12 months' : `${months / 12} years`;
  return months === 1 ? '1 month' : `${months} months`;
}

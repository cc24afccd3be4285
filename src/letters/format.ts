/**
 * Small helpers every letter uses: how people are named, addresses split into lines, dates in
 * GOV.UK style, and the marker a letter prints where a detail is not recorded (never a blank,
 * never `undefined`).
 */
import type { CaseFile, Dependant, Representative } from '../case/schema';
import { formatLong, isIsoDate, type IsoDate } from '../dates';

/** The text a letter prints where a detail it needs is not recorded. */
export function notRecorded(what: string): string {
  return `[not recorded: ${what}]`;
}

/** "2 June 2025"; a missing or malformed date becomes the not-recorded marker. */
export function longDate(date: IsoDate | undefined, what: string): string {
  return date !== undefined && isIsoDate(date) ? formatLong(date) : notRecorded(what);
}

/** Joins the parts of a name that are present; undefined when none is. */
export function joinName(givenNames: string | undefined, familyName: string | undefined): string | undefined {
  const name = [givenNames?.trim(), familyName?.trim()].filter((part) => part !== undefined && part !== '').join(' ');
  return name === '' ? undefined : name;
}

/** The person's full name, or the not-recorded marker. */
export function personName(caseFile: CaseFile): string {
  return joinName(caseFile.identity?.givenNames, caseFile.identity?.familyName) ?? notRecorded('name');
}

/** A dependant as a letter names them: "Amira Haddad (born 3 May 2019)". */
export function dependantName(dependant: Dependant | undefined, index: number): string {
  const name = joinName(dependant?.givenNames, dependant?.familyName) ?? notRecorded(`name of dependant ${index + 1}`);
  return dependant?.dateOfBirth && isIsoDate(dependant.dateOfBirth) ? `${name} (born ${formatLong(dependant.dateOfBirth)})` : name;
}

/**
 * Splits an address as typed into lines: by line breaks, or by commas when it was typed on one
 * line. Empty lines are dropped.
 */
export function addressLines(address: string | undefined): string[] {
  if (address === undefined) return [];
  const byLine = address.split(/\r?\n/);
  const lines = byLine.length > 1 ? byLine : address.split(',');
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

/** The representative's name and firm as one phrase, e.g. "Sam Patel of Patel Law", or undefined. */
export function representativeName(representative: Representative | undefined): string | undefined {
  const name = representative?.name?.trim();
  const organisation = representative?.organisation?.trim();
  if (name && organisation) return `${name} of ${organisation}`;
  return name || organisation || undefined;
}

/** Whether a legal representative is on record (the question answered yes). */
export function hasRepresentative(caseFile: CaseFile): boolean {
  return caseFile.contact?.hasRepresentative === true;
}

/** "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** First letter in capitals. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * How a letter names a paragraph of the Rules, by its canonical citation:
 * "paragraph 9.4.1 of Part 9 of the Immigration Rules", "paragraph SUI 5.1 of Part Suitability of
 * the Immigration Rules", "paragraph STP 2.1(b) of Appendix Settlement Protection", and a section
 * of a policy cited by its heading: "the section “Refusing DL” of the Home Office policy on
 * discretionary leave".
 */
export function paragraphName(citation: string): string {
  if (citation.startsWith('STP ')) return `paragraph ${citation} of Appendix Settlement Protection to the Immigration Rules`;
  if (citation.startsWith('SUI ')) return `paragraph ${citation} of Part Suitability of the Immigration Rules`;
  if (/^9\.\d/.test(citation)) return `paragraph ${citation} of Part 9 of the Immigration Rules`;
  if (/^\d{3}[A-Z]/.test(citation)) return `paragraph ${citation} of the Immigration Rules`;
  // The policies without numbered paragraphs are cited by section heading (docs/related-routes.md).
  const policy = /^(DL|RL): (.+)$/.exec(citation);
  if (policy) return `the section “${policy[2] ?? ''}” of the Home Office policy on ${policy[1] === 'DL' ? 'discretionary leave' : 'restricted leave'}`;
  return citation;
}

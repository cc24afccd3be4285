/**
 * How letters describe the person's outstanding application for further leave, if any.
 */
import type { CaseFile } from '../case/schema';
import { formatLong, isIsoDate } from '../dates';

/**
 * "your application for further leave to remain on the family route, made on 2 March 2024", or with
 * `an`: "an application for further leave to remain on the family route on 2 March 2024".
 */
export function describeOtherApplication(caseFile: CaseFile, determiner: 'your' | 'an' = 'your'): string {
  const other = caseFile.otherApplication;
  const route = other?.route?.trim();
  const date = other?.madeOn && isIsoDate(other.madeOn) ? formatLong(other.madeOn) : undefined;
  const made = date === undefined ? '' : determiner === 'your' ? `, made on ${date}` : ` on ${date}`;
  return `${determiner} application for further leave to remain${route ? ` on the ${route} route` : ''}${made}`;
}

/** The facts about the other application that letters use. */
export function otherApplicationFacts(caseFile: CaseFile): Record<string, string> {
  const other = caseFile.otherApplication;
  if (other?.outstanding !== true) return { 'Outstanding application': other?.outstanding === false ? 'No' : 'Not recorded' };
  return {
    'Outstanding application': describeOtherApplication(caseFile).replace(/^your /, ''),
    'Made in time': other.inTime === true ? 'Yes' : other.inTime === false ? 'No' : 'Not recorded',
  };
}

/**
 * The inverse of `buildCaseFile`: a related-route case file (a trainer's scenario) as the answers
 * its route's pages ask, so that the trainer library can open a scenario in that route's pages.
 * Each question's answer is read at its path; an add-another list gets one entry per item; the
 * helper answers (`ui.*`) that the pages ask before a list are read back from what they imply.
 */
import { migrateRelatedCase } from '../../../src/related/migrate';
import { entryQuestions, getPath, isSideAnswer, type Answers, type Question } from './model';
import type { RelatedRouteId } from './ids';
import type { RelatedRoute } from './routes';

const yesNo = (value: unknown): string | undefined => (value === true ? 'yes' : value === false ? 'no' : undefined);

/** The `ui.*` answers each route's pages ask, from the facts they stand for (see each route's `complete`). */
const HELPER_ANSWERS: Partial<Record<RelatedRouteId, (caseFile: unknown) => Record<string, string | undefined>>> = {
  // The pages ask for the DL held as one period (first grant's start to the current grant's end)
  // and whether every further application was made in time.
  'discretionary-leave': (c) => {
    const grants = getPath(c, 'history.grants');
    const list = Array.isArray(grants) ? (grants as { to?: unknown; appliedInTime?: unknown }[]) : [];
    const last = list.length > 1 ? list[list.length - 1] : undefined;
    const inTime = list.map((g) => g.appliedInTime).filter((v) => v !== undefined);
    return {
      'ui.hasCustodialSentence': yesNo(getPath(c, 'criminality.hasCustodialSentences')),
      'ui.prison': yesNo(getPath(c, 'history.hasImprisonment')),
      'ui.allAppliedInTime': inTime.length === 0 ? undefined : yesNo(inTime.every((v) => v === true)),
      ...(typeof last?.to === 'string' ? dateAnswers('history.grants.0.to', last.to) : {}),
    };
  },
  'restricted-leave': (c) => {
    const articles = getPath(c, 'echrArticles');
    return {
      'ui.hasConvictions': yesNo(getPath(c, 'scope.hasConvictions')),
      'ui.echrArticles': Array.isArray(articles) ? articles.join(', ') : undefined,
    };
  },
  'fee-status': (c) => ({
    'ui.section3c': getPath(c, 'leave.section3c') !== undefined ? 'yes' : getPath(c, 'leave') !== undefined ? 'no' : undefined,
  }),
};

/** A date's three boxes, as typed. */
function dateAnswers(path: string, iso: string): Record<string, string> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { [`${path}#day`]: String(Number(match[3])), [`${path}#month`]: String(Number(match[2])), [`${path}#year`]: match[1] ?? '' } : {};
}

/** One question's answer as typed, from the value the case file holds at its path. */
function answerFor(question: Question, value: unknown, out: Record<string, string>): void {
  if (value === undefined || value === null) return;
  switch (question.kind) {
    case 'yesno': {
      const answer = yesNo(value);
      if (answer) out[question.path] = answer;
      return;
    }
    case 'date':
      if (typeof value === 'string') Object.assign(out, dateAnswers(question.path, value));
      return;
    case 'choice':
    case 'number':
    case 'text':
      if (typeof value === 'string' || typeof value === 'number') out[question.path] = String(value);
  }
}

/**
 * The answers that make `caseFile` (of `route`'s format, any supported version) on `route`'s
 * pages. Facts the pages do not ask are not carried (`buildCaseFile` then leaves them out).
 */
export function answersFromCase(route: RelatedRoute, caseFile: unknown): Answers {
  const migrated = migrateRelatedCase(caseFile);
  const out: Record<string, string> = {};
  for (const page of route.pages) {
    const list = page.list;
    if (list) {
      const items = getPath(migrated, list.path);
      if (!Array.isArray(items) || items.length === 0) continue;
      out[`${list.path}#count`] = String(items.length);
      items.forEach((_item, index) => {
        for (const question of entryQuestions(page, index)) answerFor(question, getPath(migrated, question.path), out);
      });
      continue;
    }
    for (const question of page.questions) if (!isSideAnswer(question.path)) answerFor(question, getPath(migrated, question.path), out);
  }
  for (const [path, value] of Object.entries(HELPER_ANSWERS[route.id]?.(migrated) ?? {})) if (value !== undefined) out[path] = value;
  return out;
}

/**
 * The short wizards for the related routes, as data: each route's pages of questions, each
 * question bound to a field path of the route's case file (src/related). A question shows only
 * when it is relevant (`when`), and an irrelevant answer never reaches the case file.
 *
 * Answers are kept as typed (strings; a date as its three boxes) so that a half-typed answer
 * survives a reload; `buildCase` turns them into the case file the rules decide.
 */
import { formatLong, isIsoDate } from '../../../src/dates';
import { readDateParts, type DatePart } from '../wizard/dateParts';
import { midSentence } from '../../components/text';


/** Answers as typed, by question path; a date's boxes are under `<path>#day`, `#month`, `#year`. */
export type Answers = Readonly<Record<string, string>>;

/** A choice offered by a radios question. */
export interface Choice {
  value: string;
  text: string;
  hint?: string;
}

interface QuestionBase {
  /** The case-file field path (`status.heldSince`), or `person.*` / `ui.*` for answers kept beside it. */
  path: string;
  label: string;
  hint?: string;
  /** May be left unanswered (the rules treat it as unknown, or apply the policy's presumption). */
  optional?: boolean;
  /** Asked only when this holds for the answers so far. */
  when?: (answers: Answers) => boolean;
  /** For an entry of an add-another list: which one ("Conviction 2"), shown beside the label on check answers. */
  group?: string;
}

/** One question of a wizard page. */
export type Question =
  | (QuestionBase & { kind: 'yesno' })
  | (QuestionBase & { kind: 'choice'; choices: Choice[] })
  | (QuestionBase & { kind: 'date'; /** names the date in messages: "date the status was first held" */ noun: string })
  | (QuestionBase & { kind: 'number'; noun: string; integer?: boolean; suffix?: string })
  | (QuestionBase & { kind: 'text'; multiline?: boolean });

/**
 * An add-another list (the GOV.UK pattern): one entry's questions at a time, then a summary of
 * the entries with Change and Remove, and "Do you need to add another?". The page's questions
 * are one entry's, their paths holding `*` where the entry's index goes
 * (`criminality.convictions.*.kind`); a `when` on them reads the entry's own answers under `*`.
 * How many entries there are is kept beside the answers, at `<path>#count`.
 */
export interface ListSpec {
  /** The list's path in the case file. */
  path: string;
  /** One entry, in a sentence: "conviction", "period in prison". */
  noun: string;
  /** The list is asked only when this holds (its yes/no question is answered yes). */
  when: (answers: Answers) => boolean;
  /** One line describing entry `index`, for the summary. */
  describe: (answers: Answers, index: number) => string;
}

/** One page of a wizard: a few related questions under one heading, or an add-another list. */
export interface QuestionPage {
  id: string;
  title: string;
  questions: Question[];
  list?: ListSpec;
}

/** The number of entries in a list. */
export function entryCount(list: ListSpec, answers: Answers): number {
  const n = Number(answers[`${list.path}#count`] ?? '0');
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** Entry `index`'s questions (every one, relevant or not), with its index in their paths. */
export function entryQuestions(page: QuestionPage, index: number): Question[] {
  const list = page.list;
  if (!list) return [];
  const template = `${list.path}.*.`;
  const concrete = `${list.path}.${index}.`;
  // The template's conditions read the entry's own answers under `*`.
  const scoped = (answers: Answers): Answers => {
    const out: Record<string, string> = { ...answers };
    for (const [key, value] of Object.entries(answers)) if (key.startsWith(concrete)) out[template + key.slice(concrete.length)] = value;
    return out;
  };
  const group = `${list.noun.charAt(0).toUpperCase()}${list.noun.slice(1)} ${index + 1}`;
  return page.questions.map((q) => {
    const when = q.when;
    return { ...q, path: q.path.replace(`${list.path}.*.`, concrete), group, ...(when ? { when: (answers: Answers) => when(scoped(answers)) } : {}) };
  });
}

/** Entry `index` as a page of its own, to ask and check. */
export function entryPage(page: QuestionPage, index: number): QuestionPage {
  return { id: page.id, title: page.title, questions: entryQuestions(page, index) };
}

/** The answers with entry `index` removed and the entries after it moved up one. */
export function removeEntry(list: ListSpec, answers: Answers, index: number): Answers {
  const count = entryCount(list, answers);
  const prefix = `${list.path}.`;
  const next: Record<string, string> = {};
  for (const [key, value] of Object.entries(answers)) {
    if (!key.startsWith(prefix)) {
      next[key] = value;
      continue;
    }
    const match = /^(\d+)(\..*)$/.exec(key.slice(prefix.length));
    if (!match) continue;
    const at = Number(match[1]);
    if (at === index) continue;
    next[`${prefix}${at > index ? at - 1 : at}${match[2] ?? ''}`] = value;
  }
  const left = Math.max(0, count - 1);
  if (left > 0) next[`${list.path}#count`] = String(left);
  else delete next[`${list.path}#count`];
  return next;
}

/** The answers with entry `index` counted in the list (after it is saved for the first time). */
export function keepEntry(list: ListSpec, answers: Answers, index: number): Answers {
  return index < entryCount(list, answers) ? answers : { ...answers, [`${list.path}#count`]: String(index + 1) };
}

/** The answers with an unsaved new entry `index` (one past the last) dropped. */
export function dropUnsavedEntry(list: ListSpec, answers: Answers, index: number): Answers {
  if (index < entryCount(list, answers)) return answers;
  const prefix = `${list.path}.${index}.`;
  return Object.fromEntries(Object.entries(answers).filter(([key]) => !key.startsWith(prefix)));
}

/** Paths kept beside the case file, never in it: the person's details (for letters) and helper answers. */
export function isSideAnswer(path: string): boolean {
  return path.startsWith('person.') || path.startsWith('ui.');
}

/** The questions of `page` that are asked, given the answers so far (for a list: every saved entry's). */
export function relevantQuestions(page: QuestionPage, answers: Answers): Question[] {
  const list = page.list;
  if (list) {
    if (!list.when(answers)) return [];
    return Array.from({ length: entryCount(list, answers) }, (_v, i) => entryQuestions(page, i)).flatMap((qs) => qs.filter((q) => q.when === undefined || q.when(answers)));
  }
  return page.questions.filter((q) => q.when === undefined || q.when(answers));
}

/** The pages that have at least one question to ask (a list page: when its list is asked). */
export function relevantPages(pages: readonly QuestionPage[], answers: Answers): QuestionPage[] {
  return pages.filter((page) => (page.list ? page.list.when(answers) : relevantQuestions(page, answers).length > 0));
}

/** A date answer's three boxes. */
export function dateBoxes(answers: Answers, path: string): { day: string; month: string; year: string } {
  return { day: answers[`${path}#day`] ?? '', month: answers[`${path}#month`] ?? '', year: answers[`${path}#year`] ?? '' };
}

/** A date answer as `YYYY-MM-DD`, or undefined when the boxes do not make a real date. */
export function dateValue(answers: Answers, path: string): string | undefined {
  const { day, month, year } = dateBoxes(answers, path);
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{1,2}$/.test(month.trim()) || !/^\d{4}$/.test(year.trim())) return undefined;
  const iso = `${year.trim()}-${month.trim().padStart(2, '0')}-${day.trim().padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** A number answer, or undefined when it is not a number. */
export function numberValue(text: string | undefined): number | undefined {
  const trimmed = text?.trim() ?? '';
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** The answer to a question as the case file holds it; undefined when unanswered or unreadable. */
export function answerValue(question: Question, answers: Answers): unknown {
  const raw = answers[question.path];
  switch (question.kind) {
    case 'yesno':
      return raw === 'yes' ? true : raw === 'no' ? false : undefined;
    case 'choice':
      return question.choices.some((c) => c.value === raw) ? raw : undefined;
    case 'date':
      return dateValue(answers, question.path);
    case 'number':
      return numberValue(raw);
    case 'text':
      return raw !== undefined && raw.trim() !== '' ? raw.trim() : undefined;
  }
}

/** Sets `value` at a dotted path, making objects (or arrays, for a numeric segment) on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  let node: Record<string, unknown> | unknown[] = target;
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    const key: string | number = /^\d+$/.test(segment) ? Number(segment) : segment;
    const container = node as Record<string | number, unknown>;
    if (last) {
      container[key] = value;
      return;
    }
    const nextIsIndex = /^\d+$/.test(segments[index + 1] ?? '');
    if (typeof container[key] !== 'object' || container[key] === null) container[key] = nextIsIndex ? [] : {};
    node = container[key] as Record<string, unknown>;
  });
}

/** Reads a dotted path. */
export function getPath(source: unknown, path: string): unknown {
  let node: unknown = source;
  for (const segment of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/**
 * The case file's facts from the answers: every relevant, readable answer at its path. Side
 * answers (`person.*`, `ui.*`) stay out; a route's `complete` adds what they imply.
 */
export function answersToFacts(pages: readonly QuestionPage[], answers: Answers): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const page of pages) {
    for (const question of relevantQuestions(page, answers)) {
      if (isSideAnswer(question.path)) continue;
      const value = answerValue(question, answers);
      if (value !== undefined) setPath(facts, question.path, value);
    }
  }
  return facts;
}

/** A problem with one answer on a page: the message and the id of the input to move focus to. */
export interface AnswerError {
  path: string;
  fieldId: string;
  message: string;
}

/** The id of a question's first input (the one an error link moves focus to). */
export function fieldId(question: Question, part?: 'day' | 'month' | 'year'): string {
  const base = `q-${question.path.replace(/[^A-Za-z0-9]+/g, '-')}`;
  return question.kind === 'date' ? `${base}-${part ?? 'day'}` : base;
}

/** A problem with a date answer also says which boxes to outline. */
export type PageError = AnswerError & { dateParts?: DatePart[] };

/**
 * Checks the questions asked on `page`: each must be answered unless optional, a date must be a
 * real date, a number a number. Messages follow the GOV.UK patterns and name the question.
 */
export function validatePage(page: QuestionPage, answers: Answers): PageError[] {
  const errors: PageError[] = [];
  // A list asked with no entry: "yes" with nothing listed, which the rules read as unknown.
  if (page.list && page.list.when(answers) && entryCount(page.list, answers) === 0) {
    errors.push({ path: page.list.path, fieldId: `list-${page.id}`, message: `Add the ${page.list.noun}, or change the answer to No` });
  }
  for (const question of relevantQuestions(page, answers)) {
    const raw = answers[question.path]?.trim() ?? '';
    const required = question.optional !== true;
    switch (question.kind) {
      case 'yesno':
      case 'choice':
        if (required && answerValue(question, answers) === undefined) {
          errors.push({ path: question.path, fieldId: fieldId(question), message: `Select an answer: ${question.label}` });
        }
        break;
      case 'date': {
        const reading = readDateParts(dateBoxes(answers, question.path), { noun: question.noun, required });
        if (!reading.ok) {
          const first = reading.parts[0] ?? 'day';
          errors.push({ path: question.path, fieldId: fieldId(question, first), message: reading.message, dateParts: reading.parts });
        }
        break;
      }
      case 'number': {
        const value = numberValue(raw);
        if (raw === '') {
          if (required) errors.push({ path: question.path, fieldId: fieldId(question), message: `Enter the ${question.noun}` });
        } else if (value === undefined || (question.integer === true && !Number.isInteger(value))) {
          errors.push({ path: question.path, fieldId: fieldId(question), message: `Enter the ${question.noun} as a ${question.integer === true ? 'whole number' : 'number'}, like 6` });
        } else if (question.integer === true && value < 1) {
          errors.push({ path: question.path, fieldId: fieldId(question), message: `The ${question.noun} must be 1 or more` });
        }
        break;
      }
      case 'text':
        if (required && raw === '') errors.push({ path: question.path, fieldId: fieldId(question), message: `Enter ${midSentence(question.label)}` });
        else if (raw.length > 2000) errors.push({ path: question.path, fieldId: fieldId(question), message: `${question.label} must be 2,000 characters or fewer` });
        break;
    }
  }
  return errors;
}

/** How an answer reads on the check-answers page. */
export function answerText(question: Question, answers: Answers): string {
  const value = answerValue(question, answers);
  if (value === undefined) return 'Not answered';
  switch (question.kind) {
    case 'yesno':
      return value === true ? 'Yes' : 'No';
    case 'choice':
      return question.choices.find((c) => c.value === value)?.text ?? 'Not answered';
    case 'date':
      return typeof value === 'string' ? formatLong(value) : 'Not answered';
    case 'number':
      return `${String(value)}${question.suffix ? ` ${question.suffix}` : ''}`;
    case 'text':
      return String(value);
  }
}

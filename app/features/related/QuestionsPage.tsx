/**
 * One page of a related-route wizard: its relevant questions as GOV.UK radios, date inputs and
 * text inputs. Every change is saved at once (the working case); "Continue" checks the page and
 * shows the error summary, which takes focus and links to each field, or moves on.
 */
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm, type UseFormRegister } from 'react-hook-form';
import { Button, DateInput, ErrorSummary, Radios, Textarea, TextInput } from '../../components/govuk';
import { usePageTitle } from '../../usePageTitle';
import {
  dateBoxes,
  dropUnsavedEntry,
  entryCount,
  entryPage,
  fieldId,
  keepEntry,
  relevantPages,
  relevantQuestions,
  removeEntry,
  validatePage,
  type Answers,
  type ListSpec,
  type PageError,
  type Question,
  type QuestionPage,
} from './model';
import type { RelatedRoute } from './routes';
import { useCurrentRoute } from './useRelatedRoute';
import { useWorkingCase } from './workingCase';

type FormValues = Record<string, string | { day: string; month: string; year: string } | null | undefined>;

/** A question's form field name: react-hook-form reads dots as nesting, so they are replaced. */
function formName(path: string): string {
  return path.replace(/\./g, '__');
}

function toForm(page: QuestionPage, answers: Answers): FormValues {
  const values: FormValues = {};
  for (const q of page.questions) values[formName(q.path)] = q.kind === 'date' ? dateBoxes(answers, q.path) : (answers[q.path] ?? (q.kind === 'yesno' || q.kind === 'choice' ? null : ''));
  return values;
}

/** The page's answers from the form, merged into the rest. An emptied answer is removed. */
function fromForm(page: QuestionPage, values: FormValues, answers: Answers): Answers {
  const next: Record<string, string> = { ...answers };
  const put = (key: string, value: unknown) => {
    if (typeof value === 'string' && value !== '') next[key] = value;
    else delete next[key];
  };
  for (const q of page.questions) {
    const value = values[formName(q.path)];
    if (q.kind === 'date') {
      const boxes = typeof value === 'object' && value !== null ? value : { day: '', month: '', year: '' };
      put(`${q.path}#day`, boxes.day);
      put(`${q.path}#month`, boxes.month);
      put(`${q.path}#year`, boxes.year);
    } else {
      put(q.path, value);
    }
  }
  return next;
}

function QuestionField({ question, error, register, value }: { question: Question; error: PageError | undefined; register: UseFormRegister<FormValues>; value: string | undefined }) {
  const id = fieldId(question);
  const name = formName(question.path);
  switch (question.kind) {
    case 'yesno':
    case 'choice': {
      const options =
        question.kind === 'yesno'
          ? [
              { value: 'yes', text: 'Yes' },
              { value: 'no', text: 'No' },
            ]
          : question.choices.map((c) => ({ value: c.value, text: c.text, ...(c.hint ? { hint: c.hint } : {}) }));
      return (
        <Radios
          id={id}
          legend={question.label}
          legendSize="s"
          hint={question.hint}
          error={error?.message}
          options={options}
          value={value}
          inline={question.kind === 'yesno'}
          inputProps={register(name)}
        />
      );
    }
    case 'date':
      return (
        <DateInput
          id={id.replace(/-day$/, '')}
          legend={question.label}
          legendSize="s"
          hint={question.hint ?? 'For example, 27 3 2024'}
          error={error?.message}
          {...(error?.dateParts ? { errorParts: error.dateParts } : {})}
          dayProps={register(`${name}.day`)}
          monthProps={register(`${name}.month`)}
          yearProps={register(`${name}.year`)}
        />
      );
    case 'number':
      return (
        <TextInput
          id={id}
          label={question.label}
          labelClassName="govuk-label--s"
          hint={question.hint}
          error={error?.message}
          inputMode="decimal"
          widthClass="govuk-input--width-5"
          spellCheck={false}
          {...register(name)}
        />
      );
    case 'text':
      return question.multiline ? (
        <Textarea id={id} label={question.label} labelClassName="govuk-label--s" hint={question.hint} error={error?.message} rows={3} {...register(name)} />
      ) : (
        <TextInput id={id} label={question.label} labelClassName="govuk-label--s" hint={question.hint} error={error?.message} spellCheck={false} {...register(name)} />
      );
  }
}

function QuestionForm({ route, page }: { route: RelatedRoute; page: QuestionPage }) {
  const { answers, setAnswers, returnToCheck, setReturnToCheck } = useWorkingCase();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<PageError[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const form = useForm<FormValues>({ defaultValues: toForm(page, answers) });
  const latest = useRef({ answers, setAnswers });
  latest.current = { answers, setAnswers };
  usePageTitle(`${page.title} – ${route.title}`, errors.length > 0);

  // Save every change as it is made, so that nothing typed is lost on a reload.
  useEffect(() => {
    const subscription = form.watch((values) => {
      const { answers: current, setAnswers: save } = latest.current;
      save(fromForm(page, values as FormValues, current));
    });
    return () => subscription.unsubscribe();
  }, [form, page]);

  const pages = relevantPages(route.pages, answers);
  const index = pages.findIndex((p) => p.id === page.id);
  const previous = index > 0 ? pages[index - 1] : undefined;
  const next = index >= 0 ? pages[index + 1] : undefined;
  const questions = relevantQuestions(page, answers);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validatePage(page, answers);
    setErrors(found);
    if (found.length > 0) {
      setFocusKey((k) => k + 1);
      return;
    }
    if (returnToCheck) {
      setReturnToCheck(false);
      void navigate({ to: '/related/$route/check-answers', params: { route: route.id } });
    } else if (next) void navigate({ to: '/related/$route/questions/$page', params: { route: route.id, page: next.id } });
    else void navigate({ to: '/related/$route/check-answers', params: { route: route.id } });
  };

  // Errors shown are only those of questions still asked.
  const shown = errors.filter((e) => questions.some((q) => q.path === e.path));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {previous ? (
          <Link to="/related/$route/questions/$page" params={{ route: route.id, page: previous.id }} className="govuk-back-link">
            Back
          </Link>
        ) : (
          <Link to="/related/$route" params={{ route: route.id }} className="govuk-back-link">
            Back
          </Link>
        )}
        <ErrorSummary errors={shown.map((e) => ({ fieldId: e.fieldId, message: e.message }))} focusKey={focusKey} />
        <form noValidate onSubmit={submit}>
          <span className="govuk-caption-l">{route.title}</span>
          <h1 className="govuk-heading-l">{page.title}</h1>
          {questions.map((question) => (
            <QuestionField key={question.path} question={question} error={shown.find((e) => e.path === question.path)} register={form.register} value={answers[question.path]} />
          ))}
          <Button type="submit">Continue</Button>
        </form>
      </div>
    </div>
  );
}

/** Where "Continue" goes after `page`: back to check answers when it sent the user here, else the next page. */
function useNextPage(route: RelatedRoute, page: QuestionPage) {
  const { answers, returnToCheck, setReturnToCheck } = useWorkingCase();
  const navigate = useNavigate();
  const pages = relevantPages(route.pages, answers);
  const index = pages.findIndex((p) => p.id === page.id);
  const previous = index > 0 ? pages[index - 1] : undefined;
  const next = index >= 0 ? pages[index + 1] : undefined;
  const goOn = () => {
    if (returnToCheck) {
      setReturnToCheck(false);
      void navigate({ to: '/related/$route/check-answers', params: { route: route.id } });
    } else if (next) void navigate({ to: '/related/$route/questions/$page', params: { route: route.id, page: next.id } });
    else void navigate({ to: '/related/$route/check-answers', params: { route: route.id } });
  };
  return { previous, goOn };
}

/** One entry of an add-another list, asked as a page of its own; every change is saved at once. */
function EntryForm({ route, page, list, index, onSaved, onBack }: { route: RelatedRoute; page: QuestionPage; list: ListSpec; index: number; onSaved: () => void; onBack: (() => void) | undefined }) {
  const { answers, setAnswers } = useWorkingCase();
  const entry = useMemo(() => entryPage(page, index), [page, index]);
  const [errors, setErrors] = useState<PageError[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const form = useForm<FormValues>({ defaultValues: toForm(entry, answers) });
  const latest = useRef({ answers, setAnswers });
  latest.current = { answers, setAnswers };
  const heading = useRef<HTMLHeadingElement>(null);
  const name = `${list.noun.charAt(0).toUpperCase()}${list.noun.slice(1)} ${index + 1}`;
  usePageTitle(`${name} – ${page.title} – ${route.title}`, errors.length > 0);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const subscription = form.watch((values) => {
      const { answers: current, setAnswers: save } = latest.current;
      save(fromForm(entry, values as FormValues, current));
    });
    return () => subscription.unsubscribe();
  }, [form, entry]);
  const questions = relevantQuestions(entry, answers);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validatePage(entry, answers);
    setErrors(found);
    if (found.length > 0) {
      setFocusKey((k) => k + 1);
      return;
    }
    setAnswers(keepEntry(list, answers, index));
    onSaved();
  };
  const shown = errors.filter((e) => questions.some((q) => q.path === e.path));
  return (
    <>
      {onBack ? (
        <button type="button" className="govuk-back-link app-link-button" onClick={onBack}>
          Back
        </button>
      ) : null}
      <ErrorSummary errors={shown.map((e) => ({ fieldId: e.fieldId, message: e.message }))} focusKey={focusKey} />
      <form noValidate onSubmit={submit}>
        <span className="govuk-caption-l">
          {route.title}: {page.title}
        </span>
        <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
          {name}
        </h1>
        {questions.map((question) => (
          <QuestionField key={question.path} question={question} error={shown.find((e) => e.path === question.path)} register={form.register} value={answers[question.path]} />
        ))}
        <Button type="submit">Save {list.noun}</Button>
      </form>
    </>
  );
}

/**
 * An add-another list (GOV.UK pattern): the entries so far, each with Change and Remove, then
 * "Do you need to add another?". With no entry yet, the first entry's questions are asked at once.
 * Moving between the summary and an entry puts focus on the new heading, so that a screen reader
 * announces where the user now is.
 */
function ListForm({ route, page, list }: { route: RelatedRoute; page: QuestionPage; list: ListSpec }) {
  const { answers, setAnswers } = useWorkingCase();
  const count = entryCount(list, answers);
  const [editing, setEditing] = useState<number | undefined>(count === 0 ? 0 : undefined);
  const [another, setAnother] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [focusKey, setFocusKey] = useState(0);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const { previous, goOn } = useNextPage(route, page);
  const plural = (n: number) => `${n} ${n === 1 ? list.noun : list.noun.replace(/^(\S+)/, '$1s')}`;
  usePageTitle(`${page.title} – ${route.title}`, error !== undefined);
  useEffect(() => {
    if (editing === undefined) heading.current?.focus();
  }, [editing]);

  if (editing !== undefined) {
    const close = () => {
      setAnswers(dropUnsavedEntry(list, answers, editing));
      setEditing(undefined);
    };
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {count === 0 && previous ? (
            <Link to="/related/$route/questions/$page" params={{ route: route.id, page: previous.id }} className="govuk-back-link">
              Back
            </Link>
          ) : null}
          <EntryForm
            key={editing}
            route={route}
            page={page}
            list={list}
            index={editing}
            onSaved={() => {
              setEditing(undefined);
              setAnother(undefined);
              setStatus('');
            }}
            onBack={count > 0 ? close : undefined}
          />
        </div>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (another === undefined) {
      setError(`Select yes if you need to add another ${list.noun}`);
      setFocusKey((k) => k + 1);
      return;
    }
    setError(undefined);
    if (another === 'yes') setEditing(count);
    else goOn();
  };
  const name = (i: number) => `${list.noun} ${i + 1}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {previous ? (
          <Link to="/related/$route/questions/$page" params={{ route: route.id, page: previous.id }} className="govuk-back-link">
            Back
          </Link>
        ) : null}
        <ErrorSummary errors={error ? [{ fieldId: `list-${page.id}`, message: error }] : []} focusKey={focusKey} />
        <span className="govuk-caption-l">{route.title}</span>
        <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
          {count === 0 ? `${page.title}: none added` : `You have added ${plural(count)}`}
        </h1>
        <p className="govuk-visually-hidden" role="status">
          {status}
        </p>
        {count > 0 ? (
          <dl className="govuk-summary-list app-add-another">
            {Array.from({ length: count }, (_v, i) => (
              <div key={i} className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{`${name(i).charAt(0).toUpperCase()}${name(i).slice(1)}`}</dt>
                <dd className="govuk-summary-list__value">{list.describe(answers, i)}</dd>
                <dd className="govuk-summary-list__actions">
                  <ul className="govuk-summary-list__actions-list">
                    <li className="govuk-summary-list__actions-list-item">
                      <button type="button" className="govuk-link app-link-button" onClick={() => setEditing(i)}>
                        Change<span className="govuk-visually-hidden"> {name(i)}</span>
                      </button>
                    </li>
                    <li className="govuk-summary-list__actions-list-item">
                      <button
                        type="button"
                        className="govuk-link app-link-button"
                        onClick={() => {
                          setAnswers(removeEntry(list, answers, i));
                          setStatus(`${name(i)} removed`);
                          heading.current?.focus();
                        }}
                      >
                        Remove<span className="govuk-visually-hidden"> {name(i)}</span>
                      </button>
                    </li>
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="govuk-body">No {list.noun} has been added. Add one, or go back and change the answer to No.</p>
        )}
        <form noValidate onSubmit={submit}>
          <Radios
            id={`list-${page.id}`}
            legend={count === 0 ? `Do you need to add a ${list.noun}?` : `Do you need to add another ${list.noun}?`}
            legendSize="m"
            error={error}
            options={[
              { value: 'yes', text: 'Yes' },
              { value: 'no', text: 'No' },
            ]}
            value={another}
            inline
            inputProps={{ name: `another-${page.id}`, onChange: (event) => setAnother(event.currentTarget.value) }}
          />
          <Button type="submit">Continue</Button>
        </form>
      </div>
    </div>
  );
}

/** `/related/$route/questions/$page`. */
export function QuestionsPage() {
  const route = useCurrentRoute();
  const params: { page?: string } = useParams({ strict: false });
  const page = route.pages.find((p) => p.id === params.page);
  if (!page) return <MissingPage />;
  if (page.list) return <ListForm key={page.id} route={route} page={page} list={page.list} />;
  return <QuestionForm key={page.id} route={route} page={page} />;
}

function MissingPage() {
  usePageTitle('Page not found');
  return <h1 className="govuk-heading-l">Page not found</h1>;
}

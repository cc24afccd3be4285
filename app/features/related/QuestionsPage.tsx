/**
 * One page of a related-route wizard: its relevant questions as GOV.UK radios, date inputs and
 * text inputs. Every change is saved at once (the working case); "Continue" checks the page and
 * shows the error summary, which takes focus and links to each field, or moves on.
 */
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useForm, type UseFormRegister } from 'react-hook-form';
import { Button, DateInput, ErrorSummary, Radios, Textarea, TextInput } from '../../components/govuk';
import { usePageTitle } from '../../usePageTitle';
import { dateBoxes, fieldId, relevantPages, relevantQuestions, validatePage, type Answers, type PageError, type Question, type QuestionPage } from './model';
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

/** `/related/$route/questions/$page`. */
export function QuestionsPage() {
  const route = useCurrentRoute();
  const params: { page?: string } = useParams({ strict: false });
  const page = route.pages.find((p) => p.id === params.page);
  if (!page) return <MissingPage />;
  return <QuestionForm key={page.id} route={route} page={page} />;
}

function MissingPage() {
  usePageTitle('Page not found');
  return <h1 className="govuk-heading-l">Page not found</h1>;
}

import { zodResolver } from '@hookform/resolvers/zod';
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useForm, useWatch, type Resolver, type UseFormRegister } from 'react-hook-form';
import type { CaseFile } from '../../../src/case';
import { formatLong } from '../../../src/dates';
import { BackLink, Button, ErrorSummary } from '../../components/govuk';
import { useCurrentCase, usePageDraft } from '../../cases/CaseContext';
import { usePageTitle } from '../../usePageTitle';
import { applyStep } from './apply';
import { isoToParts } from './dateParts';
import { suggestedEnd } from './sentence';
import { FieldView } from './FieldView';
import { formSchema, mergeDraft, readValues, validateValues, type Field, type FieldProblem, type FormValues } from './fields';
import { nextTarget, previousTarget, sectionOf, stepRoot, stepStarted, dependantComplete } from './flow';
import { newItemId, useWizardNavigation } from './navigation';
import { draftKey, sectionStatus } from './status';
import { SECTIONS, type FormStep, type StepContext } from './steps';
import { todayIso } from './today';

interface FormStepPageProps {
  step: FormStep;
  ctx: StepContext;
  returnTo: 'check-answers' | undefined;
  focus: string | undefined;
}

/** Where to go after a Change link's page: back to check answers once the section is complete again. */
export function afterSave(step: FormStep['key'], ctx: StepContext, caseFile: CaseFile, today: string, returnTo: 'check-answers' | undefined) {
  const next = nextTarget(step, ctx, caseFile, newItemId);
  if (returnTo) {
    const section = sectionOf(step, ctx);
    const complete = ctx.dependant ? dependantComplete(caseFile, ctx.dependant, today) : sectionStatus(section, caseFile, {}, today) === 'completed';
    if (complete) return { target: { page: 'check-answers' as const }, returnTo: undefined };
  }
  return { target: next, returnTo };
}

/** A page of questions: react-hook-form with the page's zod schema, draft saving and the error summary. */
export function FormStepPage({ step, ctx, returnTo, focus }: FormStepPageProps) {
  const editor = useCurrentCase();
  const record = editor.record;
  if (!record) throw new Error('The case is not loaded');
  const caseId = record.id;
  const { go, href } = useWizardNavigation(caseId);
  // Read once per page visit: the form owns the answers from here on.
  const [setup] = useState(() => {
    const today = todayIso();
    const caseFile = record.caseFile;
    const decisionDate = caseFile.decisionDate ?? today;
    const fields = step.fields(caseFile, ctx, decisionDate);
    const root = stepRoot(step, caseFile, ctx);
    let values = readValues(fields, root);
    if (step.defaults && !stepStarted(step.key, caseFile, ctx)) {
      for (const [name, value] of Object.entries(step.defaults(today))) {
        values = { ...values, [name]: typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? isoToParts(value) : String(value) };
      }
    }
    const key = draftKey(step.key, ctx);
    return { today, decisionDate, fields, key, initial: mergeDraft(fields, values, record.drafts[key]), title: step.title(caseFile, ctx), back: previousTarget(step.key, ctx, caseFile) };
  });
  const { today, decisionDate, fields, key, initial, title } = setup;
  const schema = useMemo(() => formSchema(fields, today), [fields, today]);
  const form = useForm<FormValues>({
    defaultValues: initial,
    resolver: zodResolver(schema) as unknown as Resolver<FormValues>,
    shouldFocusError: false,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const values = useWatch({ control: form.control }) as FormValues;
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [attempt, setAttempt] = useState(0);

  const { saveDraft } = editor;
  usePageDraft(key);
  useEffect(() => {
    const subscription = form.watch((current) => saveDraft(key, current));
    return () => subscription.unsubscribe();
  }, [form, key, saveDraft]);

  useEffect(() => {
    if (!focus) return;
    const element = document.getElementById(focus);
    if (element) {
      const question = element.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(focus)}"]`);
      (question ?? element).scrollIntoView();
      element.focus({ preventScroll: true });
    }
  }, [focus]);

  // Only the answers that reveal other questions reach the questions, so typing elsewhere (and
  // saving the case) does not re-render them.
  const controllers = useMemo(() => [...new Set(fields.flatMap((field) => (field.showIf ? [field.showIf.name] : [])))], [fields]);
  const revealKey = controllers.map((name) => String(values[name] ?? '')).join('\u0000');
  const revealing = useMemo(() => {
    const out: FormValues = {};
    revealKey.split('\u0000').forEach((value, index) => {
      const name = controllers[index];
      if (name) out[name] = value;
    });
    return out;
  }, [revealKey, controllers]);
  const problemsByName = useMemo(() => new Map(problems.map((problem) => [problem.name, problem])), [problems]);
  const section = SECTIONS.find((candidate) => candidate.key === sectionOf(step.key, ctx));
  usePageTitle(`${title} – ${section?.title ?? ''}`, problems.length > 0);

  const leaving = useRef(false);
  const onSubmit = form.handleSubmit(
    (submitted) => {
      if (editor.readOnly || !editor.record) return;
      // A second press of Continue while the next page is on its way must not save twice or, on a
      // page that starts a new list item, create a second one.
      if (leaving.current) return;
      leaving.current = true;
      setProblems([]);
      const write = (current: CaseFile) => applyStep(step, current, ctx, submitted, decisionDate);
      const after = write(editor.record.caseFile);
      const { target, returnTo: carry } = afterSave(step.key, ctx, after, today, returnTo);
      // One transition for the save and the navigation, so React renders the next page once
      // instead of first re-rendering this page with the saved answers.
      startTransition(() => {
        editor.updateCase(section?.title ?? step.key, write);
        editor.clearDraft(key);
        void go(target, { returnTo: carry });
      });
    },
    () => {
      setProblems(validateValues(fields, form.getValues(), today));
      setAttempt((count) => count + 1);
    },
  );

  const suggestion = step.key === 'conviction' ? suggestedEnd(values) : undefined;
  const readOnly = editor.readOnly;
  const before = useCallback((field: Field) =>
    field.name === 'sentenceEndsOn' && suggestion ? (
      <div className="govuk-inset-text">
        <p className="govuk-body">
          From the date of conviction and the length of the sentence, the sentence ends on <strong>{formatLong(suggestion)}</strong>. Check this against the
          record: release on licence and time on remand can change it.
        </p>
        <Button
          variant="secondary"
          className="govuk-!-margin-bottom-0"
          disabled={readOnly}
          onClick={() => {
            const parts = isoToParts(suggestion);
            form.setValue('sentenceEndsOn', parts, { shouldDirty: true });
            document.getElementById('sentenceEndsOn-day')?.focus();
          }}
        >
          Use {formatLong(suggestion)}
          <span className="govuk-visually-hidden"> as the date the sentence ends</span>
        </Button>
      </div>
    ) : null, [suggestion, readOnly, form]);

  const backHref = returnTo ? href({ page: 'check-answers' }) : href(setup.back);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={backHref} />
        <ErrorSummary errors={problems.map((problem) => ({ fieldId: problem.fieldId, message: problem.message }))} focusKey={attempt} />
        <span className="govuk-caption-l">{section?.title}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {step.intro?.(record.caseFile, ctx).map((paragraph) => (
          <p key={paragraph} className="govuk-body">
            {paragraph}
          </p>
        ))}
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Questions fields={fields} values={revealing} problems={problemsByName} register={form.register} disabled={readOnly} before={before} />
          <Button type="submit" disabled={editor.readOnly}>
            {returnTo ? 'Save and return' : 'Continue'}
          </Button>
        </form>
      </div>
    </div>
  );
}

interface QuestionsProps {
  fields: readonly Field[];
  values: FormValues;
  problems: ReadonlyMap<string, FieldProblem>;
  register: UseFormRegister<FormValues>;
  disabled: boolean;
  before: (field: Field) => ReactNode;
}

/** The page's questions. Memoised: saving the case re-renders the page, but not its questions. */
const Questions = memo(function Questions({ fields, values, problems, register, disabled, before }: QuestionsProps) {
  return (
    <>
      {fields
        .filter((field) => !field.showIf)
        .map((field) => (
          <FieldView key={field.name} field={field} fields={fields} values={values} problems={problems} register={register} disabled={disabled} before={before} />
        ))}
    </>
  );
});

import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { CaseFile, SuitabilityGroundCode } from '../../../src/case';
import { suitabilityGround } from '../../../src/rules';
import { BackLink, Button, ErrorMessage, ErrorSummary, Textarea, WarningText } from '../../components/govuk';
import { useCurrentCase } from '../../cases/CaseContext';
import { usePageTitle } from '../../usePageTitle';
import { applyStep } from './apply';
import { validateValues, type FieldProblem } from './fields';
import { afterSave } from './FormStepPage';
import { numberingNote, groundLabel } from './groundLabels';
import { previousTarget, sectionOf } from './flow';
import { useWizardNavigation } from './navigation';
import { draftKey } from './status';
import { groundsOnPage, SECTIONS, subjectName, subjectOf, type FormStep, type StepContext } from './steps';
import {
  choiceFromDraft,
  choiceFromFindings,
  choiceToDraft,
  choiceToValues,
  GROUND_GROUPS,
  groundName,
  NONE_ID,
  NOTHING_SELECTED,
  noteName,
  overlapWarnings,
  toggleChoice,
  type SuitabilityChoice,
} from './suitability';
import { todayIso } from './today';

interface SuitabilityPageProps {
  step: FormStep;
  ctx: StepContext;
  returnTo: 'check-answers' | undefined;
  focus: string | undefined;
}

/**
 * The suitability findings as GOV.UK "Which of these apply?" checkboxes, grouped by what the
 * grounds are about, with an exclusive "None of these" and, for each ticked ground, the
 * caseworker's reasons revealed under it. Conditional reveal and the exclusive option are done
 * here in React (no govuk-frontend script). What is written, and what a complete answer is, come
 * from the page's fields (`STEPS.suitability`), so the case file keeps one finding per ground.
 */
export function SuitabilityPage({ step, ctx, returnTo, focus }: SuitabilityPageProps) {
  const editor = useCurrentCase();
  const record = editor.record;
  if (!record) throw new Error('The case is not loaded');
  const { go, href } = useWizardNavigation(record.id);
  // Read once per page visit: the page owns the answers from here on.
  const [setup] = useState(() => {
    const today = todayIso();
    const caseFile: CaseFile = record.caseFile;
    const codes = groundsOnPage(caseFile, ctx);
    const key = draftKey(step.key, ctx);
    const initial = choiceFromDraft(record.drafts[key], codes) ?? choiceFromFindings(subjectOf(caseFile, ctx)?.suitability, codes);
    return {
      today,
      codes,
      key,
      initial,
      recordedDate: caseFile.decisionDate,
      decisionDate: caseFile.decisionDate ?? today,
      title: step.title(caseFile, ctx),
      who: subjectName(caseFile, ctx),
      back: previousTarget(step.key, ctx, caseFile),
    };
  });
  const { today, codes, key, recordedDate, decisionDate, title, who } = setup;
  const [choice, setChoice] = useState<SuitabilityChoice>(setup.initial);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const section = SECTIONS.find((candidate) => candidate.key === sectionOf(step.key, ctx));
  usePageTitle(`${title} – ${section?.title ?? ''}`, problems.length > 0);

  const { saveDraft, clearDraft } = editor;
  const change = (next: SuitabilityChoice) => {
    setChoice(next);
    saveDraft(key, choiceToDraft(next, codes));
  };

  useEffect(() => {
    if (!focus) return;
    const element = document.getElementById(focus);
    if (element) {
      const question = element.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(focus)}"]`);
      (question ?? element).scrollIntoView();
      element.focus({ preventScroll: true });
    }
  }, [focus]);

  const fields = useMemo(() => step.fields(record.caseFile, ctx, decisionDate), [step, record.caseFile, ctx, decisionDate]);
  const leaving = useRef(false);
  const submit = () => {
    if (editor.readOnly || !editor.record || leaving.current) return;
    const values = choiceToValues(choice, codes);
    const first = codes[0];
    if (!values) {
      setProblems([{ name: 'suitability', message: NOTHING_SELECTED, fieldId: first ? groundName(first) : NONE_ID }]);
      setAttempt((count) => count + 1);
      return;
    }
    const found = validateValues(fields, values, today);
    if (found.length > 0) {
      setProblems(found);
      setAttempt((count) => count + 1);
      return;
    }
    leaving.current = true;
    setProblems([]);
    const write = (current: CaseFile) => applyStep(step, current, ctx, values, decisionDate);
    const { target, returnTo: carry } = afterSave(step.key, ctx, write(editor.record.caseFile), today, returnTo);
    startTransition(() => {
      editor.updateCase(section?.title ?? step.key, write);
      clearDraft(key);
      void go(target, { returnTo: carry });
    });
  };

  const problemFor = (name: string) => problems.find((problem) => problem.name === name)?.message;
  const nothing = problemFor('suitability');
  const describedBy = ['suitability-hint', nothing ? 'suitability-error' : null].filter(Boolean).join(' ');
  const warnings = overlapWarnings(choice.selected, recordedDate);
  const readOnly = editor.readOnly;

  const checkbox = (code: SuitabilityGroundCode) => {
    const ground = suitabilityGround(code);
    const id = groundName(code);
    const checked = choice.selected.includes(code);
    const conditionalId = `conditional-${id}`;
    const note = noteName(code);
    return (
      <div key={code}>
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            value="yes"
            checked={checked}
            disabled={readOnly}
            aria-describedby={`${id}-item-hint`}
            aria-controls={conditionalId}
            aria-expanded={checked}
            onChange={(event) => change(toggleChoice(choice, codes, code, event.target.checked))}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {groundLabel(code, recordedDate)}
          </label>
          <div id={`${id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
            {ground.explanation}
          </div>
        </div>
        <div className={`govuk-checkboxes__conditional${checked ? '' : ' govuk-checkboxes__conditional--hidden'}`} id={conditionalId}>
          {checked ? (
            <Textarea
              id={note}
              name={note}
              label={`Your reasons for finding “${ground.title.toLowerCase()}”`}
              labelClassName="govuk-label--s"
              hint="Your note is quoted in the outcome and the letter."
              error={problemFor(note)}
              disabled={readOnly}
              rows={3}
              value={choice.notes[code] ?? ''}
              onChange={(event) => change({ ...choice, notes: { ...choice.notes, [code]: event.target.value } })}
            />
          ) : null}
        </div>
      </div>
    );
  };

  const backHref = returnTo ? href({ page: 'check-answers' }) : href(setup.back);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={backHref} />
        <ErrorSummary errors={problems.map((problem) => ({ fieldId: problem.fieldId, message: problem.message }))} focusKey={attempt} />
        <span className="govuk-caption-l">{section?.title}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">These are your judgements. Tick each ground that applies to {who}, and give your reasons. If none of them apply, select “None of these”.</p>
        <p className="govuk-body">{numberingNote(recordedDate)}</p>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <div className={`govuk-form-group${nothing ? ' govuk-form-group--error' : ''}`}>
            <h2 className="govuk-heading-m" id="suitability-question">
              Which of these apply to {who}?
            </h2>
            <div id="suitability-hint" className="govuk-hint">
              Select all that apply.
            </div>
            {nothing ? <ErrorMessage id="suitability-error">{nothing}</ErrorMessage> : null}
            {GROUND_GROUPS.map((group) => {
              const shown = group.codes.filter((code) => codes.includes(code));
              if (shown.length === 0) return null;
              return (
                <fieldset key={group.key} className="govuk-fieldset govuk-!-margin-bottom-6" aria-describedby={describedBy}>
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{group.legend}</legend>
                  <div className="govuk-checkboxes">{shown.map(checkbox)}</div>
                </fieldset>
              );
            })}
            <div className="govuk-checkboxes">
              <div className="govuk-checkboxes__divider">or</div>
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={NONE_ID}
                  name="none"
                  type="checkbox"
                  value="none"
                  checked={choice.none}
                  disabled={readOnly}
                  aria-describedby={describedBy}
                  onChange={(event) => change(toggleChoice(choice, codes, 'none', event.target.checked))}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={NONE_ID}>
                  None of these
                </label>
              </div>
            </div>
          </div>
          <div aria-live="polite">
            {warnings.map((warning) => (
              <WarningText key={warning}>{warning}</WarningText>
            ))}
          </div>
          <Button type="submit" disabled={readOnly}>
            {returnTo ? 'Save and return' : 'Continue'}
          </Button>
        </form>
      </div>
    </div>
  );
}

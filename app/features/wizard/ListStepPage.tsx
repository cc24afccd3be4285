import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { BackLink, Button, ErrorSummary, Radios, Tag } from '../../components/govuk';
import { useCurrentCase } from '../../cases/CaseContext';
import { usePageTitle } from '../../usePageTitle';
import { removeItem } from './apply';
import { afterSave } from './FormStepPage';
import { dependantComplete, previousTarget, sectionOf } from './flow';
import { newItemId, useWizardNavigation } from './navigation';
import type { Dependant } from '../../../src/case';
import { describeItem, isInLine, listItems, SECTIONS, type ListStep, type StepContext } from './steps';
import { todayIso } from './today';

/** An add-another page: the items so far, each with Change and Remove, then "Do you need to add another?". */
export function ListStepPage({ step, ctx, returnTo }: { step: ListStep; ctx: StepContext; returnTo: 'check-answers' | undefined }) {
  const editor = useCurrentCase();
  const record = editor.record;
  if (!record) throw new Error('The case is not loaded');
  const caseFile = record.caseFile;
  const { go, href } = useWizardNavigation(record.id);
  const [today] = useState(todayIso);
  const items = listItems(caseFile, step.collection, ctx);
  const title = step.title(caseFile, ctx);
  const question = items.length > 0 ? `Do you need to add another ${step.noun}?` : `Do you need to add a ${step.noun}?`;
  const message = `Select yes if you need to add ${items.length > 0 ? 'another' : 'a'} ${step.noun}`;
  const schema = z.object({ addAnother: z.enum(['yes', 'no'], { error: message }) });
  const form = useForm<{ addAnother: string }>({
    defaultValues: { addAnother: '' },
    resolver: zodResolver(schema) as never,
    shouldFocusError: false,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const value = useWatch({ control: form.control, name: 'addAnother' });
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const section = SECTIONS.find((candidate) => candidate.key === sectionOf(step.key, ctx));
  usePageTitle(`${title} – ${section?.title ?? ''}`, Boolean(error));

  const itemTarget = (id: string) =>
    step.collection === 'dependants' ? { page: 'step' as const, step: step.itemStep, ctx: { dependant: id } } : { page: 'step' as const, step: step.itemStep, ctx: { ...ctx, item: id } };

  // Ignore a second Continue while the next page is on its way: it would start a second new item.
  const leaving = useRef(false);
  const onSubmit = form.handleSubmit(
    ({ addAnother }) => {
      if (leaving.current) return;
      leaving.current = true;
      setError(undefined);
      if (addAnother === 'yes') {
        void go(itemTarget(newItemId()), { returnTo });
        return;
      }
      const { target, returnTo: carry } = afterSave(step.key, ctx, caseFile, today, returnTo);
      void go(target, { returnTo: carry });
    },
    () => {
      setError(message);
      setAttempt((count) => count + 1);
    },
  );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={returnTo ? href({ page: 'check-answers' }) : href(previousTarget(step.key, ctx, caseFile))} />
        <ErrorSummary errors={error ? [{ fieldId: 'addAnother', message: error }] : []} focusKey={attempt} />
        <span className="govuk-caption-l">{section?.title}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {items.length === 0 ? <p className="govuk-body">You have not added any {step.noun}s.</p> : null}
        {items.map((item, index) => {
          const { key, value: description } = describeItem(step.collection, item, index);
          const dependant = step.collection === 'dependants' ? (item as Dependant) : undefined;
          const inLine = dependant && isInLine(dependant);
          return (
            <div key={item.id} className="govuk-summary-card">
              <div className="govuk-summary-card__title-wrapper">
                <h2 className="govuk-summary-card__title">{key}</h2>
                <ul className="govuk-summary-card__actions">
                  <li className="govuk-summary-card__action">
                    <a className="govuk-link" href={href(itemTarget(item.id), { returnTo })}>
                      Change<span className="govuk-visually-hidden"> {key}</span>
                    </a>
                  </li>
                </ul>
              </div>
              <div className="govuk-summary-card__content">
                <p className="govuk-body">{description}</p>
                {inLine ? (
                  <p className="govuk-body">
                    Considered in line:{' '}
                    {dependantComplete(caseFile, item.id, today) ? <Tag colour="green">Questions completed</Tag> : <Tag colour="light-blue">Questions in progress</Tag>}
                  </p>
                ) : dependant ? (
                  <p className="govuk-body">Not considered in line: must apply on the relevant family route.</p>
                ) : null}
                <Button
                  variant="secondary"
                  className="govuk-!-margin-bottom-0"
                  disabled={editor.readOnly}
                  onClick={() => {
                    editor.updateCase(section?.title ?? step.key, (current) => removeItem(current, step.collection, ctx, item.id));
                    // The button disappears with its item: keep focus on the page, not the body.
                    const heading = document.querySelector<HTMLElement>('main h1');
                    if (heading) {
                      heading.tabIndex = -1;
                      heading.focus();
                    }
                  }}
                >
                  Remove<span className="govuk-visually-hidden"> {key}</span>
                </Button>
              </div>
            </div>
          );
        })}
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Radios
            id="addAnother"
            legend={question}
            legendSize="m"
            error={error}
            value={value}
            inline
            options={[
              { value: 'yes', text: 'Yes' },
              { value: 'no', text: 'No' },
            ]}
            inputProps={{ ...form.register('addAnother'), disabled: editor.readOnly }}
          />
          <Button type="submit" disabled={editor.readOnly}>
            Continue
          </Button>
        </form>
      </div>
    </div>
  );
}

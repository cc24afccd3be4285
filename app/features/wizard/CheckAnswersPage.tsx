import { useMemo, useState } from 'react';
import type { CaseFile } from '../../../src/case';
import { decide } from '../../../src/rules';
import { BackLink, Button, SummaryList, WarningText, type SummaryRow } from '../../components/govuk';
import { useCurrentCase } from '../../cases/CaseContext';
import { usePageTitle } from '../../usePageTitle';
import { displayValue, fieldFocusId, isShown, readValues } from './fields';
import { DEPENDANT_FLOW, MAIN_FLOW, stepApplies, stepRoot, type Target } from './flow';
import { useWizardNavigation } from './navigation';
import { dependantName, describeItem, listItems, SECTIONS, STEPS, type StepContext, type StepKey } from './steps';
import { todayIso } from './today';
import { midSentence } from '../../components/text';

type Href = (target: Target, extra?: { returnTo?: 'check-answers'; focus?: string }) => string;

/** The rows of one page's answers: only the questions that are asked, each with a Change link to the field. */
function stepRows(step: StepKey, caseFile: CaseFile, ctx: StepContext, decisionDate: string, href: Href): SummaryRow[] {
  const definition = STEPS[step];
  if (definition.kind === 'list') {
    return listItems(caseFile, definition.collection, ctx).flatMap((item, index) => {
      const { key, value } = describeItem(definition.collection, item, index);
      if (definition.collection === 'dependants') return [];
      return [{ key, value, action: { href: href({ page: 'step', step: definition.itemStep, ctx: { ...ctx, item: item.id } }, { returnTo: 'check-answers' }), visuallyHidden: key } }];
    });
  }
  const root = stepRoot(definition, caseFile, ctx);
  const fields = definition.fields(caseFile, ctx, decisionDate);
  const values = readValues(fields, root);
  return fields
    .filter((field) => isShown(field, fields, values))
    .map((field) => {
      const label = field.summaryLabel ?? field.label;
      return {
        key: label,
        value: displayValue(field, values),
        action: { href: href({ page: 'step', step, ctx }, { returnTo: 'check-answers', focus: fieldFocusId(field) }), visuallyHidden: midSentence(label) },
      };
    });
}

/** Check your answers: every answer that counts, grouped by section, with Change links that return here. */
export function CheckAnswersPage() {
  usePageTitle('Check your answers');
  const editor = useCurrentCase();
  const record = editor.record;
  if (!record) throw new Error('The case is not loaded');
  const caseFile = record.caseFile;
  const { go, href } = useWizardNavigation(record.id);
  const [today] = useState(todayIso);
  const decisionDate = caseFile.decisionDate ?? today;
  const missing = useMemo(() => decide(caseFile, { decisionDate }).missing, [caseFile, decisionDate]);

  const sections = SECTIONS.map((section) => {
    const rows = MAIN_FLOW.filter((step) => STEPS[step].section === section.key && stepApplies(step, caseFile, {})).flatMap((step) =>
      stepRows(step, caseFile, {}, decisionDate, href),
    );
    return { ...section, rows };
  }).filter((section) => section.rows.length > 0);
  const dependants = caseFile.dependants?.hasDependants === true ? (caseFile.dependants.people ?? []) : [];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={href({ page: 'overview' })}>Back to the case overview</BackLink>
        <h1 className="govuk-heading-l">Check your answers</h1>
        {sections.map((section) => (
          <section key={section.key}>
            <h2 className="govuk-heading-m">{section.title}</h2>
            <SummaryList rows={section.rows} />
            {section.key === 'dependants'
              ? dependants.map((person) => {
                  const ctx = { dependant: person.id };
                  const rows = DEPENDANT_FLOW.filter((step) => stepApplies(step, caseFile, ctx)).flatMap((step) => stepRows(step, caseFile, ctx, decisionDate, href));
                  return (
                    <section key={person.id}>
                      <h3 className="govuk-heading-s">Dependant: {dependantName(caseFile, person.id)}</h3>
                      <SummaryList rows={rows} />
                    </section>
                  );
                })
              : null}
          </section>
        ))}
        {missing.length > 0 ? (
          <>
            <WarningText>Some answers the decision needs are missing. The outcome will be “more information needed” until they are recorded.</WarningText>
            <ul className="govuk-list govuk-list--bullet">
              {missing.map((answer) => (
                <li key={answer.path}>{answer.label}</li>
              ))}
            </ul>
          </>
        ) : null}
        <h2 className="govuk-heading-m">Now see the outcome</h2>
        <p className="govuk-body">The outcome is worked out from these answers on the decision date. Nothing is served until you do so.</p>
        <Button onClick={() => void go({ page: 'outcome' })}>Continue to the outcome</Button>
      </div>
    </div>
  );
}

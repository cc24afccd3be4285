import { useMemo, useState } from 'react';
import type { CaseFile, SuitabilityGroundCode } from '../../../src/case';
import { decide } from '../../../src/rules';
import { BackLink, Button, SummaryList, WarningText, type SummaryRow } from '../../components/govuk';
import { useCurrentCase } from '../../cases/CaseContext';
import { usePageTitle } from '../../usePageTitle';
import { displayValue, fieldFocusId, isShown, readValues } from './fields';
import { DEPENDANT_FLOW, MAIN_FLOW, stepApplies, stepRoot, type Target } from './flow';
import { DecisionNotReady } from './DecisionNotReady';
import { useWizardNavigation } from './navigation';
import { decisionCanStart } from './status';
import { groundLabel } from './groundLabels';
import { dependantName, describeItem, groundsOnPage, listItems, SECTIONS, STEPS, subjectOf, type StepContext, type StepKey } from './steps';
import { groundName, NONE_ID } from './suitability';
import { todayIso } from './today';
import { midSentence } from '../../components/text';

type Href = (target: Target, extra?: { returnTo?: 'check-answers'; focus?: string }) => string;

/**
 * The suitability findings, readably: each ground that applies with its reasons, then the grounds
 * found not to apply and any not yet answered. Each Change link goes to that ground's checkbox.
 */
function suitabilityRows(caseFile: CaseFile, ctx: StepContext, href: Href): SummaryRow[] {
  const codes = groundsOnPage(caseFile, ctx);
  const findings = subjectOf(caseFile, ctx)?.suitability;
  const date = caseFile.decisionDate;
  const change = (code: SuitabilityGroundCode | undefined) => href({ page: 'step', step: 'suitability', ctx }, { returnTo: 'check-answers', focus: code ? groundName(code) : NONE_ID });
  const applying = codes.filter((code) => findings?.[code]?.applies === true);
  const notApplying = codes.filter((code) => findings?.[code]?.applies === false);
  const unanswered = codes.filter((code) => findings?.[code]?.applies === undefined);
  const list = (shown: SuitabilityGroundCode[]) => (
    <ul className="govuk-list">
      {shown.map((code) => (
        <li key={code}>{groundLabel(code, date)}</li>
      ))}
    </ul>
  );
  if (unanswered.length === codes.length) {
    return [{ key: 'Suitability findings', value: 'Not answered', action: { href: change(codes[0]), visuallyHidden: 'suitability findings' } }];
  }
  const rows: SummaryRow[] = applying.map((code) => {
    const label = groundLabel(code, date);
    const note = findings?.[code]?.note;
    return {
      key: label,
      value: (
        <>
          <p className="govuk-body">Applies</p>
          <p className="govuk-body">{note ? `Your reasons: “${note}”` : 'No reasons recorded'}</p>
        </>
      ),
      action: { href: change(code), visuallyHidden: label.toLowerCase() },
    };
  });
  if (applying.length === 0 && unanswered.length === 0) {
    rows.push({ key: 'Suitability findings', value: 'None of these apply', action: { href: change(undefined), visuallyHidden: 'suitability findings' } });
  } else if (notApplying.length > 0) {
    rows.push({ key: 'Grounds that do not apply', value: list(notApplying), action: { href: change(notApplying[0]), visuallyHidden: 'grounds that do not apply' } });
  }
  if (unanswered.length > 0) {
    rows.push({ key: 'Findings not answered', value: list(unanswered), action: { href: change(unanswered[0]), visuallyHidden: 'findings not answered' } });
  }
  return rows;
}

/** The rows of one page's answers: only the questions that are asked, each with a Change link to the field. */
function stepRows(step: StepKey, caseFile: CaseFile, ctx: StepContext, decisionDate: string, href: Href): SummaryRow[] {
  if (step === 'suitability') return suitabilityRows(caseFile, ctx, href);
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
  const ready = decisionCanStart(caseFile, today);
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
        {ready ? (
          <>
            <h2 className="govuk-heading-m">Now see the outcome</h2>
            <p className="govuk-body">The outcome is worked out from these answers on the decision date. Nothing is served until you do so.</p>
            <Button onClick={() => void go({ page: 'outcome' })}>Continue to the outcome</Button>
          </>
        ) : (
          <DecisionNotReady caseId={record.id} caseFile={caseFile} today={today} heading="You cannot see the outcome yet" level={2} what="the outcome and the decision letters" />
        )}
      </div>
    </div>
  );
}

import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { decide } from '../../../src/rules';
import { formatLong } from '../../../src/dates';
import { BackLink, InsetText, Panel, WarningText } from '../../components/govuk';
import { useCurrentCase } from '../../cases/CaseContext';
import { usePageTitle } from '../../usePageTitle';
import { DecisionNotReady } from './DecisionNotReady';
import { useWizardNavigation } from './navigation';
import { decisionCanStart, unfinishedPages } from './status';
import { BEFORE_CONSIDERATION, DEPENDANT_OUTCOME_TEXT, eligibleFromText, OUTCOME_TITLE, UNLESS_CONVICTED } from './outcomeText';
import { AssessedWith, REASON_STATUS, ReasonsTable } from '../../components/ReasonsTable';
import { dependantName } from './steps';
import { todayIso } from './today';
import { WhatIfPanel } from '../training/WhatIfPanel';
import { setAtPath } from '../training/whatIf';

/** The outcome: `decide` on the case file as it stands, with reasons, dependants and next steps. */
export function OutcomePage() {
  usePageTitle('Outcome');
  const editor = useCurrentCase();
  const record = editor.record;
  if (!record) throw new Error('The case is not loaded');
  const caseFile = record.caseFile;
  const { href } = useWizardNavigation(record.id);
  const [today] = useState(todayIso);
  const decisionDate = caseFile.decisionDate ?? today;
  const ready = decisionCanStart(caseFile, today);
  const decision = useMemo(() => decide(caseFile, { decisionDate }), [caseFile, decisionDate]);
  const failing = decision.reasons.filter((reason) => reason.status !== 'met');
  // The outcome may show before every page is finished when the core says it waits for no answer.
  const unfinished = useMemo(() => (ready ? unfinishedPages(caseFile, today).length : 0), [ready, caseFile, today]);

  // No outcome on unfinished answers: say what is still needed instead (no panel, no letters).
  if (!ready) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <BackLink href={href({ page: 'check-answers' })}>Back to check your answers</BackLink>
          <DecisionNotReady caseId={record.id} caseFile={caseFile} today={today} heading="You cannot see the outcome yet" level={1} what="the outcome and the decision letters" />
        </div>
      </div>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={href({ page: 'check-answers' })}>Back to check your answers</BackLink>
        <Panel title={OUTCOME_TITLE[decision.outcome]} tone={decision.outcome === 'grant-settlement' ? 'positive' : decision.outcome === 'refuse-settlement' ? 'negative' : 'neutral'}>
          Decision date: {formatLong(decision.decisionDate)}
          {decision.eligibleFrom ? (
            <>
              <br />
              Eligible from: {formatLong(decision.eligibleFrom)}
              {decision.eligibleFromUnlessConvicted ? ` (${UNLESS_CONVICTED})` : null}
            </>
          ) : null}
        </Panel>
        {decision.beforeConsideration ? (
          <div id="before-consideration">
            <WarningText>{BEFORE_CONSIDERATION}</WarningText>
          </div>
        ) : null}
        {decision.eligibleFrom ? (
          <div id="eligible-from">
            <InsetText>{eligibleFromText(decision)}</InsetText>
          </div>
        ) : null}
        {unfinished > 0 ? (
          <div id="decided-before-finished">
            <InsetText>
              {unfinished === 1 ? 'One page of the case is' : `${unfinished} pages of the case are`} not finished.{' '}
              {decision.couldChangeOutcome.length === 0
                ? 'No answer still missing can change this outcome.'
                : 'The guidance requires this outcome now, but the answers listed below could still change it.'}{' '}
              <a className="govuk-link" href={href({ page: 'overview' })}>
                Finish them from the case overview
              </a>
              .
            </InsetText>
          </div>
        ) : null}
        {decision.outcome !== 'awaiting-information' && decision.couldChangeOutcome.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">Answers that could still change this outcome</h2>
            <ul className="govuk-list govuk-list--bullet" id="could-change-outcome">
              {decision.couldChangeOutcome.map((answer) => (
                <li key={answer.path}>{answer.label}</li>
              ))}
            </ul>
          </>
        ) : null}
        {failing.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">Why</h2>
            <ul className="govuk-list govuk-list--bullet" id="failing-reasons">
              {failing.map((reason, index) => (
                <li key={`${reason.code}-${index}`}>
                  <strong>{reason.citation}</strong> ({REASON_STATUS[reason.status].text.toLowerCase()}): {reason.text}
                  <AssessedWith reason={reason} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {decision.missing.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">Answers needed</h2>
            <ul className="govuk-list govuk-list--bullet">
              {decision.missing.map((answer) => (
                <li key={answer.path}>{answer.label}</li>
              ))}
            </ul>
          </>
        ) : null}
        <h2 className="govuk-heading-m">What to do next</h2>
        <ul className="govuk-list govuk-list--bullet" id="actions">
          {decision.actions.map((action, index) => (
            <li key={`${action.code}-${index}`}>{action.text}</li>
          ))}
        </ul>
        {decision.dependants.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">Dependants</h2>
            <dl className="govuk-summary-list" id="dependant-outcomes">
              {decision.dependants.map((dependant) => (
                <div key={dependant.id} className="govuk-summary-list__row" data-outcome={dependant.outcome}>
                  <dt className="govuk-summary-list__key">{dependantName(caseFile, dependant.id).replace(/^dependant/, 'Dependant')}</dt>
                  <dd className="govuk-summary-list__value">{DEPENDANT_OUTCOME_TEXT[dependant.outcome]}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : null}
        <ReasonsTable reasons={decision.reasons} caption="Every requirement checked" id="reasons" />
        {decision.dependants
          .filter((dependant) => dependant.reasons.length > 0)
          .map((dependant) => (
            <ReasonsTable key={dependant.id} reasons={dependant.reasons} caption={`Requirements checked for ${dependantName(caseFile, dependant.id)}`} id={`reasons-${dependant.id}`} />
          ))}
        <p className="govuk-body-s">Rules version {decision.rulesVersion}.</p>
        <p className="govuk-body">
          <a className="govuk-link" href={href({ page: 'overview' })}>
            Return to the case overview
          </a>
        </p>
      </div>
      <div className="govuk-grid-column-one-third">
        <h2 className="govuk-heading-m">Letters</h2>
        <p className="govuk-body">
          <Link to="/cases/$caseId/letters" params={{ caseId: record.id }} className="govuk-link">
            Draft the letters for this outcome
          </Link>
        </p>
        <WhatIfPanel
          caseFile={caseFile}
          decisionDate={decisionDate}
          decision={decision}
          onApply={editor.readOnly ? undefined : (path, value) => editor.updateCase('What if', (current) => setAtPath(current, path, value))}
        />
      </div>
    </div>
  );
}

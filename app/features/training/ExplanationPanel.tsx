import type { CaseFile } from '../../../src/case';
import type { Decision, Reason } from '../../../src/rules';
import { AssessedWith, ReasonStatusTag } from '../../components/ReasonsTable';
import { OUTCOME_NAMES } from './scenarioLibrary';
import { answersUsed } from './explain';


/** One requirement: status, citation, the rule's own words about the facts, and the answers it read. */
export function ReasonItem({ reason, caseFile, highlight }: { reason: Reason; caseFile: CaseFile; highlight?: string | undefined }) {
  const answers = answersUsed(caseFile, reason.facts);
  return (
    <li className={`app-reason${highlight ? ' app-reason--changed' : ''}`} data-reason-code={reason.code}>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        <ReasonStatusTag status={reason.status} /> <strong className="app-citation">{reason.citation}</strong>
        {highlight ? <span className="app-reason__change"> {highlight}</span> : null}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        {reason.text}
        <AssessedWith reason={reason} />
      </p>
      {answers.length > 0 ? (
        <details className="govuk-details govuk-!-margin-bottom-2">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Answers used<span className="govuk-visually-hidden"> for {reason.citation}</span>
            </span>
          </summary>
          <div className="govuk-details__text">
            <dl className="app-answers-used">
              {answers.map((answer) => (
                <div key={answer.path}>
                  <dt>{answer.label}</dt>
                  <dd>{answer.value}</dd>
                </div>
              ))}
            </dl>
          </div>
        </details>
      ) : null}
    </li>
  );
}

/**
 * The live explanation beside the wizard: the outcome so far and every requirement with its
 * status, citation and the answers it used. It reads `decide`'s result and never recomputes it.
 */
export function ExplanationPanel({ decision, caseFile }: { decision: Decision; caseFile: CaseFile }) {
  return (
    <aside className="app-explanation" aria-labelledby="explanation-title">
      <h2 className="govuk-heading-m" id="explanation-title">
        How the rules see this case
      </h2>
      <p className="govuk-body" aria-live="polite">
        Outcome so far: <strong data-testid="explanation-outcome">{OUTCOME_NAMES[decision.outcome]}</strong>
      </p>
      <ol className="govuk-list app-reasons">
        {decision.reasons.map((reason) => (
          <ReasonItem key={reason.code} reason={reason} caseFile={caseFile} />
        ))}
      </ol>
      {decision.dependants.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">Dependants</h3>
          {decision.dependants.map((dependant) => {
            const person = caseFile.dependants?.people?.[dependant.index];
            const name = [person?.givenNames, person?.familyName].filter(Boolean).join(' ') || `Dependant ${dependant.index + 1}`;
            return (
              <section key={dependant.id} aria-label={`Dependant: ${name}`}>
                <p className="govuk-body-s">
                  <strong>{name}</strong>: {dependant.outcome.replace(/-/g, ' ')}
                </p>
                <ol className="govuk-list app-reasons">
                  {dependant.reasons.map((reason) => (
                    <ReasonItem key={reason.code} reason={reason} caseFile={caseFile} />
                  ))}
                </ol>
              </section>
            );
          })}
        </>
      ) : null}
    </aside>
  );
}

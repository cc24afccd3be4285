/**
 * `/related/$route/result`: the outcome in a panel, the decision's own fields (period, dates,
 * conditions), every reason with its citation and whether it is met, the next steps, and the
 * letters that fit. Everything shown is read from the decision; nothing is recomputed here.
 */
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { relatedLettersFor } from '../../../src/letters/related';
import { missingAnswers, type RelatedDecision } from '../../../src/related';
import { Panel, SummaryList, WarningText } from '../../components/govuk';
import { ReasonsTable } from '../../components/ReasonsTable';
import { usePageTitle } from '../../usePageTitle';
import { useSignatory } from '../settings/signatory';
import { todayIso } from '../wizard/today';
import { relevantPages, type Answers, type QuestionPage } from './model';
import { CONDITION_NAMES, decisionFields, outcomeTitle } from './outcomes';
import { CaseTools } from './RelatedPages';
import { decideAnswers, type RelatedRoute } from './routes';
import { useCurrentRoute } from './useRelatedRoute';
import { useWorkingCase } from './workingCase';

/** The person's details kept beside the case, for letters. */
export function personFrom(answers: Answers) {
  return { name: answers['person.name'], homeOfficeReference: answers['person.reference'], address: answers['person.address'] };
}

/** The page that asks for a missing field path (or the list it belongs to). */
function pageFor(pages: readonly QuestionPage[], path: string): QuestionPage | undefined {
  return pages.find((page) => page.questions.some((q) => q.path === path || q.path.startsWith(`${path}.`) || path.startsWith(`${q.path}.`)));
}

function Decided({ route, decision, caseFile, answers }: { route: RelatedRoute; decision: RelatedDecision; caseFile: Parameters<typeof relatedLettersFor>[0]; answers: Answers }) {
  const { signatory, loading } = useSignatory();
  const letters = useMemo(
    () => (route.hasLetters && !loading ? relatedLettersFor(caseFile, decision, personFrom(answers), { signatory, today: todayIso() }) : []),
    [route.hasLetters, loading, caseFile, decision, answers, signatory],
  );
  const missing = missingAnswers(decision);
  const missingPages = [...new Set(missing.map((path) => pageFor(route.pages, path)).filter((page): page is QuestionPage => page !== undefined))];
  const title = outcomeTitle(decision);
  return (
    <>
      {decision.outcome === 'incomplete' ? (
        <>
          <h1 className="govuk-heading-l">{title}</h1>
          <WarningText>The rules cannot decide this case until the questions below are answered.</WarningText>
          {missingPages.length > 0 ? (
            <ul className="govuk-list govuk-list--bullet">
              {missingPages.map((page) => (
                <li key={page.id}>
                  <Link to="/related/$route/questions/$page" params={{ route: route.id, page: page.id }} className="govuk-link">
                    Answer the questions on “{page.title}”
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <Panel title={title}>{decision.decisionCitation ? <>Decided under {decision.decisionCitation}</> : null}</Panel>
      )}
      <h2 className="govuk-heading-m">The decision</h2>
      <SummaryList rows={decisionFields(decision).map((row) => ({ key: row.label, value: row.value }))} />
      {decision.route === 'restricted-leave' && decision.conditions && decision.conditions.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Conditions</h2>
          <SummaryList
            rows={decision.conditions.map((condition) => ({
              key: CONDITION_NAMES[condition.kind],
              value: (
                <>
                  <p className="govuk-body">{condition.text}</p>
                  <p className="govuk-body-s govuk-!-margin-bottom-0">
                    Why: {condition.because} ({condition.citation})
                  </p>
                </>
              ),
            }))}
          />
        </>
      ) : null}
      <ReasonsTable reasons={decision.reasons} caption="Reasons" />
      {decision.actions.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Next steps</h2>
          <ul className="govuk-list govuk-list--bullet">
            {decision.actions.map((action) => (
              <li key={action.code}>
                {action.text}
                {action.citation ? ` (${action.citation})` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {route.hasLetters ? (
        <>
          {/* Fee status is assessed by a university or college: an assessment for the file, not a Home Office letter. */}
          <h2 className="govuk-heading-m">{route.id === 'fee-status' ? 'Fee status assessment' : 'Letters'}</h2>
          {letters.length === 0 ? (
            <p className="govuk-body">{loading ? 'Loading the letters…' : route.id === 'fee-status' ? 'The assessment is ready once the questions are answered.' : 'No letter fits this outcome.'}</p>
          ) : (
            <ul className="govuk-list">
              {letters.map((letter) => (
                <li key={letter.id}>
                  <Link to="/related/$route/letters/$letterId" params={{ route: route.id, letterId: letter.id }} className="govuk-link">
                    {letter.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </>
  );
}

export function ResultPage() {
  const route = useCurrentRoute();
  const { answers } = useWorkingCase();
  const result = useMemo(() => decideAnswers(route, answers, todayIso()), [route, answers]);
  usePageTitle(result.ok ? `${outcomeTitle(result.decision)} – ${route.title}` : `Answers to check – ${route.title}`);
  const first = relevantPages(route.pages, answers)[0];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <Link to="/related/$route/check-answers" params={{ route: route.id }} className="govuk-back-link">
          Back to your answers
        </Link>
        <span className="govuk-caption-l">{route.title}</span>
        {result.ok ? (
          <Decided route={route} decision={result.decision} caseFile={result.caseFile} answers={answers} />
        ) : (
          <>
            <h1 className="govuk-heading-l">Answers to check</h1>
            <p className="govuk-body">Some answers cannot be read. Check them, then see the decision again.</p>
            <ul className="govuk-list govuk-list--bullet">
              {result.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
            {first ? (
              <Link to="/related/$route/questions/$page" params={{ route: route.id, page: first.id }} className="govuk-link">
                Go to the questions
              </Link>
            ) : null}
          </>
        )}
        <CaseTools route={route} />
      </div>
    </div>
  );
}

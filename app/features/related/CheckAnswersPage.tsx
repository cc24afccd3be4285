/**
 * `/related/$route/check-answers`: every relevant answer, page by page, with a change link, and
 * the questions still unanswered. The decision can be seen with answers missing: it then says
 * which it needs.
 */
import { Link } from '@tanstack/react-router';
import { formatLong } from '../../../src/dates';
import { SummaryList } from '../../components/govuk';
import { usePageTitle } from '../../usePageTitle';
import { todayIso } from '../wizard/today';
import { answerText, relevantPages, relevantQuestions, validatePage } from './model';
import { CaseTools, LinkButton } from './RelatedPages';
import { useCurrentRoute } from './useRelatedRoute';
import { useWorkingCase } from './workingCase';
import { midSentence } from '../../components/text';

/** The question as the change link's hidden text: "Change" + "has the student been…". */
function hiddenName(label: string): string {
  return midSentence(label.replace(/\?$/, ''));
}

/** `/related/$route/check-answers`. */
export function CheckAnswersPage() {
  const route = useCurrentRoute();
  const { answers, setReturnToCheck } = useWorkingCase();
  usePageTitle(`Check your answers – ${route.title}`);
  const pages = relevantPages(route.pages, answers);
  const unanswered = pages.flatMap((page) => validatePage(page, answers).map((error) => ({ page, error })));
  const last = pages[pages.length - 1];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {last ? (
          <Link to="/related/$route/questions/$page" params={{ route: route.id, page: last.id }} className="govuk-back-link">
            Back
          </Link>
        ) : null}
        <span className="govuk-caption-l">{route.title}</span>
        <h1 className="govuk-heading-l">Check your answers</h1>
        {unanswered.length > 0 ? (
          <div className="govuk-inset-text">
            <p className="govuk-body">Some questions are not answered yet. The decision will say what it still needs.</p>
            <ul className="govuk-list govuk-list--bullet">
              {unanswered.map(({ page, error }) => (
                <li key={error.path}>
                  <a className="govuk-link" href={`#/related/${route.id}/questions/${page.id}`}>
                    {error.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {pages.map((page) => (
          <section key={page.id} aria-labelledby={`section-${page.id}`}>
            <h2 className="govuk-heading-m" id={`section-${page.id}`}>
              {page.title}
            </h2>
            <SummaryList
              rows={relevantQuestions(page, answers).map((question) => {
                // An add-another entry's answers are named with their entry: "Conviction 2: Date of conviction".
                const label = question.group ? `${question.group}: ${question.label}` : question.label;
                return {
                  key: label,
                  value: answerText(question, answers),
                  action: { href: `#/related/${route.id}/questions/${page.id}`, visuallyHidden: hiddenName(label), onClick: () => setReturnToCheck(true) },
                };
              })}
            />
          </section>
        ))}
        <h2 className="govuk-heading-m">Decision date</h2>
        <p className="govuk-body">The decision is made on today’s date, {formatLong(todayIso())}.</p>
        <LinkButton to="/related/$route/result" params={{ route: route.id }}>
          See the decision
        </LinkButton>
        <CaseTools route={route} />
      </div>
    </div>
  );
}

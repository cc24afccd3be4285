/**
 * The related routes' list page, the frame of one route's pages (which loads its working case),
 * and each route's start page with "Download case (JSON)" and "Start again".
 */
import { Link, Outlet, useNavigate, type LinkProps } from '@tanstack/react-router';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, SummaryList, WarningText } from '../../components/govuk';
import { usePageTitle } from '../../usePageTitle';
import { downloadJson } from '../cases/download';
import { todayIso } from '../wizard/today';
import { relevantPages } from './model';
import { buildCaseFile, decideAnswers, RELATED_ROUTES, type RelatedRoute } from './routes';
import { useCurrentRoute, useRelatedRoute } from './useRelatedRoute';
import { useWorkingCase, WorkingCaseProvider } from './workingCase';

/**
 * A link that looks like a GOV.UK button (the start button pattern). The space bar follows it too,
 * as it would press a button: govuk-frontend's script does this, which the app does not load.
 */
export function LinkButton(props: LinkProps & { children: ReactNode }) {
  return (
    <Link
      {...props}
      className="govuk-button"
      role="button"
      draggable={false}
      onKeyDown={(event) => {
        if (event.key === ' ') {
          event.preventDefault();
          event.currentTarget.click();
        }
      }}
    />
  );
}

/** `/related`: the four routes, each with a sentence and a link. */
export function RelatedListPage() {
  usePageTitle('Other routes');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Other routes</h1>
        <p className="govuk-body">
          Short decisions for people outside the Calais leave concession, or refused under it. Each keeps one working case on this device, saved as you answer.
        </p>
        <ul className="govuk-list app-related-routes">
          {RELATED_ROUTES.map((route) => (
            <li key={route.id} className="govuk-!-margin-bottom-6">
              <h2 className="govuk-heading-m govuk-!-margin-bottom-2">
                <Link to="/related/$route" params={{ route: route.id }} className="govuk-link">
                  {route.title}
                </Link>
              </h2>
              <p className="govuk-body govuk-!-margin-bottom-1">{route.description}</p>
              <p className="govuk-body-s govuk-!-margin-bottom-0">Rules: {route.source}</p>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function UnknownRoute() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">
        <Link to="/related" className="govuk-link">
          See the other routes
        </Link>
      </p>
    </>
  );
}

/** `/related/$route/*`: loads the route's working case for its pages. */
export function RelatedRouteLayout() {
  const route = useRelatedRoute();
  if (!route) return <UnknownRoute />;
  return (
    <WorkingCaseProvider key={route.id} route={route.id}>
      <SaveProblem />
      <Outlet />
    </WorkingCaseProvider>
  );
}

function SaveProblem() {
  const { saveError } = useWorkingCase();
  if (!saveError) return null;
  return <WarningText>Your answers could not be saved on this device: {saveError}. Download the case to keep a copy.</WarningText>;
}

/** Download the working case as its case file, and start again after confirming. */
export function CaseTools({ route }: { route: RelatedRoute }) {
  const { answers, startAgain } = useWorkingCase();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const download = () => {
    const today = todayIso();
    const decided = decideAnswers(route, answers, today);
    downloadJson(`${route.id}-case-${today}.json`, decided.ok ? decided.caseFile : buildCaseFile(route, answers, today));
  };

  return (
    <div className="app-related-tools">
      <div className="govuk-button-group">
        <Button variant="secondary" onClick={download}>
          Download case (JSON)
        </Button>
        <Button variant="warning" onClick={() => setConfirming(true)} aria-expanded={confirming} aria-controls="start-again-confirm">
          Start again
        </Button>
      </div>
      <div id="start-again-confirm">
        {confirming ? (
          <div ref={confirmRef} tabIndex={-1} className="govuk-!-margin-bottom-6" role="group" aria-labelledby="start-again-heading">
            <h2 className="govuk-heading-m" id="start-again-heading">
              Are you sure you want to start again?
            </h2>
            <p className="govuk-body">Every answer for this route on this device will be deleted. Download the case first to keep a copy.</p>
            <div className="govuk-button-group">
              <Button
                variant="warning"
                onClick={() => {
                  startAgain();
                  setConfirming(false);
                  void navigate({ to: '/related/$route', params: { route: route.id } });
                }}
              >
                Yes, delete my answers
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                No, keep them
              </Button>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** `/related/$route`: what the route decides, and where to start or carry on. */
export function RouteStartPage() {
  const route = useCurrentRoute();
  const { answers } = useWorkingCase();
  usePageTitle(route.title);
  const pages = relevantPages(route.pages, answers);
  const answered = Object.keys(answers).length > 0;
  const first = pages[0] ?? route.pages[0];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/related" className="govuk-back-link">
          Other routes
        </Link>
        <h1 className="govuk-heading-l">{route.title}</h1>
        <p className="govuk-body">{route.description}</p>
        <p className="govuk-body">Rules: {route.source}.</p>
        <h2 className="govuk-heading-m">The questions</h2>
        <SummaryList rows={pages.map((page, index) => ({ key: `${index + 1}.`, value: page.title }))} />
        {first ? (
          <div className="govuk-button-group">
            <LinkButton to="/related/$route/questions/$page" params={{ route: route.id, page: first.id }}>
              {answered ? 'Continue' : 'Start now'}
            </LinkButton>
            {answered ? (
              <Link to="/related/$route/check-answers" params={{ route: route.id }} className="govuk-link">
                Check your answers
              </Link>
            ) : null}
          </div>
        ) : null}
        {answered ? <CaseTools route={route} /> : null}
      </div>
    </div>
  );
}

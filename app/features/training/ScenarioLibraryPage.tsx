import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ROUTE_META, type RouteMetaId } from '../../../src/routeMeta';
import { Button, Select, Tag } from '../../components/govuk';
import { usePageTitle } from '../../usePageTitle';
import { openRelatedScenario } from './relatedTraining';
import { filterLibrary, loadRelatedScenarios, loadScenarioLibrary, OUTCOME_NAMES, relatedOutcomeName, TOPIC_NAMES, type LibraryEntry, type RelatedLibraryEntry, type ValidEntry } from './scenarioLibrary';
import { createTrainingCopy } from './trainingCopies';
import { useTrainingMode } from './useTrainingMode';

type LoadState = { state: 'loading' } | { state: 'loaded'; entries: LibraryEntry[]; related: RelatedLibraryEntry[] } | { state: 'failed'; error: string };
type ValidRelated = Extract<RelatedLibraryEntry, { ok: true }>;

/** The route filter from the address: a route of the registry, or '' for every route. */
function routeFilter(value: string | undefined): RouteMetaId | '' {
  return ROUTE_META.find((m) => m.id === value)?.id ?? '';
}

const ROUTE_TITLES: Record<string, string> = Object.fromEntries(ROUTE_META.map((m) => [m.id, m.title]));

/** The trainers' scenario library: prepared cases to open as training copies. */
export function ScenarioLibraryPage() {
  usePageTitle('Scenario library');
  useTrainingMode(true);
  const navigate = useNavigate();
  const search: { route?: string } = useSearch({ strict: false });
  const route = routeFilter(search.route);
  const [load, setLoad] = useState<LoadState>({ state: 'loading' });
  const [outcome, setOutcome] = useState('');
  const [topic, setTopic] = useState('');
  const [openError, setOpenError] = useState<string | undefined>();

  useEffect(() => {
    let cancelled = false;
    const fetchText = (url: string) => fetch(url, { cache: 'no-cache' });
    Promise.all([loadScenarioLibrary(fetchText), loadRelatedScenarios(fetchText)])
      .then(([entries, related]) => !cancelled && setLoad({ state: 'loaded', entries, related }))
      .catch((error: unknown) => !cancelled && setLoad({ state: 'failed', error: error instanceof Error ? error.message : String(error) }));
    return () => {
      cancelled = true;
    };
  }, []);

  const valid = useMemo(() => (load.state === 'loaded' ? load.entries.filter((entry): entry is ValidEntry => entry.ok) : []), [load]);
  const validRelated = useMemo(() => (load.state === 'loaded' ? load.related.filter((entry): entry is ValidRelated => entry.ok) : []), [load]);
  const broken = load.state === 'loaded' ? [...load.entries, ...load.related].filter((entry) => !entry.ok) : [];
  // The outcome and topic filters are the Calais library's own; a related route has neither.
  const calaisShown = route === '' || route === 'calais' ? filterLibrary(valid, outcome, topic) : [];
  const relatedShown = outcome === '' && topic === '' ? validRelated.filter((entry) => route === '' || entry.routeId === route) : [];
  const total = valid.length + validRelated.length;
  const setRoute = (next: string) => {
    void navigate({ to: '/scenarios', search: next ? { route: next } : {}, replace: true });
  };

  const open = (entry: ValidEntry) => {
    setOpenError(undefined);
    createTrainingCopy(entry.caseFile, entry.file)
      .then((record) => navigate({ to: '/cases/$caseId', params: { caseId: record.id } }))
      .catch((error: unknown) => setOpenError(error instanceof Error ? error.message : String(error)));
  };
  const openRelated = (entry: ValidRelated) => {
    setOpenError(undefined);
    openRelatedScenario(entry)
      .then(() => navigate({ to: '/related/$route/result', params: { route: entry.route } }))
      .catch((error: unknown) => setOpenError(error instanceof Error ? error.message : String(error)));
  };

  return (
    <>
      <h1 className="govuk-heading-l">Scenario library</h1>
      <p className="govuk-body">
        Prepared cases for training. Opening one makes a <strong>training copy</strong>: change any answer and watch the
        outcome move. Training copies are kept apart from real cases and never appear in the case list.
      </p>
      <p className="govuk-body">
        A scenario of a related route opens in that route’s pages as its working case, replacing the answers there, and is
        decided on today’s date.
      </p>
      <p className="govuk-body">
        <Link to="/training" className="govuk-link">
          Your training copies
        </Link>
      </p>
      {openError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The training copy could not be created: {openError}
        </p>
      ) : null}
      {load.state === 'loading' ? <p className="govuk-body">Loading scenarios…</p> : null}
      {load.state === 'failed' ? (
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">The scenario library could not be loaded</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{load.error}</p>
          </div>
        </div>
      ) : null}
      {broken.length > 0 ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {broken.length === 1 ? '1 scenario file could not be used:' : `${broken.length} scenario files could not be used:`}
            <ul className="govuk-list govuk-list--bullet app-broken-scenarios">
              {broken.map((entry) => (
                <li key={entry.file}>
                  <code>{entry.file}</code>: {entry.ok ? null : entry.error}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      {load.state === 'loaded' ? (
        <>
          <Select
            id="filter-route"
            label="Route"
            value={route}
            onChange={(event) => setRoute(event.target.value)}
            options={[{ value: '', text: 'Every route' }, ...ROUTE_META.map((m) => ({ value: m.id, text: m.title }))]}
          />
          {route === '' || route === 'calais' ? (
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-half">
                <Select
                  id="filter-outcome"
                label={route === 'calais' ? 'Expected outcome' : 'Expected outcome (Calais leave settlement)'}
                value={outcome}
                onChange={(event) => setOutcome(event.target.value)}
                options={[{ value: '', text: 'Any outcome' }, ...Object.entries(OUTCOME_NAMES).map(([value, text]) => ({ value, text }))]}
              />
            </div>
            <div className="govuk-grid-column-one-half">
              <Select
                id="filter-topic"
                label={route === 'calais' ? 'Topic' : 'Topic (Calais leave settlement)'}
                value={topic}
                onChange={(event) => setTopic(event.target.value)}
                options={[{ value: '', text: 'Any topic' }, ...Object.entries(TOPIC_NAMES).map(([value, text]) => ({ value, text }))]}
              />
            </div>
          </div>
          ) : null}
          <p className="govuk-body" role="status" aria-live="polite">
            Showing {calaisShown.length + relatedShown.length} of {total} scenarios
          </p>
          <ul className="govuk-list app-scenario-list">
            {calaisShown.map((entry) => {
              const { scenario } = entry.caseFile;
              return (
                <ScenarioItem
                  key={entry.file}
                  file={entry.file}
                  title={scenario.title}
                  learningPoint={scenario.learningPoint}
                  details={
                    <>
                      {ROUTE_TITLES['calais']} · Expected outcome: <Tag colour="blue">{OUTCOME_NAMES[scenario.expected.outcome]}</Tag>
                      {scenario.topics?.length ? <> · Topics: {scenario.topics.map((t) => TOPIC_NAMES[t]).join(', ')}</> : null}
                    </>
                  }
                  action="Open as a training copy"
                  onOpen={() => open(entry)}
                />
              );
            })}
            {relatedShown.map((entry) => {
              const { scenario } = entry;
              return (
                <ScenarioItem
                  key={entry.file}
                  file={entry.file}
                  title={scenario.title}
                  learningPoint={scenario.learningPoint}
                  details={
                    <>
                      {ROUTE_TITLES[entry.routeId]} · Expected outcome: <Tag colour="blue">{relatedOutcomeName(entry.routeId, scenario.expected.outcome)}</Tag>
                      {scenario.expected.citations.length > 0 ? <> · Citations: {scenario.expected.citations.join(', ')}</> : null}
                    </>
                  }
                  action={`Open in the ${ROUTE_TITLES[entry.routeId]?.toLowerCase() ?? ''} pages`}
                  onOpen={() => openRelated(entry)}
                />
              );
            })}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** One scenario in the library: its title as the item's heading, learning point, details and open button. */
function ScenarioItem(props: { file: string; title: string; learningPoint: string | undefined; details: ReactNode; action: string; onOpen: () => void }) {
  const headingId = `scenario-${props.file.replace(/[^\w-]/g, '-')}`;
  return (
    <li className="app-scenario" aria-labelledby={headingId}>
      <h2 className="govuk-heading-s" id={headingId}>
        {props.title}
      </h2>
      {props.learningPoint ? <p className="govuk-body">{props.learningPoint}</p> : null}
      <p className="govuk-body-s">{props.details}</p>
      <Button variant="secondary" onClick={props.onOpen} aria-describedby={headingId}>
        {props.action}
      </Button>
    </li>
  );
}

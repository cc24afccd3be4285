import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatLong } from '../../../src/dates';
import { Button, NotificationBanner, Select, Tag, TextInput } from '../../components/govuk';
import { onCaseMessage } from '../../cases/caseChannel';
import { describeStorageError, loadCaseSummariser, putSummaries } from '../../cases/db';
import { persistenceState, requestPersistentStorage, type PersistenceState } from '../../cases/persistence';
import { restoreUnsavedChanges } from '../../cases/recovery';
import type { CaseRecord } from '../../cases/records';
import { createEmptyCase, duplicateCase, listCases } from '../../cases/repository';
import { displayName, displayReference, identityOf, nameOrReferenceMatches, OUTCOME_TEXT, stageOf, summaryIsCurrent, type CaseStage, type SummaryDecision } from '../../cases/summary';
import { usePageTitle } from '../../usePageTitle';
import { isolate } from '../../components/text';
import { todayIso } from '../wizard/today';
import { downloadJson } from './download';
import { takeFlashMessage } from './flash';

type SortOrder = 'updated-desc' | 'updated-asc' | 'name';

const SORT_OPTIONS: { value: SortOrder; text: string }[] = [
  { value: 'updated-desc', text: 'Last updated (newest first)' },
  { value: 'updated-asc', text: 'Last updated (oldest first)' },
  { value: 'name', text: 'Name (A to Z)' },
];

const timeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "23 November 2026, 12:15", in the device's time zone. */
export function formatUpdated(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}

/**
 * A case as its row shows it: from the summary stored with it (app/cases/summary.ts), so that the
 * list needs neither the rules nor the wizard's pages. A case whose summary is missing or out of
 * date shows its name at once and its stage once the summary is worked out again.
 */
interface ListedCase {
  record: CaseRecord;
  name: string | undefined;
  reference: string | undefined;
  /** Undefined while the summary is being worked out. */
  stage: CaseStage | undefined;
  decision: SummaryDecision | undefined;
}

function listed(record: CaseRecord, today: string): ListedCase {
  const summary = summaryIsCurrent(record.summary, today) ? record.summary : undefined;
  const { name, reference } = summary ?? identityOf(record.caseFile.identity);
  return { record, name, reference, stage: summary && stageOf(summary), decision: summary?.decision };
}

function sortCases(cases: ListedCase[], order: SortOrder): ListedCase[] {
  const sorted = [...cases];
  if (order === 'name') sorted.sort((a, b) => displayName(a.name).localeCompare(displayName(b.name), 'en-GB', { sensitivity: 'base' }));
  else sorted.sort((a, b) => (order === 'updated-desc' ? b.record.updatedAt.localeCompare(a.record.updatedAt) : a.record.updatedAt.localeCompare(b.record.updatedAt)));
  return sorted;
}

/**
 * Works out again the summaries that are missing or out of date (records stored before summaries
 * were kept, or under older rules, or on an earlier day) and stores them. The rules load here,
 * after the list is shown, and only when some summary needs them.
 */
async function refreshSummaries(records: CaseRecord[], today: string): Promise<CaseRecord[] | undefined> {
  const stale = records.filter((record) => !summaryIsCurrent(record.summary, today));
  if (stale.length === 0) return undefined;
  const summarise = await loadCaseSummariser();
  const fresh = new Map(stale.map((record) => [record.id, summarise(record, today)]));
  await putSummaries(
    'case',
    stale.map((record) => ({ id: record.id, revision: record.revision, summary: fresh.get(record.id)! })),
  ).catch((error: unknown) => console.warn('Case summaries could not be stored; they will be worked out again next time:', error));
  return records.map((record) => {
    const summary = fresh.get(record.id);
    return summary ? { ...record, summary } : record;
  });
}

/** Offers cases as an export file. The export code loads on the first export, not with the list. */
async function exportCases(records: CaseRecord[]): Promise<void> {
  const { buildExport, exportFileName } = await import('../../cases/exportFormat');
  const exportedAt = new Date().toISOString();
  downloadJson(exportFileName(records, exportedAt), buildExport(records, exportedAt));
}

/** The home page: every case on this device, with search, export, import, duplicate and delete. */
export function CaseListPage() {
  usePageTitle('Your cases');
  const navigate = useNavigate();
  const [cases, setCases] = useState<CaseRecord[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const [order, setOrder] = useState<SortOrder>('updated-desc');
  const [message, setMessage] = useState<string | undefined>(() => takeFlashMessage());
  const [persistence, setPersistence] = useState<PersistenceState | undefined>();
  const [askedToPersist, setAskedToPersist] = useState(false);
  const [today] = useState(todayIso);
  // Only the latest listing may show: an earlier one can finish working out summaries after it.
  const listing = useRef(0);

  const refresh = useCallback(() => {
    const run = ++listing.current;
    listCases()
      .then(async (records) => {
        if (run !== listing.current) return;
        setCases(records);
        setError(undefined);
        const summarised = await refreshSummaries(records, today);
        if (summarised && run === listing.current) setCases(summarised);
      })
      .catch((reason: unknown) => {
        if (run === listing.current) setError(describeStorageError(reason));
      });
  }, [today]);

  useEffect(() => {
    // First store any changes a page left unsaved when it was closed mid-save, then list.
    restoreUnsavedChanges()
      .catch(() => 0)
      .finally(refresh);
    // Another tab saved, imported or deleted a case: show the list as it is now.
    const stop = onCaseMessage((received) => {
      if (received.type === 'saved' || received.type === 'list-changed') refresh();
    });
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  useEffect(() => {
    let cancelled = false;
    void persistenceState().then((state) => {
      if (!cancelled) setPersistence(state);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const entries = useMemo(() => (cases ?? []).map((record) => listed(record, today)), [cases, today]);
  const shown = useMemo(() => sortCases(entries.filter((entry) => nameOrReferenceMatches(entry, search)), order), [entries, search, order]);

  const startCase = () => {
    // Starting a case is the moment data first matters, and a click the browser can tie a
    // permission prompt to: ask then for the cases to be kept (never on page load).
    if (persistence === 'best-effort') void requestPersistentStorage();
    createEmptyCase()
      .then((record) => navigate({ to: '/cases/$caseId', params: { caseId: record.id } }))
      .catch((reason: unknown) => setError(`The case could not be created: ${describeStorageError(reason)}`));
  };

  const duplicate = ({ record, name }: ListedCase) => {
    duplicateCase(record.id)
      .then(() => {
        setMessage(`A copy of ${displayName(name)} was made. It is at the top of the list.`);
        setOrder('updated-desc');
        refresh();
      })
      .catch((reason: unknown) => setError(`The case could not be copied: ${describeStorageError(reason)}`));
  };

  const offerExport = (records: CaseRecord[]) => {
    exportCases(records).catch((reason: unknown) => setError(`The export could not be made: ${describeStorageError(reason)}`));
  };

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {message ? (
            <NotificationBanner success title="Done">
              <p className="govuk-notification-banner__heading">{message}</p>
            </NotificationBanner>
          ) : null}
          <h1 className="govuk-heading-l">Your cases</h1>
          <p className="govuk-body">
            Decide settlement for people granted Calais leave. Each case keeps the answers you record, the outcome with the
            paragraphs applied, and the draft decision letter.
          </p>
          <div className="govuk-button-group">
            <Button onClick={startCase}>Start a new case</Button>
            <Link to="/import" className="govuk-button govuk-button--secondary">
              Import cases
            </Link>
            {cases && cases.length > 0 ? (
              <Button variant="secondary" onClick={() => offerExport(sortCases(entries, 'updated-desc').map((entry) => entry.record))}>
                Export all cases
              </Button>
            ) : null}
          </div>
          {error ? (
            <div className="govuk-error-summary" role="alert">
              <h2 className="govuk-error-summary__title">There is a problem</h2>
              <div className="govuk-error-summary__body">
                <p className="govuk-body">{error}.</p>
              </div>
            </div>
          ) : null}
        </div>
      </div>

      {cases && cases.length > 0 ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <TextInput
              id="case-search"
              type="search"
              label="Search by name or Home Office reference"
              labelClassName="govuk-label--s"
              autoComplete="off"
              spellCheck={false}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <Select
              id="case-sort"
              label="Sort by"
              labelClassName="govuk-label--s"
              options={SORT_OPTIONS}
              value={order}
              onChange={(event) => setOrder(event.target.value as SortOrder)}
            />
          </div>
        </div>
      ) : null}

      {cases === undefined && !error ? <p className="govuk-body">Loading your cases…</p> : null}
      {cases && cases.length === 0 ? <p className="govuk-body">There are no cases on this device yet. Start a new case or import one.</p> : null}
      {cases && cases.length > 0 ? (
        <>
          <p className="govuk-body" role="status">
            {search.trim() ? `${shown.length} of ${cases.length} cases match “${isolate(search.trim())}”` : `${cases.length} ${cases.length === 1 ? 'case' : 'cases'}`}
          </p>
          {shown.length > 0 ? <CaseTable cases={shown} onDuplicate={duplicate} onExport={(record) => offerExport([record])} /> : null}
        </>
      ) : null}

      <h2 className="govuk-heading-m">Where your cases are kept</h2>
      <p className="govuk-body">
        Cases are kept only in this browser on this device. Nothing you enter is sent anywhere. Clearing this browser’s
        data for this site deletes the cases, so export a case to keep a copy.
      </p>
      <p className="govuk-body" data-testid="storage-persistence">
        Storage on this device:{' '}
        {persistence === undefined ? 'checking…' : null}
        {persistence === 'persisted' ? 'kept until you delete it.' : null}
        {persistence === 'best-effort' || persistence === 'unknown' ? 'may be cleared by the browser when space runs low. Export cases to keep a copy.' : null}
      </p>
      {persistence === 'best-effort' ? (
        <p className="govuk-body">
          <button
            type="button"
            className="govuk-link app-link-button"
            onClick={() => {
              void requestPersistentStorage().then((state) => {
                setPersistence(state);
                setAskedToPersist(true);
              });
            }}
          >
            Ask the browser to keep cases until you delete them
          </button>
          {askedToPersist ? <span role="status"> The browser did not agree. It decides by its own rules, for example whether the service is installed.</span> : null}
        </p>
      ) : null}
    </>
  );
}

function CaseTable({ cases, onDuplicate, onExport }: { cases: ListedCase[]; onDuplicate: (entry: ListedCase) => void; onExport: (record: CaseRecord) => void }) {
  return (
    // Stacks on a narrow screen, each cell labelled with its column (styles.scss, app-table--stack).
    <table className="govuk-table app-table--stack">
      <caption className="govuk-table__caption govuk-visually-hidden">Cases on this device</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name and reference
          </th>
          <th scope="col" className="govuk-table__header">
            Stage
          </th>
          <th scope="col" className="govuk-table__header">
            Last updated
          </th>
          <th scope="col" className="govuk-table__header">
            Actions
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {cases.map((entry) => {
          const { record, stage, decision } = entry;
          const name = displayName(entry.name);
          const reference = displayReference(entry.reference);
          const outcome = stage?.outcome;
          const who = reference ? `${name} (${reference})` : name;
          return (
            <tr className="govuk-table__row" key={record.id}>
              <th scope="row" className="govuk-table__header app-case-name" data-label="Name and reference">
                <Link to="/cases/$caseId" params={{ caseId: record.id }} className="govuk-link">
                  {name}
                </Link>
                {reference ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{reference}</span> : null}
              </th>
              <td className="govuk-table__cell" data-label="Stage">
                {stage ? stage.stage : 'Working out…'}
                {outcome ? (
                  <span className="govuk-!-display-block govuk-!-margin-top-1">
                    <Tag colour={outcome === 'grant-settlement' ? 'green' : outcome === 'refuse-settlement' ? 'red' : 'grey'}>{OUTCOME_TEXT[outcome]}</Tag>
                  </span>
                ) : null}
                {stage && decision?.eligibleFrom ? (
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                    Eligible from {formatLong(decision.eligibleFrom)}
                    {decision.eligibleFromUnlessConvicted ? ', unless the prosecution ends in a conviction' : ''}
                  </span>
                ) : null}
              </td>
              <td className="govuk-table__cell" data-label="Last updated">
                {formatUpdated(record.updatedAt)}
              </td>
              <td className="govuk-table__cell" data-label="Actions">
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  <li>
                    <button type="button" className="govuk-link app-link-button" onClick={() => onDuplicate(entry)}>
                      Duplicate<span className="govuk-visually-hidden"> the case of {who}</span>
                    </button>
                  </li>
                  <li>
                    <button type="button" className="govuk-link app-link-button" onClick={() => onExport(record)}>
                      Export<span className="govuk-visually-hidden"> the case of {who}</span>
                    </button>
                  </li>
                  <li>
                    <Link to="/delete-case/$caseId" params={{ caseId: record.id }} className="govuk-link">
                      Delete<span className="govuk-visually-hidden"> the case of {who}</span>
                    </Link>
                  </li>
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

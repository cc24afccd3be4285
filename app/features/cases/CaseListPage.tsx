import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, NotificationBanner, Select, Tag, TextInput } from '../../components/govuk';
import { onCaseMessage } from '../../cases/caseChannel';
import { describeStorageError } from '../../cases/db';
import { buildExport, exportFileName } from '../../cases/exportFormat';
import { persistenceState, requestPersistentStorage, type PersistenceState } from '../../cases/persistence';
import { restoreUnsavedChanges } from '../../cases/recovery';
import type { CaseRecord } from '../../cases/records';
import { createEmptyCase, duplicateCase, listCases } from '../../cases/repository';
import { usePageTitle } from '../../usePageTitle';
import { isolate } from '../../components/text';
import { todayIso } from '../wizard/today';
import { caseName, caseReference, caseStage, matchesSearch, OUTCOME_TEXT } from './caseSummary';
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

function sortCases(records: CaseRecord[], order: SortOrder): CaseRecord[] {
  const sorted = [...records];
  if (order === 'name') sorted.sort((a, b) => caseName(a.caseFile).localeCompare(caseName(b.caseFile), 'en-GB', { sensitivity: 'base' }));
  else sorted.sort((a, b) => (order === 'updated-desc' ? b.updatedAt.localeCompare(a.updatedAt) : a.updatedAt.localeCompare(b.updatedAt)));
  return sorted;
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

  const refresh = useCallback(() => {
    listCases()
      .then((records) => {
        setCases(records);
        setError(undefined);
      })
      .catch((reason: unknown) => setError(describeStorageError(reason)));
  }, []);

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

  const shown = useMemo(() => sortCases((cases ?? []).filter((record) => matchesSearch(record, search)), order), [cases, search, order]);

  const startCase = () => {
    // Starting a case is the moment data first matters, and a click the browser can tie a
    // permission prompt to: ask then for the cases to be kept (never on page load).
    if (persistence === 'best-effort') void requestPersistentStorage();
    createEmptyCase()
      .then((record) => navigate({ to: '/cases/$caseId', params: { caseId: record.id } }))
      .catch((reason: unknown) => setError(`The case could not be created: ${describeStorageError(reason)}`));
  };

  const duplicate = (record: CaseRecord) => {
    duplicateCase(record.id)
      .then(() => {
        setMessage(`A copy of ${caseName(record.caseFile)} was made. It is at the top of the list.`);
        setOrder('updated-desc');
        refresh();
      })
      .catch((reason: unknown) => setError(`The case could not be copied: ${describeStorageError(reason)}`));
  };

  const exportCases = (records: CaseRecord[]) => {
    const exportedAt = new Date().toISOString();
    downloadJson(exportFileName(records, exportedAt), buildExport(records, exportedAt));
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
              <Button variant="secondary" onClick={() => exportCases(sortCases(cases, 'updated-desc'))}>
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
          {shown.length > 0 ? <CaseTable records={shown} onDuplicate={duplicate} onExport={(record) => exportCases([record])} /> : null}
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

function CaseTable({ records, onDuplicate, onExport }: { records: CaseRecord[]; onDuplicate: (record: CaseRecord) => void; onExport: (record: CaseRecord) => void }) {
  const [today] = useState(todayIso);
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
        {records.map((record) => {
          const name = caseName(record.caseFile);
          const reference = caseReference(record.caseFile);
          const { stage, outcome } = caseStage(record.caseFile, record.drafts, today);
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
                {stage}
                {outcome ? (
                  <span className="govuk-!-display-block govuk-!-margin-top-1">
                    <Tag colour={outcome === 'grant-settlement' ? 'green' : outcome === 'refuse-settlement' ? 'red' : 'grey'}>{OUTCOME_TEXT[outcome]}</Tag>
                  </span>
                ) : null}
              </td>
              <td className="govuk-table__cell" data-label="Last updated">
                {formatUpdated(record.updatedAt)}
              </td>
              <td className="govuk-table__cell" data-label="Actions">
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  <li>
                    <button type="button" className="govuk-link app-link-button" onClick={() => onDuplicate(record)}>
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

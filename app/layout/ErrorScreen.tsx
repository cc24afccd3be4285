import { Link, useRouterState } from '@tanstack/react-router';
import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '../components/govuk';
import { describeStorageError, getRecord } from '../cases/db';
import { kindOfCaseId } from '../cases/records';
import { downloadJson } from '../features/cases/download';
import { usePageTitle } from '../usePageTitle';

/** Longest part of the technical message shown: a message can carry a whole answer. */
const MAX_DETAIL = 500;

function technicalDetail(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}… (${text.length - MAX_DETAIL} more characters)` : text;
}

type ExportStatus = { kind: 'idle' } | { kind: 'working' } | { kind: 'done' | 'failed'; text: string };

/**
 * What a caseworker sees when a page fails while it is drawn: the service's own page, in the
 * frame (header and navigation keep working), in plain words. On a page of a case it offers the
 * case's stored data as the app's export file, read afresh from the device, so that a case whose
 * pages cannot be shown can still be kept, moved or sent to the support team.
 */
export function ErrorScreen({ error, reset }: { error: unknown; reset?: (() => void) | undefined }) {
  usePageTitle('Sorry, there is a problem with this page');
  // The case in the address, if the page that failed belongs to one (any match may carry it).
  const caseId = useRouterState({
    select: (state) => {
      for (const match of state.matches) {
        const id = (match.params as Record<string, unknown>)['caseId'];
        if (typeof id === 'string') return id;
      }
      return undefined;
    },
  });
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });

  const exportCase = (id: string) => {
    setStatus({ kind: 'working' });
    // The export code loads here, not with every page (it comes with the schemas).
    Promise.all([getRecord(kindOfCaseId(id), id), import('../cases/exportFormat')])
      .then(([record, { buildExport, exportFileName }]) => {
        if (!record) {
          setStatus({ kind: 'failed', text: 'This case is not stored on this device, so there is nothing to export.' });
          return;
        }
        const exportedAt = new Date().toISOString();
        const fileName = exportFileName([record], exportedAt);
        downloadJson(fileName, buildExport([record], exportedAt));
        setStatus({ kind: 'done', text: `The case’s stored data was downloaded as ${fileName}.` });
      })
      .catch((reason: unknown) => setStatus({ kind: 'failed', text: `The case could not be read: ${describeStorageError(reason)}.` }));
  };

  return (
    <div className="govuk-grid-row" data-testid="error-screen">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem with this page</h1>
        <p className="govuk-body">This page could not be shown because of a fault in the service. The rest of the service still works.</p>
        <p className="govuk-body">
          {caseId
            ? 'Answers already saved for this case are kept on this device. You can download the case as an export file, to keep a copy or to send to the team that supports this service.'
            : 'Cases already saved on this device are kept.'}
        </p>
        {caseId ? (
          <>
            <Button variant="secondary" onClick={() => exportCase(caseId)} disabled={status.kind === 'working'} aria-disabled={status.kind === 'working'}>
              Export this case
            </Button>
            <p className="govuk-body" role="status">
              {status.kind === 'done' || status.kind === 'failed' ? status.text : null}
            </p>
          </>
        ) : null}
        <ul className="govuk-list">
          {reset ? (
            <li>
              <button type="button" className="govuk-link app-link-button" onClick={reset}>
                Try this page again
              </button>
            </li>
          ) : null}
          <li>
            <Link to="/" className="govuk-link">
              Go to your cases
            </Link>
          </li>
        </ul>
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Details for the support team</span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body app-error-detail">{technicalDetail(error)}</p>
          </div>
        </details>
      </div>
    </div>
  );
}

/**
 * A React error boundary for the page area of the layout. The router gives each route its own
 * boundary (its errorComponent); this one catches what falls outside them, and starts again when
 * the address changes so the next page is drawn afresh.
 */
export class PageErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, { error: unknown; failed: boolean; resetKey: string }> {
  override state = { error: undefined as unknown, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { resetKey: string }) {
    return props.resetKey === state.resetKey ? null : { error: undefined, failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A page failed to render:', error, info.componentStack);
  }

  override render() {
    if (this.state.failed) return <ErrorScreen error={this.state.error} reset={() => this.setState({ error: undefined, failed: false })} />;
    return this.props.children;
  }
}

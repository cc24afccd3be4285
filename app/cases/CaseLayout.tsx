import { Link, Outlet, useParams } from '@tanstack/react-router';
import { Fragment } from 'react';
import { Button } from '../components/govuk';
import { usePageTitle } from '../usePageTitle';
import { CaseEditorProvider } from './CaseContext';
import { SaveStatusLine } from './SaveStatusLine';
import { useCaseEditor } from './useCaseEditor';

/** The case route's page (app/router.tsx loads it with the case pages, not on the first load). */
export function CaseRoutePage() {
  const { caseId } = useParams({ from: '/cases/$caseId' });
  // A new key per case so that nothing of one case's state leaks into another.
  return <CaseLayout key={caseId} caseId={caseId} />;
}

/** Frame for every page of one case: loads it, keeps it saved, and shows where it stands. */
export function CaseLayout({ caseId }: { caseId: string }) {
  const editor = useCaseEditor(caseId);
  if (editor.loading) {
    return <p className="govuk-body">Loading the case…</p>;
  }
  if (editor.loadError || editor.notFound || !editor.record) {
    return <CaseNotAvailable reason={editor.loadError} />;
  }
  return (
    <CaseEditorProvider editor={editor}>
      {/* A live region that is always there, so a tab that becomes read only says so out loud. */}
      <div aria-live="polite">
        {editor.readOnly ? (
          <div className="govuk-notification-banner" role="region" aria-labelledby="read-only-title">
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id="read-only-title">
                Read only
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">{editor.readOnlyReason}</p>
              {editor.canTakeOver ? (
                <Button variant="secondary" className="govuk-!-margin-bottom-0" onClick={editor.takeOver} disabled={editor.takingOver} aria-disabled={editor.takingOver}>
                  {editor.takingOver ? 'Taking over…' : editor.readOnlyCause === 'changed-elsewhere' ? 'Load the latest version' : 'Take over editing'}
                </Button>
              ) : null}
            </div>
          </div>
        ) : null}
      </div>
      <SaveStatusLine />
      {/* Re-created when the record is replaced from outside (see CaseEditor.generation). */}
      <Fragment key={editor.generation}>
        <Outlet />
      </Fragment>
    </CaseEditorProvider>
  );
}

function CaseNotAvailable({ reason }: { reason: string | undefined }) {
  usePageTitle('Case not found');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Case not found</h1>
        <p className="govuk-body">
          {reason ? `The case could not be opened: ${reason}.` : 'There is no case with this address on this device.'}
        </p>
        <p className="govuk-body">
          <Link to="/" className="govuk-link">
            Go to your cases
          </Link>
        </p>
      </div>
    </div>
  );
}

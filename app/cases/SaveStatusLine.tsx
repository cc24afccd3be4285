import { useCurrentCase, usePageDraftKey } from './CaseContext';

/**
 * A small status line: what is stored and what is not. "All changes saved" only when nothing on
 * the page is waiting: answers typed on a page of questions are kept as a draft on this device
 * (so a reload loses nothing), but they are not in the case (check answers, the outcome, letters)
 * until the caseworker continues, and the line says so.
 */
export function SaveStatusLine() {
  const { save, retrySave, readOnly, record } = useCurrentCase();
  const draftKey = usePageDraftKey();
  const draftOnPage = draftKey !== undefined && record !== undefined && Object.hasOwn(record.drafts, draftKey);
  // A read-only tab stores nothing; it only says so if its last change could not be stored.
  if (readOnly && save.state !== 'error') return null;
  return (
    <p className="govuk-body-s app-save-status" role="status" aria-live="polite">
      {save.state === 'saved' && !draftOnPage ? 'All changes saved on this device' : null}
      {save.state === 'saved' && draftOnPage ? 'Draft saved on this device. Answers typed on this page are not in the case until you continue.' : null}
      {save.state === 'saving' ? 'Saving…' : null}
      {save.state === 'error' && readOnly ? (
        <strong>Not saved: {save.reason}. Your last change in this tab was not stored.</strong>
      ) : null}
      {save.state === 'error' && !readOnly ? (
        <>
          <strong>Not saved: {save.reason}.</strong> Your answers are kept on this page while we try again.{' '}
          <button type="button" className="govuk-link app-link-button" onClick={retrySave}>
            Try again now
          </button>
        </>
      ) : null}
    </p>
  );
}

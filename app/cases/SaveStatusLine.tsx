import { useCurrentCase } from './CaseContext';

/** A small status line: "Saved", "Saving…" or "Not saved: reason" with a way to try again. */
export function SaveStatusLine() {
  const { save, retrySave, readOnly } = useCurrentCase();
  // A read-only tab stores nothing; it only says so if its last change could not be stored.
  if (readOnly && save.state !== 'error') return null;
  return (
    <p className="govuk-body-s app-save-status" role="status" aria-live="polite">
      {save.state === 'saved' ? 'All changes saved on this device' : null}
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

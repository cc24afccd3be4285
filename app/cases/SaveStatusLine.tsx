import { useCurrentCase } from './CaseContext';

/** A small status line: "Saved", "Saving…" or "Not saved: reason" with a way to try again. */
export function SaveStatusLine() {
  const { save, retrySave, readOnly } = useCurrentCase();
  if (readOnly) return null;
  return (
    <p className="govuk-body-s app-save-status" role="status" aria-live="polite">
      {save.state === 'saved' ? 'All changes saved on this device' : null}
      {save.state === 'saving' ? 'Saving…' : null}
      {save.state === 'error' ? (
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

import { useEffect, useRef } from 'react';

/** One problem to list in the error summary: the message and the id of the field to move focus to. */
export interface SummaryError {
  /** id of the input (or first input of a group) that the link moves focus to */
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps {
  errors: SummaryError[];
  /** Changes on every failed submit so that focus moves back to the summary each time. */
  focusKey?: number;
}

/**
 * GOV.UK error summary. It takes focus when it appears (and on every new failed submit) so that a
 * screen reader announces the problems at once; each link moves focus to the field itself rather
 * than only scrolling, because a fragment link alone would leave keyboard focus at the top.
 */
export function ErrorSummary({ errors, focusKey = 0 }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors, focusKey]);
  if (!hasErrors) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId}:${error.message}`}>
                <a
                  href={`#${error.fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    const field = document.getElementById(error.fieldId);
                    if (!field) return;
                    // Bring the question (legend or label) into view with the field, as GOV.UK does.
                    const legendOrLabel = field.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(error.fieldId)}"]`);
                    (legendOrLabel ?? field).scrollIntoView();
                    field.focus({ preventScroll: true });
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

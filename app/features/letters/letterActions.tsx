import { useCallback, useState } from 'react';

/** What the last letter action (copy, download) did, for the status line. */
export type LetterActionStatus = { kind: 'idle' } | { kind: 'done' | 'failed'; text: string };

/**
 * Copy as text, with a visible result. `otherWay` tells the caseworker what to do instead when the
 * browser will not copy (e.g. "Download the .docx instead.").
 */
export function useLetterActions(otherWay: string) {
  const [status, setStatus] = useState<LetterActionStatus>({ kind: 'idle' });
  const copy = useCallback(
    (text: string) => {
      if (!navigator.clipboard) {
        setStatus({ kind: 'failed', text: `This browser does not allow copying here. ${otherWay}` });
        return;
      }
      navigator.clipboard.writeText(text).then(
        () => setStatus({ kind: 'done', text: 'The letter has been copied as text. Paste it where you need it.' }),
        () => setStatus({ kind: 'failed', text: `The letter could not be copied: the browser refused. ${otherWay}` }),
      );
    },
    [otherWay],
  );
  return { status, setStatus, copy };
}

/** The live status line under a letter's buttons, announced to screen readers. */
export function LetterActionStatusLine({ status }: { status: LetterActionStatus }) {
  return (
    <div role="status" className="govuk-body">
      {status.kind === 'idle' ? null : <p className={`govuk-body ${status.kind === 'failed' ? 'govuk-error-message' : 'govuk-!-font-weight-bold'}`}>{status.text}</p>}
    </div>
  );
}

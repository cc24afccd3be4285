import { Link } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import { renderText, type EditableBlock, type FactChange, type Letter } from '../../../src/letters';
import { Button, NotificationBanner, Textarea, WarningText } from '../../components/govuk';
import { LetterPreview } from './LetterPreview';

/** What the last letter action (copy, download) did, for the status line. */
export type LetterActionStatus = { kind: 'idle' } | { kind: 'done' | 'failed'; text: string };

/** `name` with nothing a file system would refuse: letters, digits, dot, dash and underscore. */
export function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}

/**
 * Copy as text and Download .docx, with a visible result, for the letters of every route.
 * `otherWay` tells the caseworker what to do instead when the browser will not copy (e.g.
 * "Download the .docx instead."). The .docx code is loaded only when a caseworker downloads.
 */
export function useLetterActions(otherWay: string) {
  const [status, setStatus] = useState<LetterActionStatus>({ kind: 'idle' });
  const [downloading, setDownloading] = useState(false);
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
  const download = useCallback(async (letter: Letter, fileName: string) => {
    setDownloading(true);
    try {
      const { renderDocx, DOCX_MIME_TYPE } = await import('../../../src/letters/docx');
      const bytes = await renderDocx(letter);
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_MIME_TYPE }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus({ kind: 'done', text: `The letter has been downloaded as ${link.download}.` });
    } catch (error) {
      setStatus({ kind: 'failed', text: `The .docx could not be made: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setDownloading(false);
    }
  }, []);
  return { status, setStatus, copy, download, downloading };
}

/** Print, Copy as text and Download .docx, as every letter page offers them. */
export function LetterButtons({ onCopy, onDownload, downloading }: { onCopy: () => void; onDownload: () => void; downloading: boolean }) {
  return (
    <div className="govuk-button-group app-letter-actions">
      <Button variant="secondary" onClick={() => window.print()}>
        Print
      </Button>
      <Button variant="secondary" onClick={onCopy}>
        Copy as text
      </Button>
      <Button variant="secondary" onClick={onDownload} disabled={downloading} aria-disabled={downloading}>
        {downloading ? 'Preparing .docx…' : 'Download .docx'}
      </Button>
    </div>
  );
}

/** "Before you send this letter:" and what must be put right, with a link to settings for a missing signatory. */
export function LetterWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <WarningText>
      Before you send this letter:
      <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2 govuk-!-margin-bottom-0">
        {warnings.map((warning) => (
          <li key={warning}>
            {warning}
            {warning.startsWith('No signatory') ? (
              <>
                {' '}
                <Link to="/settings" className="govuk-link">
                  Go to settings
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </WarningText>
  );
}

/** The live status line under a letter's buttons, announced to screen readers. */
export function LetterActionStatusLine({ status }: { status: LetterActionStatus }) {
  return (
    <div role="status" className="govuk-body">
      {status.kind === 'idle' ? null : <p className={`govuk-body ${status.kind === 'failed' ? 'govuk-error-message' : 'govuk-!-font-weight-bold'}`}>{status.text}</p>}
    </div>
  );
}

/** The banner of a letter whose wording was edited against other facts: what changed, and "Mark as checked". */
export function LetterOutOfDate({ changes, onChecked, disabled = false }: { changes: readonly FactChange[]; onChecked: () => void; disabled?: boolean }) {
  return (
    <NotificationBanner title="Out of date">
      <p className="govuk-notification-banner__heading">This letter is out of date: the facts have changed since its wording was edited.</p>
      <p className="govuk-body">Check the changed parts of the wording, then mark the letter as checked.</p>
      <ul className="govuk-list govuk-list--bullet app-fact-change">
        {changes.map((change) => (
          <li key={change.label}>
            {change.label}: was <del>{change.before}</del>, now <ins>{change.now}</ins>
          </li>
        ))}
      </ul>
      <Button variant="secondary" className="govuk-!-margin-bottom-0" disabled={disabled} onClick={onChecked}>
        Mark as checked
      </Button>
    </NotificationBanner>
  );
}

/** A letter asked for by its address that does not fit the case as it stands: the back link, and where to look instead. */
export function LetterNotAvailable({ back, explanation }: { back: ReactNode; explanation: string }) {
  return (
    <>
      {back}
      <h1 className="govuk-heading-l">Letter not available</h1>
      <p className="govuk-body">{explanation}</p>
    </>
  );
}

/** "Parts you can change": a text area for each editable part, `value` giving its wording now. */
export function LetterParts({
  blocks,
  intro,
  value,
  onChange,
  readOnly = false,
  children,
}: {
  blocks: readonly EditableBlock[];
  intro: ReactNode;
  value: (block: EditableBlock) => string;
  onChange: (blockId: string, text: string) => void;
  readOnly?: boolean;
  children?: ReactNode;
}) {
  if (blocks.length === 0) return null;
  return (
    <div className="app-no-print">
      <h2 className="govuk-heading-m">Parts you can change</h2>
      <p className="govuk-body">{intro}</p>
      {blocks.map((block) => (
        <Textarea
          key={block.id}
          id={`part-${block.id}`}
          label={block.label}
          labelClassName="govuk-label--s"
          {...(block.hint ? { hint: block.hint } : {})}
          rows={4}
          value={value(block)}
          readOnly={readOnly}
          onChange={(event) => onChange(block.id, event.target.value)}
        />
      ))}
      {children}
    </div>
  );
}

/**
 * One letter's page, the same on every route: the back link, any banner, the caption and title,
 * the warnings before sending, Print / Copy as text / Download .docx with their status, the print
 * preview, then `children` (the parts the caseworker may change).
 */
export function LetterScreen({
  back,
  banner,
  caption,
  letter,
  warnings = letter.warnings,
  docxName,
  children,
}: {
  back: ReactNode;
  banner?: ReactNode;
  caption: string;
  letter: Letter;
  warnings?: readonly string[];
  docxName: string;
  children?: ReactNode;
}) {
  const { status, copy, download, downloading } = useLetterActions('Download the .docx instead.');
  return (
    <div className="app-letter-page">
      <div className="app-no-print">
        {back}
        {banner}
        <span className="govuk-caption-l">{caption}</span>
        <h1 className="govuk-heading-l">{letter.title}</h1>
        <LetterWarnings warnings={warnings} />
        <LetterButtons onCopy={() => copy(renderText(letter))} onDownload={() => void download(letter, docxName)} downloading={downloading} />
        <LetterActionStatusLine status={status} />
        <h2 className="govuk-heading-m">Preview</h2>
      </div>
      <LetterPreview letter={letter} />
      {children}
    </div>
  );
}

import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { applyEdits, changedFacts, letterFingerprint, renderText, type EditableBlock } from '../../../src/letters';
import { Button, Textarea } from '../../components/govuk';
import { usePageTitle } from '../../usePageTitle';
import { caseName } from '../cases/caseSummary';
import { LetterActionStatusLine, LetterButtons, LetterOutOfDate, LetterWarnings, safeFileName, useLetterActions } from './letterActions';
import { LetterPreview } from './LetterPreview';
import { useCaseLetters } from './useCaseLetters';
import { DecisionNotReady } from '../wizard/DecisionNotReady';
import './letters.scss';


/** A file name from the case id and letter id, with nothing a file system would refuse. */
function fileName(caseId: string, letterId: string): string {
  return safeFileName(`${caseId}-${letterId}.docx`);
}

/**
 * One letter: the print preview, Print, Copy as text, Download .docx (the docx library is loaded
 * only when asked for), and the parts the caseworker may reword, saved with the case. When the
 * facts change after the wording was edited, the page says the letter is out of date and shows
 * what changed.
 */
export function LetterPage({ letterId }: { letterId: string }) {
  const { editor, letters, heldBack, ready, today } = useCaseLetters();
  const base = letters.find((letter) => letter.id === letterId);
  const record = editor.record;
  const edits = base && record ? record.letterEdits[base.editsKey] : undefined;
  const letter = useMemo(() => (base ? applyEdits(base, edits?.paragraphs) : undefined), [base, edits]);
  const { status, copy, download, downloading } = useLetterActions('Download the .docx instead.');
  const held = heldBack(letterId);
  usePageTitle(base ? base.title : held ? 'You cannot draft this letter yet' : 'Letter not available');

  if (!record) return null;
  const lettersLink = (
    <Link to="/cases/$caseId/letters" params={{ caseId: record.id }} className="govuk-back-link">
      Back to letters
    </Link>
  );
  if (held || (!ready && !base)) {
    // A decision letter asked for by its address while the answers are unfinished.
    return (
      <>
        {lettersLink}
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <DecisionNotReady caseId={record.id} caseFile={record.caseFile} today={today} heading="You cannot draft this letter yet" level={1} what="the outcome and the decision letters" />
          </div>
        </div>
      </>
    );
  }
  if (!base || !letter) {
    return (
      <>
        {lettersLink}
        <h1 className="govuk-heading-l">Letter not available</h1>
        <p className="govuk-body">This letter does not fit the case as it stands now. The letters page lists the letters that do.</p>
      </>
    );
  }

  const fingerprint = letterFingerprint(base);
  const outOfDate = edits !== undefined && edits.editedAgainst !== fingerprint;
  const changes = outOfDate ? changedFacts(edits.factsAtEdit ?? {}, base.facts) : [];
  const editableBlocks = base.blocks.filter((block): block is EditableBlock => block.kind === 'editable');

  const changePart = (id: string, value: string) => {
    editor.updateLetterEdits(base.editsKey, {
      paragraphs: { ...edits?.paragraphs, [id]: value },
      editedAgainst: edits?.editedAgainst ?? fingerprint,
      factsAtEdit: edits?.factsAtEdit ?? base.facts,
    });
  };

  return (
    <div className="app-letter-page">
      <div className="app-no-print">
        {lettersLink}
        {outOfDate ? (
          <LetterOutOfDate
            changes={changes}
            disabled={editor.readOnly}
            onChecked={() => editor.updateLetterEdits(base.editsKey, { paragraphs: edits.paragraphs, editedAgainst: fingerprint, factsAtEdit: base.facts })}
          />
        ) : null}
        <span className="govuk-caption-l">{caseName(record.caseFile)}</span>
        <h1 className="govuk-heading-l">{letter.title}</h1>
        <LetterWarnings warnings={letter.warnings} />
        <LetterButtons onCopy={() => copy(renderText(letter))} onDownload={() => void download(letter, fileName(record.id, letter.id))} downloading={downloading} />
        <LetterActionStatusLine status={status} />
        <h2 className="govuk-heading-m">Preview</h2>
      </div>
      <LetterPreview letter={letter} />
      {editableBlocks.length > 0 ? (
        <div className="app-no-print">
          <h2 className="govuk-heading-m">Parts you can change</h2>
          <p className="govuk-body">
            These parts are outlined in the preview. Your wording is saved with the case as you type
            {base.recipient === 'representative' ? ', and is the same in the letter to the person and in this copy' : ''}. Leave a part empty to leave it out.
          </p>
          {editableBlocks.map((block) => (
            <Textarea
              key={block.id}
              id={`part-${block.id}`}
              label={block.label}
              labelClassName="govuk-label--s"
              {...(block.hint ? { hint: block.hint } : {})}
              rows={4}
              value={edits?.paragraphs[block.id] ?? block.defaultText}
              readOnly={editor.readOnly}
              onChange={(event) => changePart(block.id, event.target.value)}
            />
          ))}
          {edits ? (
            <Button variant="warning" disabled={editor.readOnly} onClick={() => editor.updateLetterEdits(base.editsKey, undefined)}>
              Undo all my changes to this letter
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}


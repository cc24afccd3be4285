import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { applyEdits, changedFacts, letterFingerprint, type EditableBlock } from '../../../src/letters';
import { Button } from '../../components/govuk';
import { usePageTitle } from '../../usePageTitle';
import { caseName } from '../cases/caseSummary';
import { LetterNotAvailable, LetterOutOfDate, LetterParts, LetterScreen, safeFileName } from './letterActions';
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
  if (!base || !letter) return <LetterNotAvailable back={lettersLink} explanation="This letter does not fit the case as it stands now. The letters page lists the letters that do." />;

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
    <LetterScreen
      back={lettersLink}
      banner={
        outOfDate ? (
          <LetterOutOfDate
            changes={changes}
            disabled={editor.readOnly}
            onChecked={() => editor.updateLetterEdits(base.editsKey, { paragraphs: edits.paragraphs, editedAgainst: fingerprint, factsAtEdit: base.facts })}
          />
        ) : null
      }
      caption={caseName(record.caseFile)}
      letter={letter}
      docxName={fileName(record.id, letter.id)}
    >
      <LetterParts
        blocks={editableBlocks}
        intro={`These parts are outlined in the preview. Your wording is saved with the case as you type${base.recipient === 'representative' ? ', and is the same in the letter to the person and in this copy' : ''}. Leave a part empty to leave it out.`}
        value={(block) => edits?.paragraphs[block.id] ?? block.defaultText}
        onChange={changePart}
        readOnly={editor.readOnly}
      >
        {edits ? (
          <Button variant="warning" disabled={editor.readOnly} onClick={() => editor.updateLetterEdits(base.editsKey, undefined)}>
            Undo all my changes to this letter
          </Button>
        ) : null}
      </LetterParts>
    </LetterScreen>
  );
}

/**
 * `/related/$route/letters/$letterId`: one letter for a related-route decision, laid out as it
 * prints (the Calais letters' preview), with its plain text, "Copy as text" and "Print".
 */
import { Link, useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import { applyEdits, renderText, type EditableBlock } from '../../../src/letters';
import { relatedLettersFor } from '../../../src/letters/related';
import { Button, Textarea, WarningText } from '../../components/govuk';
import { usePageTitle } from '../../usePageTitle';
import { LetterActionStatusLine, useLetterActions } from '../letters/letterActions';
import { LetterPreview } from '../letters/LetterPreview';
import '../letters/letters.scss';
import './related.scss';
import { useSignatory } from '../settings/signatory';
import { todayIso } from '../wizard/today';
import { personFrom } from './ResultPage';
import { decideAnswers } from './routes';
import { useCurrentRoute } from './useRelatedRoute';
import { useWorkingCase } from './workingCase';


/** Where the caseworker's wording for one editable part of a letter is kept in the working case. */
function editKey(editsKey: string, blockId: string): string {
  return `ui.letter.${editsKey}.${blockId}`;
}

export function RelatedLetterPage() {
  const route = useCurrentRoute();
  const params: { letterId?: string } = useParams({ strict: false });
  const { answers, setAnswers } = useWorkingCase();
  const { signatory, loading } = useSignatory();
  const { status, copy } = useLetterActions('Select the plain text below and copy it.');
  const base = useMemo(() => {
    if (loading) return undefined;
    const today = todayIso();
    const result = decideAnswers(route, answers, today);
    if (!result.ok) return undefined;
    return relatedLettersFor(result.caseFile, result.decision, personFrom(answers), { signatory, today }).find((l) => l.id === params.letterId);
  }, [loading, route, answers, signatory, params.letterId]);
  const editableBlocks = base ? base.blocks.filter((block): block is EditableBlock => block.kind === 'editable') : [];
  const saved: Record<string, string> = {};
  for (const block of editableBlocks) {
    const text = base ? answers[editKey(base.editsKey, block.id)] : undefined;
    if (text !== undefined) saved[block.id] = text;
  }
  const letter = base ? applyEdits(base, saved) : undefined;
  usePageTitle(loading ? 'Loading the letter' : letter ? letter.title : 'Letter not available');

  const back = (
    <Link to="/related/$route/result" params={{ route: route.id }} className="govuk-back-link">
      Back to the decision
    </Link>
  );
  if (loading) return <p className="govuk-body">Loading the letter…</p>;
  if (!letter) {
    return (
      <>
        {back}
        <h1 className="govuk-heading-l">Letter not available</h1>
        <p className="govuk-body">This letter does not fit the decision as it stands now. The decision page lists the letters that do.</p>
      </>
    );
  }
  const text = renderText(letter);
  const toWrite = letter.blocks.some((block) => block.kind === 'editable' && block.text.includes('[Write here'));
  return (
    <div className="app-letter-page">
      <div className="app-no-print">
        {back}
        <span className="govuk-caption-l">{route.title}</span>
        <h1 className="govuk-heading-l">{letter.title}</h1>
        {letter.warnings.length > 0 || toWrite ? (
          <WarningText>
            Before you send this letter:
            <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2 govuk-!-margin-bottom-0">
              {letter.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
              {toWrite ? <li>Write the facts relied on in the parts you can change, below the preview.</li> : null}
            </ul>
          </WarningText>
        ) : null}
        <div className="govuk-button-group">
          <Button variant="secondary" onClick={() => window.print()}>
            Print
          </Button>
          <Button variant="secondary" onClick={() => copy(text)}>
            Copy as text
          </Button>
        </div>
        <LetterActionStatusLine status={status} />
        <h2 className="govuk-heading-m">Preview</h2>
      </div>
      <LetterPreview letter={letter} />
      {editableBlocks.length > 0 ? (
        <div className="app-no-print">
          <h2 className="govuk-heading-m">Parts you can change</h2>
          <p className="govuk-body">Your wording is saved on this device as you type. Leave a part empty to leave it out.</p>
          {editableBlocks.map((block) => (
            <Textarea
              key={block.id}
              id={`part-${block.id}`}
              label={block.label}
              labelClassName="govuk-label--s"
              {...(block.hint ? { hint: block.hint } : {})}
              rows={4}
              value={answers[editKey(base?.editsKey ?? '', block.id)] ?? block.defaultText}
              onChange={(event) => setAnswers({ ...answers, [editKey(base?.editsKey ?? '', block.id)]: event.target.value })}
            />
          ))}
        </div>
      ) : null}
      <details className="govuk-details app-no-print">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">The letter as plain text</span>
        </summary>
        <div className="govuk-details__text">
          <pre className="app-related-letter-text" tabIndex={0} aria-label="The letter as plain text">
            {text}
          </pre>
        </div>
      </details>
    </div>
  );
}

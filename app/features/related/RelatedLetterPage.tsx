/**
 * `/related/$route/letters/$letterId`: one letter (or, for fee status, the assessment) for a
 * related-route decision, on the same page parts as a Calais letter: the print preview, Print,
 * Copy as text, Download .docx (the .docx code is loaded only when asked for), the warnings, the
 * parts the caseworker may reword, and the out-of-date banner when the facts change after an edit.
 */
import { Link, useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import { applyEdits, changedFacts, letterFingerprint, type EditableBlock, type Letter } from '../../../src/letters';
import { relatedLettersFor } from '../../../src/letters/related';
import { usePageTitle } from '../../usePageTitle';
import { LetterNotAvailable, LetterOutOfDate, LetterParts, LetterScreen, safeFileName } from '../letters/letterActions';
import '../letters/letters.scss';
import './related.scss';
import { useSignatory } from '../settings/signatory';
import { todayIso } from '../wizard/today';
import type { Answers } from './model';
import { personFrom } from './ResultPage';
import { decideAnswers } from './routes';
import { useCurrentRoute } from './useRelatedRoute';
import { useWorkingCase } from './workingCase';

/** Where the caseworker's wording for one editable part of a letter is kept in the working case. */
function editKey(editsKey: string, blockId: string): string {
  return `ui.letter.${editsKey}.${blockId}`;
}

/** Where the facts the wording was written against are kept (as JSON), to tell when they change. */
function factsKey(editsKey: string): string {
  return `ui.letterFacts.${editsKey}`;
}

function factsAtEdit(answers: Answers, editsKey: string): Record<string, string> | undefined {
  const stored = answers[factsKey(editsKey)];
  if (stored === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(stored);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The .docx file name: the Home Office reference and the letter's name, e.g.
 * `H1234567-Grant_of_settlement_protection.docx`.
 */
export function relatedDocxName(letter: Letter, answers: Answers): string {
  const reference = answers['person.reference']?.trim() || 'no-reference';
  const title = letter.title.replace(/[()]/g, '').replace(/[:,]/g, '').replace(/\s+/g, '_');
  return safeFileName(`${reference}-${title}.docx`);
}

export function RelatedLetterPage() {
  const route = useCurrentRoute();
  const params: { letterId?: string } = useParams({ strict: false });
  const { answers, setAnswers } = useWorkingCase();
  const { signatory, loading } = useSignatory();
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
  if (!base || !letter) return <LetterNotAvailable back={back} explanation="This letter does not fit the decision as it stands now. The decision page lists the letters that do." />;
  const toWrite = letter.blocks.some((block) => block.kind === 'editable' && block.text.includes('[Write here'));
  const before = factsAtEdit(answers, base.editsKey);
  const outOfDate = before !== undefined && letterFingerprint({ ...base, facts: before }) !== letterFingerprint(base);
  const changePart = (blockId: string, value: string) => {
    // The facts are recorded with the first edit, and kept until the caseworker marks the letter as checked.
    setAnswers({ ...answers, [editKey(base.editsKey, blockId)]: value, ...(before === undefined ? { [factsKey(base.editsKey)]: JSON.stringify(base.facts) } : {}) });
  };
  return (
    <LetterScreen
      back={back}
      banner={outOfDate ? <LetterOutOfDate changes={changedFacts(before, base.facts)} onChecked={() => setAnswers({ ...answers, [factsKey(base.editsKey)]: JSON.stringify(base.facts) })} /> : null}
      caption={route.title}
      letter={letter}
      warnings={toWrite ? [...letter.warnings, 'Write the facts relied on in the parts you can change, below the preview.'] : letter.warnings}
      docxName={relatedDocxName(letter, answers)}
    >
      <LetterParts
        blocks={editableBlocks}
        intro="These parts are outlined in the preview. Your wording is saved on this device as you type. Leave a part empty to leave it out."
        value={(block) => answers[editKey(base.editsKey, block.id)] ?? block.defaultText}
        onChange={changePart}
      />
    </LetterScreen>
  );
}

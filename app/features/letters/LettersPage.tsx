import { Link } from '@tanstack/react-router';
import { formatLong } from '../../../src/dates';
import { letterFingerprint, type Letter } from '../../../src/letters';
import { Tag, WarningText, type TagColour } from '../../components/govuk';
import type { LetterEdits } from '../../cases/records';
import { usePageTitle } from '../../usePageTitle';
import { caseName, OUTCOME_TEXT } from '../cases/caseSummary';
import { DecisionNotReady } from '../wizard/DecisionNotReady';
import { NO_LETTER_TEXT } from './outcomeText';
import { useCaseLetters } from './useCaseLetters';

function letterStatuses(letter: Letter, edits: LetterEdits | undefined): { text: string; colour: TagColour }[] {
  const statuses: { text: string; colour: TagColour }[] = [];
  if (edits && edits.editedAgainst !== letterFingerprint(letter)) statuses.push({ text: 'Out of date', colour: 'red' });
  else if (edits) statuses.push({ text: 'Edited', colour: 'blue' });
  else statuses.push({ text: 'Not edited', colour: 'grey' });
  if (letter.warnings.length > 0) statuses.push({ text: 'Check before sending', colour: 'yellow' });
  return statuses;
}

/** The letters that fit the case's outcome and stage, with the outcome they follow from. */
export function LettersPage() {
  const { editor, decision, letters, ready, signatory, today } = useCaseLetters();
  usePageTitle('Letters');
  const record = editor.record;
  if (!record) return null;
  if (!ready) {
    // Unfinished answers: no outcome and no decision letter, only what is still needed (and any
    // letter that gathers it).
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{caseName(record.caseFile)}</span>
          <DecisionNotReady caseId={record.id} caseFile={record.caseFile} today={today} heading="You cannot draft the decision letters yet" level={1} what="the outcome and the decision letters" />
          {letters.length > 0 ? (
            <>
              <h2 className="govuk-heading-m">Letters to ask for what is needed</h2>
              <ul className="govuk-list" id="process-letters">
                {letters.map((letter) => (
                  <li key={letter.id}>
                    <Link to="/cases/$caseId/letters/$letterId" params={{ caseId: record.id, letterId: letter.id }} className="govuk-link">
                      {letter.title}
                    </Link>{' '}
                    ({letter.recipient === 'person' ? 'to the person' : 'copy to the legal representative'})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <span className="govuk-caption-l">{caseName(record.caseFile)}</span>
        <h1 className="govuk-heading-l">Letters</h1>
        <p className="govuk-body">
          Outcome: <strong>{OUTCOME_TEXT[decision.outcome]}</strong> (decided on {formatLong(decision.decisionDate)}
          {record.caseFile.decisionDate ? '' : ', today, as no decision date is recorded'}).
        </p>
        {!signatory.loading && !signatory.signatory ? (
          <WarningText>
            No signatory is set, so each letter says so where the signature should be.{' '}
            <Link to="/settings" className="govuk-link">
              Set the signatory
            </Link>
            .
          </WarningText>
        ) : null}
        {letters.length === 0 ? (
          <p className="govuk-body">{NO_LETTER_TEXT[decision.outcome]}</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Letters that fit this case now</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Letter
                </th>
                <th scope="col" className="govuk-table__header">
                  To
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {letters.map((letter) => {
                const statuses = letterStatuses(letter, record.letterEdits[letter.editsKey]);
                return (
                  <tr key={letter.id} className="govuk-table__row">
                    <td className="govuk-table__cell">
                      <Link to="/cases/$caseId/letters/$letterId" params={{ caseId: record.id, letterId: letter.id }} className="govuk-link">
                        {letter.title}
                      </Link>
                    </td>
                    <td className="govuk-table__cell">{letter.recipient === 'person' ? 'The person' : 'Legal representative (copy)'}</td>
                    <td className="govuk-table__cell">
                      {statuses.map((status) => (
                        <span key={status.text} className="app-letter-status">
                          <Tag colour={status.colour}>{status.text}</Tag>{' '}
                        </span>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <p className="govuk-body">
          <Link to="/cases/$caseId" params={{ caseId: record.id }} className="govuk-link">
            Back to the case
          </Link>
        </p>
      </div>
    </div>
  );
}

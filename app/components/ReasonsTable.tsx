import type { Reason } from '../../src/rules';
import { Tag } from './govuk';

/** How each requirement status is shown: the same words and colours on every page. */
export const REASON_STATUS: Record<Reason['status'], { text: string; colour: 'green' | 'red' | 'grey' }> = {
  met: { text: 'Met', colour: 'green' },
  'not-met': { text: 'Not met', colour: 'red' },
  unknown: { text: 'Unknown', colour: 'grey' },
};

/** The status of one requirement as a GOV.UK tag. */
export function ReasonStatusTag({ status }: { status: Reason['status'] }) {
  return <Tag colour={REASON_STATUS[status].colour}>{REASON_STATUS[status].text}</Tag>;
}

/** Every requirement of a decision in a table: paragraph, status and what the rules found. */
export function ReasonsTable({ reasons, caption, id }: { reasons: readonly Pick<Reason, 'code' | 'citation' | 'status' | 'text'>[]; caption: string; id?: string }) {
  return (
    <table className="govuk-table" id={id}>
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Paragraph
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          <th scope="col" className="govuk-table__header">
            Details
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {reasons.map((reason, index) => (
          <tr key={`${reason.code}-${index}`} className="govuk-table__row" data-status={reason.status}>
            <th scope="row" className="govuk-table__header app-citation">
              {reason.citation}
            </th>
            <td className="govuk-table__cell">
              <ReasonStatusTag status={reason.status} />
            </td>
            <td className="govuk-table__cell">{reason.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

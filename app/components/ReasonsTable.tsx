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

/**
 * The requirements that assess the same recorded facts, from the reason's `assessedWith`: beside a
 * 9.4.1 / SUI 5.1 or 9.4.3 / SUI 5.3 finding, the STP 2.1 limbs that assess the recorded sentences
 * with their time limits, so that "met" beside "not met" says why (docs/rules.md).
 */
export function AssessedWith({ reason }: { reason: Pick<Reason, 'assessedWith'> }) {
  const others = reason.assessedWith ?? [];
  if (others.length === 0) return null;
  return (
    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0 app-assessed-with">
      Assessed with {others.map((other) => other.citation).join(' and ')} (the same sentences)
    </span>
  );
}

/**
 * Every requirement of a decision in a table: paragraph, status and what the rules found. On a
 * narrow screen each row stacks, each cell labelled with its column (styles.scss, app-table--stack).
 */
export function ReasonsTable({ reasons, caption, id }: { reasons: readonly Pick<Reason, 'code' | 'citation' | 'status' | 'text' | 'assessedWith'>[]; caption: string; id?: string }) {
  return (
    <table className="govuk-table app-table--stack" id={id}>
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
            <th scope="row" className="govuk-table__header app-citation" data-label="Paragraph">
              {reason.citation}
            </th>
            <td className="govuk-table__cell" data-label="Status">
              <ReasonStatusTag status={reason.status} />
            </td>
            <td className="govuk-table__cell" data-label="Details">
              {reason.text}
              <AssessedWith reason={reason} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

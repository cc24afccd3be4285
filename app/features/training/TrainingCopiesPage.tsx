import { Link } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { Button } from '../../components/govuk';
import type { CaseRecord } from '../../cases/records';
import { usePageTitle } from '../../usePageTitle';
import { deleteTrainingCopy, listTrainingCopies } from './trainingCopies';
import { useTrainingMode } from './useTrainingMode';

/** The training copies on this device, kept apart from real cases. */
export function TrainingCopiesPage() {
  usePageTitle('Your training copies');
  useTrainingMode(true);
  const [copies, setCopies] = useState<CaseRecord[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const refresh = useCallback(() => {
    listTrainingCopies()
      .then(setCopies)
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
  }, []);
  useEffect(refresh, [refresh]);

  return (
    <>
      <h1 className="govuk-heading-l">Your training copies</h1>
      <p className="govuk-body">
        <Link to="/scenarios" className="govuk-link">
          Open another scenario from the library
        </Link>
      </p>
      {error ? <p className="govuk-error-message">The training copies could not be read: {error}</p> : null}
      {copies && copies.length === 0 ? <p className="govuk-body">You have no training copies on this device.</p> : null}
      {copies && copies.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Training copies</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Scenario
              </th>
              <th scope="col" className="govuk-table__header">
                Last changed
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {copies.map((copy) => {
              const title = copy.caseFile.scenario?.title ?? copy.scenarioFile ?? 'Training copy';
              return (
                <tr className="govuk-table__row" key={copy.id}>
                  <td className="govuk-table__cell">
                    <Link to="/cases/$caseId" params={{ caseId: copy.id }} className="govuk-link">
                      {title}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{new Date(copy.updatedAt).toLocaleString('en-GB')}</td>
                  <td className="govuk-table__cell">
                    <Button
                      variant="warning"
                      className="govuk-!-margin-bottom-0"
                      onClick={() => {
                        deleteTrainingCopy(copy.id).then(refresh, (reason: unknown) => setError(String(reason)));
                      }}
                    >
                      Delete<span className="govuk-visually-hidden"> training copy: {title}</span>
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from '../components/govuk';
import { createEmptyCase } from '../cases/repository';
import { usePageTitle } from '../usePageTitle';

/** Home page: what the service does. The case list takes this place once cases are stored. */
export function HomePage() {
  usePageTitle('Cases');
  const navigate = useNavigate();
  const [error, setError] = useState<string | undefined>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Calais leave settlement decisions</h1>
        <p className="govuk-body">
          Use this service to decide whether a person granted Calais leave should be granted settlement
          (indefinite leave to remain) under the Calais leave concession.
        </p>
        <p className="govuk-body">For each case you will record:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>the initial contact and the person’s details</li>
          <li>the answers from the Calais leave questionnaire</li>
          <li>criminality and the suitability findings</li>
          <li>any dependants</li>
        </ul>
        <p className="govuk-body">
          The service then gives the outcome with the paragraphs it applied, and a draft decision letter.
        </p>
        {error ? <p className="govuk-error-message">The case could not be created: {error}</p> : null}
        <Button
          onClick={() => {
            createEmptyCase()
              .then((record) => navigate({ to: '/cases/$caseId', params: { caseId: record.id } }))
              .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
          }}
        >
          Start a new case
        </Button>
      </div>
    </div>
  );
}

import { usePageTitle } from '../usePageTitle';

/** Home page: what the service does. The case list takes this place once cases are stored. */
export function HomePage() {
  usePageTitle('Cases');
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
      </div>
    </div>
  );
}

import { usePageTitle } from '../usePageTitle';

/** About this service: what it is for, where the data lives, and how it works offline. */
export function AboutPage() {
  usePageTitle('About this service and your data');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">About this service and your data</h1>
        <p className="govuk-body">
          This service helps trained decision makers consider settlement for people who were transferred
          from the Calais camp between 17 October 2016 and 13 July 2017 and granted Calais leave. It follows
          the Calais leave caseworker guidance and cites the paragraph behind each part of a decision.
        </p>
        <h2 className="govuk-heading-m">Where case data is kept</h2>
        <p className="govuk-body">
          Everything you enter is stored in this browser on this device. Nothing is sent to a server, and
          there is no account. Another person using another device cannot see your cases.
        </p>
        <p className="govuk-body">
          Clearing this browser’s data for the site deletes the cases stored here. Export a case to keep a
          copy somewhere safe.
        </p>
        <h2 className="govuk-heading-m">Working offline</h2>
        <p className="govuk-body">
          After your first visit the whole service is stored on this device, so it keeps working with no
          network connection. When a new version is available you will be asked before it is used.
        </p>
      </div>
    </div>
  );
}

import { Link } from '@tanstack/react-router';
import { usePageTitle } from '../usePageTitle';

/** Shown for an address the service does not have. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">
          <Link to="/" className="govuk-link">
            Go to your cases
          </Link>
        </p>
      </div>
    </div>
  );
}

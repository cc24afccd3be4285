import { Button } from '../components/govuk';
import { acceptUpdate, dismissOfflineMessage, useOfflineState } from './serviceWorker';

/**
 * Offers a new version of the app when one has been downloaded. It never reloads by itself: a
 * caseworker may be half way through a form, so the switch happens only when they choose it.
 * "Ready to work offline" is said below the page instead (OfflineReadyNote.tsx).
 */
export function UpdatePrompt() {
  const { updateWaiting: needRefresh } = useOfflineState();
  if (!needRefresh) return null;
  return (
    <div className="govuk-notification-banner app-no-print" role="region" aria-labelledby="app-update-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="app-update-title">
          New version available
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-body">A new version of this service has been downloaded. Your answers are kept when you switch.</p>
        <div className="govuk-button-group">
          <Button onClick={acceptUpdate}>Use the new version</Button>
          <Button variant="secondary" onClick={dismissOfflineMessage}>
            Not now
          </Button>
        </div>
      </div>
    </div>
  );
}

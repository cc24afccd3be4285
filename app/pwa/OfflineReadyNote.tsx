import { Button } from '../components/govuk';
import { dismissOfflineMessage, useOfflineState } from './serviceWorker';

/**
 * Says, once, that the service has been stored for offline use. It sits below the page (in the
 * footer), in a live region that is always there: the moment it appears is the worker's, not the caseworker's,
 * and a message above the page would push every control down under a pointer half way through a
 * press (a press that began on "Import 2 cases" then ended elsewhere, and nothing was imported).
 */
export function OfflineReadyNote() {
  const { offlineReady, updateWaiting } = useOfflineState();
  return (
    <div aria-live="polite" className="app-no-print">
      {offlineReady && !updateWaiting ? (
        <div className="app-offline-ready">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-1">Ready to work offline</h2>
          <p className="govuk-body">This service is now stored on this device and works without a network connection.</p>
          <Button variant="secondary" className="govuk-!-margin-bottom-0" onClick={dismissOfflineMessage}>
            Dismiss
          </Button>
        </div>
      ) : null}
    </div>
  );
}

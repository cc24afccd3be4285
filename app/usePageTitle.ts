import { useEffect } from 'react';
import { SERVICE_NAME } from './layout/Layout';

/**
 * Sets the browser tab title in the GOV.UK pattern "Page – Service". Prefix "Error: " when the page
 * shows validation errors, so that screen reader users hear it first.
 */
export function usePageTitle(pageTitle: string, hasErrors = false) {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${pageTitle} – ${SERVICE_NAME}`;
  }, [pageTitle, hasErrors]);
}

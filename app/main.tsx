// zod's settings are made by public/zod-jitless.js, a classic script that runs before this module
// (see src/zodConfig.ts); zod itself loads with the case pages, not here.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from '@tanstack/react-router';
import { router } from './router';
import { registerServiceWorker } from './pwa/serviceWorker';
import './styles.scss';

// govuk-frontend styles some components differently once its script has run; we render its markup
// from React instead, so mark the body as supported ourselves.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The page has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);

registerServiceWorker().catch((error: unknown) => {
  // The app works without the service worker; it just will not work offline.
  console.warn('The offline copy of this service could not be set up:', error);
});

import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useRef } from 'react';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { OfflineReadyNote } from '../pwa/OfflineReadyNote';
import { TrainingBanner } from '../features/training/TrainingBanner';
import { PageErrorBoundary } from './ErrorScreen';
import { useFocusOnNavigation } from './focusOnNavigation';

/** The service's name, used in the header and in every page title. */
export const SERVICE_NAME = 'Calais leave settlement decisions';

const navigation = [
  { to: '/', text: 'Cases' },
  { to: '/scenarios', text: 'Scenario library' },
  { to: '/related', text: 'Other routes' },
  { to: '/settings', text: 'Settings' },
  { to: '/about', text: 'About this service' },
] as const;

/**
 * Page frame: skip link, header with the service name, phase banner, main content and a footer
 * that says where case data is kept. Focus moves to the main heading on navigation so screen
 * reader users hear the new page, as they would on a full page load (focusOnNavigation.ts). A page
 * that fails shows the service's own error screen inside the frame, so the header still works.
 */
export function Layout() {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const href = useRouterState({ select: (state) => state.location.href });
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef);

  return (
    <>
      <a
        href="#main-content"
        className="govuk-skip-link"
        onClick={(event) => {
          // A hash link would be taken as a route by the hash router: move focus ourselves.
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="govuk-generic-header app-header" role="banner">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <span className="govuk-generic-header__homepage-link app-header__org">Home Office</span>
          </div>
        </div>
      </header>
      <section aria-label="Service information" className="govuk-service-navigation" data-module="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link to="/" className="govuk-service-navigation__link">
                {SERVICE_NAME}
              </Link>
            </span>
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list" id="navigation">
                {navigation.map((item) => {
                  const current = item.to === '/' ? pathname === '/' : pathname.startsWith(item.to);
                  return (
                    <li key={item.to} className={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}>
                      <Link to={item.to} className="govuk-service-navigation__link" aria-current={current ? 'page' : undefined}>
                        {current ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          </div>
        </div>
      </section>
      <TrainingBanner />
      <div className="govuk-width-container">
        {/* In a landmark of its own, so that nothing on the page sits outside one. */}
        <section className="govuk-phase-banner" aria-label="Service phase">
          <p className="govuk-phase-banner__content">
            <strong className="govuk-tag govuk-phase-banner__content__tag">Alpha</strong>
            <span className="govuk-phase-banner__text">
              This is a new service. Check every decision against the guidance before it is served.
            </span>
          </p>
        </section>
        <UpdatePrompt />
        <main className="govuk-main-wrapper app-main-wrapper" id="main-content" ref={mainRef} tabIndex={-1}>
          <PageErrorBoundary resetKey={href}>
            <Outlet />
          </PageErrorBoundary>
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <OfflineReadyNote />
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">About your data</h2>
              <p className="govuk-body-s app-footer-data">
                Case data stays on this device. Nothing you enter is sent anywhere: it is kept in this browser
                until you delete it. Export a case to keep a copy.
              </p>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <Link to="/about" className="govuk-footer__link">
                    About this service and your data
                  </Link>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}

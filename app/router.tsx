import { createHashHistory, createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { Layout } from './layout/Layout';
import { HomePage } from './pages/HomePage';
import { AboutPage } from './pages/AboutPage';
import { NotFoundPage } from './pages/NotFoundPage';

// Hash history keeps every route inside index.html, so the built folder works from any sub-path of
// any static host with no rewrite rules, and offline from the service worker's single cached page.
const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFoundPage });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });
const aboutRoute = createRoute({ getParentRoute: () => rootRoute, path: '/about', component: AboutPage });

const routeTree = rootRoute.addChildren([homeRoute, aboutRoute]);

/** The app's router. */
export const router = createRouter({ routeTree, history: createHashHistory(), scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

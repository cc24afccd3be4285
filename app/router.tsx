import { createHashHistory, createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { z } from 'zod';
import { Layout } from './layout/Layout';
import { HomePage } from './pages/HomePage';
import { AboutPage } from './pages/AboutPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { CaseLayout } from './cases/CaseLayout';
import { ScenarioLibraryPage } from './features/training/ScenarioLibraryPage';
import { TrainingCopiesPage } from './features/training/TrainingCopiesPage';

// Hash history keeps every route inside index.html, so the built folder works from any sub-path of
// any static host with no rewrite rules, and offline from the service worker's single cached page.
const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFoundPage });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });
const aboutRoute = createRoute({ getParentRoute: () => rootRoute, path: '/about', component: AboutPage });

const scenariosRoute = createRoute({ getParentRoute: () => rootRoute, path: '/scenarios', component: ScenarioLibraryPage });
const trainingRoute = createRoute({ getParentRoute: () => rootRoute, path: '/training', component: TrainingCopiesPage });

const caseParams = z.object({ caseId: z.string().min(1).max(200) });

/** Every page of one case sits under this route, which loads the case and keeps it saved. */
export const caseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases/$caseId',
  params: { parse: (raw) => caseParams.parse(raw), stringify: (params) => params },
  component: function CaseRouteComponent() {
    const { caseId } = caseRoute.useParams();
    // A new key per case so that nothing of one case's state leaks into another.
    return <CaseLayout key={caseId} caseId={caseId} />;
  },
});

const routeTree = rootRoute.addChildren([homeRoute, aboutRoute, scenariosRoute, trainingRoute, caseRoute.addChildren([])]);

/** The app's router. */
export const router = createRouter({ routeTree, history: createHashHistory(), scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

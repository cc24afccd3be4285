import { createHashHistory, createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { z } from 'zod';
import { Layout } from './layout/Layout';
import { HomePage } from './pages/HomePage';
import { AboutPage } from './pages/AboutPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ErrorScreen } from './layout/ErrorScreen';
import { CaseLayout } from './cases/CaseLayout';
import { DeleteCasePage } from './features/cases/DeleteCasePage';
import { ImportCasesPage } from './features/cases/ImportCasesPage';
import { ScenarioLibraryPage } from './features/training/ScenarioLibraryPage';
import { TrainingCopiesPage } from './features/training/TrainingCopiesPage';
import { CaseWorkspace } from './features/training/CaseWorkspace';
import { CaseOverviewPage, CheckAnswersPage, OutcomePage, WizardStepPage, parseWizardSearch } from './features/wizard/routes';

// Hash history keeps every route inside index.html, so the built folder works from any sub-path of
// any static host with no rewrite rules, and offline from the service worker's single cached page.
const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFoundPage });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });
const aboutRoute = createRoute({ getParentRoute: () => rootRoute, path: '/about', component: AboutPage });

const scenariosRoute = createRoute({ getParentRoute: () => rootRoute, path: '/scenarios', component: ScenarioLibraryPage });
const trainingRoute = createRoute({ getParentRoute: () => rootRoute, path: '/training', component: TrainingCopiesPage });

const caseParams = z.object({ caseId: z.string().min(1).max(200) });

// The case list's import and delete confirmation (app/features/cases). Delete sits outside the
// case route so that asking does not open the case for editing (and take its lock).
const importRoute = createRoute({ getParentRoute: () => rootRoute, path: '/import', component: ImportCasesPage });
const deleteCaseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/delete-case/$caseId',
  params: { parse: (raw) => caseParams.parse(raw), stringify: (params) => params },
  component: function DeleteCaseRouteComponent() {
    const { caseId } = deleteCaseRoute.useParams();
    return <DeleteCasePage key={caseId} caseId={caseId} />;
  },
});

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

// The caseworker wizard (app/features/wizard): task list, one page per step, check answers, outcome.
// They sit in a pathless frame that adds the explanation panel and, for training copies, the
// training bar with reset and step-through (app/features/training).
const workspaceRoute = createRoute({ getParentRoute: () => caseRoute, id: 'workspace', component: CaseWorkspace });
const caseOverviewRoute = createRoute({ getParentRoute: () => workspaceRoute, path: '/', component: CaseOverviewPage });
const checkAnswersRoute = createRoute({ getParentRoute: () => workspaceRoute, path: 'check-answers', component: CheckAnswersPage });
const outcomeRoute = createRoute({ getParentRoute: () => workspaceRoute, path: 'outcome', component: OutcomePage });
const wizardStepRoute = createRoute({ getParentRoute: () => workspaceRoute, path: '$step', validateSearch: parseWizardSearch, component: WizardStepPage });
const wizardRoutes = [workspaceRoute.addChildren([caseOverviewRoute, checkAnswersRoute, outcomeRoute, wizardStepRoute])] as const;

// Draft letters (app/features/letters): the letters that fit the case, and one letter's preview.
// Loaded when first opened, to keep them (and the letter texts) out of the first load.
const letterParams = z.object({ letterId: z.string().regex(/^[a-z0-9-]{1,80}$/) });
const LetterPage = lazy(() => import('./features/letters/LetterPage').then((module) => ({ default: module.LetterPage })));
const lettersRoute = createRoute({ getParentRoute: () => caseRoute, path: 'letters', component: lazyRouteComponent(() => import('./features/letters/LettersPage'), 'LettersPage') });
const letterRoute = createRoute({
  getParentRoute: () => caseRoute,
  path: 'letters/$letterId',
  params: { parse: (raw) => letterParams.parse(raw), stringify: (params) => params },
  component: function LetterRouteComponent() {
    const { letterId } = letterRoute.useParams();
    return (
      <Suspense fallback={<p className="govuk-body">Loading the letter…</p>}>
        <LetterPage key={letterId} letterId={letterId} />
      </Suspense>
    );
  },
});
const letterRoutes = [lettersRoute, letterRoute];

// The letter signatory, kept on this device (app/features/settings).
const settingsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/settings', component: lazyRouteComponent(() => import('./features/settings/SettingsPage'), 'SettingsPage') });

// The related routes (app/features/related): the list, then one short wizard per route, each with
// its working case, check answers, result and letters. Loaded when first opened.
const relatedParam = z.object({ route: z.string().regex(/^[a-z-]{1,40}$/) });
const relatedPageParam = z.object({ page: z.string().regex(/^[a-z0-9-]{1,40}$/) });
const relatedListRoute = createRoute({ getParentRoute: () => rootRoute, path: '/related', component: lazyRouteComponent(() => import('./features/related/RelatedPages'), 'RelatedListPage') });
const relatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/related/$route',
  params: { parse: (raw) => relatedParam.parse(raw), stringify: (params) => params },
  component: lazyRouteComponent(() => import('./features/related/RelatedPages'), 'RelatedRouteLayout'),
});
const relatedRoutes = relatedRoute.addChildren([
  createRoute({ getParentRoute: () => relatedRoute, path: '/', component: lazyRouteComponent(() => import('./features/related/RelatedPages'), 'RouteStartPage') }),
  createRoute({
    getParentRoute: () => relatedRoute,
    path: 'questions/$page',
    params: { parse: (raw) => relatedPageParam.parse(raw), stringify: (params) => params },
    component: lazyRouteComponent(() => import('./features/related/QuestionsPage'), 'QuestionsPage'),
  }),
  createRoute({ getParentRoute: () => relatedRoute, path: 'check-answers', component: lazyRouteComponent(() => import('./features/related/CheckAnswersPage'), 'CheckAnswersPage') }),
  createRoute({ getParentRoute: () => relatedRoute, path: 'result', component: lazyRouteComponent(() => import('./features/related/ResultPage'), 'ResultPage') }),
  createRoute({
    getParentRoute: () => relatedRoute,
    path: 'letters/$letterId',
    params: { parse: (raw) => letterParams.parse(raw), stringify: (params) => params },
    component: lazyRouteComponent(() => import('./features/related/RelatedLetterPage'), 'RelatedLetterPage'),
  }),
]);

const routeTree = rootRoute.addChildren([homeRoute, aboutRoute, scenariosRoute, trainingRoute, importRoute, deleteCaseRoute, settingsRoute, caseRoute.addChildren([...wizardRoutes, ...letterRoutes]), relatedListRoute, relatedRoutes]);

/**
 * The app's router. A page that throws while it is drawn shows the service's own error screen in
 * place of that page alone (each route's error boundary), never the router's bare message.
 */
export const router = createRouter({
  routeTree,
  history: createHashHistory(),
  scrollRestoration: true,
  defaultErrorComponent: ({ error, reset }) => <ErrorScreen error={error} reset={reset} />,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

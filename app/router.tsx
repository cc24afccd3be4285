import { createHashHistory, createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { Layout } from './layout/Layout';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ErrorScreen } from './layout/ErrorScreen';
import { parseWizardSearch } from './features/wizard/navigation';

// The first load holds the frame, the case list and this route table only. Every other page loads
// when it is first opened (or when the browser is idle after the list is shown: main.tsx), and
// the rules, the schemas and the forms come with the case pages. What loads first is measured by
// scripts/size.mjs on every build.

/**
 * Checks one path parameter without the schema library (which is not on the first load): a
 * string matching `pattern`, else the route fails as a bad address.
 */
function pathParam<Name extends string>(name: Name, pattern: RegExp) {
  return {
    parse: (raw: Record<string, string>): Record<Name, string> => {
      const value: unknown = raw[name];
      if (typeof value !== 'string' || !pattern.test(value)) throw new Error(`This address has no valid ${name}`);
      return { [name]: value } as Record<Name, string>;
    },
    stringify: (params: Record<Name, string>) => params,
  };
}

// Hash history keeps every route inside index.html, so the built folder works from any sub-path of
// any static host with no rewrite rules, and offline from the service worker's single cached page.
const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFoundPage });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });
const aboutRoute = createRoute({ getParentRoute: () => rootRoute, path: '/about', component: lazyRouteComponent(() => import('./pages/AboutPage'), 'AboutPage') });

// The library's route filter is kept in the address (`#/scenarios?route=restricted-leave`).
const parseLibrarySearch = (search: Record<string, unknown>): { route?: string } => (typeof search['route'] === 'string' && /^[a-z-]{1,40}$/.test(search['route']) ? { route: search['route'] } : {});
const scenariosRoute = createRoute({ getParentRoute: () => rootRoute, path: '/scenarios', validateSearch: parseLibrarySearch, component: lazyRouteComponent(() => import('./features/training/ScenarioLibraryPage'), 'ScenarioLibraryPage') });
const trainingRoute = createRoute({ getParentRoute: () => rootRoute, path: '/training', component: lazyRouteComponent(() => import('./features/training/TrainingCopiesPage'), 'TrainingCopiesPage') });

const caseParams = pathParam('caseId', /^[\s\S]{1,200}$/);

// The case list's import and delete confirmation (app/features/cases). Delete sits outside the
// case route so that asking does not open the case for editing (and take its lock).
const importRoute = createRoute({ getParentRoute: () => rootRoute, path: '/import', component: lazyRouteComponent(() => import('./features/cases/ImportCasesPage'), 'ImportCasesPage') });
const deleteCaseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/delete-case/$caseId',
  params: caseParams,
  component: lazyRouteComponent(() => import('./features/cases/DeleteCasePage'), 'DeleteCaseRoutePage'),
});

/** Every page of one case sits under this route, which loads the case and keeps it saved. */
export const caseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases/$caseId',
  params: caseParams,
  component: lazyRouteComponent(() => import('./cases/CaseLayout'), 'CaseRoutePage'),
});

// The caseworker wizard (app/features/wizard): task list, one page per step, check answers, outcome.
// They sit in a pathless frame that adds the explanation panel and, for training copies, the
// training bar with reset and step-through (app/features/training).
const wizardPage = (name: 'CaseOverviewPage' | 'CheckAnswersPage' | 'OutcomePage' | 'WizardStepPage') => lazyRouteComponent(() => import('./features/wizard/routes'), name);
const workspaceRoute = createRoute({ getParentRoute: () => caseRoute, id: 'workspace', component: lazyRouteComponent(() => import('./features/training/CaseWorkspace'), 'CaseWorkspace') });
const caseOverviewRoute = createRoute({ getParentRoute: () => workspaceRoute, path: '/', component: wizardPage('CaseOverviewPage') });
const checkAnswersRoute = createRoute({ getParentRoute: () => workspaceRoute, path: 'check-answers', component: wizardPage('CheckAnswersPage') });
const outcomeRoute = createRoute({ getParentRoute: () => workspaceRoute, path: 'outcome', component: wizardPage('OutcomePage') });
const wizardStepRoute = createRoute({ getParentRoute: () => workspaceRoute, path: '$step', validateSearch: parseWizardSearch, component: wizardPage('WizardStepPage') });
const wizardRoutes = [workspaceRoute.addChildren([caseOverviewRoute, checkAnswersRoute, outcomeRoute, wizardStepRoute])] as const;

// Draft letters (app/features/letters): the letters that fit the case, and one letter's preview.
// Loaded when first opened, to keep them (and the letter texts) out of the first load.
const letterParams = pathParam('letterId', /^[a-z0-9-]{1,80}$/);
const LetterPage = lazy(() => import('./features/letters/LetterPage').then((module) => ({ default: module.LetterPage })));
const lettersRoute = createRoute({ getParentRoute: () => caseRoute, path: 'letters', component: lazyRouteComponent(() => import('./features/letters/LettersPage'), 'LettersPage') });
const letterRoute = createRoute({
  getParentRoute: () => caseRoute,
  path: 'letters/$letterId',
  params: letterParams,
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
const relatedParam = pathParam('route', /^[a-z-]{1,40}$/);
const relatedPageParam = pathParam('page', /^[a-z0-9-]{1,40}$/);
const relatedListRoute = createRoute({ getParentRoute: () => rootRoute, path: '/related', component: lazyRouteComponent(() => import('./features/related/RelatedPages'), 'RelatedListPage') });
const relatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/related/$route',
  params: relatedParam,
  component: lazyRouteComponent(() => import('./features/related/RelatedPages'), 'RelatedRouteLayout'),
});
const relatedRoutes = relatedRoute.addChildren([
  createRoute({ getParentRoute: () => relatedRoute, path: '/', component: lazyRouteComponent(() => import('./features/related/RelatedPages'), 'RouteStartPage') }),
  createRoute({
    getParentRoute: () => relatedRoute,
    path: 'questions/$page',
    params: relatedPageParam,
    component: lazyRouteComponent(() => import('./features/related/QuestionsPage'), 'QuestionsPage'),
  }),
  createRoute({ getParentRoute: () => relatedRoute, path: 'check-answers', component: lazyRouteComponent(() => import('./features/related/CheckAnswersPage'), 'CheckAnswersPage') }),
  createRoute({ getParentRoute: () => relatedRoute, path: 'result', component: lazyRouteComponent(() => import('./features/related/ResultPage'), 'ResultPage') }),
  createRoute({
    getParentRoute: () => relatedRoute,
    path: 'letters/$letterId',
    params: letterParams,
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

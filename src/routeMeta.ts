/**
 * What people and pages need to know of each route without its rules: the id, the name shown to
 * people and the folder (under `public/`) of its scenario files. The route registry
 * (`src/routes.ts`) takes each route's title and scenario folder from here, so a page that only
 * names routes (the trainer library) imports this small module instead of every route's rules.
 */

/** One route's id, title and scenario folder. */
export interface RouteMeta {
  /** Stable id, as in `ROUTES` and in decisions. */
  id: string;
  /** Its name for people, e.g. "Restricted leave". */
  title: string;
  /** Folder of its scenario files, under `public/`. */
  scenarios: string;
}

/** Every route's metadata, in the registry's order (Calais first). */
export const ROUTE_META = [
  { id: 'calais', title: 'Calais leave settlement', scenarios: 'scenarios' },
  { id: 'settlement-protection', title: 'Settlement protection', scenarios: 'scenarios/related/settlement-protection' },
  { id: 'discretionary-leave', title: 'Discretionary leave', scenarios: 'scenarios/related/discretionary-leave' },
  { id: 'restricted-leave', title: 'Restricted leave', scenarios: 'scenarios/related/restricted-leave' },
  { id: 'calais-fee-status', title: 'Student fee status', scenarios: 'scenarios/related/fee-status' },
] as const satisfies readonly RouteMeta[];

/** A route's id. */
export type RouteMetaId = (typeof ROUTE_META)[number]['id'];

/** The metadata of the route with this id. */
export function routeMeta(id: RouteMetaId): RouteMeta {
  const meta = ROUTE_META.find((m) => m.id === id);
  if (!meta) throw new Error(`Unknown route: ${id}`);
  return meta;
}

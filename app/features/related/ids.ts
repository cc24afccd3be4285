/**
 * The related routes' address names, apart from everything else so that the router can validate
 * them without loading the wizards.
 */
export const RELATED_ROUTE_IDS = ['settlement-protection', 'discretionary-leave', 'restricted-leave', 'fee-status'] as const;
/** One related route. */
export type RelatedRouteId = (typeof RELATED_ROUTE_IDS)[number];

/** Whether `value` names a related route. */
export function isRelatedRouteId(value: unknown): value is RelatedRouteId {
  return typeof value === 'string' && (RELATED_ROUTE_IDS as readonly string[]).includes(value);
}

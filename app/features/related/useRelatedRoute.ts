import { useParams } from '@tanstack/react-router';
import { isRelatedRouteId } from './ids';
import { relatedRoute, type RelatedRoute } from './routes';

/** The related route named in the address, or undefined when the address names none. */
export function useRelatedRoute(): RelatedRoute | undefined {
  const params: { route?: string } = useParams({ strict: false });
  return isRelatedRouteId(params.route) ? relatedRoute(params.route) : undefined;
}

/** The same, inside a route's pages, where the layout has already checked it. */
export function useCurrentRoute(): RelatedRoute {
  const route = useRelatedRoute();
  if (!route) throw new Error('No related route in the address');
  return route;
}

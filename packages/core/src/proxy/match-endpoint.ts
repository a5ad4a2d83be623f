import { allEndpoints } from '../endpoints/list.js';
import type { EndpointDescriptor } from '../endpoints/types.js';

interface Route {
  endpoint: EndpointDescriptor;
  /** Segments of the descriptor's path; `null` stands for a `{param}` segment. */
  segments: readonly (string | null)[];
}

// Built on the first match, not at import: a bundle that never matches a route (a Worker that only calls
// endpoints) then drops the table and the list of every endpoint with it.
let routes: readonly Route[] | undefined;

function allRoutes(): readonly Route[] {
  routes ??= allEndpoints.map((endpoint) => ({
    endpoint,
    segments: endpoint.path.split('/').slice(1).map((s) => (/^\{[^}]+\}$/.test(s) ? null : s)),
  }));
  return routes;
}

function literalCount(route: Route): number {
  return route.segments.filter((s) => s !== null).length;
}

/**
 * The endpoint a request addresses, from its method and its decoded path segments (`['public', 'check']`).
 * A literal segment beats a `{param}` one: `/public/discover/keyword` is `public.discoverKeyword`,
 * `/public/discover/music` is `public.discover`.
 */
export function matchEndpoint(method: string, segments: readonly string[]): EndpointDescriptor | undefined {
  let best: Route | undefined;
  for (const route of allRoutes()) {
    if (route.endpoint.method !== method.toUpperCase() || route.segments.length !== segments.length) continue;
    const fits = route.segments.every((s, i) => s === null ? (segments[i] ?? '') !== '' : s === segments[i]);
    if (fits && (!best || literalCount(route) > literalCount(best))) best = route;
  }
  return best?.endpoint;
}

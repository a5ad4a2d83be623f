import { allEndpoints } from '../endpoints/list.js';
import { TikAPIError } from '../errors.js';

/** Endpoints a wildcard never reaches: they must be named exactly. `key` reveals the account's plan and usage. */
const explicitOnly = new Set(['key']);

function patternMatches(pattern: string, key: string): boolean {
  if (pattern === key) return true;
  if (explicitOnly.has(key)) return false;
  if (pattern === '*') return true;
  return pattern.endsWith('.*') && key.startsWith(pattern.slice(0, -1));
}

/**
 * Compiles allow-list patterns over endpoint keys: `public.check`, `public.*`, `user.posts.*`, `*`.
 * A pattern that names no endpoint is a typo and throws, so nothing is silently left open or shut.
 */
export function compileAllowList(patterns: readonly string[]): (endpointKey: string) => boolean {
  for (const pattern of patterns) {
    if (!allEndpoints.some((e) => patternMatches(pattern, e.key))) {
      throw new TikAPIError(`createProxy: allow pattern ${JSON.stringify(pattern)} matches no endpoint.`);
    }
  }
  const allowed = new Set(allEndpoints.filter((e) => patterns.some((p) => patternMatches(p, e.key))).map((e) => e.key));
  return (endpointKey) => allowed.has(endpointKey);
}

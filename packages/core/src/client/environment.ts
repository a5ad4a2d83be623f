import { TikAPIError } from '../errors.js';
import { scavio } from '../providers/scavio/provider.js';
import { tikapi } from '../providers/tikapi.js';
import { userhandle } from '../providers/userhandle/provider.js';

/**
 * The environment variables each provider reads: its key and, when no `baseUrl` is given, its base URL. Each row is
 * its provider descriptor's `env` (the Python SDK's `_environment.py` has the same rows).
 */
export const PROVIDER_ENV = /* @__PURE__ */ envRows(tikapi, scavio, userhandle);

interface EnvRow {
  readonly name: string;
  readonly env: { readonly apiKey: string; readonly baseUrl: string };
}

/** Each provider's `env` by its name. A call, not property reads, so a bundle that never reads the table drops it. */
function envRows<const P extends readonly EnvRow[]>(...providers: P): { readonly [R in P[number] as R['name']]: R['env'] } {
  return Object.fromEntries(providers.map(({ name, env }) => [name, env])) as { [R in P[number] as R['name']]: R['env'] };
}

export type Provider = keyof typeof PROVIDER_ENV;

/**
 * The base URL a provider's variable names in `env` (`process.env`, a Worker's `env`, an object made from
 * `Deno.env.toObject()`), checked to be an http(s) URL; undefined when the variable is unset or blank.
 */
export function baseUrlFromEnv(env: object, provider: Provider = 'tikapi'): string | undefined {
  const name = PROVIDER_ENV[provider].baseUrl;
  const raw: unknown = (env as Record<string, unknown>)[name];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') throw new TikAPIError(`Environment variable ${name} must be a string URL (got ${typeof raw}).`);
  const value = raw.trim();
  if (value === '') return undefined;
  // The value is not echoed: a proxy URL may carry a token.
  const expected = `an http:// or https:// URL such as http://127.0.0.1:8787`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TikAPIError(`Environment variable ${name} must be ${expected} (it is not an absolute URL).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TikAPIError(`Environment variable ${name} must be ${expected} (its scheme is ${url.protocol.slice(0, 20)}).`);
  }
  if (url.hostname === '') throw new TikAPIError(`Environment variable ${name} must be ${expected} (it has no host).`);
  return value;
}

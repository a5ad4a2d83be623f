import { type ClientOptions, createClient, type TikAPIClient } from '@tokkit/core';

export interface BrowserSafeOptions extends ClientOptions {
  /** Lets a page hold a key although anyone who opens it can read it. Only for tools that never leave your hands. */
  dangerouslyAllowBrowser?: boolean | undefined;
}

type KeyGuard = ((kind: 'apiKey' | 'accountKey') => void) | undefined;

/**
 * The `TikAPI()` of this package, around the guard its runtime needs: the browser key guard in `index.ts`, none in
 * `index.workerd.ts` (a Worker is never a page).
 */
export function tikapiWith(keyGuard: () => KeyGuard) {
  /**
   * A client on the runtime's own `fetch` (through ky, as everywhere): Cloudflare Workers, Deno, Bun, browsers.
   * Workers and Deno pass the key from their secrets; a page passes none and talks to a `createProxy()` at
   * `baseUrl`, which adds it.
   */
  return function TikAPI(keyOrOptions: string | BrowserSafeOptions = {}): TikAPIClient {
    const given = typeof keyOrOptions === 'string' ? { apiKey: keyOrOptions } : keyOrOptions;
    const { dangerouslyAllowBrowser = false, ...options } = given;
    if (!options.apiKey && !options.sandbox && options.baseUrl !== undefined) options.keyless ??= true;
    return createClient(options, { acceptKey: dangerouslyAllowBrowser ? undefined : keyGuard() });
  };
}

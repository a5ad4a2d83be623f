import { type ClientOptions, createClient, fetchTransport, type TikAPIClient } from '@tokkit/core';
import { browserKeyGuard } from './key-guard.js';

export interface BrowserSafeOptions extends ClientOptions {
  /** Lets a page hold a key although anyone who opens it can read it. Only for tools that never leave your hands. */
  dangerouslyAllowBrowser?: boolean | undefined;
}

/**
 * A client on the runtime's own `fetch`: Cloudflare Workers, Deno, Bun, browsers. Workers and Deno pass the
 * key from their secrets; a page passes none and talks to a `createProxy()` at `baseUrl`, which adds it.
 */
export function TikAPI(keyOrOptions: string | BrowserSafeOptions = {}): TikAPIClient {
  const given = typeof keyOrOptions === 'string' ? { apiKey: keyOrOptions } : keyOrOptions;
  const { dangerouslyAllowBrowser = false, ...options } = given;
  if (!options.apiKey && !options.sandbox && options.baseUrl !== undefined) options.keyless ??= true;
  return createClient(options, {
    acceptKey: dangerouslyAllowBrowser ? undefined : browserKeyGuard(),
    transport: fetchTransport,
  });
}

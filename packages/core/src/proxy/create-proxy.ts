import { API_BASE_URL, DEFAULT_TIMEOUT_MS } from '../client/options.js';
import { allEndpoints } from '../endpoints/list.js';
import { TikAPIError } from '../errors.js';
import { compileAllowList } from './allow-list.js';
import { type CorsOptions, corsHeaders, preflightHeaders } from './cors.js';
import { matchEndpoint } from './match-endpoint.js';
import { readBoundedBody } from './read-bounded-body.js';
import { encodedSecretsRedactor } from './redact-encoded.js';
import { relayResponse } from './relay-response.js';
import { apiSegmentsBelow, normalizeBasePath } from './resolve-path.js';
import { securityHeaders } from './security-headers.js';

export interface ProxyOptions {
  /** Injected into every forwarded request; never sent back to the caller. */
  apiKey: string;
  /** Injected into account (`user.*`) requests. Required when `allow` reaches any of them. */
  accountKey?: string | undefined;
  /** Endpoint keys or patterns: `public.check`, `public.*`, `user.posts.*`. Default `['public.*']`. `key` must be named exactly. */
  allow?: readonly string[] | undefined;
  /** Where the proxy is mounted: `/tikapi` forwards `/tikapi/public/check` as `/public/check`. Default `/`. */
  basePath?: string | undefined;
  /** Lets pages on other origins call the proxy. Default: none (same-origin pages only). */
  cors?: CorsOptions | undefined;
  /** Largest request body forwarded, in bytes; a larger one is answered 413. Default 64 KiB. */
  maxBodyBytes?: number | undefined;
  /** The API to forward to. Default https://api.tikapi.io. */
  baseUrl?: string | undefined;
  /** Per forwarded request, in milliseconds. Default 60 000. */
  timeout?: number | undefined;
  fetch?: typeof globalThis.fetch | undefined;
}

/** A fetch handler: Cloudflare Workers, Deno.serve, Bun.serve, Hono, Next.js route handlers, ... */
export type ProxyHandler = (request: Request) => Promise<Response>;

export const DEFAULT_PROXY_ALLOW: readonly string[] = ['public.*'];
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

function refuse(status: 403 | 413 | 502, message: string, extra: Record<string, string> | null): Response {
  const headers = { ...extra, ...securityHeaders };
  return Response.json({ status: 'error', message: `tokkit proxy: ${message}` }, { status, headers });
}

/**
 * A `Request -> Response` handler that lets a page call allow-listed endpoints without ever holding a key:
 * it injects the keys server-side, drops any key header the caller sent, and redacts the keys from answers.
 */
export function createProxy(options: ProxyOptions): ProxyHandler {
  if (typeof options?.apiKey !== 'string' || options.apiKey === '') {
    throw new TikAPIError('createProxy: apiKey is required (read it from a server-side secret).');
  }
  const isAllowed = compileAllowList(options.allow ?? DEFAULT_PROXY_ALLOW);
  const basePath = normalizeBasePath(options.basePath ?? '/');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const upstreamBase = (options.baseUrl ?? API_BASE_URL).replace(/\/+$/, '');
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const redact = encodedSecretsRedactor([options.apiKey, options.accountKey ?? ''].filter(Boolean));
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  assertAccountKeyIfNeeded(isAllowed, options.accountKey);

  return async (request) => {
    const cors = corsHeaders(options.cors, request.headers.get('origin'));
    if (request.method === 'OPTIONS') {
      if (!options.cors || !cors) return refuse(403, 'this origin may not call the proxy.', null);
      return new Response(null, { status: 204, headers: { ...preflightHeaders(options.cors, cors), ...securityHeaders } });
    }
    const url = new URL(request.url);
    const segments = apiSegmentsBelow(basePath, url.pathname);
    const endpoint = segments && matchEndpoint(request.method, segments);
    if (!segments || !endpoint || !isAllowed(endpoint.key)) {
      await request.body?.cancel().catch(() => undefined);
      return refuse(403, 'this endpoint is not available through this proxy.', cors);
    }

    const headers = new Headers({ Accept: 'application/json', 'X-API-KEY': options.apiKey });
    if (endpoint.auth === 'apiKey+accountKey' && options.accountKey) headers.set('X-ACCOUNT-KEY', options.accountKey);
    let body: Uint8Array<ArrayBuffer> | undefined;
    if (endpoint.method === 'POST') {
      const read = await readBoundedBody(request, maxBodyBytes);
      if (read === null) return refuse(413, `the request body is larger than ${maxBodyBytes} bytes.`, cors);
      body = read;
      headers.set('Content-Type', request.headers.get('content-type') ?? 'application/json');
    }

    const target = `${upstreamBase}/${segments.map(encodeURIComponent).join('/')}${url.search}`;
    let upstream: Response;
    let text: string;
    try {
      upstream = await fetchFn(target, { method: endpoint.method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeout) });
      text = await upstream.text();
    } catch {
      return refuse(502, 'the API could not be reached.', cors);
    }
    return relayResponse(upstream, text, redact, cors);
  };
}

function assertAccountKeyIfNeeded(isAllowed: (key: string) => boolean, accountKey: string | undefined): void {
  if (accountKey) return;
  if (allEndpoints.some((e) => e.auth === 'apiKey+accountKey' && isAllowed(e.key))) {
    throw new TikAPIError('createProxy: allow reaches account endpoints (user.*), which need an accountKey.');
  }
}

// One endpoint's answer: keys, rate limit, parameters, then the route and its paging.
import type { EndpointDescriptor } from '@tokkit/core';
import { checkAccountKey, checkApiKey } from './auth.js';
import { Failure, jsonResponse } from './failures.js';
import type { ResolvedOptions } from './options.js';
import { isPaged, pageBody } from './paging.js';
import type { RateLimiter } from './rate-limit.js';
import { routes } from './routes/index.js';
import { validateParams } from './validate.js';
import { DEMO_ACCOUNT } from './world/anchors.js';

export interface ServeContext {
  options: ResolvedOptions;
  limiter: RateLimiter | undefined;
}

async function readBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  if ((request.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new Failure(400, { message: 'The request body must be a JSON object.' });
}

export async function serveEndpoint(
  endpoint: EndpointDescriptor,
  request: Request,
  path: Readonly<Record<string, string>>,
  context: ServeContext,
): Promise<Response> {
  const { options } = context;
  const apiKey = checkApiKey(options, request.headers);
  context.limiter?.take(apiKey, Date.now());
  checkAccountKey(options, endpoint, request.headers);

  const route = routes[endpoint.key];
  if (!route) throw new Error(`sandbox: no route for ${endpoint.key}`);
  const query = new URL(request.url).searchParams;
  const body = endpoint.method === 'POST' ? await readBody(request) : {};
  const skip = new Set(endpoint.paging ? [endpoint.paging.param] : []);
  const params = validateParams(endpoint, { path, query, body }, skip);
  const answer = route({ endpoint, params, world: options.world, account: DEMO_ACCOUNT.index });
  return jsonResponse(isPaged(answer) ? pageBody(endpoint, answer, query) : answer);
}

// One Scavio request: Bearer key, rate limit, JSON body, credits, parameters, then the route's data wrapped with
// the credit fields every success answer carries.
import type { EndpointDescriptor } from '@tokkit/core';
import { scavioCatalogue } from '../catalogue.js';
import { CreditLedger } from '../credits.js';
import { jsonResponse } from '../failures.js';
import type { ProviderServer, ServeContext } from '../provider-server.js';
import { hash32 } from '../world/random.js';
import { readBody } from '../read-body.js';
import { checkParams } from '../validate.js';
import { bearerKey, SCAVIO_KEY_HEADER } from './auth.js';
import { scavioFailure } from './errors.js';
import { scavioRoutes } from './routes.js';

/** The 400 for what checkParams found: missing parameters first, each named in the message. */
function paramsFailure(missing: Readonly<Record<string, string>>, invalid: Readonly<Record<string, string>>) {
  const missed = Object.values(missing);
  if (missed.length) return scavioFailure(400, 'missing_parameter', [...missed, ...Object.values(invalid)].join(' '));
  return scavioFailure(400, 'invalid_parameter', Object.values(invalid).join(' '));
}

/** A small, repeatable "time taken" in ms: the same request always reports the same. */
function responseTime(endpoint: EndpointDescriptor, body: Readonly<Record<string, unknown>>): number {
  return 120 + (hash32('response-time', endpoint.key, JSON.stringify(body)) % 900);
}

export function scavioServer(context: ServeContext): ProviderServer {
  const { options } = context;
  const { provider, endpoints } = scavioCatalogue;
  const accepted = new Set([provider.demoKeys.apiKey, ...options.extraApiKeys]);
  const credits = new CreditLedger(options.credits);

  async function serve(endpoint: EndpointDescriptor, request: Request): Promise<Response> {
    const key = bearerKey(request.headers, accepted);
    context.limiter?.take(`scavio:${key}`, Date.now(), (headers) =>
      scavioFailure(429, 'rate_limited', 'Too many requests for this API key: wait Retry-After seconds.', headers),
    );
    const body = await readBody(request, () => scavioFailure(400, 'invalid_json', 'The request body must be a JSON object.'));
    // From here on nothing awaits: checking and spending a credit cannot interleave with another request.
    if (credits.left(key) === 0) {
      throw scavioFailure(402, 'insufficient_credits', 'This API key has no credits left (credits_remaining is 0).');
    }
    const { params, missing, invalid } = checkParams(endpoint, { path: {}, query: new URLSearchParams(), body }, new Set());
    if (Object.keys(missing).length || Object.keys(invalid).length) throw paramsFailure(missing, invalid);
    const route = scavioRoutes[endpoint.key];
    if (!route) throw new Error(`sandbox: no Scavio route for ${endpoint.key}`);
    const data = route({ endpoint, params, world: options.world });
    const remaining = credits.spend(key) ?? 0;
    return jsonResponse({ data, response_time: responseTime(endpoint, body), credits_used: 1, credits_remaining: remaining });
  }

  return {
    name: 'scavio',
    descriptor: provider,
    endpoints,
    keyHeader: SCAVIO_KEY_HEADER,
    serve: (endpoint, request) => serve(endpoint, request),
    failure: (status, code, message, headers) => scavioFailure(status, code, message, headers),
  };
}

// One TikAPI endpoint's answer: keys, rate limit, parameters, then the route and its paging.
import { allEndpoints, type EndpointDescriptor, tikapi } from '@tokkit/core';
import { API_KEY_HEADER, checkAccountKey, checkApiKey } from './auth.js';
import { Failure, jsonResponse } from './failures.js';
import { isPaged, pageBody } from './paging.js';
import type { ProviderServer, ServeContext } from './provider-server.js';
import { readBody } from './read-body.js';
import { routes } from './routes/index.js';
import { validateParams } from './validate.js';
import { DEMO_ACCOUNT } from './world/anchors.js';

export type { ServeContext } from './provider-server.js';

const badBody = () => new Failure(400, { message: 'The request body must be a JSON object.' });

export async function serveEndpoint(
  endpoint: EndpointDescriptor,
  request: Request,
  path: Readonly<Record<string, string>>,
  context: ServeContext,
): Promise<Response> {
  const { options } = context;
  const apiKey = checkApiKey(options, request.headers);
  context.limiter?.take(`tikapi:${apiKey}`, Date.now());
  checkAccountKey(options, endpoint, request.headers);

  const route = routes[endpoint.key];
  if (!route) throw new Error(`sandbox: no route for ${endpoint.key}`);
  const query = new URL(request.url).searchParams;
  const body = endpoint.method === 'POST' ? await readBody(request, badBody) : {};
  const skip = new Set(endpoint.paging ? [endpoint.paging.param] : []);
  const params = validateParams(endpoint, { path, query, body }, skip);
  const answer = route({ endpoint, params, world: options.world, account: DEMO_ACCOUNT.index });
  return jsonResponse(isPaged(answer) ? pageBody(endpoint, answer, query) : answer);
}

export function tikapiServer(context: ServeContext): ProviderServer {
  return {
    name: 'tikapi',
    descriptor: tikapi,
    endpoints: allEndpoints,
    keyHeader: API_KEY_HEADER,
    serve: (endpoint, request, path) => serveEndpoint(endpoint, request, path, context),
    failure: (status, _code, message, headers) => new Failure(status, { message }, headers),
  };
}

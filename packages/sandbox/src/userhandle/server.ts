// One user-handle request, answered as its API Gateway does: 403 `{ "message": "Forbidden" }` without a valid
// x-api-key, 404 `{ "message": "User not found" }` for an unknown handle, the stored record otherwise.
import type { EndpointDescriptor } from '@tokkit/core';
import { userHandleCatalogue } from '../catalogue.js';
import { Failure, jsonResponse } from '../failures.js';
import type { ProviderServer, ServeContext } from '../provider-server.js';
import { checkParams } from '../validate.js';
import { findUserByUsername } from '../world/users.js';
import { findVideo } from '../world/videos.js';
import { userHandleStats, userHandleUser } from './users.js';
import { userHandleVideo } from './videos.js';

const KEY_HEADER = 'x-api-key';
const message = (status: number, text: string, headers: Record<string, string> = {}) => Failure.exact(status, { message: text }, headers);

export function userHandleServer(context: ServeContext): ProviderServer {
  const { options } = context;
  const { provider, endpoints } = userHandleCatalogue;
  const accepted = new Set([provider.demoKeys.apiKey, ...options.extraApiKeys]);

  async function serve(endpoint: EndpointDescriptor, request: Request, path: Readonly<Record<string, string>>): Promise<Response> {
    const key = request.headers.get(KEY_HEADER);
    if (!key || !accepted.has(key)) throw message(403, 'Forbidden');
    context.limiter?.take(`userhandle:${key}`, Date.now(), (headers) => message(429, 'Too Many Requests', headers));
    const { params, missing, invalid } = checkParams(endpoint, { path, query: new URLSearchParams(), body: {} }, new Set());
    const problems = [...Object.values(missing), ...Object.values(invalid)];
    if (problems.length) throw message(400, problems.join(' '));
    const w = options.world;
    const author = findUserByUsername(w, String(params.userHandle));
    if (author === undefined) throw message(404, 'User not found');
    if (endpoint.key === 'user') return jsonResponse({ user: userHandleUser(w, author), stats: userHandleStats(w, author) });
    const video = findVideo(w, String(params.videoId));
    if (!video || video.author !== author) throw message(404, 'Video not found');
    return jsonResponse(userHandleVideo(w, video));
  }

  return {
    name: 'userhandle',
    descriptor: provider,
    endpoints,
    keyHeader: KEY_HEADER,
    serve,
    failure: (status, _code, text, headers) => message(status, text, headers),
  };
}

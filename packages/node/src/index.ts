import { baseUrlFromEnv, type ClientOptions, createClient, PROVIDER_ENV, TikAPIError, type TikAPIClient } from '@tokkit/core';
import { nodeFetch } from './node-fetch.js';
import { saveToFile } from './save-to-file.js';

export * from '@tokkit/core';
export { createNodeProxy } from './node-proxy.js';
export type { NodeProxyListener } from './node-proxy.js';
export { nodeFetch } from './node-fetch.js';

/** The environment variable read when no API key is given. */
export const API_KEY_ENV = PROVIDER_ENV.tikapi.apiKey;
/** The environment variable read when no `baseUrl` is given: the sandbox or a proxy, e.g. http://127.0.0.1:8787. */
export const BASE_URL_ENV = PROVIDER_ENV.tikapi.baseUrl;

/**
 * A client for Node.js. `TikAPI()` reads the key from TIKAPI_KEY; `TikAPI('key')` or `TikAPI({ apiKey, ... })` take it directly.
 * Without `baseUrl`, TIKAPI_BASE_URL (when set) says where to send requests. In sandbox mode no key is needed: the
 * public demo keys are sent. Responses can `saveVideo(link, path)`.
 */
export function TikAPI(keyOrOptions: string | ClientOptions = {}): TikAPIClient {
  const options = typeof keyOrOptions === 'string' ? { apiKey: keyOrOptions } : { ...keyOrOptions };
  options.apiKey ??= process.env[API_KEY_ENV] || undefined;
  options.baseUrl ??= baseUrlFromEnv(process.env, 'tikapi');
  options.fetch ??= nodeFetch;
  if (!options.apiKey && !options.sandbox && !options.keyless) {
    throw new TikAPIError(
      `No API key: set the ${API_KEY_ENV} environment variable, or pass one with TikAPI('your key') or TikAPI({ apiKey }).`,
    );
  }
  return createClient(options, { saveToFile });
}

export default TikAPI;

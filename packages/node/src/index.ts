import {
  baseUrlFromEnv,
  type ClientOptions,
  createClient,
  createScavio,
  createUserHandleAPI,
  PROVIDER_ENV,
  type Provider,
  type ScavioClient,
  type ScavioOptions,
  type TikAPIClient,
  TikAPIError,
  type UserHandleClient,
  type UserHandleOptions,
} from '@tokkit/core';
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
 * A provider's options completed from the environment (its key and base URL variables) and the keep-alive fetch;
 * a client that would have no key is refused here, naming the variable, before anything is sent.
 */
function fromEnvironment<O extends ClientOptions>(provider: Provider, clientName: string, given: O): O {
  const env = PROVIDER_ENV[provider];
  const options = { ...given };
  options.apiKey ??= process.env[env.apiKey] || undefined;
  options.baseUrl ??= baseUrlFromEnv(process.env, provider);
  options.fetch ??= nodeFetch;
  if (!options.apiKey && !options.sandbox && !options.keyless) {
    throw new TikAPIError(
      `No API key: set the ${env.apiKey} environment variable, or pass one with ${clientName}('your key') or ${clientName}({ apiKey }).`,
    );
  }
  return options;
}

/**
 * A client for Node.js. `TikAPI()` reads the key from TIKAPI_KEY; `TikAPI('key')` or `TikAPI({ apiKey, ... })` take it directly.
 * Without `baseUrl`, TIKAPI_BASE_URL (when set) says where to send requests. In sandbox mode no key is needed: the
 * public demo keys are sent. Responses can `saveVideo(link, path)`.
 */
export function TikAPI(keyOrOptions: string | ClientOptions = {}): TikAPIClient {
  const options = typeof keyOrOptions === 'string' ? { apiKey: keyOrOptions } : keyOrOptions;
  return createClient(fromEnvironment('tikapi', 'TikAPI', options), { saveToFile });
}

/**
 * A Scavio TikTok API client for Node.js. `Scavio()` reads the key from SCAVIO_API_KEY and, without `baseUrl`, the
 * base URL from SCAVIO_BASE_URL when set; `Scavio('key')` or `Scavio({ apiKey, ... })` take them directly.
 */
export function Scavio(keyOrOptions: string | ScavioOptions = {}): ScavioClient {
  const options = typeof keyOrOptions === 'string' ? { apiKey: keyOrOptions } : keyOrOptions;
  return createScavio(fromEnvironment('scavio', 'Scavio', options), { saveToFile });
}

/**
 * A user-handle API client for Node.js: `UserHandleAPI({ apiKey, baseUrl })`. The key defaults to USERHANDLE_API_KEY
 * and the base URL, which every customer has an own one of, to USERHANDLE_API_URL; without one it is refused.
 */
export function UserHandleAPI(options: UserHandleOptions = {}): UserHandleClient {
  return createUserHandleAPI(fromEnvironment('userhandle', 'UserHandleAPI', options), { saveToFile });
}

export default TikAPI;

import { endpointTree, type EndpointTree } from '../endpoints/index.js';
import { TikAPIError } from '../errors.js';
import { tikapi } from '../providers/tikapi.js';
import { buildClient, type ClientCore } from './build-client.js';
import type { ClientKind, Namespace, TikAPIKind } from './endpoint-types.js';
import { cleanKey } from './keys.js';
import { forward, namespace } from './namespace.js';
import type { ClientOptions, SetOptions } from './options.js';
import type { Platform } from './platform.js';

export type { ClientKind, Endpoint, Namespace, ScavioKind, TikAPIKind, UserHandleKind } from './endpoint-types.js';

export type UserNamespace = Namespace<EndpointTree['user'], TikAPIKind>;

/** `new api.user({ accountKey })` or `api.user({ accountKey })`; `api.user.info()` uses the client's default key. */
export interface UserFactory extends UserNamespace {
  new (options: { accountKey: string }): UserNamespace;
  (options: { accountKey: string }): UserNamespace;
}

export type TikAPIClient = Omit<Namespace<EndpointTree, TikAPIKind>, 'user'> & {
  readonly user: UserFactory;
  /** Changes options for every later call, also of account namespaces made before. */
  set(options: SetOptions): TikAPIClient;
};

/** TikAPI's own member: account scopes over the `user` endpoints, each with its own account key. */
function accountScopes({ state, acceptKeys }: ClientCore): { user: unknown } {
  const userTree = endpointTree.user;
  /** An account scope: the same client state, another account key. Cheap: nothing is bound until used. */
  function user(options: { accountKey: string }): unknown {
    if (!options || typeof options.accountKey !== 'string' || options.accountKey === '') {
      throw new TikAPIError("api.user() needs an account key: api.user({ accountKey: '...' }).");
    }
    acceptKeys(options);
    return namespace(userTree, { state, accountKey: cleanKey('accountKey', options.accountKey) });
  }
  forward(user, namespace(userTree, { state }), Object.keys(userTree));
  return { user };
}

/** Builds a client over every endpoint. `TikAPI('key')` or `TikAPI({ apiKey, sandbox, baseUrl, ... })`. */
export function createClient(keyOrOptions: string | ClientOptions = {}, platform: Platform = {}): TikAPIClient {
  const { user: _scopes, ...tree } = endpointTree;
  return buildClient({ provider: tikapi, tree, extend: accountScopes }, keyOrOptions, platform) as TikAPIClient;
}

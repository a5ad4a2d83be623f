import { userhandle } from '../providers/userhandle/provider.js';
import { userHandleTree, type UserHandleTree } from '../providers/userhandle/index.js';
import { baseUrlOf } from '../request/resolve-call.js';
import { buildClient } from './build-client.js';
import type { Namespace, UserHandleKind } from './endpoint-types.js';
import type { ClientOptions, SetOptions } from './options.js';
import type { Platform } from './platform.js';

/** The options of a user-handle client: TikAPI's, without the account key; `baseUrl` is each customer's own. */
export type UserHandleOptions = Omit<ClientOptions, 'accountKey'>;

export type UserHandleClient = Namespace<UserHandleTree, UserHandleKind> & {
  /** Changes options for every later call. */
  set(options: Omit<SetOptions, 'accountKey'>): UserHandleClient;
};

/**
 * A client of the user-handle API: `UserHandleAPI({ apiKey, baseUrl })`. The API has no default base URL (every
 * customer has an own one), so a client without one is refused at once.
 */
export function createUserHandleAPI(options: UserHandleOptions = {}, platform: Platform = {}): UserHandleClient {
  baseUrlOf(options, userhandle);
  return buildClient({ provider: userhandle, tree: userHandleTree }, options, platform) as UserHandleClient;
}

import { endpointTree, type EndpointTree } from '../endpoints/index.js';
import type { EndpointDescriptor } from '../endpoints/types.js';
import { TikAPIError } from '../errors.js';
import type { ItemStream } from '../paginate/iterate.js';
import type { TikAPIResponse } from '../paginate/response.js';
import type { HasRequiredParams, ParamsOf } from '../types/params.js';
import type { ItemFor, ResponseFor } from '../types/responses.js';
import { ConcurrencyLimit } from '../transport/concurrency.js';
import { RateGate } from '../transport/rate-gate.js';
import { checkTimingOptions } from './check-options.js';
import { cleanKey } from './keys.js';
import type { ClientState } from './execute.js';
import { type CallScope, namespace } from './namespace.js';
import type { ClientOptions, ItemsOptions, PagesOptions, RequestOptions, SetOptions } from './options.js';
import type { Platform } from './platform.js';

type Args<D extends EndpointDescriptor, O> =
  HasRequiredParams<D> extends true ? [params: ParamsOf<D>, options?: O] : [params?: ParamsOf<D>, options?: O];

/** One endpoint: call it for a response; `pages()` and `items()` walk its pages. */
export interface Endpoint<D extends EndpointDescriptor> {
  (...args: Args<D, RequestOptions>): Promise<TikAPIResponse<ResponseFor<D['key']>>>;
  readonly descriptor: D;
  pages(...args: Args<D, PagesOptions>): AsyncGenerator<TikAPIResponse<ResponseFor<D['key']>>, void, undefined>;
  items<Item = ItemFor<D['key']>>(...args: Args<D, ItemsOptions>): ItemStream<Item>;
}

export type Namespace<T> = {
  readonly [K in keyof T]: T[K] extends EndpointDescriptor ? Endpoint<T[K]> : Namespace<T[K]>;
};

export type UserNamespace = Namespace<EndpointTree['user']>;

/** `new api.user({ accountKey })` or `api.user({ accountKey })`; `api.user.info()` uses the client's default key. */
export interface UserFactory extends UserNamespace {
  new (options: { accountKey: string }): UserNamespace;
  (options: { accountKey: string }): UserNamespace;
}

export type TikAPIClient = Omit<Namespace<EndpointTree>, 'user'> & {
  readonly user: UserFactory;
  /** Changes options for every later call, also of account namespaces made before. */
  set(options: SetOptions): TikAPIClient;
};

function normalizeOptions(options: SetOptions): ClientOptions {
  const { $sandbox, ...rest } = options;
  const out: ClientOptions = { ...rest };
  if ($sandbox !== undefined) out.sandbox = $sandbox;
  if ('apiKey' in out) out.apiKey = cleanKey('apiKey', out.apiKey);
  if ('accountKey' in out) out.accountKey = cleanKey('accountKey', out.accountKey);
  checkTimingOptions(out);
  return out;
}

function concurrencyLimit(options: ClientOptions): ConcurrencyLimit | undefined {
  return options.maxConcurrency === undefined ? undefined : new ConcurrencyLimit(options.maxConcurrency);
}

/** Builds a client over every endpoint. `TikAPI('key')` or `TikAPI({ apiKey, sandbox, baseUrl, ... })`. */
export function createClient(keyOrOptions: string | ClientOptions = {}, platform: Platform = {}): TikAPIClient {
  const initial = typeof keyOrOptions === 'string' ? { apiKey: keyOrOptions } : keyOrOptions;
  const acceptKeys = (options: ClientOptions) => {
    if (options.apiKey) platform.acceptKey?.('apiKey');
    if (options.accountKey) platform.acceptKey?.('accountKey');
  };
  acceptKeys(initial);
  const options = normalizeOptions(initial);
  const state: ClientState = {
    options,
    warnedDeprecated: new Set(),
    platform,
    gate: new RateGate(),
    limit: concurrencyLimit(options),
  };
  const rootScope: CallScope = { state };
  const { user: userTree, ...rest } = endpointTree;
  const root = namespace(rest, rootScope);
  const rootUser = namespace(userTree, rootScope);

  /** An account scope: the same client state, another account key. Cheap: nothing is bound until used. */
  function user(options: { accountKey: string }): unknown {
    if (!options || typeof options.accountKey !== 'string' || options.accountKey === '') {
      throw new TikAPIError("api.user() needs an account key: api.user({ accountKey: '...' }).");
    }
    acceptKeys(options);
    return namespace(userTree, { state, accountKey: cleanKey('accountKey', options.accountKey) });
  }
  forward(user, rootUser, Object.keys(userTree));

  const client = {
    user,
    set(options: SetOptions) {
      acceptKeys(options);
      const changes = normalizeOptions(options);
      state.options = { ...state.options, ...changes };
      if ('maxConcurrency' in changes) state.limit = concurrencyLimit(state.options);
      return client;
    },
  };
  forward(client, root, Object.keys(rest));
  return client as unknown as TikAPIClient;
}

/** Gives `target` read-only members that read through to a namespace, so they are bound only when used. */
function forward(target: object, from: Record<string, unknown>, names: readonly string[]): void {
  for (const name of names) Object.defineProperty(target, name, { get: () => from[name], enumerable: true });
}

import { endpointTree, type EndpointTree } from '../endpoints/index.js';
import type { EndpointDescriptor } from '../endpoints/types.js';
import { TikAPIError } from '../errors.js';
import { ItemStream, iteratePages } from '../paginate/iterate.js';
import type { TikAPIResponse } from '../paginate/response.js';
import type { HasRequiredParams, ParamsOf } from '../types/params.js';
import type { ItemFor, ResponseFor } from '../types/responses.js';
import { ConcurrencyLimit } from '../transport/concurrency.js';
import { RateGate } from '../transport/rate-gate.js';
import { checkTimingOptions } from './check-options.js';
import { cleanKey } from './keys.js';
import { type CallScope, type ClientState, execute } from './execute.js';
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

function isDescriptor(node: unknown): node is EndpointDescriptor {
  return typeof node === 'object' && node !== null && 'method' in node && 'path' in node;
}

function bindEndpoint(descriptor: EndpointDescriptor, scope: CallScope): unknown {
  type Params = Record<string, unknown> | undefined;
  const call = (params?: Params, options?: RequestOptions) => execute(descriptor, params, options, scope);
  const pages = (params?: Params, options: PagesOptions = {}) => {
    const { maxPages, itemsField, ...requestOptions } = options;
    return iteratePages(
      () => execute(descriptor, params, requestOptions, scope, undefined, itemsField),
      { maxPages, signal: options.signal },
    );
  };
  const items = (params?: Params, options: ItemsOptions = {}) => {
    const { maxItems, maxPages, itemsField, resume, ...requestOptions } = options;
    return new ItemStream(
      (start) =>
        iteratePages(
          () => execute(descriptor, withStart(descriptor, params, start), requestOptions, scope, undefined, itemsField),
          { maxPages, signal: options.signal },
        ),
      { maxItems, maxPages, resume, signal: options.signal },
    );
  };
  return Object.assign(call, { descriptor, pages, items });
}

function withStart(descriptor: EndpointDescriptor, params: Record<string, unknown> | undefined, start: unknown) {
  if (start === undefined || !descriptor.paging) return params;
  return { ...params, [descriptor.paging.param]: start };
}

function bindTree(node: Record<string, unknown>, scope: CallScope): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(node)) {
    out[name] = isDescriptor(child) ? bindEndpoint(child, scope) : bindTree(child as Record<string, unknown>, scope);
  }
  return out;
}

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

  function user(options: { accountKey: string }): unknown {
    if (!options || typeof options.accountKey !== 'string' || options.accountKey === '') {
      throw new TikAPIError("api.user() needs an account key: api.user({ accountKey: '...' }).");
    }
    acceptKeys(options);
    return bindTree(userTree, { state, accountKey: cleanKey('accountKey', options.accountKey) });
  }
  Object.assign(user, bindTree(userTree, rootScope));

  const client = {
    ...bindTree(rest, rootScope),
    user,
    set(options: SetOptions) {
      acceptKeys(options);
      const changes = normalizeOptions(options);
      state.options = { ...state.options, ...changes };
      if ('maxConcurrency' in changes) state.limit = concurrencyLimit(state.options);
      return client;
    },
  };
  return client as unknown as TikAPIClient;
}

import type { EndpointDescriptor } from '../endpoints/types.js';
import { ItemStream, iteratePages } from '../paginate/iterate.js';
import { type CallOptions, resolveCall } from '../request/resolve-call.js';
import { type ClientState, execute } from './execute.js';
import type { ItemsOptions, PagesOptions, RequestOptions } from './options.js';

/** Who a call is made for: the client, and the account of `api.user({ accountKey })` when there is one. */
export interface CallScope {
  readonly state: ClientState;
  readonly accountKey?: string | undefined;
}

type Params = Readonly<Record<string, unknown>> | undefined;

function isDescriptor(node: unknown): node is EndpointDescriptor {
  return typeof node === 'object' && node !== null && 'method' in node && 'path' in node;
}

/** Resolves one call from the scope's current defaults and sends it. */
async function call(descriptor: EndpointDescriptor, scope: CallScope, params: Params, options: CallOptions) {
  const defaults = { options: scope.state.options, accountKey: scope.accountKey };
  return execute(resolveCall(defaults, descriptor, params, options), scope.state);
}

function bindEndpoint(descriptor: EndpointDescriptor, scope: CallScope): unknown {
  const endpoint = (params?: Params, options: RequestOptions = {}) => call(descriptor, scope, params, options);
  const pages = (params?: Params, options: PagesOptions = {}) => {
    const { maxPages, ...callOptions } = options;
    return iteratePages(() => call(descriptor, scope, params, callOptions), { maxPages, signal: options.signal });
  };
  const items = (params?: Params, options: ItemsOptions = {}) => {
    const { maxItems, maxPages, resume, ...callOptions } = options;
    const run = (cursor: unknown) =>
      iteratePages(() => call(descriptor, scope, params, { ...callOptions, cursor }), { maxPages, signal: options.signal });
    return new ItemStream(run, { maxItems, maxPages, resume, signal: options.signal });
  };
  return Object.assign(endpoint, { descriptor, pages, items });
}

/**
 * The endpoints under `node` for one scope. Members are bound on first use and kept, so making a namespace (an
 * account scope) costs the same however many endpoints it holds.
 */
export function namespace(node: Readonly<Record<string, unknown>>, scope: CallScope): Record<string, unknown> {
  const bound = new Map<PropertyKey, unknown>();
  // Symbols and inherited names (`then`, `toString`) are not members.
  const member = (name: PropertyKey): unknown => {
    if (!Object.hasOwn(node, name)) return undefined;
    if (!bound.has(name)) {
      const child = node[name as string];
      bound.set(name, isDescriptor(child) ? bindEndpoint(child, scope) : namespace(child as Record<string, unknown>, scope));
    }
    return bound.get(name);
  };
  return new Proxy<Record<string, unknown>>(
    {},
    {
      get: (_target, name) => member(name),
      has: (_target, name) => Object.hasOwn(node, name),
      ownKeys: () => Object.keys(node),
      getOwnPropertyDescriptor: (_target, name) =>
        Object.hasOwn(node, name) ? { value: member(name), enumerable: true, configurable: true } : undefined,
    },
  );
}

import type { EndpointDescriptor } from '../endpoints/types.js';
import { TikAPIError } from '../errors.js';
import { ItemStream, iteratePages, type StopAfter } from '../paginate/iterate.js';
import { type CallOptions, resolveCall } from '../request/resolve-call.js';
import { type ClientState, execute } from './execute.js';
import type { CreditsOptions, ItemsOptions, PagesOptions, RequestOptions } from './options.js';

/** Who a call is made for: the client, and the account of `api.user({ accountKey })` when there is one. */
export interface CallScope {
  readonly state: ClientState;
  readonly accountKey?: string | undefined;
}

type Params = Readonly<Record<string, unknown>> | undefined;

export function isDescriptor(node: unknown): node is EndpointDescriptor {
  return typeof node === 'object' && node !== null && 'method' in node && 'path' in node;
}

/** Resolves one call from the scope's current defaults and sends it. */
async function call(descriptor: EndpointDescriptor, scope: CallScope, params: Params, options: CallOptions) {
  const { state } = scope;
  const defaults = { options: state.options, accountKey: scope.accountKey, provider: state.provider };
  return execute(resolveCall(defaults, descriptor, params, options), state);
}

/**
 * `minCreditsRemaining` only where pages report credits: elsewhere it would silently never stop a run. (It stays in
 * the call options, which ignore it.)
 */
function creditsRule({ state }: CallScope, { minCreditsRemaining: min }: CreditsOptions): StopAfter | undefined {
  if (min !== undefined && !state.credits) throw new TikAPIError(`minCreditsRemaining: ${state.provider?.clientName} counts no credits.`);
  return state.credits?.stopBelow(min);
}

export function bindEndpoint(descriptor: EndpointDescriptor, scope: CallScope): unknown {
  const endpoint = (params?: Params, options: RequestOptions = {}) => call(descriptor, scope, params, options);
  const pages = (params?: Params, options: PagesOptions & CreditsOptions = {}) => {
    const { maxPages, ...callOptions } = options;
    const stopAfter = creditsRule(scope, options);
    return iteratePages(() => call(descriptor, scope, params, callOptions), { maxPages, stopAfter, signal: options.signal });
  };
  const items = (params?: Params, options: ItemsOptions & CreditsOptions = {}) => {
    const { maxItems, maxPages, resume, ...callOptions } = options;
    const stopAfter = creditsRule(scope, options);
    const run = (cursor: unknown) =>
      iteratePages(() => call(descriptor, scope, params, { ...callOptions, cursor }), {
        maxPages,
        signal: options.signal,
      });
    return new ItemStream(run, { maxItems, maxPages, resume, stopAfter, signal: options.signal });
  };
  return Object.assign(endpoint, { descriptor, pages, items });
}

/**
 * A tree node for one scope: an endpoint, a namespace, or what the client's own `bindNode` makes of it (Scavio's
 * endpoints that have members, see self-nodes.ts).
 */
function bindNode(node: unknown, scope: CallScope): unknown {
  if (isDescriptor(node)) return bindEndpoint(node, scope);
  const tree = node as Readonly<Record<string, unknown>>;
  return scope.state.bindNode?.(tree, scope) ?? namespace(tree, scope);
}

/** Gives `target` read-only members that read through to a namespace, so they are bound only when used. */
export function forward<T extends object>(target: T, from: Record<string, unknown>, names: readonly string[]): T {
  for (const name of names) Object.defineProperty(target, name, { get: () => from[name], enumerable: true });
  return target;
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
    if (!bound.has(name)) bound.set(name, bindNode(node[name as string], scope));
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

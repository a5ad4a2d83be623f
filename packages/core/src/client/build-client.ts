import type { CreditsSupport } from '../paginate/credits.js';
import type { ProviderDescriptor } from '../providers/types.js';
import { ConcurrencyLimit } from '../transport/concurrency.js';
import { RateGate } from '../transport/rate-gate.js';
import { checkTimingOptions } from './check-options.js';
import type { ClientState } from './execute.js';
import { cleanKey } from './keys.js';
import { forward, namespace } from './namespace.js';
import type { ClientOptions, SetOptions } from './options.js';
import type { Platform } from './platform.js';

/** What a provider's own members (TikAPI's `api.user({ accountKey })`) are built from. */
export interface ClientCore {
  readonly state: ClientState;
  /** Tells the platform (the browser key guard) about every key the client is handed. */
  acceptKeys(options: ClientOptions): void;
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

/** What a client is built from: the provider, its endpoint tree, and what only some providers have. */
export interface ClientDescription {
  readonly provider: ProviderDescriptor;
  readonly tree: Readonly<Record<string, unknown>>;
  /** Members of the provider's own (TikAPI's account scopes), beside the tree's. */
  readonly extend?: ((core: ClientCore) => Readonly<Record<string, unknown>>) | undefined;
  /** For providers that count credits: `creditsSupport(provider.credits)`. */
  readonly credits?: CreditsSupport | undefined;
  /** For trees with nodes that are an endpoint and a namespace at once (`$self`): `bindSelfNode`. */
  readonly bindNode?: ClientState['bindNode'];
}

/**
 * The one client builder: a provider descriptor and its endpoint tree -> a client whose members are the tree's
 * endpoints and namespaces, plus `set()`. Every provider's client (`TikAPI`, `Scavio`, `UserHandleAPI`) is one.
 */
export function buildClient(
  { provider, tree, extend, credits, bindNode }: ClientDescription,
  keyOrOptions: string | SetOptions = {},
  platform: Platform = {},
): unknown {
  const initial = typeof keyOrOptions === 'string' ? { apiKey: keyOrOptions } : keyOrOptions;
  const acceptKeys = (options: ClientOptions) => {
    if (options.apiKey) platform.acceptKey?.('apiKey');
    if (options.accountKey) platform.acceptKey?.('accountKey');
  };
  acceptKeys(initial);
  const options = normalizeOptions(initial);
  const state: ClientState = {
    provider,
    credits,
    bindNode,
    options,
    warnedDeprecated: new Set(),
    platform,
    gate: new RateGate(),
    limit: concurrencyLimit(options),
  };
  const client = {
    ...extend?.({ state, acceptKeys }),
    set(changes: SetOptions) {
      acceptKeys(changes);
      const normalized = normalizeOptions(changes);
      state.options = { ...state.options, ...normalized };
      if ('maxConcurrency' in normalized) state.limit = concurrencyLimit(state.options);
      return client;
    },
  };
  forward(client, namespace(tree, { state }), Object.keys(tree));
  return client;
}

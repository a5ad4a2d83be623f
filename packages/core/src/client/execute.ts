import type { EndpointDescriptor } from '../endpoints/types.js';
import { TikAPIResponse } from '../paginate/response.js';
import { callRequest, type ResolvedCall } from '../request/resolve-call.js';
import type { CreditsSupport } from '../paginate/credits.js';
import type { ProviderDescriptor } from '../providers/types.js';
import type { ConcurrencyLimit } from '../transport/concurrency.js';
import type { RateGate } from '../transport/rate-gate.js';
import { send } from '../transport/send.js';
import type { CallScope } from './namespace.js';
import type { ClientOptions } from './options.js';
import type { Platform } from './platform.js';

/** What every call of one client shares; `options` changes with `api.set()`. */
export interface ClientState {
  /** Who the client talks to: base URLs, how keys are sent, error and credit fields. TikAPI when absent. */
  readonly provider?: ProviderDescriptor | undefined;
  /** Given to clients of providers that count credits (Scavio) only. */
  readonly credits?: CreditsSupport | undefined;
  /** Binds tree nodes the engine does not know (Scavio's `$self` nodes); undefined for a plain namespace. */
  readonly bindNode?: ((node: Readonly<Record<string, unknown>>, scope: CallScope) => unknown) | undefined;
  options: ClientOptions;
  warnedDeprecated: Set<string>;
  platform?: Platform | undefined;
  /** Shared by every call of the client, account scopes included. */
  gate: RateGate;
  limit?: ConcurrencyLimit | undefined;
}

function warnIfDeprecated(endpoint: EndpointDescriptor, state: ClientState): void {
  if (!endpoint.deprecated || state.warnedDeprecated.has(endpoint.key)) return;
  state.warnedDeprecated.add(endpoint.key);
  const logger = state.options.logger ?? console;
  logger.warn?.(`tokkit: ${endpoint.key} is deprecated by the API and may stop working.`);
}

/**
 * Sends one resolved call and wraps the answer as a page. Beside the call's own transport settings it uses the
 * client's fetch, logger, rate gate and concurrency limit.
 */
export async function execute<T>(call: ResolvedCall, state: ClientState): Promise<TikAPIResponse<T>> {
  const { endpoint, target, transport } = call;
  const request = callRequest(call);
  warnIfDeprecated(endpoint, state);
  const { fetch, logger } = state.options;
  const secrets = [target.apiKey ?? '', target.accountKey ?? ''].filter(Boolean);
  const raw = await send(request, { ...transport, fetch, logger, secrets, gate: state.gate, limit: state.limit });
  return new TikAPIResponse<T>({
    json: raw.json as T,
    statusCode: raw.statusCode,
    headers: raw.headers,
    call,
    fetchPage: (next) => execute<T>(next, state),
    video: { fetch, saveToFile: state.platform?.saveToFile, timeout: transport.timeout },
    reading: state.credits?.read(raw.json),
  });
}

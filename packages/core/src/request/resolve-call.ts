import { checkTimingOptions } from '../client/check-options.js';
import {
  type ClientOptions,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type RequestOptions,
} from '../client/options.js';
import type { EndpointDescriptor } from '../endpoints/types.js';
import { TikAPIError, ValidationError } from '../errors.js';
import type { RunState } from '../paginate/read-page.js';
import type { PagingValues } from '../paginate/styles.js';
import { tikapi } from '../providers/tikapi.js';
import type { ProviderDescriptor } from '../providers/types.js';
import type { SendOptions } from '../transport/policy.js';
import { type BuiltRequest, buildRequest, type RequestTarget } from './build-request.js';
import { keysFor } from './call-keys.js';

/** What a call starts from: the client's options at call time, the account scope, and the provider. */
export interface CallDefaults {
  options: ClientOptions;
  /** Set by `api.user({ accountKey })`; otherwise the client's `accountKey` applies. */
  accountKey?: string | undefined;
  provider?: ProviderDescriptor | undefined;
}

export interface CallOptions extends RequestOptions {
  /** Read items from this field instead of the endpoint's declared one. */
  itemsField?: string | undefined;
  /**
   * Where a resumed run starts: the paging value of the page to fetch, or all of its paging values by name for a
   * style that sends more than one back (`token_time`: `{ page_token, min_time }`, the time bound then checked as
   * the parameter it is). Wins over one given in params.
   */
  cursor?: unknown;
}

/** How a call is sent, beside the client's fetch, logger, rate gate and concurrency limit. */
export type CallTransport = Pick<
  SendOptions,
  'timeout' | 'maxRetries' | 'maxResponseBytes' | 'safeToRetry' | 'signal' | 'hooks' | 'keyHeaders' | 'errorBody'
>;

/** One call as plain data: everything `buildRequest` and `send` need, merged once. */
export interface ResolvedCall {
  readonly endpoint: EndpointDescriptor;
  /** The caller's params, without the paging value (that travels in `paging`). */
  readonly params: Readonly<Record<string, unknown>>;
  /** The paging values this request carries; undefined for a run's first page. */
  readonly paging: PagingValues | undefined;
  /** Where the page stands in its run; a run's first page when absent. */
  readonly run?: RunState | undefined;
  readonly itemsField: string | undefined;
  /** Where and with which keys and headers; its keys are non-enumerable, so a logged call shows none. */
  readonly target: RequestTarget;
  readonly transport: CallTransport;
}

/**
 * Merges client defaults, the account scope and per-call options into one call. Pure: it reads its arguments,
 * checks what can be checked without the descriptor's params (keys, timing options, a resume value), and sends
 * nothing. Params themselves are validated by `buildRequest`.
 */
export function resolveCall(
  defaults: CallDefaults,
  endpoint: EndpointDescriptor,
  params: Readonly<Record<string, unknown>> | undefined,
  options: CallOptions = {},
): ResolvedCall {
  const { options: client } = defaults;
  const provider = defaults.provider ?? tikapi;
  checkTimingOptions(options);
  const keys = keysFor(endpoint, client, defaults.accountKey, provider);
  const { paging, rest } = splitPaging(endpoint, params, options.cursor);
  const target = {
    baseUrl: baseUrlOf(client, provider),
    headers: { ...client.headers, ...options.headers },
    extraParams: options.extraParams,
    provider,
  };
  return {
    endpoint,
    params: rest,
    paging,
    itemsField: options.itemsField,
    target: Object.defineProperties(target, { apiKey: { value: keys.apiKey }, accountKey: { value: keys.accountKey } }),
    transport: {
      timeout: options.timeout ?? client.timeout ?? DEFAULT_TIMEOUT_MS,
      maxRetries: options.maxRetries ?? client.maxRetries ?? DEFAULT_MAX_RETRIES,
      maxResponseBytes: options.maxResponseBytes ?? client.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      safeToRetry: endpoint.safeToRetry,
      signal: options.signal,
      hooks: [client.hooks, options.hooks],
      keyHeaders: Object.values(provider.keys).map((how) => how.header),
      errorBody: provider.errorBody,
    },
  };
}
/**
 * The client's `baseUrl`, else the provider's sandbox or production URL; a provider may have neither (the user-handle
 * API), and then the error names the option and the variable.
 */
export function baseUrlOf(client: ClientOptions, provider: ProviderDescriptor): string {
  const url = client.baseUrl ?? (client.sandbox ? provider.sandboxUrl : provider.baseUrl);
  if (url === undefined) throw new TikAPIError(`${provider.clientName} needs baseUrl (or ${provider.env.baseUrl}).`);
  return url;
}

/** The HTTP request of a call: its params checked against the descriptor, its paging values sent as they are. */
export function callRequest(call: ResolvedCall): BuiltRequest {
  return buildRequest(call.endpoint, call.params, call.target, call.paging);
}

/**
 * Takes a paging value given to resume a run (in params, or as `cursor`) out of the params: any scalar the server
 * could have handed out goes back as-is, never re-validated. A `cursor` object is a token_time resume point, its
 * values by name (`{ page_token, min_time }`): the token is the paging value, the time bound a parameter.
 */
function splitPaging(
  endpoint: EndpointDescriptor,
  given: Readonly<Record<string, unknown>> = {},
  cursor: unknown,
): { paging?: PagingValues; rest: Readonly<Record<string, unknown>> } {
  const name = endpoint.paging?.param;
  const several = typeof cursor === 'object' && cursor !== null;
  const params = several ? { ...given, ...cursor } : given;
  const value = name === undefined ? undefined : ((several ? undefined : cursor) ?? params[name]);
  if (name === undefined || value === undefined || value === null) return { rest: params };
  if (!(typeof value === 'string' || typeof value === 'bigint' || (typeof value === 'number' && Number.isFinite(value)))) {
    throw new ValidationError(endpoint.key, name, 'the string or number a previous page returned', 'is not a paging value');
  }
  const { [name]: _given, ...rest } = params;
  return { paging: { [name]: typeof value === 'bigint' ? value.toString() : value }, rest };
}

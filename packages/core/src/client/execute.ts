import type { EndpointDescriptor, Scalar } from '../endpoints/types.js';
import { TikAPIError, ValidationError } from '../errors.js';
import { type PageRun, TikAPIResponse } from '../paginate/response.js';
import { buildRequest } from '../request/build-request.js';
import type { ConcurrencyLimit } from '../transport/concurrency.js';
import type { RateGate } from '../transport/rate-gate.js';
import { send } from '../transport/send.js';
import { checkTimingOptions } from './check-options.js';
import {
  API_BASE_URL,
  type ClientOptions,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  DEMO_ACCOUNT_KEY,
  DEMO_API_KEY,
  type RequestOptions,
  SANDBOX_BASE_URL,
} from './options.js';
import type { Platform } from './platform.js';

/** What every call of one client shares; `options` changes with `api.set()`. */
export interface ClientState {
  options: ClientOptions;
  warnedDeprecated: Set<string>;
  platform?: Platform | undefined;
  /** Shared by every call of the client, account scopes included. */
  gate: RateGate;
  limit?: ConcurrencyLimit | undefined;
}

export interface CallScope {
  state: ClientState;
  /** Set by `api.user({ accountKey })`; otherwise the client's default. */
  accountKey?: string | undefined;
}

function keysFor(endpoint: EndpointDescriptor, scope: CallScope): { apiKey?: string; accountKey: string | undefined } {
  const { options } = scope.state;
  if (options.sandbox) return { apiKey: DEMO_API_KEY, accountKey: DEMO_ACCOUNT_KEY };
  if (options.keyless && !options.apiKey) return { accountKey: undefined };
  if (!options.apiKey) {
    throw new TikAPIError(`${endpoint.key}: no API key. Pass one: TikAPI('your key') or TikAPI({ apiKey }).`);
  }
  const accountKey = scope.accountKey ?? options.accountKey;
  if (endpoint.auth === 'apiKey+accountKey' && !accountKey) {
    throw new ValidationError(
      endpoint.key,
      'accountKey',
      "an account key: api.user({ accountKey: '...' })",
      'is required for account endpoints',
    );
  }
  return { apiKey: options.apiKey, accountKey };
}

function warnIfDeprecated(endpoint: EndpointDescriptor, state: ClientState): void {
  if (!endpoint.deprecated || state.warnedDeprecated.has(endpoint.key)) return;
  state.warnedDeprecated.add(endpoint.key);
  const logger = state.options.logger ?? console;
  logger.warn?.(`tokkit: ${endpoint.key} is deprecated by the API and may stop working.`);
}

/** A paging value passed by the caller (to resume a run): any scalar the server could have handed out. */
function resumeValue(endpoint: EndpointDescriptor, value: unknown): Scalar | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  const name = endpoint.paging?.param ?? 'cursor';
  throw new ValidationError(endpoint.key, name, 'the string or number a previous page returned', 'is not a paging value');
}

/** Validates, sends and wraps one call; `run` continues a paging run. */
export async function execute<T>(
  endpoint: EndpointDescriptor,
  params: Readonly<Record<string, unknown>> | undefined,
  requestOptions: RequestOptions | undefined,
  scope: CallScope,
  run?: PageRun,
  itemsField?: string,
): Promise<TikAPIResponse<T>> {
  const { options } = scope.state;
  checkTimingOptions(requestOptions);
  const keys = keysFor(endpoint, scope);
  const paging = endpoint.paging;
  const pagingValue = run ? run.requestedWith : paging && resumeValue(endpoint, params?.[paging.param]);
  let trusted: Record<string, Scalar> | undefined;
  let callParams = params;
  if (paging && pagingValue !== undefined) {
    // A paging value the server handed out goes back as-is: never re-validated.
    trusted = { [paging.param]: pagingValue };
    callParams = { ...params };
    delete (callParams as Record<string, unknown>)[paging.param];
  }
  const request = buildRequest(endpoint, callParams, {
    baseUrl: options.baseUrl ?? (options.sandbox ? SANDBOX_BASE_URL : API_BASE_URL),
    apiKey: keys.apiKey,
    accountKey: keys.accountKey,
    headers: { ...options.headers, ...requestOptions?.headers },
    extraParams: requestOptions?.extraParams,
    trusted,
  });
  warnIfDeprecated(endpoint, scope.state);

  const timeout = requestOptions?.timeout ?? options.timeout ?? DEFAULT_TIMEOUT_MS;
  const raw = await send(request, {
    fetch: options.fetch,
    timeout,
    maxRetries: requestOptions?.maxRetries ?? options.maxRetries ?? DEFAULT_MAX_RETRIES,
    signal: requestOptions?.signal,
    secrets: [keys.apiKey ?? '', keys.accountKey ?? ''].filter(Boolean),
    logger: options.logger,
    hooks: [options.hooks, requestOptions?.hooks],
    maxResponseBytes: requestOptions?.maxResponseBytes ?? options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    gate: scope.state.gate,
    limit: scope.state.limit,
  });

  const firstRun: PageRun = run ?? { history: new Map(), depth: 0, requestedWith: pagingValue, itemsField };
  return new TikAPIResponse<T>({
    json: raw.json as T,
    statusCode: raw.statusCode,
    headers: raw.headers,
    endpoint,
    run: firstRun,
    fetchPage: (_value, nextRun) => execute<T>(endpoint, params, requestOptions, scope, nextRun),
    video: { fetch: options.fetch, saveToFile: scope.state.platform?.saveToFile, timeout },
  });
}

import ky, { HTTPError, type Options, type ShouldRetryState, TimeoutError } from 'ky';
import { APIConnectionError, APIUserAbortError, TikAPIError } from '../errors.js';
import { ACCOUNT_KEY_HEADER, API_KEY_HEADER, type BuiltRequest } from '../request/build-request.js';
import { type AbortRace, abortRace, parseBody, readText } from './body.js';
import { HookFailed, mergeHooks } from './hooks.js';
import {
  attemptTimeout,
  backoffDelay,
  isRetryableStatus,
  type RawResponse,
  retryLimit,
  retryLogLine,
  retryPolicy,
  type SendOptions,
  withJitter,
} from './policy.js';
import { ReadResponse, readingFetch, UnreadableBody } from './read-response.js';
import { redactError, redactText } from './redact.js';
import { parseRetryAfter } from './retry-after.js';
import { bodyError, networkError, statusError, timeoutError } from './typed-errors.js';

/** The retry policy as ky options; the methods and the limit follow each call's `safeToRetry`. */
const retryOptions = {
  statusCodes: [...retryPolicy.statusCodes],
  afterStatusCodes: [...retryPolicy.statusCodes],
  maxRetryAfter: retryPolicy.maxRetryAfterMs,
  backoffLimit: retryPolicy.maxDelayMs,
  delay: backoffDelay,
  jitter: withJitter,
  retryOnTimeout: true,
  shouldRetry,
};

/**
 * Where the policy says more than ky's defaults: a Retry-After longer than the policy's bound surfaces at once,
 * no rate-limit header other than Retry-After is read (without one, the backoff applies), and what the SDK or a
 * hook refused is never retried. Timeouts, network errors and unreadable bodies follow ky's default: retried.
 */
function shouldRetry({ error }: ShouldRetryState): boolean | undefined {
  if (error instanceof HookFailed || error instanceof TikAPIError) return false;
  if (!(error instanceof HTTPError)) return undefined;
  if (!isRetryableStatus(error.response.status)) return false;
  const wait = parseRetryAfter(error.response.headers.get('Retry-After'));
  if (wait === undefined) return true;
  return wait * 1000 > retryPolicy.maxRetryAfterMs ? false : undefined;
}

/** Sends one built request through ky with the policy above; returns the parsed JSON or throws a typed error. */
export async function send(request: BuiltRequest, options: SendOptions): Promise<RawResponse> {
  const { signal } = options;
  if (signal?.aborted) throw new APIUserAbortError('The request was aborted before it was sent.');
  let release: (() => void) | undefined;
  // ky is raced against the caller's signal too: a fetch that ignores its signal cannot hold the call.
  const abort = abortRace(signal);
  try {
    const kyOptions = kyOptionsFor(request, options);
    release = await options.limit?.acquire(signal);
    const response = await abort.race(ky(request.url, kyOptions));
    const json = response instanceof ReadResponse ? response.parsed : await readReplacement(response, abort, options);
    return { statusCode: response.status, headers: response.headers, json };
  } catch (error) {
    throw typedError(error, request, options);
  } finally {
    abort.end();
    release?.();
  }
}

/**
 * The policy, the reading fetch and the hooks (the gate's, the client's, the call's) as ky options for one call.
 * Options that hold ky's default are left out: ky merges its options key by key on every call.
 */
function kyOptionsFor(request: BuiltRequest, options: SendOptions): Options {
  const { signal, gate } = options;
  const { method } = request;
  const userHooks = options.hooks ?? [];
  const merged = mergeHooks(...userHooks);
  const logDebug = options.logger?.debug?.bind(options.logger);
  const logRetry = ({ error, retryCount }: { error: Error; retryCount: number }) =>
    logDebug?.(retryLogLine(retryCount, request, retryReason(error)));
  const limit = retryLimit(options.safeToRetry, options.maxRetries);
  return {
    ...(method === 'GET' ? {} : { method, body: request.body }),
    ...(signal && { signal }),
    headers: request.headers,
    timeout: attemptTimeout(options.timeout) ?? false,
    redirect: 'manual',
    fetch: readingFetch({
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      origin: originOf(request.url),
      keyHeaders: (options.keyHeaders ?? [API_KEY_HEADER, ACCOUNT_KEY_HEADER]).map((name) => [name.toLowerCase(), request.headers[name]]),
      maxResponseBytes: options.maxResponseBytes,
      keepText: userHooks.some((hooks) => Boolean(hooks?.afterResponse?.length)),
      gate,
    }),
    // No retry (a number is ky's short form) for what is not safe to retry; the whole policy for what is.
    retry: limit && { ...retryOptions, methods: [method.toLowerCase()], limit },
    hooks: {
      ...merged,
      // Before ky starts the attempt's timeout: a wait at the gate is not the server's slowness.
      beforeRequest: gate ? [() => gate.turn(signal), ...merged.beforeRequest] : merged.beforeRequest,
      beforeRetry: logDebug ? [logRetry, ...merged.beforeRetry] : merged.beforeRetry,
    },
  };
}

/**
 * The URL's origin as fetch spells it (lower-case host, no default port). A relative URL (a page calling a proxy at
 * '/tikapi') is resolved the way fetch resolves it, against the page.
 */
function originOf(url: string): string {
  return absolute(url).origin;
}

function absolute(url: string): URL {
  try {
    return new URL(url);
  } catch {
    return new URL(new Request(url).url);
  }
}

/** An afterResponse hook answered with a Response of its own: read it now, with the same bound. */
async function readReplacement(response: Response, abort: AbortRace, options: SendOptions): Promise<unknown> {
  const parsed = parseBody(await readText(response, abort, options.maxResponseBytes));
  if (!parsed.ok) throw new APIConnectionError('The response an afterResponse hook returned is not valid JSON.');
  return parsed.value;
}

function retryReason(error: Error): string {
  if (error instanceof HTTPError) return `HTTP ${error.response.status}`;
  if (error instanceof UnreadableBody) return error.message;
  return error.name;
}

function typedError(error: unknown, request: BuiltRequest, options: SendOptions): TikAPIError {
  if (options.signal?.aborted) return new APIUserAbortError('The request was aborted.');
  if (error instanceof TikAPIError) return error;
  const retryable = options.safeToRetry;
  if (error instanceof HTTPError) {
    const json = error.response instanceof ReadResponse ? error.response.parsed : null;
    return statusError(error.response.status, json, error.response.headers, options.secrets, options.errorBody);
  }
  if (error instanceof TimeoutError) return timeoutError(options.timeout, request.method, retryable);
  if (error instanceof UnreadableBody) return bodyError(error.message, request.method, retryable);
  if (error instanceof HookFailed) {
    const cause = error.cause instanceof Error ? redactError(error.cause, options.secrets) : undefined;
    const reason = redactText(error.cause instanceof Error ? error.cause.message : String(error.cause), options.secrets);
    return new TikAPIError(`tokkit: the ${error.hook} hook threw: ${reason}`, { cause });
  }
  return networkError(error, options.secrets);
}

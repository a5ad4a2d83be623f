import ky, { ForceRetryError, HTTPError, TimeoutError } from 'ky';
import { APIConnectionError, APITimeoutError, APIUserAbortError, type TikAPIError } from '../errors.js';
import type { BuiltRequest } from '../request/build-request.js';
import { errorFromResponse } from './error-from-response.js';
import { redactError, redactHeaders, redactJson, redactText } from './redact.js';
import { parseRetryAfter } from './retry-after.js';

/** The longest delay timers accept; a longer timeout means no timeout. */
const MAX_TIMER_MS = 2_147_483_647;

/** The whole retry policy. POST is never retried: a retried comment is a double comment. */
export const retryPolicy = {
  methods: ['get'],
  statusCodes: [408, 429, 500, 502, 503, 504],
  /** A longer Retry-After is not waited for: the error surfaces at once. */
  maxRetryAfterMs: 60_000,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
} as const;

export interface Logger {
  debug?(message: string): void;
  warn?(message: string): void;
}

export interface SendOptions {
  fetch?: typeof globalThis.fetch | undefined;
  /** Per attempt, in milliseconds. */
  timeout: number;
  maxRetries: number;
  signal?: AbortSignal | undefined;
  /** Values that must never appear in an error (API and account keys). */
  secrets: readonly string[];
  logger?: Logger | undefined;
}

export interface RawResponse {
  statusCode: number;
  headers: Headers;
  json: unknown;
}

type Parsed = { ok: true; value: unknown } | { ok: false; text: string };

function parseBody(text: string): Parsed {
  if (text.trim() === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, text };
  }
}

/** Backoff before retry `attempt` (1-based): doubling from the base, capped; jitter then takes 50-100% of it. */
export function backoffDelay(attempt: number): number {
  return Math.min(retryPolicy.maxDelayMs, retryPolicy.baseDelayMs * 2 ** (attempt - 1));
}

/**
 * Reads a body as text within `ms` (undefined: no limit), giving up at once when `signal` aborts.
 * A stalled body rejects with ky's TimeoutError so it is handled (and retried) like any other timeout.
 */
async function readText(response: Response, request: Request, ms: number | undefined, signal?: AbortSignal): Promise<string> {
  const body = response.body;
  if (!body) return '';
  const reader = body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    if (ms !== undefined) timer = setTimeout(() => reject(new TimeoutError(request)), Math.max(0, ms));
    if (signal) {
      onAbort = () => reject(signal.reason);
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  stopped.catch(() => undefined);
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const chunk = await Promise.race([reader.read(), stopped]);
      if (chunk.done) return text + decoder.decode();
      text += decoder.decode(chunk.value, { stream: true });
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

/** Settles with `promise`, or rejects with the abort reason as soon as `signal` aborts (even if fetch ignores it). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Sends one request with timeout and retries, and returns the parsed JSON or throws a typed error. */
export async function send(request: BuiltRequest, options: SendOptions): Promise<RawResponse> {
  if (options.signal?.aborted) throw new APIUserAbortError('The request was aborted before it was sent.');
  const parsedBodies = new WeakMap<Response, unknown>();
  const retryable = retryPolicy.methods.includes(request.method.toLowerCase() as 'get');
  let bodyProblem = '';
  const path = new URL(request.url, 'http://relative.invalid').pathname;
  const timeout = Number.isFinite(options.timeout) && options.timeout <= MAX_TIMER_MS ? options.timeout : false;
  let attemptStartedAt = Date.now();

  try {
    const pending = ky(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: options.signal,
      timeout,
      throwHttpErrors: true,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      retry: {
        // NaN would make ky retry forever (no count is greater than NaN); a negative count means none.
        limit: retryable && options.maxRetries > 0 ? Math.floor(options.maxRetries) : 0,
        methods: [...retryPolicy.methods],
        statusCodes: [...retryPolicy.statusCodes],
        afterStatusCodes: [...retryPolicy.statusCodes],
        maxRetryAfter: retryPolicy.maxRetryAfterMs,
        retryOnTimeout: true,
        delay: backoffDelay,
        jitter: (delay) => delay * (0.5 + Math.random() / 2),
        backoffLimit: retryPolicy.maxDelayMs,
        shouldRetry: ({ error }) => {
          if (options.signal?.aborted) return false;
          if (error instanceof HTTPError) {
            const status = error.response.status;
            if (!(retryPolicy.statusCodes as readonly number[]).includes(status)) return false;
            const header = error.response.headers.get('Retry-After');
            const wait = parseRetryAfter(header);
            if (wait !== undefined && wait * 1000 > retryPolicy.maxRetryAfterMs) return false;
            // ky would read an unreadable Retry-After as "wait the maximum": use the backoff instead.
            if (header !== null && wait === undefined) return true;
          }
          return undefined;
        },
      },
      hooks: {
        beforeRequest: [
          () => {
            attemptStartedAt = Date.now();
          },
        ],
        afterResponse: [
          async (kyRequest, _options, response) => {
            const replacement = new Response(null, {
              status: response.status,
              statusText: response.statusText,
              headers: response.headers,
            });
            let text: string;
            try {
              // The timeout is per attempt: the body must arrive within what is left of it.
              const left = timeout === false ? undefined : timeout - (Date.now() - attemptStartedAt);
              text = await readText(response, kyRequest, left, options.signal);
            } catch (error) {
              if (error instanceof TimeoutError || options.signal?.aborted) throw error;
              if (!response.ok) {
                // The status already says what happened; the unreadable body adds nothing.
                parsedBodies.set(replacement, null);
                return replacement;
              }
              bodyProblem = `The connection closed before the body of HTTP ${response.status} was complete.`;
              if (retryable) return ky.retry();
              throw new APIConnectionError(`${bodyProblem} The ${request.method} may have been applied.`);
            }
            const parsed = parseBody(text);
            if (!parsed.ok && response.ok) {
              bodyProblem = `The API sent a body that is not valid JSON (HTTP ${response.status}).`;
              if (retryable) return ky.retry();
              throw new APIConnectionError(`${bodyProblem} The ${request.method} may have been applied.`);
            }
            parsedBodies.set(replacement, parsed.ok ? parsed.value : parsed.text);
            return replacement;
          },
        ],
        beforeRetry: [
          ({ error, retryCount }) => {
            const reason =
              error instanceof HTTPError
                ? `HTTP ${error.response.status}`
                : error instanceof ForceRetryError
                  ? bodyProblem
                  : error.name;
            options.logger?.debug?.(`tokkit: retry ${retryCount} of ${request.method} ${path} after ${reason}`);
          },
        ],
      },
    });
    const response = await untilAborted(pending, options.signal);
    return { statusCode: response.status, headers: response.headers, json: parsedBodies.get(response) ?? null };
  } catch (error) {
    throw toTypedError(error, { ...options, bodyProblem, parsedBodies, retryable });
  }
}

function toTypedError(
  error: unknown,
  context: SendOptions & { bodyProblem: string; parsedBodies: WeakMap<Response, unknown>; retryable: boolean },
): TikAPIError {
  const { secrets, signal } = context;
  if (signal?.aborted) return new APIUserAbortError('The request was aborted.');
  if (error instanceof APIConnectionError) return error;
  if (error instanceof HTTPError) {
    const json = redactJson(context.parsedBodies.get(error.response) ?? null, secrets);
    return errorFromResponse(error.response.status, json, redactHeaders(error.response.headers, secrets));
  }
  if (error instanceof TimeoutError) {
    const applied = context.retryable ? '' : ` The ${error.request.method} may have been applied.`;
    return new APITimeoutError(`No response within ${context.timeout} ms.${applied}`);
  }
  if (error instanceof ForceRetryError) {
    return new APIConnectionError(context.bodyProblem);
  }
  if (!(error instanceof Error)) {
    return new APIConnectionError(`Could not reach the API: ${redactText(String(error), secrets)}`);
  }
  return new APIConnectionError(`Could not reach the API: ${redactText(describeCause(error), secrets)}`, {
    cause: redactError(error, secrets),
  });
}

function describeCause(error: Error): string {
  const inner = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${inner}`;
}

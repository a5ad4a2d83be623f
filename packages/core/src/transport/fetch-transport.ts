import { APIUserAbortError } from '../errors.js';
import type { BuiltRequest } from '../request/build-request.js';
import { parseBody, readText, untilAborted, withDeadline } from './body.js';
import {
  attemptTimeout,
  backoffDelay,
  isRetryableMethod,
  isRetryableStatus,
  type RawResponse,
  retryLimit,
  retryLogLine,
  retryPolicy,
  type SendOptions,
  type Transport,
  withJitter,
} from './policy.js';
import { parseRetryAfter } from './retry-after.js';
import { bodyError, bodyProblems, networkError, statusError, timeoutError } from './typed-errors.js';

/** How one attempt ended. */
type Attempt =
  | { kind: 'ok'; response: RawResponse }
  | { kind: 'status'; response: Response; json: unknown }
  | { kind: 'timeout' }
  | { kind: 'body'; problem: string }
  | { kind: 'network'; error: unknown };

class TimedOut extends Error {}

/**
 * The transport on the runtime's own `fetch` and nothing else: what `@tokkit/browser-safe` ships to Workers,
 * Deno and browsers, where every kilobyte is paid for at each cold start.
 */
export const fetchTransport: Transport = async (request, options) => {
  const { signal } = options;
  if (signal?.aborted) throw new APIUserAbortError('The request was aborted before it was sent.');
  const retries = retryLimit(request.method, options.maxRetries);
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(request, options);
    if (outcome.kind === 'ok') return outcome.response;
    if (signal?.aborted) throw new APIUserAbortError('The request was aborted.');
    const wait = attempt <= retries ? delayBeforeRetry(outcome, attempt) : undefined;
    if (wait === undefined) throw failure(outcome, request, options);
    await sleep(wait, signal);
    options.logger?.debug?.(retryLogLine(attempt, request, reason(outcome)));
  }
};

async function attemptOnce(request: BuiltRequest, options: SendOptions): Promise<Attempt> {
  const { signal } = options;
  // The timeout is per attempt and covers the body too: a stalled body times out like a silent server.
  const attempt = withDeadline(signal, attemptTimeout(options.timeout), () => new TimedOut());
  const fetchFn = options.fetch ?? globalThis.fetch;
  const stopped = (error: unknown): Attempt | undefined => {
    if (signal?.aborted) throw new APIUserAbortError('The request was aborted.');
    return error instanceof TimedOut || attempt.signal.reason instanceof TimedOut ? { kind: 'timeout' } : undefined;
  };
  try {
    let response: Response;
    try {
      const init: RequestInit = { method: request.method, headers: request.headers, signal: attempt.signal };
      if (request.body !== undefined) init.body = request.body;
      response = await untilAborted(fetchFn(request.url, init), attempt.signal);
    } catch (error) {
      return stopped(error) ?? { kind: 'network', error };
    }
    let text: string;
    try {
      text = await readText(response, attempt.signal);
    } catch (error) {
      const stop = stopped(error);
      if (stop) return stop;
      // An error status already says what happened; its unreadable body adds nothing.
      if (!response.ok) return { kind: 'status', response, json: null };
      return { kind: 'body', problem: bodyProblems.cut(response.status) };
    }
    const parsed = parseBody(text);
    if (!response.ok) return { kind: 'status', response, json: parsed.ok ? parsed.value : parsed.text };
    if (!parsed.ok) return { kind: 'body', problem: bodyProblems.notJson(response.status) };
    return { kind: 'ok', response: { statusCode: response.status, headers: response.headers, json: parsed.value } };
  } finally {
    attempt.release();
  }
}

/** Milliseconds to wait before retry `attempt`, or undefined when this outcome is not retried. */
function delayBeforeRetry(outcome: Exclude<Attempt, { kind: 'ok' }>, attempt: number): number | undefined {
  const backoff = withJitter(backoffDelay(attempt));
  if (outcome.kind !== 'status') return backoff;
  if (!isRetryableStatus(outcome.response.status)) return undefined;
  const seconds = parseRetryAfter(outcome.response.headers.get('Retry-After'));
  if (seconds === undefined) return backoff;
  const ms = seconds * 1000;
  // The server's own timing is followed exactly (no jitter); a wait longer than the policy's bound is not waited.
  return ms > retryPolicy.maxRetryAfterMs ? undefined : ms;
}

function failure(outcome: Exclude<Attempt, { kind: 'ok' }>, request: BuiltRequest, options: SendOptions) {
  const retryable = isRetryableMethod(request.method);
  switch (outcome.kind) {
    case 'status':
      return statusError(outcome.response.status, outcome.json, outcome.response.headers, options.secrets);
    case 'timeout':
      return timeoutError(options.timeout, request.method, retryable);
    case 'body':
      return bodyError(outcome.problem, request.method, retryable);
    case 'network':
      return networkError(outcome.error, options.secrets);
  }
}

function reason(outcome: Exclude<Attempt, { kind: 'ok' }>): string {
  switch (outcome.kind) {
    case 'status':
      return `HTTP ${outcome.response.status}`;
    case 'timeout':
      return 'TimeoutError';
    case 'body':
      return outcome.problem;
    case 'network':
      return outcome.error instanceof Error ? outcome.error.name : 'a network error';
  }
}

/** Waits `ms`, or rejects with APIUserAbortError as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError('The request was aborted.'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

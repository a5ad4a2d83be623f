import ky, { ForceRetryError, HTTPError, TimeoutError } from 'ky';
import { APIConnectionError, APIUserAbortError, type TikAPIError } from '../errors.js';
import { parseBody, readText, untilAborted, withDeadline } from './body.js';
import {
  attemptTimeout,
  backoffDelay,
  isRetryableMethod,
  isRetryableStatus,
  retryLimit,
  retryLogLine,
  retryPolicy,
  type SendOptions,
  type Transport,
  withJitter,
} from './policy.js';
import { parseRetryAfter } from './retry-after.js';
import { bodyError, bodyProblems, networkError, statusError, timeoutError } from './typed-errors.js';

/** The transport on ky: the default of `@tokkit/node`. Same policy and errors as `fetchTransport`. */
export const kyTransport: Transport = async (request, options) => {
  if (options.signal?.aborted) throw new APIUserAbortError('The request was aborted before it was sent.');
  const parsedBodies = new WeakMap<Response, unknown>();
  const retryable = isRetryableMethod(request.method);
  let bodyProblem = '';
  const timeout = attemptTimeout(options.timeout) ?? false;
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
        limit: retryLimit(request.method, options.maxRetries),
        methods: [...retryPolicy.methods],
        statusCodes: [...retryPolicy.statusCodes],
        afterStatusCodes: [...retryPolicy.statusCodes],
        maxRetryAfter: retryPolicy.maxRetryAfterMs,
        retryOnTimeout: true,
        delay: backoffDelay,
        jitter: withJitter,
        backoffLimit: retryPolicy.maxDelayMs,
        shouldRetry: ({ error }) => {
          if (options.signal?.aborted) return false;
          if (!(error instanceof HTTPError)) return undefined;
          if (!isRetryableStatus(error.response.status)) return false;
          const wait = parseRetryAfter(error.response.headers.get('Retry-After'));
          if (wait === undefined) return true; // the backoff: not ky's reading of other rate-limit headers
          if (wait * 1000 > retryPolicy.maxRetryAfterMs) return false;
          return undefined; // ky waits the Retry-After
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
              text = await readWithinAttempt(response, kyRequest, timeout, attemptStartedAt, options.signal);
            } catch (error) {
              if (error instanceof TimeoutError || options.signal?.aborted) throw error;
              if (!response.ok) {
                // The status already says what happened; the unreadable body adds nothing.
                parsedBodies.set(replacement, null);
                return replacement;
              }
              bodyProblem = bodyProblems.cut(response.status);
              if (retryable) return ky.retry();
              throw bodyError(bodyProblem, request.method, retryable);
            }
            const parsed = parseBody(text);
            if (!parsed.ok && response.ok) {
              bodyProblem = bodyProblems.notJson(response.status);
              if (retryable) return ky.retry();
              throw bodyError(bodyProblem, request.method, retryable);
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
            options.logger?.debug?.(retryLogLine(retryCount, request, reason));
          },
        ],
      },
    });
    const response = await untilAborted(pending, options.signal);
    return { statusCode: response.status, headers: response.headers, json: parsedBodies.get(response) ?? null };
  } catch (error) {
    throw toTypedError(error, options, { bodyProblem, parsedBodies, retryable, method: request.method });
  }
};

/** ky's timeout covers the headers only: the body must arrive within what is left of the attempt. */
async function readWithinAttempt(
  response: Response,
  kyRequest: Request,
  timeout: number | false,
  startedAt: number,
  signal: AbortSignal | undefined,
): Promise<string> {
  const left = timeout === false ? undefined : Math.max(0, timeout - (Date.now() - startedAt));
  // A stalled body rejects with ky's TimeoutError, so it is handled (and retried) like any other timeout.
  const deadline = withDeadline(signal, left, () => new TimeoutError(kyRequest));
  try {
    return await readText(response, deadline.signal);
  } finally {
    deadline.release();
  }
}

function toTypedError(
  error: unknown,
  options: SendOptions,
  context: { bodyProblem: string; parsedBodies: WeakMap<Response, unknown>; retryable: boolean; method: string },
): TikAPIError {
  if (options.signal?.aborted) return new APIUserAbortError('The request was aborted.');
  if (error instanceof APIConnectionError) return error;
  if (error instanceof HTTPError) {
    const json = context.parsedBodies.get(error.response) ?? null;
    return statusError(error.response.status, json, error.response.headers, options.secrets);
  }
  if (error instanceof TimeoutError) return timeoutError(options.timeout, context.method, context.retryable);
  if (error instanceof ForceRetryError) return bodyError(context.bodyProblem, context.method, context.retryable);
  return networkError(error, options.secrets);
}

import ky, { HTTPError, TimeoutError } from 'ky';
import { APIConnectionError, APITimeoutError, APIUserAbortError, type TikAPIError } from '../errors.js';
import type { BuiltRequest } from '../request/build-request.js';
import { errorFromResponse } from './error-from-response.js';
import { redactJson, redactText } from './redact.js';
import { parseRetryAfter } from './retry-after.js';

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

/** Sends one request with timeout and retries, and returns the parsed JSON or throws a typed error. */
export async function send(request: BuiltRequest, options: SendOptions): Promise<RawResponse> {
  const parsedBodies = new WeakMap<Response, unknown>();
  const retryable = retryPolicy.methods.includes(request.method.toLowerCase() as 'get');
  let bodyProblem = '';
  const path = new URL(request.url, 'http://relative.invalid').pathname;

  try {
    const response = await ky(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: options.signal,
      timeout: Number.isFinite(options.timeout) ? options.timeout : false,
      throwHttpErrors: true,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      retry: {
        limit: retryable ? options.maxRetries : 0,
        methods: [...retryPolicy.methods],
        statusCodes: [...retryPolicy.statusCodes],
        afterStatusCodes: [...retryPolicy.statusCodes],
        maxRetryAfter: retryPolicy.maxRetryAfterMs,
        retryOnTimeout: true,
        delay: (attempt) => retryPolicy.baseDelayMs * 2 ** (attempt - 1),
        jitter: (delay) => delay * (0.5 + Math.random() / 2),
        backoffLimit: retryPolicy.maxDelayMs,
        shouldRetry: ({ error }) => {
          if (options.signal?.aborted) return false;
          if (error instanceof HTTPError) {
            const wait = parseRetryAfter(error.response.headers.get('Retry-After'));
            if (wait !== undefined && wait * 1000 > retryPolicy.maxRetryAfterMs) return false;
          }
          return undefined;
        },
      },
      hooks: {
        afterResponse: [
          async (_request, _options, response) => {
            let text: string;
            try {
              text = await response.text();
            } catch {
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
            const replacement = new Response(null, {
              status: response.status,
              statusText: response.statusText,
              headers: response.headers,
            });
            parsedBodies.set(replacement, parsed.ok ? parsed.value : parsed.text);
            return replacement;
          },
        ],
        beforeRetry: [
          ({ error, retryCount }) => {
            const reason = error instanceof HTTPError ? `HTTP ${error.response.status}` : error.name;
            options.logger?.debug?.(`tokkit: retry ${retryCount} of ${request.method} ${path} after ${reason}`);
          },
        ],
      },
    });
    return { statusCode: response.status, headers: response.headers, json: parsedBodies.get(response) ?? null };
  } catch (error) {
    throw toTypedError(error, { ...options, bodyProblem, parsedBodies });
  }
}

function toTypedError(
  error: unknown,
  context: SendOptions & { bodyProblem: string; parsedBodies: WeakMap<Response, unknown> },
): TikAPIError {
  const { secrets, signal } = context;
  if (error instanceof APIConnectionError) return error;
  if (signal?.aborted) return new APIUserAbortError('The request was aborted.');
  if (error instanceof HTTPError) {
    const json = redactJson(context.parsedBodies.get(error.response) ?? null, secrets);
    return errorFromResponse(error.response.status, json, error.response.headers);
  }
  if (error instanceof TimeoutError) {
    return new APITimeoutError(`No response within ${context.timeout} ms.`);
  }
  if (error instanceof Error && error.name === 'ForceRetryError') {
    return new APIConnectionError(context.bodyProblem);
  }
  const detail = error instanceof Error ? redactText(describeCause(error), secrets) : 'unknown failure';
  return new APIConnectionError(`Could not reach the API: ${detail}`, { cause: error });
}

function describeCause(error: Error): string {
  const inner = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${inner}`;
}

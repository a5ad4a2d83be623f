import type { BuiltRequest } from '../request/build-request.js';
import type { ConcurrencyLimit } from './concurrency.js';
import type { Hooks } from './hooks.js';
import type { RateGate } from './rate-gate.js';

/**
 * The whole retry policy, as `send` hands it to ky. Only an endpoint that is safe to retry is retried (its
 * descriptor's `safeToRetry`): every GET, never a write, since a retried comment is a double comment. `methods`
 * names the methods of the endpoints that are safe to retry today.
 */
export const retryPolicy = {
  methods: ['get'],
  statusCodes: [408, 429, 500, 502, 503, 504],
  /** A longer Retry-After is not waited for: the error surfaces at once. */
  maxRetryAfterMs: 60_000,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
} as const;

/** The longest delay timers accept; a longer timeout means no timeout. */
const MAX_TIMER_MS = 2_147_483_647;

export interface Logger {
  debug?(message: string): void;
  warn?(message: string): void;
}

export interface SendOptions {
  fetch?: typeof globalThis.fetch | undefined;
  /** Per attempt, in milliseconds. */
  timeout: number;
  maxRetries: number;
  /** The endpoint's `safeToRetry`: whether a failed attempt may be sent again. */
  safeToRetry: boolean;
  signal?: AbortSignal | undefined;
  /** Values that must never appear in an error (API and account keys). */
  secrets: readonly string[];
  logger?: Logger | undefined;
  /** The client's hooks, then the call's. */
  hooks?: readonly (Hooks | undefined)[] | undefined;
  /** Reading stops with `ResponseTooLargeError` past this many decoded bytes. */
  maxResponseBytes: number;
  /** The client's rate-limit gate: every attempt waits at it. */
  gate?: RateGate | undefined;
  /** The client's `maxConcurrency`, when it has one. */
  limit?: ConcurrencyLimit | undefined;
  /** The headers that carry keys (the provider's); X-API-KEY and X-ACCOUNT-KEY when absent. */
  keyHeaders?: readonly string[] | undefined;
  /** The provider's error body fields, read for error messages; TikAPI's when absent. */
  errorBody?: { readonly message: string; readonly code?: string } | undefined;
}

export interface RawResponse {
  statusCode: number;
  headers: Headers;
  json: unknown;
}

export function isRetryableStatus(status: number): boolean {
  return (retryPolicy.statusCodes as readonly number[]).includes(status);
}

/** How many retries a request gets: none when it is not safe to retry, and none for a count that is not positive. */
export function retryLimit(safeToRetry: boolean, maxRetries: number): number {
  // NaN must not mean "retry forever" (no count is greater than NaN).
  return safeToRetry && maxRetries > 0 ? Math.floor(maxRetries) : 0;
}

/** A timeout in ms (an attempt's, a whole download's), or undefined when it is infinite or beyond what timers accept. */
export function attemptTimeout(timeout: number): number | undefined {
  return Number.isFinite(timeout) && timeout <= MAX_TIMER_MS ? timeout : undefined;
}

/** Backoff before retry `attempt` (1-based): doubling from the base, capped. */
export function backoffDelay(attempt: number): number {
  return Math.min(retryPolicy.maxDelayMs, retryPolicy.baseDelayMs * 2 ** (attempt - 1));
}

/** Jitter takes 50-100% of a backoff delay, so clients that failed together do not retry together. */
export function withJitter(delay: number): number {
  return delay * (0.5 + Math.random() / 2);
}

export function retryLogLine(attempt: number, request: BuiltRequest, reason: string): string {
  const path = new URL(request.url, 'http://relative.invalid').pathname;
  return `tokkit: retry ${attempt} of ${request.method} ${path} after ${reason}`;
}

// Requests per second per API key, over a sliding one-second window.
import { Failure } from './failures.js';

/** The answer to a request over the rate, given the headers it must carry (Retry-After, X-RateLimit-*). */
export type RateLimitAnswer = (headers: Record<string, string>) => Failure;

const tikapiAnswer: RateLimitAnswer = (headers) => new Failure(429, { message: 'API Key Rate-Limit reached.' }, headers);

export class RateLimiter {
  readonly #rps: number;
  readonly #seen = new Map<string, number[]>();

  constructor(rps: number) {
    this.#rps = rps;
  }

  /** Counts one request for `key`, or throws 429 with Retry-After (shaped by `answer`) when the key is over its rate. */
  take(key: string, now: number, answer: RateLimitAnswer = tikapiAnswer): void {
    const recent = (this.#seen.get(key) ?? []).filter((t) => now - t < 1000);
    if (recent.length >= this.#rps) {
      this.#seen.set(key, recent);
      const waitMs = 1000 - (now - (recent[0] ?? now));
      const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
      throw answer({ 'Retry-After': String(retryAfter), 'X-RateLimit-Limit': String(this.#rps), 'X-RateLimit-Remaining': '0' });
    }
    recent.push(now);
    this.#seen.set(key, recent);
  }
}

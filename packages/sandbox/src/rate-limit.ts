// Requests per second per API key, over a sliding one-second window.
import { Failure } from './failures.js';

export class RateLimiter {
  readonly #rps: number;
  readonly #seen = new Map<string, number[]>();

  constructor(rps: number) {
    this.#rps = rps;
  }

  /** Counts one request for `key`, or throws 429 with Retry-After when the key is over its rate. */
  take(key: string, now: number): void {
    const recent = (this.#seen.get(key) ?? []).filter((t) => now - t < 1000);
    if (recent.length >= this.#rps) {
      this.#seen.set(key, recent);
      const waitMs = 1000 - (now - (recent[0] ?? now));
      const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
      throw new Failure(
        429,
        { message: 'API Key Rate-Limit reached.' },
        { 'Retry-After': String(retryAfter), 'X-RateLimit-Limit': String(this.#rps), 'X-RateLimit-Remaining': '0' },
      );
    }
    recent.push(now);
    this.#seen.set(key, recent);
  }
}

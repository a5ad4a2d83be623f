import { TikAPIError } from '../errors.js';

interface TimingOptions {
  timeout?: number | undefined;
  maxRetries?: number | undefined;
}

/** Rejects timing options that would silently misbehave (no wait at all, or retries forever). */
export function checkTimingOptions(options: TimingOptions | undefined): void {
  const { timeout, maxRetries } = options ?? {};
  if (timeout !== undefined && !(typeof timeout === 'number' && timeout > 0)) {
    throw new TikAPIError(`Option timeout must be a number of milliseconds above 0, or Infinity (got ${String(timeout)}).`);
  }
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0)) {
    throw new TikAPIError(`Option maxRetries must be an integer >= 0 (got ${String(maxRetries)}).`);
  }
}

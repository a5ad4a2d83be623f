import { TikAPIError } from '../errors.js';

interface TimingOptions {
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  maxResponseBytes?: number | undefined;
  maxConcurrency?: number | undefined;
}

/** What each option must be, so that none silently misbehaves (no wait at all, retries forever, no bound). */
const rules: Record<keyof TimingOptions, [test: (value: number) => boolean, expected: string]> = {
  timeout: [(value) => value > 0, 'a number of milliseconds above 0, or Infinity'],
  maxRetries: [(value) => Number.isInteger(value) && value >= 0, 'an integer >= 0'],
  maxResponseBytes: [(value) => Number.isSafeInteger(value) && value > 0, 'an integer above 0'],
  maxConcurrency: [(value) => Number.isSafeInteger(value) && value > 0, 'an integer above 0'],
};

export function checkTimingOptions(options: TimingOptions | undefined): void {
  for (const [name, [test, expected]] of Object.entries(rules)) {
    const value: unknown = options?.[name as keyof TimingOptions];
    if (value !== undefined && !(typeof value === 'number' && test(value))) {
      throw new TikAPIError(`Option ${name} must be ${expected} (got ${String(value)}).`);
    }
  }
}

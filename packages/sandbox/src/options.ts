import { DEMO_ACCOUNT_KEY, DEMO_API_KEY } from '@tokkit/core';
import { resolveProviders, type SandboxProvider } from './providers.js';
import { type ListSizes, resolveSizes, type WorldConfig } from './world/config.js';

export interface SandboxOptions {
  /** Seed of the world's data (texts, counts, who fills which list). Default 1. */
  seed?: number | undefined;
  /** Lengths of the finite lists: lilyachty's posts (1000), the example video's comments (5000), the rest (50). */
  sizes?: Partial<ListSizes> | undefined;
  /** API keys accepted besides the public demo keys, by every provider served. */
  apiKeys?: readonly string[] | undefined;
  /** Account keys accepted besides the public demo account key; each acts as the demo account. */
  accountKeys?: readonly string[] | undefined;
  /** Account keys whose session has expired: account endpoints answer 428 with statusCode 8. */
  expiredAccountKeys?: readonly string[] | undefined;
  /** Delay added before every answer, in milliseconds. */
  latencyMs?: number | undefined;
  /** Answer 429 with Retry-After once one API key sends more than `rps` requests within a second. */
  rateLimit?: { rps: number } | undefined;
  /** Faults for every request, in the X-Sandbox-Fault syntax (e.g. 'latency=50, 503x1'). */
  faults?: string | undefined;
  /** Honour the X-Sandbox-Fault request header. Default true. */
  faultHeader?: boolean | undefined;
  /**
   * The providers served, each below its `sandboxPrefix` (TikAPI at the root, `/scavio`, `/userhandle`).
   * Default: all three. A request below a provider that is not served answers 404.
   */
  providers?: readonly SandboxProvider[] | undefined;
  /** Scavio credits each API key starts with; every success answer spends one, then 402. Default 10000. */
  credits?: number | undefined;
}

export interface ResolvedOptions {
  world: WorldConfig;
  /** TikAPI's accepted keys: its demo key and `apiKeys`. */
  apiKeys: ReadonlySet<string>;
  /** The `apiKeys` option alone; each provider adds its own demo key. */
  extraApiKeys: ReadonlySet<string>;
  accountKeys: ReadonlySet<string>;
  expiredAccountKeys: ReadonlySet<string>;
  latencyMs: number;
  rateLimit: { rps: number } | undefined;
  faults: string;
  faultHeader: boolean;
  providers: readonly SandboxProvider[];
  credits: number;
}

function nonNegative(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a number >= 0 (got ${String(value)}).`);
  return value;
}

function wholeNumber(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number >= 0 (got ${String(value)}).`);
  return value;
}

export function resolveOptions(options: SandboxOptions = {}): ResolvedOptions {
  const rps = options.rateLimit?.rps;
  if (rps !== undefined && !(Number.isFinite(rps) && rps > 0)) {
    throw new RangeError(`rateLimit.rps must be a number > 0 (got ${String(rps)}).`);
  }
  return {
    world: { seed: nonNegative('seed', options.seed, 1), sizes: resolveSizes(options.sizes) },
    apiKeys: new Set([DEMO_API_KEY, ...(options.apiKeys ?? [])]),
    extraApiKeys: new Set(options.apiKeys ?? []),
    accountKeys: new Set([DEMO_ACCOUNT_KEY, ...(options.accountKeys ?? [])]),
    expiredAccountKeys: new Set(options.expiredAccountKeys ?? []),
    latencyMs: nonNegative('latencyMs', options.latencyMs, 0),
    rateLimit: rps === undefined ? undefined : { rps },
    faults: options.faults ?? '',
    faultHeader: options.faultHeader ?? true,
    providers: resolveProviders(options.providers),
    credits: wholeNumber('credits', options.credits, 10_000),
  };
}

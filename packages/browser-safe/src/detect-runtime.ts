export type Runtime = 'browser' | 'web-worker' | 'cloudflare-workers' | 'deno' | 'bun' | 'node' | 'unknown';

/** The globals detection looks at; `globalThis` by default, a plain object in tests. */
interface Globals {
  window?: unknown;
  document?: unknown;
  navigator?: { userAgent?: unknown } | undefined;
  WorkerGlobalScope?: unknown;
  Deno?: { version?: { deno?: unknown } } | undefined;
  Bun?: unknown;
  process?: { versions?: { node?: unknown } } | undefined;
}

/**
 * Where this code runs. Server runtimes are recognised first (Deno, Bun and Workers define some browser
 * globals); then a page (`window` + `document`), then a dedicated, shared or service worker of a browser.
 */
export function detectRuntime(globals: object = globalThis): Runtime {
  const g = globals as Globals;
  if (typeof g.Deno?.version?.deno === 'string') return 'deno';
  if (g.Bun !== undefined) return 'bun';
  if (g.navigator?.userAgent === 'Cloudflare-Workers') return 'cloudflare-workers';
  if (typeof g.window === 'object' && g.window !== null && typeof g.document === 'object' && g.document !== null) {
    return 'browser';
  }
  if (typeof g.WorkerGlobalScope === 'function' && globals instanceof g.WorkerGlobalScope) return 'web-worker';
  if (typeof g.process?.versions?.node === 'string') return 'node';
  return 'unknown';
}

/** A page or a browser's worker: anything shipped there can be read by whoever opens it. */
export function isBrowserRuntime(runtime: Runtime): boolean {
  return runtime === 'browser' || runtime === 'web-worker';
}

// What the router needs from each provider it serves: its endpoints, how one is answered, how its errors look.
import type { EndpointDescriptor, ProviderDescriptor } from '@tokkit/core';
import type { Failure } from './failures.js';
import type { ResolvedOptions } from './options.js';
import type { RateLimiter } from './rate-limit.js';
import type { SandboxProvider } from './providers.js';

export interface ServeContext {
  options: ResolvedOptions;
  limiter: RateLimiter | undefined;
}

export interface ProviderServer {
  readonly name: SandboxProvider;
  readonly descriptor: ProviderDescriptor;
  readonly endpoints: readonly EndpointDescriptor[];
  /** Answers one request to `endpoint`; path parameters already read from the URL. */
  serve(endpoint: EndpointDescriptor, request: Request, path: Readonly<Record<string, string>>): Promise<Response>;
  /** An error answer in the provider's shape: `code` is a short machine name, `message` the text. */
  failure(status: number, code: string, message: string, headers?: Record<string, string>): Failure;
  /** The header the provider's API key travels in (for fault counters and rate limits). */
  readonly keyHeader: string;
}

// The client Try it calls with: @tokkit/browser-safe, keyless, against the proxy the service worker mounts, with a
// fetch that records every attempt so a retry or a timeout can be seen.
import { TikAPI, type TikAPIClient, TikAPIError, type TikAPIResponse } from '@tokkit/browser-safe';
import { SANDBOX_SEGMENT } from '../sw/mount.js';

export const TRY_IT_TIMEOUT_MS = 2_000;
export const TRY_IT_MAX_RETRIES = 1;

export interface Attempt {
  n: number;
  outcome: string;
  ms: number;
}

export interface TryItClient {
  api: TikAPIClient;
  attempts: Attempt[];
}

export function tryItClient(base: string): TryItClient {
  const attempts: Attempt[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const started = performance.now();
    const n = attempts.length + 1;
    try {
      const response = await fetch(input, init);
      attempts.push({ n, outcome: `HTTP ${response.status}`, ms: Math.round(performance.now() - started) });
      return response;
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      const ms = Math.round(performance.now() - started);
      attempts.push({ n, outcome: ms >= TRY_IT_TIMEOUT_MS - 50 ? 'no answer within the timeout' : `failed (${name})`, ms });
      throw error;
    }
  };
  const api = TikAPI({
    baseUrl: new URL(`${base}${SANDBOX_SEGMENT}`, location.href).href,
    fetch: recordingFetch,
    timeout: TRY_IT_TIMEOUT_MS,
    maxRetries: TRY_IT_MAX_RETRIES,
    logger: {},
  });
  return { api, attempts };
}

type Call = (params: Record<string, unknown>, options: { headers: Record<string, string> }) => Promise<TikAPIResponse<unknown>>;

export function endpointCall(api: TikAPIClient, key: string): Call {
  let node: unknown = api;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'function') throw new TikAPIError(`the client has no endpoint ${key}`);
  return node as Call;
}

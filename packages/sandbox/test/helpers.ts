// Test support: a sandbox on a free port, the SDK pointed at it, and endpoints reached by key.
import {
  type ClientOptions,
  createClient,
  DEMO_ACCOUNT_KEY,
  DEMO_API_KEY,
  type EndpointDescriptor,
  type ItemsOptions,
  type ItemStream,
  type PagesOptions,
  type RequestOptions,
  type TikAPIClient,
  type TikAPIResponse,
} from '@tokkit/core';
import { afterAll } from 'vitest';
import { createSandbox, type RunningSandbox, type SandboxOptions } from '../src/index.js';

export { DEMO_ACCOUNT_KEY, DEMO_API_KEY };

export const LILYACHTY_SECUID = 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud';
export const LILYACHTY_ID = '6569595380449902597';

/** Starts a sandbox on a free port for the current test file; closed after it. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const running = await createSandbox(options).listen(0);
  afterAll(() => running.close());
  return running;
}

/** The SDK in sandbox mode (demo keys) against `url`, without retries unless asked. */
export function sdk(url: string, options: ClientOptions = {}): TikAPIClient {
  return createClient({ sandbox: true, baseUrl: url, maxRetries: 0, ...options });
}

export interface AnyEndpoint {
  (params?: Record<string, unknown>, options?: RequestOptions): Promise<TikAPIResponse<unknown>>;
  pages(params?: Record<string, unknown>, options?: PagesOptions): AsyncGenerator<TikAPIResponse<unknown>, void, undefined>;
  items<Item = unknown>(params?: Record<string, unknown>, options?: ItemsOptions): ItemStream<Item>;
}

/** An endpoint of the client by key; account endpoints through `api.user({ accountKey })`. */
export function endpointOf(api: TikAPIClient, key: string, accountKey = DEMO_ACCOUNT_KEY): AnyEndpoint {
  const parts = key.split('.');
  let node: unknown = parts[0] === 'user' ? api.user({ accountKey }) : api;
  for (const part of parts[0] === 'user' ? parts.slice(1) : parts) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'function') throw new Error(`no endpoint ${key} on the client`);
  return node as AnyEndpoint;
}

/** Required parameters the catalogue gives no example for. */
const noExample: Readonly<Record<string, Record<string, unknown>>> = {
  'public.videoV3': { username: 'lilyachty' },
};

/** Every parameter that has an example, as the docs' request samples would send. */
export function exampleParams(endpoint: EndpointDescriptor): Record<string, unknown> {
  const params: Record<string, unknown> = { ...noExample[endpoint.key] };
  for (const [name, spec] of Object.entries(endpoint.params)) {
    if (spec.example !== undefined) params[name] = spec.example;
  }
  return params;
}

/** Reads a dotted path (`userInfo.user.id`, `itemList.0.id`) of a JSON value. */
export function at(json: unknown, path: string): unknown {
  let node = json;
  for (const step of path.split('.')) {
    if (Array.isArray(node)) node = node[Number(step)];
    else if (typeof node === 'object' && node !== null) node = (node as Record<string, unknown>)[step];
    else return undefined;
  }
  return node;
}

/** A stable identity for a list item, whatever its kind. */
export function identityOf(item: unknown): string {
  for (const path of ['id', 'cid', 'nid', 'msgId', 'serverMessageId', 'room_id', 'short_id', 'user.id', 'user_info.uid', 'item.id', 'music.id', 'challenge.id', 'live_info.id', 'content']) {
    const value = at(item, path);
    if (typeof value === 'string' || typeof value === 'number') return `${path}:${value}`;
  }
  return JSON.stringify(item);
}

/** Raw HTTP, for what the SDK refuses to send (missing or invalid parameters, bad keys). */
export async function raw(
  url: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown; apiKey?: string | null; accountKey?: string } = {},
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.apiKey !== null) headers['X-API-KEY'] = init.apiKey ?? DEMO_API_KEY;
  if (init.accountKey) headers['X-ACCOUNT-KEY'] = init.accountKey;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}

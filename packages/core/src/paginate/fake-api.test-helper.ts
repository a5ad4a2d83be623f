// Test support for the pagination tests: fake TikAPI servers behind a fake `fetch` (not matched by the *.test.ts glob; not exported).
import { createClient, type TikAPIClient } from '../client/client.js';
import type { ItemsOptions, PagesOptions, RequestOptions } from '../client/options.js';
import type { EndpointDescriptor, Scalar } from '../endpoints/types.js';
import type { ItemStream } from './iterate.js';
import type { TikAPIResponse } from './response.js';

/** One request as the fake server saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  apiKey: string | null;
  accountKey: string | null;
}

export type FakeFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Any endpoint of the client, reached by its key. */
export interface AnyEndpoint {
  (params?: Record<string, unknown>, options?: RequestOptions): Promise<TikAPIResponse<unknown>>;
  pages(params?: Record<string, unknown>, options?: PagesOptions): AsyncGenerator<TikAPIResponse<unknown>, void, undefined>;
  items<Item = unknown>(params?: Record<string, unknown>, options?: ItemsOptions): ItemStream<Item>;
}

export function clientWith(fetch: FakeFetch): TikAPIClient {
  return createClient({ apiKey: 'k', accountKey: 'a', fetch, maxRetries: 0 });
}

export function endpointOf(api: TikAPIClient, key: string): AnyEndpoint {
  let node: unknown = api;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'function') throw new Error(`no endpoint ${key} on the client`);
  return node as AnyEndpoint;
}

function abortError(): Error {
  const error = new Error('This operation was aborted');
  error.name = 'AbortError';
  return error;
}

/** Reads a request the way a server would; rejects like fetch does when the signal is already aborted. */
function seen(input: RequestInfo | URL, init: RequestInit | undefined, calls: { count: number }): SeenRequest {
  calls.count++;
  const request = input instanceof Request ? input : new Request(input, init);
  if (request.signal.aborted || init?.signal?.aborted) throw abortError();
  const url = new URL(request.url);
  return {
    method: request.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    apiKey: request.headers.get('x-api-key'),
    accountKey: request.headers.get('x-account-key'),
  };
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A server that answers the given bodies in order, one per request, and records every request. */
export function scriptedServer(bodies: readonly unknown[]) {
  const requests: SeenRequest[] = [];
  const problems: string[] = [];
  /** Every call of fetch, also those refused for an aborted signal. */
  const calls = { count: 0 };
  const fetch: FakeFetch = async (input, init) => {
    const request = seen(input, init, calls);
    requests.push(request);
    const body = bodies[requests.length - 1];
    if (body === undefined) {
      problems.push(`unexpected request #${requests.length}: ${request.path} ${JSON.stringify(request.query)}`);
      return jsonResponse({ status: 'error', message: 'no more scripted responses' }, 500);
    }
    return jsonResponse(body);
  };
  return { fetch, requests, problems, calls, api: clientWith(fetch) };
}

/** Puts `inner` at a dotted container path: `itemStruct` → {itemStruct: inner}, `notice_lists.0` → {notice_lists: [inner]}. */
export function wrapInContainer(container: string | undefined, inner: Record<string, unknown>): Record<string, unknown> {
  let node: unknown = inner;
  const steps = container ? container.split('.') : [];
  for (const step of steps.reverse()) {
    if (/^[0-9]+$/.test(step)) {
      const list: unknown[] = new Array<unknown>(Number(step)).fill({});
      list.push(node);
      node = list;
    } else {
      node = { [step]: node };
    }
  }
  return { status: 'success', ...(node as Record<string, unknown>) };
}

/**
 * Valid params for an endpoint from the `example` of each required param (and of the first member of each one-of
 * group), and what they look like on the wire.
 */
export function exampleCall(endpoint: EndpointDescriptor): {
  params: Record<string, Scalar>;
  query: Record<string, string>;
  path: string;
} {
  const params: Record<string, Scalar> = {};
  const query: Record<string, string> = {};
  let path = endpoint.path;
  const oneOfFirsts = new Set((endpoint.oneOf ?? []).map((group) => group[0]));
  for (const [name, spec] of Object.entries(endpoint.params)) {
    if (!spec.required && !oneOfFirsts.has(name)) continue;
    if (spec.example === undefined) throw new Error(`${endpoint.key}: required param ${name} has no example`);
    params[name] = spec.example;
    const wire = spec.wire ?? name;
    if (spec.in === 'path') path = path.replace(`{${wire}}`, encodeURIComponent(String(spec.example)));
    else query[wire] = String(spec.example);
  }
  return { params, query, path };
}

export interface ListServerOptions {
  total: number;
  pageSize: number;
  /** Query params every request must carry exactly (besides the paging param). */
  fixedQuery?: Readonly<Record<string, string>>;
  /** Expected URL path; the endpoint's path by default. */
  path?: string;
  /** JSON type of the paging values handed out; by default the param's declared type (string when undeclared). */
  cursorType?: 'string' | 'number';
  /** `hasMore: true/false` or `has_more: 1/0`. */
  flag?: 'hasMore' | 'has_more';
  /** Array field holding the items; the endpoint's first declared one by default. */
  itemsField?: string;
  /** Paging value = base + offset of the next item (e.g. a timestamp-like min_time). */
  cursorBase?: number;
  /** 'flag': the last page says has-more false; 'empty': the server never says so, and answers an empty page after the list. */
  end?: 'flag' | 'empty';
  /** Item ids are `${tag}-${index}`. */
  tag?: string;
}

/**
 * A server holding a finite list of `total` items, served `pageSize` at a time in the endpoint's own style:
 * items, has-more flag and paging value inside the endpoint's container; `page` style counts pages from 1.
 * Any request that is not exactly what a client walking the list should send is answered 400 and recorded in `problems`.
 */
export function listServer(endpoint: EndpointDescriptor, options: ListServerOptions) {
  const paging = endpoint.paging;
  if (!paging) throw new Error(`${endpoint.key} does not page`);
  const tag = options.tag ?? endpoint.key;
  const list = Array.from({ length: options.total }, (_, index) => ({ id: `${tag}-${index}` }));
  const itemsField = options.itemsField ?? paging.items[0] ?? 'items';
  const declared = endpoint.params[paging.param]?.type;
  const cursorType = options.cursorType ?? (declared === 'number' ? 'number' : 'string');
  const flag = options.flag ?? 'hasMore';
  const base = options.cursorBase ?? 0;
  const fixed = options.fixedQuery ?? {};
  const expectedPath = options.path ?? endpoint.path;
  const requests: SeenRequest[] = [];
  const problems: string[] = [];
  const calls = { count: 0 };

  const offsetOf = (query: Record<string, string>): number | string => {
    const raw = query[paging.param];
    if (paging.style === 'page') {
      const page = raw === undefined ? 1 : Number(raw);
      return Number.isInteger(page) && page >= 1 ? (page - 1) * options.pageSize : `bad page ${raw}`;
    }
    if (raw === undefined) return 0;
    const offset = Number(raw) - base;
    const limit = options.end === 'empty' ? options.total : options.total - 1;
    const valid = Number.isInteger(offset) && offset > 0 && offset <= limit && offset % options.pageSize === 0;
    return valid ? offset : `bad ${paging.param} ${raw}`;
  };

  const fetch: FakeFetch = async (input, init) => {
    const request = seen(input, init, calls);
    requests.push(request);
    const wrong: string[] = [];
    if (request.method !== 'GET') wrong.push(`method ${request.method}`);
    if (request.path !== expectedPath) wrong.push(`path ${request.path}`);
    if (request.apiKey !== 'k') wrong.push('api key');
    for (const [name, value] of Object.entries(fixed)) {
      if (request.query[name] !== value) wrong.push(`${name}=${String(request.query[name])}`);
    }
    for (const name of Object.keys(request.query)) {
      if (!(name in fixed) && name !== paging.param) wrong.push(`unexpected param ${name}`);
    }
    const offset = offsetOf(request.query);
    if (typeof offset === 'string') wrong.push(offset);
    if (wrong.length > 0 || typeof offset === 'string') {
      problems.push(`#${requests.length} ${JSON.stringify(request.query)}: ${wrong.join(', ')}`);
      return jsonResponse({ status: 'error', message: wrong.join(', ') }, 400);
    }
    const items = list.slice(offset, offset + options.pageSize);
    const next = offset + items.length;
    const more = options.end === 'empty' ? true : next < options.total;
    const inner: Record<string, unknown> = { [itemsField]: items };
    inner[flag] = flag === 'has_more' ? (more ? 1 : 0) : more;
    if (paging.style !== 'page') {
      // A real server keeps handing out a paging value on its last page: the client must stop on the flag.
      inner[paging.param] = cursorType === 'number' ? base + next : String(base + next);
    }
    return jsonResponse(wrapInContainer(paging.container, inner));
  };

  return { fetch, requests, problems, calls, list, api: clientWith(fetch) };
}

/** The official SDK's loop: `while (r) r = await Promise.resolve(r.nextItems())`, collecting every page. */
export async function officialLoop(first: Promise<TikAPIResponse<unknown>>): Promise<TikAPIResponse<unknown>[]> {
  const seenPages: TikAPIResponse<unknown>[] = [];
  let response: TikAPIResponse<unknown> | null = await first;
  while (response) {
    seenPages.push(response);
    response = await Promise.resolve(response.nextItems());
  }
  return seenPages;
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

export function ids(items: readonly unknown[]): string[] {
  return items.map((item) => String((item as { id?: unknown }).id));
}

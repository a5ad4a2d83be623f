import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endpointAt } from './endpoint-at.js';
import {
  allEndpoints,
  createClient,
  createScavio,
  type EndpointDescriptor,
  endpointByKey,
  type ItemStream,
  type TikAPIResponse,
} from '../packages/core/src/index.js';
import { catalogues } from '../packages/core/src/providers/catalogues.js';

type Scalar = string | number | boolean;
type Provider = 'tikapi' | 'scavio';
interface Case {
  name: string;
  /** TikAPI when absent. */
  provider?: Provider;
  endpoint: string;
  params: Record<string, Scalar>;
  /** token_time: both values by name. */
  requestedWith: Scalar | Record<string, Scalar> | null;
  options?: { itemsField?: string };
  response: unknown;
  expect: { next?: Record<string, unknown>; stop?: string; items?: number };
}
interface Run {
  name: string;
  provider?: Provider;
  endpoint: string;
  params: Record<string, Scalar>;
  call: 'pages' | 'items';
  options: { maxItems?: number; maxPages?: number; resume?: { cursor: unknown; skip: number } };
  responses: unknown[];
  expect: { requests: number; pages?: number; items?: unknown[]; stop: string | null; resume?: { cursor: unknown; skip: number } };
}
interface Vectors {
  $comment: string;
  client: { apiKey: string; accountKey: string };
  cases: Case[];
  runs: Run[];
}

const vectors = JSON.parse(readFileSync(new URL('./paging.json', import.meta.url), 'utf8')) as Vectors;

interface Seen {
  path: string;
  query: Record<string, string>;
  body: string;
}

type Call = ((params: unknown) => Promise<TikAPIResponse<unknown>>) & {
  pages(params: unknown, options: unknown): AsyncGenerator<TikAPIResponse<unknown>, void, undefined>;
  items(params: unknown, options: unknown): ItemStream<unknown>;
};

/** The client of a vector's provider (TikAPI by default) with the vector keys and a fake transport. */
function clientFor(provider: Provider | undefined, fetch: typeof globalThis.fetch): object {
  const options = { ...vectors.client, fetch, maxRetries: 0 };
  if (provider === 'scavio') return createScavio({ apiKey: options.apiKey, fetch, maxRetries: 0 });
  return createClient(options);
}

/** The endpoint of a vector in its provider's catalogue. */
function descriptorOf(provider: Provider | undefined, key: string): EndpointDescriptor | undefined {
  return provider === undefined ? endpointByKey(key) : catalogues[provider].endpoints.find((e) => e.key === key);
}

/** A client whose transport answers `first` to the first request and an empty body after that. */
function serving(first: unknown, provider?: Provider) {
  const sent: Seen[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    sent.push({ path: url.pathname, query: Object.fromEntries(url.searchParams), body: await request.text() });
    return Response.json(sent.length === 1 ? first : {});
  };
  const api = clientFor(provider, fetch);
  const endpoint = (key: string): Call => endpointAt<Call>(api, key);
  return { sent, endpoint };
}

/** What a request carried: its query (GET, values as text) or its JSON body (POST, values as sent). */
function sentValues(seen: Seen): Record<string, unknown> {
  return seen.body === '' ? seen.query : (JSON.parse(seen.body) as Record<string, unknown>);
}

describe('paging vectors', () => {
  it('start with a $comment and cover every paged endpoint with a next and a stop case', () => {
    expect(Object.keys(vectors)[0]).toBe('$comment');
    const paged = allEndpoints.filter((e) => e.paging).map((e) => e.key);
    expect(paged.length).toBeGreaterThanOrEqual(34);
    const tikapiCases = vectors.cases.filter((c) => c.provider === undefined);
    const withNext = new Set(tikapiCases.filter((c) => c.expect.next).map((c) => c.endpoint));
    const withStop = new Set(tikapiCases.filter((c) => c.expect.stop).map((c) => c.endpoint));
    expect(paged.filter((key) => !withNext.has(key))).toEqual([]);
    expect(paged.filter((key) => !withStop.has(key))).toEqual([]);
    const reasons = new Set(vectors.cases.map((c) => c.expect.stop).filter(Boolean));
    expect([...reasons].sort()).toEqual(['empty-page', 'end', 'missing-cursor', 'not-paged', 'repeated-cursor']);
    for (const c of vectors.cases) expect(Boolean(c.expect.next) !== Boolean(c.expect.stop), c.name).toBe(true);
  });

  it('cover each Scavio paging style with a next request, the last page, a repeated cursor, an empty page and a missing cursor', () => {
    const scavioCases = vectors.cases.filter((c) => c.provider === 'scavio');
    const styleOf = (key: string) => descriptorOf('scavio', key)?.paging?.style ?? 'cursor';
    for (const style of ['cursor', 'token_time', 'offset']) {
      const ofStyle = scavioCases.filter((c) => descriptorOf('scavio', c.endpoint)?.paging && styleOf(c.endpoint) === style);
      const outcomes = new Set(ofStyle.map((c) => c.expect.stop ?? 'next'));
      expect([...outcomes].sort(), style).toEqual(['empty-page', 'end', 'missing-cursor', 'next', 'repeated-cursor']);
    }
    const resumed = vectors.runs.filter((r) => r.provider === 'scavio' && r.expect.resume);
    expect(new Set(resumed.map((r) => styleOf(r.endpoint)))).toEqual(new Set(['cursor', 'token_time']));
  });

  it.each(vectors.cases.map((c) => [c.name, c] as const))('%s', async (_name, vector) => {
    const { sent, endpoint } = serving(vector.response, vector.provider);
    const param = descriptorOf(vector.provider, vector.endpoint)?.paging?.param;
    const params: Record<string, unknown> = { ...vector.params };
    if (vector.requestedWith !== null) {
      if (!param) throw new Error(`${vector.endpoint} does not page but the vector has requestedWith`);
      // token_time: both values by name, each sent as the param of its name.
      if (typeof vector.requestedWith === 'object') Object.assign(params, vector.requestedWith);
      else params[param] = vector.requestedWith;
    }
    const call = endpoint(vector.endpoint);
    const page = vector.options?.itemsField
      ? (await call.pages(params, { itemsField: vector.options.itemsField }).next()).value
      : await call(params);
    if (!page) throw new Error('no first page');

    expect(sent).toHaveLength(1);
    const first = sent[0] as Seen;
    if (param && first.body === '') {
      expect(first.query[param]).toBe(vector.requestedWith === null ? undefined : String(vector.requestedWith));
    } else if (param) {
      const body = sentValues(first);
      const { requestedWith } = vector;
      if (requestedWith === null) expect(body[param]).toBeUndefined();
      else expect(body).toMatchObject(typeof requestedWith === 'object' ? requestedWith : { [param]: requestedWith });
    }
    if (vector.expect.items !== undefined) expect(page.items).toHaveLength(vector.expect.items);

    if (vector.expect.stop !== undefined) {
      expect(page.stopReason).toBe(vector.expect.stop);
      expect(page.cursor).toBeNull();
      expect(page.nextItems()).toBeNull();
      expect(sent).toHaveLength(1);
      return;
    }
    expect(page.stopReason).toBeUndefined();
    const next = page.nextItems();
    expect(next).not.toBeNull();
    await next;
    expect(sent).toHaveLength(2);
    const second = sent[1] as Seen;
    expect(second.path).toBe(first.path);
    if (first.body === '') {
      expect(second.query).toEqual(vector.expect.next);
      expect(second.body).toBe('');
    } else {
      expect(sentValues(second)).toEqual(vector.expect.next);
      expect(second.query).toEqual({});
    }
  });
});

/** A client whose transport answers the n-th request with `responses[n]`, and 500 after the last. */
function servingRun(responses: readonly unknown[], provider?: Provider) {
  let sent = 0;
  const fetch = async () => {
    sent += 1;
    const body = responses[sent - 1];
    return body === undefined ? Response.json({ message: 'the run went on past its vector' }, { status: 500 }) : Response.json(body);
  };
  const api = clientFor(provider, fetch);
  return { requests: () => sent, endpoint: (key: string): Call => endpointAt<Call>(api, key) };
}

/** How a vector names an item: its id, its user's id or its cid, else the item itself. */
function itemName(item: unknown): unknown {
  const record = item as { id?: unknown; cid?: unknown; user?: { id?: unknown } };
  return record.id ?? record.user?.id ?? record.cid ?? item;
}

describe('paging run vectors (hardening)', () => {
  it('cover the run-level stop reasons', () => {
    const reasons = new Set(vectors.runs.filter((r) => r.provider === undefined).map((r) => r.expect.stop));
    expect(reasons).toEqual(new Set(['no-items', 'repeated-page', 'end', 'max-pages', null]));
  });

  it.each(vectors.runs.map((r) => [r.name, r] as const))('%s', async (_name, run) => {
    const { requests, endpoint } = servingRun(run.responses, run.provider);
    const call = endpoint(run.endpoint);
    if (run.call === 'pages') {
      const pages: TikAPIResponse<unknown>[] = [];
      for await (const page of call.pages(run.params, run.options)) pages.push(page);
      expect(pages).toHaveLength(run.expect.pages ?? -1);
      expect(pages.at(-1)?.stopReason ?? null).toBe(run.expect.stop);
    } else {
      const stream = call.items(run.params, run.options);
      const items: unknown[] = [];
      for await (const item of stream) items.push(itemName(item));
      expect(items).toEqual(run.expect.items);
      expect(stream.stopReason ?? null).toBe(run.expect.stop);
      if (run.expect.resume) expect(stream.resumePoint).toEqual(run.expect.resume);
    }
    expect(requests()).toBe(run.expect.requests);
  });
});

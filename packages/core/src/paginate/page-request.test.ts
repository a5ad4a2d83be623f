// A page is data: it holds the call that produced it and knows the next one; making pages changes nothing shared.
// Real HTTP on a loopback socket.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../client/client.js';
import type { EndpointDescriptor } from '../endpoints/types.js';
import { callRequest, resolveCall } from '../request/resolve-call.js';
import { FIRST_PAGE, readPage } from './read-page.js';

const SEC_UID = 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud';
const API_KEY = 'page-test-api-key-7781';

let server: Server;
let baseUrl: string;
const asked: (string | null)[] = [];

beforeAll(async () => {
  // Three pages of posts: cursors '' (first), '10', '20'; the last says has-more false.
  server = createServer((req, res) => {
    const cursor = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('cursor');
    asked.push(cursor);
    const n = Number(cursor ?? 0);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ status: 'success', hasMore: n < 20, cursor: String(n + 10), itemList: [{ id: `p${n}` }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const api = () => createClient({ apiKey: API_KEY, baseUrl, maxRetries: 0 });

describe('a page is data', () => {
  it('holds the call that produced it and knows the next one, with the cursor outside the params', async () => {
    const first = await api().public.posts({ secUid: SEC_UID });
    expect(first.request.paging).toBeUndefined();
    const next = first.nextPageRequest();
    expect(next?.paging).toEqual({ cursor: '10' });
    expect(next?.params).toEqual({ secUid: SEC_UID });
    expect(next?.run?.depth).toBe(1);
    expect(next && new URL(callRequest(next).url).searchParams.get('cursor')).toBe('10');
    const second = await first.nextItems();
    expect(second?.request).toBe(next);
  });

  it('fetching a page changes nothing in the page before it: the same next request, and the same page again', async () => {
    const first = await api().public.posts({ secUid: SEC_UID });
    const before = first.nextPageRequest();
    const a = await first.nextItems();
    const b = await first.nextItems();
    expect(first.nextPageRequest()).toBe(before);
    expect([a?.cursor, b?.cursor]).toEqual(['20', '20']);
    expect(b?.nextPageRequest()?.run?.cursors).toEqual(a?.nextPageRequest()?.run?.cursors);
    const last = await a?.nextItems();
    expect(last?.stopReason).toBe('end');
    expect(last?.nextPageRequest()).toBeNull();
  });

  it('a resumed run starts from the cursor given in params, sent as-is and taken out of the params', async () => {
    asked.length = 0;
    const page = await api().public.posts({ secUid: SEC_UID, cursor: '10' });
    expect(asked).toEqual(['10']);
    expect(page.request.paging).toEqual({ cursor: '10' });
    expect(page.request.params).toEqual({ secUid: SEC_UID });
  });

  it('a page or call that is logged or serialized shows no key', async () => {
    const page = await api().public.posts({ secUid: SEC_UID });
    for (const text of [inspect(page, { depth: 9 }), inspect(page.request, { depth: 9 }), JSON.stringify(page.nextPageRequest())]) {
      expect(text).not.toContain(API_KEY);
    }
    expect(page.request.target.apiKey).toBe(API_KEY);
  });
});

describe('the token + time paging style', () => {
  const feed: EndpointDescriptor = {
    key: 'example.feed',
    method: 'GET',
    safeToRetry: true,
    path: '/feed',
    auth: 'apiKey',
    params: { page_token: { in: 'query', type: 'string' }, min_time: { in: 'query', type: 'number' } },
    paging: { param: 'page_token', timeParam: 'min_time', style: 'token_time', items: ['items'] },
  };

  it('reads both values from the page and sends both back, never re-validated', () => {
    const first = resolveCall({ options: { apiKey: 'k', baseUrl: 'https://feed.example' } }, feed, {});
    const body = { has_more: true, page_token: 'tok-2', min_time: 1700000123, items: [{ id: 1 }] };
    const reading = readPage(feed, body, first.paging, first.run);
    expect(reading.next).toEqual({ page_token: 'tok-2', min_time: 1700000123 });
    const url = new URL(callRequest({ ...first, paging: reading.next, run: reading.nextRun }).url);
    expect(Object.fromEntries(url.searchParams)).toEqual({ page_token: 'tok-2', min_time: '1700000123' });
  });

  it('stops with missing-cursor when either value is missing', () => {
    const reading = readPage(feed, { has_more: true, page_token: 'tok-2', items: [{ id: 1 }] }, undefined, FIRST_PAGE);
    expect(reading).toMatchObject({ next: undefined, stopReason: 'missing-cursor' });
  });
});

import { describe, expect, it } from 'vitest';
import { allEndpoints } from '../endpoints/list.js';
import type { EndpointDescriptor } from '../endpoints/types.js';
import { collect, endpointOf, exampleCall, ids, listServer, officialLoop } from './fake-api.test-helper.js';

const paged = allEndpoints.filter((endpoint) => endpoint.paging !== undefined);

const PAGE_SIZE = 5;
const TOTAL = 3 * PAGE_SIZE + 2; // four pages, the last one short

/** A server for one endpoint with its example params; alternates the has-more spelling between endpoints. */
function serverFor(endpoint: EndpointDescriptor, index: number) {
  const call = exampleCall(endpoint);
  const server = listServer(endpoint, {
    total: TOTAL,
    pageSize: PAGE_SIZE,
    fixedQuery: call.query,
    path: call.path,
    flag: index % 2 === 0 ? 'hasMore' : 'has_more',
    cursorBase: endpoint.paging?.param === 'min_time' ? 1_700_000_000 : 0,
  });
  return { ...server, params: call.params, ep: endpointOf(server.api, endpoint.key) };
}

const cases = paged.map((endpoint, index) => [endpoint.key, endpoint, index] as const);

describe('every paged endpoint walks a finite list to its end', () => {
  it('finds the paged endpoints of the catalogue', () => {
    expect(paged.length).toBeGreaterThanOrEqual(34);
    for (const endpoint of paged) expect(endpoint.paging?.items.length, endpoint.key).toBeGreaterThan(0);
  });

  it.each(cases)('%s: the official nextItems() loop', async (_key, endpoint, index) => {
    const server = serverFor(endpoint, index);
    const pages = await officialLoop(server.ep(server.params));
    const seen = pages.flatMap((page) => page.items);
    expect(server.problems).toEqual([]);
    expect(ids(seen)).toEqual(ids(server.list));
    expect(new Set(ids(seen)).size).toBe(TOTAL);
    expect(server.requests).toHaveLength(4);
    const last = pages[pages.length - 1];
    expect(last?.stopReason).toBe('end');
    expect(last?.cursor).toBeNull();
    expect(pages.slice(0, -1).every((page) => page.cursor !== null && page.stopReason === undefined)).toBe(true);
  });

  it.each(cases)('%s: pages()', async (_key, endpoint, index) => {
    const server = serverFor(endpoint, index);
    const pages = await collect(server.ep.pages(server.params));
    expect(server.problems).toEqual([]);
    expect(pages.map((page) => page.items.length)).toEqual([5, 5, 5, 2]);
    expect(ids(pages.flatMap((page) => page.items))).toEqual(ids(server.list));
    expect(pages[3]?.stopReason).toBe('end');
  });

  it.each(cases)('%s: items()', async (_key, endpoint, index) => {
    const server = serverFor(endpoint, index);
    const stream = server.ep.items(server.params);
    const items = await collect(stream);
    expect(server.problems).toEqual([]);
    expect(items).toHaveLength(TOTAL);
    expect(ids(items)).toEqual(ids(server.list));
    expect(server.requests).toHaveLength(4);
    expect(stream.resumePoint).toEqual({ cursor: null, skip: 0, done: true });
    expect(stream.stopReason).toBe('end');
  });

  it.each(cases)('%s: items() when the server ends with an empty page instead of a flag', async (_key, endpoint) => {
    const call = exampleCall(endpoint);
    const server = listServer(endpoint, {
      total: 2 * PAGE_SIZE,
      pageSize: PAGE_SIZE,
      fixedQuery: call.query,
      path: call.path,
      end: 'empty',
    });
    const stream = endpointOf(server.api, endpoint.key).items(call.params);
    const items = await collect(stream);
    expect(server.problems).toEqual([]);
    expect(ids(items)).toEqual(ids(server.list));
    expect(server.requests).toHaveLength(3);
    expect(stream.stopReason).toBe('empty-page');
  });
});

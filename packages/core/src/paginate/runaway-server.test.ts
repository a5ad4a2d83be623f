// Servers that would keep a run of pages going forever, on a real loopback socket: every run still ends.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../client/client.js';
import { TikAPIError } from '../errors.js';
import { DEFAULT_MAX_PAGES } from './iterate.js';

const SEC_UID = 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud';

/** What the server answers for the page asked with `cursor` (0 for the first). */
const modes: Record<string, (cursor: number) => unknown> = {
  // has-more true and a fresh cursor on every page, but never an items array
  'no-items': (cursor) => ({ status: 'success', hasMore: true, cursor: String(cursor + 1), ...(cursor % 2 ? { itemList: null } : {}) }),
  // the same page again and again, under a new spelling of the cursor: 05, 005, 0005, ...
  'same-page': (cursor) => ({ status: 'success', hasMore: true, cursor: `${'0'.repeat(cursor + 1)}5`, itemList: [{ id: 'a1' }, { id: 'a2' }] }),
  // a list that never ends: new items and a new cursor on every page
  endless: (cursor) => ({ status: 'success', hasMore: true, cursor: String(cursor + 1), itemList: [{ id: `p${cursor}` }] }),
};

/** The page a cursor asks for: its number, or for `05`, `005`, ... the count of leading zeros. */
function position(mode: string, cursor: string | null): number {
  if (cursor === null) return 0;
  return mode === 'same-page' ? cursor.length - 1 : Number(cursor);
}

let server: Server;
let baseUrl: string;
const requests: Record<string, number> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const mode = url.searchParams.get('mode') ?? '';
    const answer = modes[mode];
    requests[mode] = (requests[mode] ?? 0) + 1;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(answer ? answer(position(mode, url.searchParams.get('cursor'))) : {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function client() {
  return createClient({ apiKey: 'k', baseUrl, maxRetries: 0 });
}

const extra = (mode: string) => ({ extraParams: { mode } });

async function countPages(pages: AsyncIterable<{ stopReason: string | undefined }>) {
  let count = 0;
  let last: string | undefined;
  for await (const page of pages) {
    count += 1;
    last = page.stopReason;
  }
  return { count, last };
}

describe('runaway servers end every run (hardening)', () => {
  it('pages without items and fresh cursors: items({ maxItems: 50 }) ends with no-items after three pages', async () => {
    requests['no-items'] = 0;
    const stream = client().public.posts.items({ secUid: SEC_UID }, { maxItems: 50, ...extra('no-items') });
    const items: unknown[] = [];
    for await (const item of stream) items.push(item);
    expect(items).toEqual([]);
    expect(stream.stopReason).toBe('no-items');
    expect(requests['no-items']).toBe(3);
  });

  it('pages without items and fresh cursors: pages() ends after three', async () => {
    requests['no-items'] = 0;
    const { count, last } = await countPages(client().public.posts.pages({ secUid: SEC_UID }, extra('no-items')));
    expect([count, last]).toEqual([3, 'no-items']);
    expect(requests['no-items']).toBe(3);
  });

  it('the same page under new cursor strings: pages() and items() end with repeated-page', async () => {
    requests['same-page'] = 0;
    const { count, last } = await countPages(client().public.posts.pages({ secUid: SEC_UID }, extra('same-page')));
    expect([count, last]).toEqual([2, 'repeated-page']);
    const stream = client().public.posts.items({ secUid: SEC_UID }, extra('same-page'));
    const ids: unknown[] = [];
    for await (const item of stream) ids.push((item as { id: string }).id);
    expect(ids).toEqual(['a1', 'a2']);
    expect(stream.stopReason).toBe('repeated-page');
    expect(requests['same-page']).toBe(4);
  });

  it(`an endless list: pages() stops at ${DEFAULT_MAX_PAGES} pages by default, and maxPages raises the bound`, async () => {
    requests.endless = 0;
    const { count, last } = await countPages(client().public.posts.pages({ secUid: SEC_UID }, extra('endless')));
    expect([count, last]).toEqual([DEFAULT_MAX_PAGES, undefined]);
    expect(requests.endless).toBe(DEFAULT_MAX_PAGES);
    requests.endless = 0;
    const raised = await countPages(client().public.posts.pages({ secUid: SEC_UID }, { maxPages: DEFAULT_MAX_PAGES + 5, ...extra('endless') }));
    expect(raised.count).toBe(DEFAULT_MAX_PAGES + 5);
  }, 60_000);

  it('an endless list: items() stops with max-pages at its bound, and resumes from the next page', async () => {
    requests.endless = 0;
    const stream = client().public.posts.items({ secUid: SEC_UID }, { maxPages: 3, ...extra('endless') });
    const ids: unknown[] = [];
    for await (const item of stream) ids.push((item as { id: string }).id);
    expect(ids).toEqual(['p0', 'p1', 'p2']);
    expect(stream.stopReason).toBe('max-pages');
    expect(stream.resumePoint).toEqual({ cursor: '3', skip: 0 });
    const more = client().public.posts.items({ secUid: SEC_UID }, { maxItems: 1, resume: stream.resumePoint, ...extra('endless') });
    const next: unknown[] = [];
    for await (const item of more) next.push((item as { id: string }).id);
    expect(next).toEqual(['p3']);
  });
});

describe('items() checks its resume point (hardening)', () => {
  it.each([
    ['a negative skip', { cursor: null, skip: -3 }],
    ['a fractional skip', { cursor: '30', skip: 1.5 }],
    ['a NaN skip', { cursor: '30', skip: Number.NaN }],
    ['a skip given as text', { cursor: '30', skip: '2' }],
    ['an object cursor', { cursor: { a: 1 }, skip: 0 }],
  ])('refuses %s before sending', (_case, resume) => {
    requests.endless = 0;
    const start = () =>
      client().public.posts.items({ secUid: SEC_UID }, { resume: resume as never, ...extra('endless') });
    expect(start).toThrow(TikAPIError);
    expect(start).toThrow(/resume\.(skip|cursor)/);
    expect(requests.endless).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { allEndpoints, endpointByKey } from '../endpoints/list.js';
import type { EndpointDescriptor } from '../endpoints/types.js';
import { APIUserAbortError, TikAPIError, ValidationError } from '../errors.js';
import type { ItemsResumePoint } from './iterate.js';
import {
  collect,
  endpointOf,
  exampleCall,
  ids,
  listServer,
  type ListServerOptions,
  officialLoop,
  scriptedServer,
  wrapInContainer,
} from './fake-api.test-helper.js';

const secUid = 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud';
const items = (...names: string[]) => names.map((id) => ({ id }));

function descriptor(key: string): EndpointDescriptor {
  const endpoint = endpointByKey(key);
  if (!endpoint) throw new Error(`no endpoint ${key}`);
  return endpoint;
}

/** A 17-item list (pages of 5) on an endpoint, with its example params. */
function walk(key: string, options: Partial<ListServerOptions> = {}) {
  const endpoint = descriptor(key);
  const call = exampleCall(endpoint);
  const server = listServer(endpoint, {
    total: 17,
    pageSize: 5,
    fixedQuery: call.query,
    path: call.path,
    cursorBase: endpoint.paging?.param === 'min_time' ? 1_700_000_000 : 0,
    ...options,
  });
  return { ...server, params: call.params, ep: endpointOf(server.api, key) };
}

const resumeKeys = [
  'public.posts', // string cursor
  'user.posts.comments.list', // numeric cursor
  'public.followersList', // numeric nextCursor
  'public.music', // itemStruct container
  'user.notifications', // notice_lists.0 container, min_time
  'public.discover', // offset, path param
  'user.live.transactionHistory', // page style
];

describe('resuming a run', () => {
  it.each(resumeKeys)('%s: from a saved page cursor, nothing lost and nothing repeated', async (key) => {
    const server = walk(key);
    const firstRun = await collect(server.ep.pages(server.params, { maxPages: 2 }));
    expect(firstRun).toHaveLength(2);
    const saved: unknown = JSON.parse(JSON.stringify(firstRun[1]?.cursor ?? null));
    expect(saved).not.toBeNull();
    const param = descriptor(key).paging?.param ?? '';
    const secondRun = await officialLoop(server.ep({ ...server.params, [param]: saved }));
    const seen = [...firstRun, ...secondRun].flatMap((page) => page.items);
    expect(server.problems).toEqual([]);
    expect(ids(seen)).toEqual(ids(server.list));
    expect(server.requests).toHaveLength(4);
  });

  it.each(resumeKeys)('%s: from an items() resumePoint after maxItems cut inside a page', async (key) => {
    const server = walk(key);
    const first = server.ep.items(server.params, { maxItems: 7 });
    const head = await collect(first);
    expect(ids(head)).toEqual(ids(server.list.slice(0, 7)));
    expect(first.stopReason).toBe('max-items');
    expect(first.resumePoint.skip).toBe(2);
    expect(first.resumePoint.cursor).not.toBeNull();
    expect(server.requests).toHaveLength(2);
    const saved = JSON.parse(JSON.stringify(first.resumePoint)) as ItemsResumePoint;
    const second = server.ep.items(server.params, { resume: saved });
    const tail = await collect(second);
    expect(server.problems).toEqual([]);
    expect(ids([...head, ...tail])).toEqual(ids(server.list));
    expect(second.resumePoint).toEqual({ cursor: null, skip: 0, done: true });
    expect(server.requests).toHaveLength(5);
  });

  it.each(resumeKeys)('%s: runs cut after every possible count still add up to the list', async (key) => {
    for (let cut = 1; cut <= 18; cut++) {
      const server = walk(key);
      const seen: unknown[] = [];
      let resume: ItemsResumePoint | undefined;
      for (let run = 0; run < 20 && !resume?.done; run++) {
        const stream = server.ep.items(server.params, { maxItems: cut, resume });
        seen.push(...(await collect(stream)));
        resume = stream.resumePoint;
      }
      expect(server.problems, `cut ${cut}`).toEqual([]);
      expect(ids(seen), `cut ${cut}`).toEqual(ids(server.list));
      expect(resume?.done, `cut ${cut}`).toBe(true);
    }
  });

  it('a resumePoint taken when the loop is left early continues after the last item handed out', async () => {
    const server = walk('public.posts');
    const first = server.ep.items(server.params);
    const head: unknown[] = [];
    for await (const item of first) {
      head.push(item);
      if (head.length === 3) break;
    }
    const tail = await collect(server.ep.items(server.params, { resume: first.resumePoint }));
    expect(ids([...head, ...tail])).toEqual(ids(server.list));
  });

  it('a resumed stream that fails before its first item keeps the resume point it started from', async () => {
    const start: ItemsResumePoint = { cursor: '10', skip: 3 };
    const failing = scriptedServer([]);
    const stream = failing.api.public.posts.items({ secUid }, { resume: start });
    await expect(collect(stream)).rejects.toBeInstanceOf(TikAPIError);
    expect(failing.requests.map((r) => r.query.cursor)).toEqual(['10']);
    expect(stream.resumePoint).toEqual(start);
    const server = walk('public.posts');
    const retried = server.ep.items(server.params, { resume: stream.resumePoint, maxItems: 1 });
    expect(ids(await collect(retried))).toEqual(['public.posts-13']);
    expect(retried.resumePoint).toEqual({ cursor: '10', skip: 4 });
  });

  it('a done resumePoint yields nothing and fetches nothing', async () => {
    const server = walk('public.posts');
    const stream = server.ep.items(server.params, { resume: { cursor: null, skip: 0, done: true } });
    expect(await collect(stream)).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });
});

describe('bounds', () => {
  it('maxPages stops after that many pages, with the cursor to go on', async () => {
    const server = walk('public.posts');
    const pages = await collect(server.ep.pages(server.params, { maxPages: 2 }));
    expect(pages).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
    expect(pages[1]?.cursor).toBe('10');
  });

  it('maxItems stops inside a page without fetching the next one', async () => {
    const server = walk('public.posts');
    const stream = server.ep.items(server.params, { maxItems: 7 });
    expect(ids(await collect(stream))).toEqual(ids(server.list.slice(0, 7)));
    expect(server.requests).toHaveLength(2);
    expect(stream.resumePoint).toEqual({ cursor: '5', skip: 2 });
    expect(stream.stopReason).toBe('max-items');
  });

  it('maxItems at a page end does not fetch the next page', async () => {
    const server = walk('public.posts');
    const stream = server.ep.items(server.params, { maxItems: 10 });
    expect(await collect(stream)).toHaveLength(10);
    expect(server.requests).toHaveLength(2);
    expect(stream.resumePoint).toEqual({ cursor: '10', skip: 0 });
  });

  it('maxItems above the list ends with the run', async () => {
    const server = walk('public.posts');
    const stream = server.ep.items(server.params, { maxItems: 100 });
    expect(await collect(stream)).toHaveLength(17);
    expect(stream.stopReason).toBe('end');
    expect(stream.resumePoint.done).toBe(true);
  });

  it('maxItems reached on the very last item reports the end, not the bound', async () => {
    const server = walk('public.posts');
    const stream = server.ep.items(server.params, { maxItems: 17 });
    expect(await collect(stream)).toHaveLength(17);
    expect(stream.stopReason).toBe('end');
    expect(stream.resumePoint).toEqual({ cursor: null, skip: 0, done: true });
  });

  it('rejects bounds that are not positive integers', async () => {
    const server = walk('public.posts');
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(() => server.ep.items(server.params, { maxItems: bad })).toThrow(TikAPIError);
      await expect(collect(server.ep.pages(server.params, { maxPages: bad }))).rejects.toThrow(/maxPages/);
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe('aborting between pages', () => {
  it('pages(): APIUserAbortError and no further fetch', async () => {
    const server = walk('public.posts');
    const controller = new AbortController();
    const seen: unknown[] = [];
    const run = async () => {
      for await (const page of server.ep.pages(server.params, { signal: controller.signal })) {
        seen.push(page);
        if (seen.length === 2) controller.abort();
      }
    };
    await expect(run()).rejects.toBeInstanceOf(APIUserAbortError);
    expect(seen).toHaveLength(2);
    expect(server.calls.count).toBe(2);
  });

  it('items(): APIUserAbortError at the next item, inside the page, and the resumePoint still continues exactly', async () => {
    const server = walk('public.posts');
    const controller = new AbortController();
    const stream = server.ep.items(server.params, { signal: controller.signal });
    const head: unknown[] = [];
    const run = async () => {
      for await (const item of stream) {
        head.push(item);
        if (head.length === 5) controller.abort();
      }
    };
    await expect(run()).rejects.toBeInstanceOf(APIUserAbortError);
    expect(head).toHaveLength(5);
    expect(server.calls.count).toBe(1);
    const tail = await collect(server.ep.items(server.params, { resume: stream.resumePoint }));
    expect(ids([...head, ...tail])).toEqual(ids(server.list));
  });

  it('the official loop: nextItems() after abort rejects with APIUserAbortError, and nothing reaches the server', async () => {
    const server = walk('public.posts');
    const controller = new AbortController();
    const first = await server.ep(server.params, { signal: controller.signal });
    controller.abort();
    await expect(first.nextItems()).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
    expect(server.calls.count).toBe(1);
  });

  it('an already aborted signal sends nothing', async () => {
    const server = walk('public.posts');
    const controller = new AbortController();
    controller.abort();
    await expect(collect(server.ep.pages(server.params, { signal: controller.signal }))).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
    await expect(collect(server.ep.items(server.params, { signal: controller.signal }))).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
    expect(server.calls.count).toBe(0);
  });
});

describe('paging values go back as-is', () => {
  it.each(['abc', '-1', 'a b&c=d/é', '00042'])('a server cursor %j that breaks the param pattern is sent unchanged', async (cursor) => {
    const server = scriptedServer([
      { itemList: items('a'), cursor, hasMore: true },
      { itemList: items('b'), hasMore: false },
    ]);
    const pages = await officialLoop(server.api.public.posts({ secUid }));
    expect(descriptor('public.posts').params.cursor?.pattern).toBe('^[0-9]+$');
    expect(server.requests[1]?.query).toEqual({ secUid, cursor });
    expect(pages).toHaveLength(2);
  });

  it('a numeric-typed paging param takes a non-numeric server value', async () => {
    const server = scriptedServer([
      { comments: items('a'), cursor: 'opaque==', has_more: 1 },
      { comments: items('b'), has_more: 0 },
    ]);
    await collect(server.api.user.posts.comments.list.items({ media_id: '7109178205151464746' }));
    expect(server.requests[1]?.query.cursor).toBe('opaque==');
  });

  it('a paging value passed by the user to resume is accepted as any string or number', async () => {
    const server = scriptedServer([{ itemList: [], hasMore: false }, { comments: [] }, { userList: [] }, { itemList: [] }]);
    await server.api.public.posts({ secUid, cursor: 'abc' });
    await endpointOf(server.api, 'user.posts.comments.list')({ media_id: '7109178205151464746', cursor: 'not-a-number' });
    await endpointOf(server.api, 'public.followersList')({ secUid, nextCursor: 12.5 });
    await collect(server.api.public.posts.items({ secUid }, { resume: { cursor: 'xyz', skip: 0 } }));
    expect(server.requests.map((r) => r.query)).toEqual([
      { secUid, cursor: 'abc' },
      { media_id: '7109178205151464746', cursor: 'not-a-number' },
      { secUid, nextCursor: '12.5' },
      { secUid, cursor: 'xyz' },
    ]);
  });

  it('a paging value that is not a string or number is refused before sending', async () => {
    const server = scriptedServer([]);
    const call = endpointOf(server.api, 'public.posts');
    await expect(call({ secUid, cursor: { at: 1 } })).rejects.toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('only the endpoint’s own paging param is sent', () => {
  const decoys = { cursor: '11', nextCursor: '12', offset: 13, min_time: 14, max_time: 15, page: 16, max_cursor: 17 };
  const paged = allEndpoints.filter((endpoint) => endpoint.paging !== undefined);

  it.each(paged.map((e) => [e.key, e] as const))('%s', async (_key, endpoint) => {
    const paging = endpoint.paging;
    if (!paging) throw new Error('not paged');
    const call = exampleCall(endpoint);
    const field = paging.items[0] ?? 'items';
    const server = scriptedServer([
      wrapInContainer(paging.container, { ...decoys, hasMore: true, [field]: items('a') }),
      wrapInContainer(paging.container, { [field]: items('b'), hasMore: false }),
    ]);
    await officialLoop(endpointOf(server.api, endpoint.key)(call.params));
    const expected = paging.style === 'page' ? '2' : String(decoys[paging.param as keyof typeof decoys]);
    expect(server.requests.map((r) => r.query)).toEqual([call.query, { ...call.query, [paging.param]: expected }]);
    expect(server.requests.map((r) => r.path)).toEqual([call.path, call.path]);
  });

  it('user params other than the paging value are kept on every page', async () => {
    const server = walk('public.posts', { fixedQuery: { secUid, count: '5', country: 'us', session_id: '3' } });
    const got = await collect(server.ep.items({ secUid, count: 5, country: 'us', session_id: 3 }));
    expect(server.problems).toEqual([]);
    expect(got).toHaveLength(17);
  });

  it('a start cursor in params is replaced, not repeated, on later pages', async () => {
    const server = walk('public.posts');
    const pages = await officialLoop(server.ep({ ...server.params, cursor: '5' }));
    expect(server.problems).toEqual([]);
    expect(server.requests.map((r) => r.query.cursor)).toEqual(['5', '10', '15']);
    expect(pages.flatMap((p) => p.items)).toHaveLength(12);
  });
});

describe('items field', () => {
  it('items() throws a TikAPIError naming the endpoint and the arrays it saw under undeclared fields', async () => {
    const server = scriptedServer([{ videos: items('a'), extra: [1], empty: [], cursor: '5', hasMore: true }]);
    const error: unknown = await collect(server.api.public.posts.items({ secUid })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TikAPIError);
    const message = (error as TikAPIError).message;
    expect(message).toContain('public.posts');
    expect(message).toContain('itemList');
    expect(message).toContain('videos, extra');
    expect(message).not.toContain('empty');
    expect(server.requests).toHaveLength(1);
  });

  it('response.items throws the same way in the official loop', async () => {
    const server = scriptedServer([{ itemStruct: { videos: items('a'), cursor: '5', hasMore: false } }]);
    const response = await server.api.public.music({ id: '28459463' });
    expect(() => response.items).toThrow(/public\.music.*videos/);
  });

  it('itemsField overrides the declared field on every page, for items() and pages()', async () => {
    const bodies = [
      { videos: items('a', 'b'), cursor: '2', hasMore: true },
      { videos: items('c'), cursor: '3', hasMore: false },
    ];
    const viaItems = scriptedServer(bodies);
    const stream = viaItems.api.public.posts.items({ secUid }, { itemsField: 'videos' });
    expect(ids(await collect(stream))).toEqual(['a', 'b', 'c']);
    expect(stream.stopReason).toBe('end');
    const viaPages = scriptedServer(bodies);
    const pages = await collect(viaPages.api.public.posts.pages({ secUid }, { itemsField: 'videos' }));
    expect(ids(pages.flatMap((p) => p.items))).toEqual(['a', 'b', 'c']);
  });

  it('an itemsField override also decides what an empty page is', async () => {
    const server = scriptedServer([
      { videos: items('a'), itemList: [], cursor: '2', hasMore: true },
      { videos: [], itemList: items('x'), cursor: '3', hasMore: true },
    ]);
    const stream = server.api.public.posts.items({ secUid }, { itemsField: 'videos' });
    expect(ids(await collect(stream))).toEqual(['a']);
    expect(stream.stopReason).toBe('empty-page');
    expect(server.requests).toHaveLength(2);
  });

  it('the first present declared field is used (public.search: item_list, user_list, data, sug_list)', async () => {
    const server = scriptedServer([
      { user_list: items('u1'), nextCursor: '1', hasMore: true },
      { data: items('d1'), item_list: items('i1'), nextCursor: '2', hasMore: false },
    ]);
    const got = await collect(server.api.public.search.items({ category: 'users', query: 'lilyachty' }));
    expect(ids(got)).toEqual(['u1', 'i1']);
    expect(server.requests.map((r) => r.path)).toEqual(['/public/search/users', '/public/search/users']);
  });
});

import { describe, expect, it } from 'vitest';
import { collect, endpointOf, ids, officialLoop, scriptedServer } from './fake-api.test-helper.js';

const secUid = 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud';
const items = (...names: string[]) => names.map((id) => ({ id }));

describe('where a run stops (official loop)', () => {
  it('stops on a cursor already requested in this run', async () => {
    const server = scriptedServer([
      { itemList: items('a'), cursor: '10', hasMore: true },
      { itemList: items('b'), cursor: '20', hasMore: true },
      { itemList: items('c'), cursor: '10', hasMore: true },
    ]);
    const pages = await officialLoop(server.api.public.posts({ secUid }));
    expect(server.requests.map((r) => r.query.cursor)).toEqual([undefined, '10', '20']);
    expect(pages.map((p) => p.stopReason)).toEqual([undefined, undefined, 'repeated-cursor']);
    expect(pages[2]?.cursor).toBeNull();
    expect(server.problems).toEqual([]);
  });

  it('stops when a server hands back the cursor it was asked for', async () => {
    const server = scriptedServer([
      { comments: items('a'), cursor: 30, has_more: 1 },
      { comments: items('b'), cursor: 30, has_more: 1 },
    ]);
    const stream = server.api.user.posts.comments.list.items({ media_id: '7109178205151464746' });
    expect(ids(await collect(stream))).toEqual(['a', 'b']);
    expect(stream.stopReason).toBe('repeated-cursor');
    expect(server.requests).toHaveLength(2);
  });

  it('stops with missing-cursor when has-more is true but no usable cursor comes', async () => {
    for (const cursor of [undefined, null, '', Number.NaN, true]) {
      const server = scriptedServer([{ itemList: items('a'), hasMore: true, ...(cursor === undefined ? {} : { cursor }) }]);
      const pages = await officialLoop(server.api.public.posts({ secUid }));
      expect(pages).toHaveLength(1);
      expect(pages[0]?.stopReason, String(cursor)).toBe('missing-cursor');
      expect(pages[0]?.nextItems()).toBeNull();
      expect(server.requests).toHaveLength(1);
    }
  });

  it('ends without flag and without cursor', async () => {
    const server = scriptedServer([{ itemList: items('a') }]);
    const pages = await officialLoop(server.api.public.posts({ secUid }));
    expect(pages[0]?.stopReason).toBe('end');
  });

  it('goes on without a flag while a new cursor comes', async () => {
    const server = scriptedServer([{ itemList: items('a'), cursor: '5' }, { itemList: items('b') }]);
    const pages = await officialLoop(server.api.public.posts({ secUid }));
    expect(server.requests.map((r) => r.query.cursor)).toEqual([undefined, '5']);
    expect(pages.map((p) => p.stopReason)).toEqual([undefined, 'end']);
  });

  it.each([0, '0'])('treats cursor %j handed back on the first page as the first position again', async (cursor) => {
    const server = scriptedServer([{ itemList: items('a'), cursor, hasMore: true }]);
    const pages = await officialLoop(server.api.public.posts({ secUid }));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.stopReason).toBe('repeated-cursor');
    expect(server.requests).toHaveLength(1);
  });

  it('never goes back to the first position, also in a run resumed further on', async () => {
    const server = scriptedServer([
      { itemList: items('x'), cursor: '80', hasMore: true },
      { itemList: items('y'), cursor: 0, hasMore: true },
    ]);
    const pages = await officialLoop(server.api.public.posts({ secUid, cursor: '50' }));
    expect(server.requests.map((r) => r.query.cursor)).toEqual(['50', '80']);
    expect(pages.map((p) => p.stopReason)).toEqual([undefined, 'repeated-cursor']);
  });

  it('sends string and numeric cursors back as the same text, and sees them as the same value', async () => {
    const server = scriptedServer([
      { itemList: items('a'), cursor: 30, hasMore: true },
      { itemList: items('b'), cursor: '60', hasMore: true },
      { itemList: items('c'), cursor: '30', hasMore: true },
    ]);
    const pages = await officialLoop(server.api.public.posts({ secUid }));
    expect(server.requests.map((r) => r.query.cursor)).toEqual([undefined, '30', '60']);
    expect(pages.map((p) => p.cursor)).toEqual([30, '60', null]);
    expect(pages[2]?.stopReason).toBe('repeated-cursor');
  });

  it('sends a string cursor for a number-typed param as-is', async () => {
    const server = scriptedServer([
      { userList: items('a'), nextCursor: '1700000000123', hasMore: true },
      { userList: items('b'), nextCursor: 0, hasMore: false },
    ]);
    await officialLoop(server.api.public.followersList({ secUid }));
    expect(server.requests[1]?.query.nextCursor).toBe('1700000000123');
  });

  it('reads has_more as 1/0 (and true/false)', async () => {
    const server = scriptedServer([
      { comments: items('a'), cursor: 20, has_more: 1 },
      { comments: items('b'), cursor: 40, has_more: true },
      { comments: items('c'), cursor: 60, has_more: 0 },
    ]);
    const pages = await officialLoop(server.api.public.commentsList({ media_id: '7109178205151464746' }));
    expect(server.requests.map((r) => r.query.cursor)).toEqual([undefined, '20', '40']);
    expect(pages.map((p) => p.stopReason)).toEqual([undefined, undefined, 'end']);
    expect(pages[2]?.cursor).toBeNull();
  });

  it('ends on hasMore false even with a cursor and items present', async () => {
    const server = scriptedServer([{ itemList: items('a'), cursor: '99', hasMore: false }]);
    const pages = await officialLoop(server.api.public.posts({ secUid }));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.stopReason).toBe('end');
    expect(pages[0]?.cursor).toBeNull();
  });

  it('stops on an empty page even when has-more says true', async () => {
    const server = scriptedServer([
      { itemList: items('a'), cursor: '5', hasMore: true },
      { itemList: [], cursor: '10', hasMore: true },
    ]);
    const pages = await officialLoop(server.api.public.posts({ secUid }));
    expect(pages.map((p) => p.stopReason)).toEqual([undefined, 'empty-page']);
    expect(server.requests).toHaveLength(2);
  });

  it('reads public.music inside its itemStruct container, never a cursor at the body root', async () => {
    const server = scriptedServer([
      { musicInfo: { id: 'm' }, cursor: '999', itemStruct: { itemList: items('a', 'b'), cursor: '2', hasMore: true } },
      { cursor: '999', itemStruct: { itemList: items('c'), hasMore: true } },
    ]);
    const pages = await officialLoop(server.api.public.music({ id: '28459463' }));
    expect(server.requests.map((r) => r.query.cursor)).toEqual([undefined, '2']);
    expect(ids(pages.flatMap((p) => p.items))).toEqual(['a', 'b', 'c']);
    expect(pages[1]?.stopReason).toBe('missing-cursor');
  });

  it('reads the has-more flag at the body root when the container has none', async () => {
    const server = scriptedServer([{ hasMore: false, itemStruct: { itemList: items('a'), cursor: '1' } }]);
    const pages = await officialLoop(server.api.public.music({ id: '28459463' }));
    expect(pages[0]?.stopReason).toBe('end');
    expect(server.requests).toHaveLength(1);
  });

  it('reads user.notifications from notice_lists[0] and sends only min_time back', async () => {
    const server = scriptedServer([
      {
        notice_lists: [{ notice_list: items('n1', 'n2'), has_more: 1, min_time: 1690000100, max_time: 1690000900 }],
        status_code: 0,
      },
      { notice_lists: [{ notice_list: items('n3'), has_more: 0, min_time: 1690000000, max_time: 1690000099 }] },
    ]);
    const stream = server.api.user.notifications.items({ filter: 'likes', count: 20 });
    expect(ids(await collect(stream))).toEqual(['n1', 'n2', 'n3']);
    expect(server.requests.map((r) => r.query)).toEqual([
      { filter: 'likes', count: '20' },
      { filter: 'likes', count: '20', min_time: '1690000100' },
    ]);
    expect(server.requests[1]?.accountKey).toBe('a');
    expect(stream.stopReason).toBe('end');
  });

  it('ends user.notifications when notice_lists is empty', async () => {
    const server = scriptedServer([{ notice_lists: [], has_more: 1 }]);
    const pages = await officialLoop(server.api.user.notifications());
    expect(pages[0]?.items).toEqual([]);
    expect(pages[0]?.stopReason).toBe('missing-cursor');
  });

  it('counts pages for page style (user.live.transactionHistory)', async () => {
    const server = scriptedServer([
      { transactions: items('t1', 't2'), hasMore: true },
      { transactions: items('t3', 't4'), has_more: 1 },
      { transactions: items('t5') },
      { transactions: [] },
    ]);
    const pages = await officialLoop(server.api.user.live.transactionHistory({ count: 2 }));
    expect(server.requests.map((r) => r.query)).toEqual([
      { count: '2' },
      { count: '2', page: '2' },
      { count: '2', page: '3' },
      { count: '2', page: '4' },
    ]);
    expect(ids(pages.flatMap((p) => p.items))).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(pages.map((p) => p.cursor)).toEqual([2, 3, 4, null]);
    expect(pages[3]?.stopReason).toBe('empty-page');
  });

  it('page style: a start page is counted on from, and has-more false ends', async () => {
    const server = scriptedServer([
      { transactions: items('t7'), hasMore: true },
      { transactions: items('t8'), hasMore: false },
    ]);
    const pages = await officialLoop(endpointOf(server.api, 'user.live.transactionHistory')({ page: 7 }));
    expect(server.requests.map((r) => r.query.page)).toEqual(['7', '8']);
    expect(pages[1]?.stopReason).toBe('end');
  });

  it('nextItems() is null for endpoints that do not page', async () => {
    const server = scriptedServer([{ userInfo: { user: { id: 'u' } }, cursor: '5', hasMore: true }]);
    const response = await server.api.public.check({ username: 'lilyachty' });
    expect(response.nextItems()).toBeNull();
    expect(response.cursor).toBeNull();
    expect(response.stopReason).toBe('not-paged');
    expect(response.items).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('the official loop ends after one page for endpoints that do not page', async () => {
    const server = scriptedServer([{ itemList: items('x'), cursor: '5', hasMore: true }]);
    const pages = await officialLoop(server.api.public.explore());
    expect(pages).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
  });
});

// Every paged endpoint, paged to its end through the SDK: every item exactly once, the last page says so.
import { allEndpoints, type EndpointDescriptor } from '@tokkit/core';
import { describe, expect, it } from 'vitest';
import { pagingStyles } from '../src/paging.js';
import { at, endpointOf, exampleParams, identityOf, LILYACHTY_SECUID, sdk, startSandbox } from './helpers.js';

const sizes = { lilyachtyPosts: 47, anchorComments: 61, lists: 23 };

/** How many items each paged endpoint's example call must yield in total. */
function expectedTotal(key: string): number {
  if (key === 'public.posts' || key === 'user.posts.feed') return sizes.lilyachtyPosts;
  if (key === 'public.commentsList' || key === 'user.posts.comments.list') return sizes.anchorComments;
  if (key === 'public.discover') return sizes.lists; // users
  return sizes.lists;
}

/** Small pages, so every list takes several. */
function smallPages(endpoint: EndpointDescriptor): Record<string, unknown> {
  const params = exampleParams(endpoint);
  if ('count' in endpoint.params) params.count = 5;
  if ('limit' in endpoint.params) params.limit = 4;
  delete params[endpoint.paging?.param ?? ''];
  return params;
}

const paged = allEndpoints.filter((e) => e.paging);

describe('paging to the end', async () => {
  const sb = await startSandbox({ sizes });
  const api = sdk(sb.url);

  it('knows a style for every paged endpoint (and only those)', () => {
    expect(Object.keys(pagingStyles).sort()).toEqual(paged.map((e) => e.key).sort());
  });

  it.each(paged.map((e) => [e.key, e] as const))('%s', async (key, endpoint) => {
    const pages = [];
    for await (const page of endpointOf(api, key).pages(smallPages(endpoint))) pages.push(page);
    const items = pages.flatMap((p) => p.items);
    const ids = items.map(identityOf);
    expect(new Set(ids).size, `${key}: duplicates`).toBe(ids.length);
    expect(items.length).toBe(expectedTotal(key));
    expect(pages.length).toBeGreaterThan(1);
    const last = pages[pages.length - 1];
    expect(last?.stopReason).toBe('end');
    for (const page of pages.slice(0, -1)) expect(page.stopReason).toBeUndefined();
  });

  it.each([
    ['public.discover', { category: 'music', count: 6 }, sizes.lists],
    ['public.discover', { category: 'hashtag', count: 6 }, 20],
    ['public.search', { category: 'users', query: 'lilyachty' }, sizes.lists],
    ['public.search', { category: 'videos', query: 'cats' }, sizes.lists],
    ['public.search', { category: 'autocomplete', query: 'cats' }, sizes.lists],
    ['user.posts.search', { category: 'users', query: 'dance' }, sizes.lists],
    ['user.notifications', { filter: 'followers', count: 4 }, sizes.lists],
    ['user.live.list', { sort: 0, count: 4 }, sizes.lists],
    ['public.hashtag', { name: 'lilyachty', count: 4 }, sizes.lists],
    ['public.posts', { user_id: '6569595380449902597', secUid: LILYACHTY_SECUID, count: 30 }, sizes.lilyachtyPosts],
    ['user.posts.feed', { count: 4 }, sizes.lists],
  ] as const)('%s %j', async (key, params, total) => {
    const seen: string[] = [];
    for await (const item of endpointOf(api, key).items({ ...params })) seen.push(identityOf(item));
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('items() walks the same lists item by item', async () => {
    const stream = api.public.followersList.items({ secUid: LILYACHTY_SECUID, count: 7 });
    const seen: string[] = [];
    for await (const user of stream) seen.push(identityOf(user));
    expect(seen).toHaveLength(sizes.lists);
    expect(new Set(seen).size).toBe(sizes.lists);
    expect(stream.stopReason).toBe('end');
  });

  it('honours each style on the wire', async () => {
    const posts = await api.public.posts({ secUid: LILYACHTY_SECUID, count: 5 });
    expect(typeof at(posts.json, 'cursor')).toBe('string');
    expect(at(posts.json, 'hasMore')).toBe(true);
    const comments = await api.public.commentsList({ media_id: '7109178205151464746', count: 5 });
    expect(typeof at(comments.json, 'cursor')).toBe('number');
    expect(at(comments.json, 'has_more')).toBe(1);
    const followers = await api.public.followersList({ secUid: LILYACHTY_SECUID });
    expect(typeof at(followers.json, 'nextCursor')).toBe('number');
    const search = await api.public.search({ category: 'users', query: 'lilyachty' });
    expect(typeof at(search.json, 'nextCursor')).toBe('string');
    expect(at(search.json, 'user_list.0.user_info.unique_id')).toBe('lilyachty');
    const discover = await api.public.discover({ category: 'music', count: 5 });
    expect(at(discover.json, 'offset')).toBe(5);
    const music = await api.public.music({ id: '28459463', count: 5 });
    expect(at(music.json, 'itemStruct.cursor')).toBe('5');
    expect(at(music.json, 'itemStruct.hasMore')).toBe(true);
    const user = api.user({ accountKey: 'DemoAccountKeyTokenSeHYGXDfd4SFD320Sc39A' });
    const notices = await user.notifications({ count: 5 });
    const list = at(notices.json, 'notice_lists.0') as Record<string, unknown>;
    expect(list.has_more).toBe(true);
    expect(list.min_time).toBe(at(list, 'notice_list.4.create_time'));
    const wallet = await user.live.transactionHistory({ count: 5 });
    expect(wallet.cursor).toBe(2);
    const chat = await user.live.chat({ room_id: '7112492061034646278' });
    expect(typeof at(chat.json, 'nextCursor')).toBe('string');
    const lives = await user.live.list({ count: 5 });
    expect(at(lives.json, 'offset')).toBe(5);
    const messages = await user.messages({
      conversation_id: '0:1:684574219823284956:69402435203845897564',
      conversation_short_id: '6940245147502654884',
    });
    expect(typeof at(messages.json, 'nextCursor')).toBe('number');
  });

  it('caps count at 30 and answers past the end with an empty last page', async () => {
    const page = await api.public.commentsList({ media_id: '7109178205151464746', count: 30 });
    expect(page.items).toHaveLength(30);
    const past = await api.public.commentsList({ media_id: '7109178205151464746', cursor: 10_000 });
    expect(past.items).toHaveLength(0);
    expect(at(past.json, 'has_more')).toBe(0);
  });
});

describe("lilyachty's 1,000 posts", async () => {
  const sb = await startSandbox();
  const api = sdk(sb.url);

  it('pages through all of them, newest first, each once', async () => {
    const stream = api.public.posts.items<{ id: string; createTime: number; author: { secUid: string } }>({ secUid: LILYACHTY_SECUID });
    const posts = [];
    for await (const post of stream) posts.push(post);
    expect(posts).toHaveLength(1000);
    expect(new Set(posts.map((p) => p.id)).size).toBe(1000);
    expect(posts.every((p) => p.author.secUid === LILYACHTY_SECUID)).toBe(true);
    for (let i = 1; i < posts.length; i++) expect(posts[i]!.createTime).toBeLessThan(posts[i - 1]!.createTime);
    expect(stream.stopReason).toBe('end');
    expect(posts[0]?.id).toBe('7109178205151464746');
    expect(posts[1]?.id).toBe('7003402629929913605');
  });
});

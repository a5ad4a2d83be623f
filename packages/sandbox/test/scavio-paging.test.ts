// Scavio's three paging styles walked to their end over real HTTP, with exact item counts, and the same entities
// in the same order as TikAPI's routes of the same sandbox.
import { describe, expect, it } from 'vitest';
import { LILYACHTY_SECUID, startSandbox } from './helpers.js';
import {
  dataOf,
  EXAMPLE_COMMENT,
  EXAMPLE_VIDEO,
  LILYACHTY_HASHTAG,
  scavioPost,
  walkScavio,
  walkTikAPI,
} from './provider-helpers.js';

const ids = (items: Record<string, unknown>[], field: string) => items.map((item) => String(item[field]));
const nested = (items: Record<string, unknown>[], outer: string, field: string) =>
  items.map((item) => String((item[outer] as Record<string, unknown>)[field]));

describe('Scavio paging, default world (1000 posts, 5000 comments, lists of 50)', async () => {
  const sb = await startSandbox();

  it('user/posts pages lilyachty through the same 1000 posts as TikAPI public/posts (max_cursor, has_more 0/1)', async () => {
    const { items, pages } = await walkScavio(sb.url, 'user/posts', { sec_user_id: LILYACHTY_SECUID, count: 30 }, 'max_cursor', 'aweme_list');
    expect(items).toHaveLength(1000);
    expect(pages).toBe(34);
    expect(new Set(ids(items, 'aweme_id')).size).toBe(1000);
    const tikapi = await walkTikAPI(sb.url, '/public/posts', { secUid: LILYACHTY_SECUID, count: 30 }, 'cursor', 'itemList');
    expect(ids(items, 'aweme_id')).toEqual(ids(tikapi, 'id'));
    expect(items[0]?.aweme_id).toBe(EXAMPLE_VIDEO);
    const times = items.map((item) => Number(item.create_time));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('user/posts max_cursor is a number (ms time of the page`s last post) and the last page says has_more 0', async () => {
    const first = dataOf(await scavioPost(sb.url, 'user/posts', { sec_user_id: LILYACHTY_SECUID, count: 30 }));
    const list = first.aweme_list as Record<string, unknown>[];
    expect(first.has_more).toBe(1);
    expect(first.max_cursor).toBe(Number(list.at(-1)?.create_time) * 1000);
    const next = dataOf(await scavioPost(sb.url, 'user/posts', { sec_user_id: LILYACHTY_SECUID, count: 30, cursor: first.max_cursor }));
    expect((next.aweme_list as unknown[]).length).toBe(30);
  });

  it('user/posts sort_type "1" pages the same 1000 posts, most played first', async () => {
    const body = { sec_user_id: LILYACHTY_SECUID, count: 30, sort_type: '1' };
    const { items } = await walkScavio(sb.url, 'user/posts', body, 'max_cursor', 'aweme_list');
    expect(items).toHaveLength(1000);
    const plays = items.map((item) => Number((item.statistics as Record<string, unknown>).play_count));
    expect(plays).toEqual([...plays].sort((a, b) => b - a));
    const latest = await walkScavio(sb.url, 'user/posts', { sec_user_id: LILYACHTY_SECUID, count: 30 }, 'max_cursor', 'aweme_list');
    expect(new Set(ids(items, 'aweme_id'))).toEqual(new Set(ids(latest.items, 'aweme_id')));
  });

  it('video/comments gives the example video`s 5000 comments, the same as TikAPI comment/list (data.cursor)', async () => {
    const { items, pages } = await walkScavio(sb.url, 'video/comments', { video_id: EXAMPLE_VIDEO, count: 50 }, 'cursor', 'comments');
    expect(items).toHaveLength(5000);
    expect(pages).toBe(100);
    expect(items[0]?.cid).toBe(EXAMPLE_COMMENT);
    const tikapi = await walkTikAPI(sb.url, '/public/comment/list', { media_id: EXAMPLE_VIDEO, count: 30 }, 'cursor', 'comments');
    expect(ids(items, 'cid')).toEqual(ids(tikapi, 'cid'));
    expect(new Set(ids(items, 'cid')).size).toBe(5000);
  });

  it('video/comments/replies gives the example comment`s 50 replies, as TikAPI comment/reply/list', async () => {
    const body = { video_id: EXAMPLE_VIDEO, comment_id: EXAMPLE_COMMENT, count: 7 };
    const { items, pages } = await walkScavio(sb.url, 'video/comments/replies', body, 'cursor', 'comments');
    expect(items).toHaveLength(50);
    expect(pages).toBe(8);
    const tikapi = await walkTikAPI(
      sb.url,
      '/public/comment/reply/list',
      { media_id: EXAMPLE_VIDEO, comment_id: EXAMPLE_COMMENT },
      'cursor',
      'comments',
    );
    expect(ids(items, 'cid')).toEqual(ids(tikapi, 'cid'));
  });

  it('user/followers and user/followings page by page_token + min_time to has_more false, as TikAPI`s lists', async () => {
    for (const [endpoint, field, path] of [
      ['user/followers', 'followers', '/public/followers'],
      ['user/followings', 'followings', '/public/following'],
    ] as const) {
      const { items, pages } = await walkScavio(sb.url, endpoint, { sec_user_id: LILYACHTY_SECUID, count: 20 }, 'token_time', field);
      expect(items).toHaveLength(50);
      expect(pages).toBe(3);
      const tikapi = await walkTikAPI(sb.url, path, { secUid: LILYACHTY_SECUID, count: 30 }, 'nextCursor', 'userList');
      expect(ids(items, 'sec_uid')).toEqual(nested(tikapi, 'user', 'secUid'));
      expect(ids(items, 'uid')).toEqual(nested(tikapi, 'user', 'id'));
    }
  });

  it('followers: next_page_token is a string and min_time a number that falls page by page', async () => {
    const first = dataOf(await scavioPost(sb.url, 'user/followers', { sec_user_id: LILYACHTY_SECUID }));
    expect((first.followers as unknown[]).length).toBe(20);
    expect(typeof first.next_page_token).toBe('string');
    expect(typeof first.min_time).toBe('number');
    const second = dataOf(
      await scavioPost(sb.url, 'user/followers', { sec_user_id: LILYACHTY_SECUID, page_token: first.next_page_token, min_time: first.min_time }),
    );
    expect(Number(second.min_time)).toBeLessThan(Number(first.min_time));
  });

  it('search/videos and search/users page by data.cursor through the same results as TikAPI search', async () => {
    const videos = await walkScavio(sb.url, 'search/videos', { keyword: 'lilyachty', count: 30 }, 'cursor', 'aweme_list');
    expect(videos.items).toHaveLength(50);
    const tikVideos = await walkTikAPI(sb.url, '/public/search/videos', { query: 'lilyachty' }, 'nextCursor', 'item_list');
    expect(ids(videos.items, 'aweme_id')).toEqual(ids(tikVideos, 'id'));

    const users = await walkScavio(sb.url, 'search/users', { keyword: 'lilyachty', count: 30 }, 'cursor', 'user_list');
    expect(users.items).toHaveLength(50);
    expect(nested(users.items, 'user_info', 'unique_id')[0]).toBe('lilyachty');
    const tikUsers = await walkTikAPI(sb.url, '/public/search/users', { query: 'lilyachty' }, 'nextCursor', 'user_list');
    expect(nested(users.items, 'user_info', 'uid')).toEqual(nested(tikUsers, 'user_info', 'uid'));
  });

  it('hashtag/videos pages #lilyachty`s posts by data.cursor, as TikAPI public/hashtag', async () => {
    const { items } = await walkScavio(sb.url, 'hashtag/videos', { hashtag_id: LILYACHTY_HASHTAG, count: 30 }, 'cursor', 'aweme_list');
    expect(items).toHaveLength(50);
    const tikapi = await walkTikAPI(sb.url, '/public/hashtag', { id: LILYACHTY_HASHTAG }, 'cursor', 'itemList');
    expect(ids(items, 'aweme_id')).toEqual(ids(tikapi, 'id'));
    for (const item of items) expect((item.cha_list as { cid: string }[])[0]?.cid).toBe(LILYACHTY_HASHTAG);
  });

  it('search/videos filters: publish_time keeps the last N days, sort_type "1" the most liked first', async () => {
    const worldNow = 1_717_200_000;
    for (const days of [1, 7, 30, 180]) {
      const body = { keyword: 'cooking recipe', count: 7, publish_time: String(days) };
      const { items } = await walkScavio(sb.url, 'search/videos', body, 'cursor', 'aweme_list');
      expect(items, `publish_time ${days}`).toHaveLength(50);
      expect(new Set(ids(items, 'aweme_id')).size).toBe(50);
      for (const item of items) expect(Number(item.create_time)).toBeGreaterThanOrEqual(worldNow - days * 86_400);
    }
    const all = (await walkScavio(sb.url, 'search/videos', { keyword: 'lilyachty', count: 30 }, 'cursor', 'aweme_list')).items;
    const liked = (await walkScavio(sb.url, 'search/videos', { keyword: 'lilyachty', count: 30, sort_type: '1' }, 'cursor', 'aweme_list')).items;
    const likes = liked.map((item) => Number((item.statistics as Record<string, unknown>).digg_count));
    expect(likes).toEqual([...likes].sort((a, b) => b - a));
    expect(new Set(ids(liked, 'aweme_id'))).toEqual(new Set(ids(all, 'aweme_id')));
    const both = { keyword: 'cooking recipe', count: 30, sort_type: '1', publish_time: '7' };
    const recentLiked = (await walkScavio(sb.url, 'search/videos', both, 'cursor', 'aweme_list')).items;
    const recentLikes = recentLiked.map((item) => Number((item.statistics as Record<string, unknown>).digg_count));
    expect(recentLikes).toEqual([...recentLikes].sort((a, b) => b - a));
  });

  it('a cursor past the end gives an empty last page', async () => {
    const data = dataOf(await scavioPost(sb.url, 'video/comments', { video_id: EXAMPLE_VIDEO, cursor: '99999' }));
    expect(data.comments).toEqual([]);
    expect(data.has_more).toBe(0);
  });
});

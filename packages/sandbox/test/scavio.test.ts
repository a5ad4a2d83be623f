// The Scavio replica over real HTTP: every endpoint answers with `data` and the credit fields, and the same
// accounts, videos, comments and hashtags as TikAPI's routes of the same sandbox.
import { type EndpointDescriptor, scavioEndpoints } from '@tokkit/core';
import { describe, expect, it } from 'vitest';
import { LILYACHTY_ID, LILYACHTY_SECUID, startSandbox } from './helpers.js';
import { at } from './helpers.js';
import { dataOf, EXAMPLE_COMMENT, EXAMPLE_VIDEO, LILYACHTY_HASHTAG, scavioPost, tikapiGet } from './provider-helpers.js';

/** A call of each endpoint on entities of the sandbox's world, and paths its `data` must hold. */
const calls: Readonly<Record<string, { path: string; body: Record<string, unknown>; expect: readonly string[] }>> = {
  profile: { path: 'profile', body: { username: 'lilyachty' }, expect: ['user.sec_uid', 'user.uid', 'user.follower_count', 'user.avatar_larger.url_list.0'] },
  'user.posts': { path: 'user/posts', body: { sec_user_id: LILYACHTY_SECUID }, expect: ['aweme_list.0.aweme_id', 'aweme_list.0.statistics.digg_count', 'max_cursor', 'has_more'] },
  'user.followers': { path: 'user/followers', body: { sec_user_id: LILYACHTY_SECUID }, expect: ['followers.0.sec_uid', 'next_page_token', 'min_time', 'has_more'] },
  'user.followings': { path: 'user/followings', body: { sec_user_id: LILYACHTY_SECUID }, expect: ['followings.0.unique_id', 'next_page_token', 'min_time'] },
  video: { path: 'video', body: { video_id: EXAMPLE_VIDEO }, expect: ['aweme_detail.aweme_id', 'aweme_detail.video.play_addr.url_list.0', 'aweme_detail.music.id', 'aweme_detail.cha_list'] },
  'video.comments': { path: 'video/comments', body: { video_id: EXAMPLE_VIDEO }, expect: ['comments.0.cid', 'comments.0.user.unique_id', 'cursor', 'has_more', 'total'] },
  'video.comments.replies': { path: 'video/comments/replies', body: { video_id: EXAMPLE_VIDEO, comment_id: EXAMPLE_COMMENT }, expect: ['comments.0.cid', 'cursor'] },
  'search.videos': { path: 'search/videos', body: { keyword: 'cooking recipe', count: 10, publish_time: '7' }, expect: ['aweme_list.0.aweme_id', 'cursor'] },
  'search.users': { path: 'search/users', body: { keyword: 'lilyachty' }, expect: ['user_list.0.user_info.sec_uid', 'cursor'] },
  hashtag: { path: 'hashtag', body: { hashtag_name: 'fyp' }, expect: ['challengeInfo.challenge.id', 'challengeInfo.challenge.title', 'challengeInfo.stats.viewCount'] },
  'hashtag.videos': { path: 'hashtag/videos', body: { hashtag_id: LILYACHTY_HASHTAG }, expect: ['aweme_list.0.aweme_id', 'cursor', 'has_more'] },
};

describe('every Scavio endpoint answers', async () => {
  const sb = await startSandbox();

  it('the table covers the 11 endpoints of the descriptors', () => {
    expect(scavioEndpoints.map((e) => e.key).sort()).toEqual(Object.keys(calls).sort());
  });

  it.each(scavioEndpoints.map((e): [string, EndpointDescriptor] => [e.key, e]))('%s', async (key, endpoint) => {
    const call = calls[key];
    if (!call) throw new Error(`no call for ${key}`);
    expect(endpoint.path).toBe(`/api/v1/tiktok/${call.path}`);
    const reply = await scavioPost(sb.url, call.path, call.body);
    expect(reply.status, JSON.stringify(reply.json)).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    expect(reply.json.credits_used).toBe(1);
    expect(typeof reply.json.credits_remaining).toBe('number');
    expect(typeof reply.json.response_time).toBe('number');
    for (const path of call.expect) expect(at(reply.json.data, path), `${key}: data.${path}`).not.toBeUndefined();
    if (endpoint.paging) {
      const items = at(reply.json.data, endpoint.paging.items[0] ?? '');
      expect(Array.isArray(items) && items.length > 0, `${key}: items`).toBe(true);
    }
  });

  it('response_time is the same for the same request, and small', async () => {
    const a = await scavioPost(sb.url, 'video', { video_id: EXAMPLE_VIDEO });
    const b = await scavioPost(sb.url, 'video', { video_id: EXAMPLE_VIDEO });
    expect(a.json.response_time).toBe(b.json.response_time);
    expect(Number(a.json.response_time)).toBeGreaterThan(0);
    expect(Number(a.json.response_time)).toBeLessThan(2000);
  });
});

describe('Scavio and TikAPI show one world', async () => {
  const sb = await startSandbox();

  it('profile of lilyachty has the sec_uid, uid and counts of TikAPI public/check', async () => {
    const tikapi = await tikapiGet(sb.url, '/public/check', { username: 'lilyachty' });
    const user = (at(tikapi, 'userInfo.user') ?? {}) as Record<string, unknown>;
    const stats = (at(tikapi, 'userInfo.stats') ?? {}) as Record<string, unknown>;
    const byName = dataOf(await scavioPost(sb.url, 'profile', { username: 'lilyachty' })).user as Record<string, unknown>;
    const bySecUid = dataOf(await scavioPost(sb.url, 'profile', { sec_user_id: LILYACHTY_SECUID })).user;
    expect(bySecUid).toEqual(byName);
    expect(byName).toMatchObject({
      uid: LILYACHTY_ID,
      sec_uid: LILYACHTY_SECUID,
      unique_id: 'lilyachty',
      nickname: user.nickname,
      signature: user.signature,
      follower_count: stats.followerCount,
      following_count: stats.followingCount,
      total_favorited: stats.heartCount,
      aweme_count: stats.videoCount,
    });
    expect(user.secUid).toBe(LILYACHTY_SECUID);
    expect(user.id).toBe(LILYACHTY_ID);
  });

  it('video has the caption, time and counters of TikAPI public/video', async () => {
    const tikapi = (at(await tikapiGet(sb.url, '/public/video', { id: EXAMPLE_VIDEO }), 'itemInfo.itemStruct') ?? {}) as Record<string, never>;
    const detail = dataOf(await scavioPost(sb.url, 'video', { video_id: EXAMPLE_VIDEO })).aweme_detail as Record<string, unknown>;
    expect(detail).toMatchObject({
      aweme_id: EXAMPLE_VIDEO,
      desc: tikapi.desc,
      create_time: tikapi.createTime,
      statistics: {
        digg_count: at(tikapi, 'stats.diggCount'),
        comment_count: at(tikapi, 'stats.commentCount'),
        play_count: at(tikapi, 'stats.playCount'),
        share_count: at(tikapi, 'stats.shareCount'),
        collect_count: at(tikapi, 'stats.collectCount'),
      },
      music: { id: at(tikapi, 'music.id'), title: at(tikapi, 'music.title') },
    });
    expect(at(detail, 'author.sec_uid')).toBe(LILYACHTY_SECUID);
    expect(at(detail, 'video.duration')).toBe(Number(at(tikapi, 'video.duration')) * 1000);
  });

  it('hashtag by name and by ID is TikAPI`s #lilyachty', async () => {
    const tikapi = await tikapiGet(sb.url, '/public/hashtag', { name: 'lilyachty' });
    const byName = dataOf(await scavioPost(sb.url, 'hashtag', { hashtag_name: 'lilyachty' }));
    const byId = dataOf(await scavioPost(sb.url, 'hashtag', { hashtag_id: LILYACHTY_HASHTAG }));
    expect(byId).toEqual(byName);
    expect(at(byName, 'challengeInfo.challenge.id')).toBe(LILYACHTY_HASHTAG);
    expect(at(byName, 'challengeInfo.challenge.title')).toBe(at(tikapi, 'challengeInfo.challenge.title'));
    expect(at(byName, 'challengeInfo.stats')).toEqual(at(tikapi, 'challengeInfo.stats'));
    expect(at(byName, 'challengeInfo.challenge.stats')).toEqual(at(tikapi, 'challengeInfo.stats'));
  });

  it('a comment keeps its cid, text and time across both APIs', async () => {
    const tikapi = at(await tikapiGet(sb.url, '/public/comment/list', { media_id: EXAMPLE_VIDEO, count: '1' }), 'comments.0') as Record<string, unknown>;
    const scavio = at(dataOf(await scavioPost(sb.url, 'video/comments', { video_id: EXAMPLE_VIDEO, count: 1 })), 'comments.0') as Record<string, unknown>;
    expect(scavio).toMatchObject({ cid: tikapi.cid, text: tikapi.text, create_time: tikapi.create_time, digg_count: tikapi.digg_count, is_author_digged: 0 });
    expect(at(scavio, 'user.sec_uid')).toBe(at(tikapi, 'user.sec_uid'));
  });

  it('the same request gives the same data from two sandboxes', async () => {
    const other = await startSandbox();
    const body = { sec_user_id: LILYACHTY_SECUID, count: 5 };
    expect(dataOf(await scavioPost(other.url, 'user/posts', body))).toEqual(dataOf(await scavioPost(sb.url, 'user/posts', body)));
  });
});

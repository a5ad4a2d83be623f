// The Scavio replica over real HTTP: every endpoint answers with `data` and the credit fields, and the same
// accounts, videos, comments and hashtags as TikAPI's routes of the same sandbox.
import type { EndpointDescriptor } from '@tokkit/core';
import { scavioCatalogue } from '../src/catalogue.js';
import { describe, expect, it } from 'vitest';
import { at, LILYACHTY_ID, LILYACHTY_SECUID, startSandbox } from './helpers.js';
import { dataOf, EXAMPLE_VIDEO, LILYACHTY_HASHTAG, scavioCalls, scavioPost, tikapiGet } from './provider-helpers.js';

const scavioEndpoints = scavioCatalogue.endpoints;

describe('every Scavio endpoint answers', async () => {
  const sb = await startSandbox();

  it('the table covers the 11 endpoints of the descriptors', () => {
    expect(scavioEndpoints.map((e) => e.key).sort()).toEqual(Object.keys(scavioCalls).sort());
  });

  it.each(scavioEndpoints.map((e): [string, EndpointDescriptor] => [e.key, e]))('%s', async (key, endpoint) => {
    const call = scavioCalls[key];
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
    expect(at(byName, 'avatar_larger.url_list.0')).toBe(user.avatarLarger);
    expect(at(byName, 'avatar_thumb.url_list.0')).toBe(user.avatarThumb);
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

describe('the descriptors` example values are entities of the world', async () => {
  const sb = await startSandbox();
  const examples = (endpoint: EndpointDescriptor) =>
    Object.fromEntries(Object.entries(endpoint.params).flatMap(([name, spec]) => (spec.example === undefined ? [] : [[name, spec.example]])));

  it.each(scavioEndpoints.map((e): [string, EndpointDescriptor] => [e.key, e]))('Scavio %s answers its example call', async (key, endpoint) => {
    const body = examples(endpoint);
    if (endpoint.oneOf) for (const [, ...others] of endpoint.oneOf) for (const name of others) delete body[name];
    const reply = await scavioPost(sb.url, endpoint.path.replace('/api/v1/tiktok/', ''), body);
    expect(reply.status, `${key}: ${JSON.stringify(reply.json)}`).toBe(200);
  });

  it('the seed`s example account, video and hashtag look as the seed shows them', async () => {
    const user = dataOf(await scavioPost(sb.url, 'profile', { username: 'tiktok' })).user as Record<string, unknown>;
    expect(user).toMatchObject({ unique_id: 'tiktok', nickname: 'TikTok', uid: '107955', sec_uid: 'MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM' });
    const video = dataOf(await scavioPost(sb.url, 'video', { video_id: '7350810998023949599' })).aweme_detail as Record<string, unknown>;
    expect(video).toMatchObject({ aweme_id: '7350810998023949599', create_time: 1_711_494_099 });
    expect(at(video, 'author.unique_id')).toBe('tiktok');
    const first = at(dataOf(await scavioPost(sb.url, 'video/comments', { video_id: '7350810998023949599', count: 1 })), 'comments.0.cid');
    expect(first).toBe('7350811234567890123');
    expect(at(dataOf(await scavioPost(sb.url, 'hashtag', { hashtag_name: 'fyp' })), 'challengeInfo.challenge.id')).toBe('229207');
    const check = await tikapiGet(sb.url, '/public/check', { username: 'tiktok' });
    expect(at(check, 'userInfo.user.id')).toBe('107955');
    const posts = await tikapiGet(sb.url, '/public/posts', { secUid: String(user.sec_uid), count: '30' });
    const times = (posts.itemList as { createTime: number }[]).map((item) => item.createTime);
    expect(times[0]).toBe(1_711_494_099);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

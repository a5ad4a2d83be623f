// Every endpoint of the catalogue, called through the SDK over real HTTP with its documented example values.
import { allEndpoints, DEMO_API_KEY, DEMO_ACCOUNT_KEY } from '@tokkit/core';
import { describe, expect, it } from 'vitest';
import { at, endpointOf, exampleParams, sdk, startSandbox } from './helpers.js';

/** What each endpoint that does not page must answer: paths that must hold a value. */
const shapes: Readonly<Record<string, readonly string[]>> = {
  'public.check': ['userInfo.user.id', 'userInfo.user.secUid', 'userInfo.stats.videoCount'],
  'public.checkV3': ['userInfo.user.uniqueId', 'userInfo.stats.followerCount'],
  'user.info': ['userInfo.user.uniqueId', 'userInfo.stats.followerCount'],
  'public.explore': ['itemList.0.id', 'itemList.0.author.secUid', 'itemList.0.video.playAddr', 'itemList.0.music.id', 'itemList.0.stats.playCount'],
  'user.posts.explore': ['itemList.0.id'],
  'public.video': ['itemInfo.itemStruct.id', 'itemInfo.itemStruct.author.uniqueId', 'itemInfo.itemStruct.music.title'],
  'public.videoV2': ['itemInfo.itemStruct.id'],
  'public.videoV3': ['itemInfo.itemStruct.id'],
  'user.posts.video': ['itemInfo.itemStruct.id'],
  'public.relatedPosts': ['itemList.0.id'],
  'user.posts.relatedPosts': ['itemList.0.id'],
  'public.musicInfo': ['musicInfo.music.id', 'musicInfo.music.title', 'musicInfo.stats.videoCount'],
  'public.discoverKeyword': ['userList.0.user.uniqueId', 'musicList.0.music.id'],
  'user.edit': ['user.signature'],
  'user.analytics': ['vv_history.0.value', 'follower_num.value'],
  'user.verify': ['user.uniqueId'],
  'user.follow': ['follow_status', 'user.uniqueId'],
  'user.unfollow': ['user.uniqueId'],
  'user.posts.like': ['is_digg'],
  'user.posts.unlike': ['is_digg'],
  'user.posts.comments.post': ['comment.cid', 'comment.text', 'comment.user.unique_id'],
  'user.posts.comments.like': ['status_code'],
  'user.posts.comments.unlike': ['status_code'],
  'user.posts.comments.delete': ['msg'],
  'user.sendMessage': ['body.send_message_body.conversation_id'],
  'user.conversationRequests.messages': ['messages.0.text'],
  'user.conversationRequests.markRead': ['message'],
  'user.conversationRequests.delete': ['message'],
  'user.conversationRequests.accept': ['message'],
  'user.live.permissions': ['data.can_go_live'],
  'user.live.start': ['data.room.id', 'data.stream.push.url'],
  'user.live.stop': ['data.status'],
  'user.live.info': ['data.id', 'data.owner.unique_id'],
  'user.live.recommend': ['data.0.id'],
  'user.live.stats': ['data.room_stats.room_id'],
  'user.live.sendChat': ['data.msg_id'],
  'user.live.topics': ['data.0.name'],
  'user.live.analytics': ['data.days'],
  'user.live.details': ['data.id'],
  key: ['id', 'accounts.0.username', 'subscription_active'],
};

/** Where the items of each paged endpoint sit, for its example call. */
function itemsPath(key: string): string {
  const endpoint = allEndpoints.find((e) => e.key === key);
  const paging = endpoint?.paging;
  if (!paging) throw new Error(`${key} does not page`);
  const field = { 'public.search': 'data', 'user.posts.search': 'data' }[key] ?? paging.items[0];
  return paging.container ? `${paging.container}.${field}` : `${field}`;
}

describe('every endpoint answers its example call', async () => {
  const sb = await startSandbox({ sizes: { lilyachtyPosts: 40, anchorComments: 40, lists: 12 } });
  const api = sdk(sb.url, { logger: {} });

  it('covers the whole catalogue (74 endpoints), each paged or with a known shape', () => {
    expect(allEndpoints).toHaveLength(74);
    for (const endpoint of allEndpoints) {
      expect(Boolean(endpoint.paging) || endpoint.key in shapes, endpoint.key).toBe(true);
    }
  });

  it.each(allEndpoints.map((e) => [e.key, e] as const))('%s', async (key, endpoint) => {
    const response = await endpointOf(api, key)(exampleParams(endpoint));
    expect(response.statusCode).toBe(200);
    const json = response.json as Record<string, unknown>;
    expect(json.status).toBe('success');
    if (endpoint.paging) {
      const items = at(json, itemsPath(key));
      expect(Array.isArray(items), `${key}: items at ${itemsPath(key)}`).toBe(true);
      expect((items as unknown[]).length).toBeGreaterThan(0);
      expect(response.items).toEqual(items);
      expect(response.cursor ?? response.stopReason).not.toBeUndefined();
    } else {
      for (const path of shapes[key] ?? []) expect(at(json, path), `${key}: ${path}`).not.toBeUndefined();
    }
    const text = JSON.stringify(json);
    expect(text).not.toContain(DEMO_API_KEY);
    expect(text).not.toContain(DEMO_ACCOUNT_KEY);
  });
});

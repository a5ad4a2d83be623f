// The data: deterministic, TikTok-shaped, and consistent across endpoints.
import { allEndpoints, DEMO_ACCOUNT_KEY } from '@tokkit/core';
import { describe, expect, it } from 'vitest';
import { createSandboxHandler } from '../src/handler-entry.js';
import { at, DEMO_API_KEY, LILYACHTY_ID, LILYACHTY_SECUID, sdk, startSandbox } from './helpers.js';

type Json = Record<string, unknown>;

describe('the world', async () => {
  const sb = await startSandbox({ sizes: { lilyachtyPosts: 60, lists: 8 } });
  const api = sdk(sb.url);
  const user = api.user({ accountKey: DEMO_ACCOUNT_KEY });

  it('has lilyachty as documented', async () => {
    const { json } = await api.public.check({ username: 'lilyachty' });
    expect(json.userInfo.user.secUid).toBe(LILYACHTY_SECUID);
    expect(json.userInfo.user.id).toBe(LILYACHTY_ID);
    expect(json.userInfo.stats.videoCount).toBe(60);
    const byId = await api.public.check({ user_id: LILYACHTY_ID });
    expect(byId.json.userInfo.user.uniqueId).toBe('lilyachty');
    const bySecUid = await api.public.checkV3({ secUid: LILYACHTY_SECUID });
    expect(bySecUid.json.userInfo.user.id).toBe(LILYACHTY_ID);
  });

  it("lists lilyachty's posts, authored by him", async () => {
    const page = await api.public.posts({ secUid: LILYACHTY_SECUID });
    const items = page.json.itemList ?? [];
    expect(items).toHaveLength(30);
    for (const item of items) expect(item.author?.secUid).toBe(LILYACHTY_SECUID);
  });

  it('resolves every documented example value to an entity', async () => {
    const video = await api.public.video({ id: '7003402629929913605' });
    expect(video.json.itemInfo.itemStruct.author?.uniqueId).toBe('lilyachty');
    const comments = await api.public.commentsList({ media_id: '7109178205151464746', count: 1 });
    expect(at(comments.json, 'comments.0.cid')).toBe('7109185042560680750');
    const music = await api.public.musicInfo({ id: '28459463' });
    expect(music.json.musicInfo.music.id).toBe('28459463');
    const byName = await api.public.hashtag({ name: 'lilyachty', count: 1 });
    expect(at(byName.json, 'challengeInfo.challenge.id')).toBe('4655293');
    const playlist = await api.public.playlists({ secUid: LILYACHTY_SECUID, count: 1 });
    expect(at(playlist.json, 'playList.0.id')).toBe('6948562344666532614');
    const room = await user.live.info({ room_id: '7112492061034646278' });
    expect(at(room.json, 'data.owner.unique_id')).toBe('lilyachty');
    const conversations = await user.conversations();
    expect(at(conversations.json, 'conversations.0.id')).toBe('0:1:684574219823284956:69402435203845897564');
    expect(at(conversations.json, 'conversations.0.short_id')).toBe('6940245147502654884');
    const category = await api.public.exploreCategory({ category_id: '1', count: 1 });
    expect(at(category.json, 'category.name')).toBe('Comedy');
  });

  it('makes generated entities reachable from each other', async () => {
    const likes = await api.public.likes({ secUid: LILYACHTY_SECUID, count: 3 });
    for (const item of likes.json.itemList ?? []) {
      const author = item.author ?? {};
      const profile = await api.public.check({ username: String(author.uniqueId) });
      expect(profile.json.userInfo.user).toEqual(author);
      const posts = await api.public.posts({ secUid: String(author.secUid), count: 30 });
      expect(posts.json.itemList?.map((p) => p.id)).toContain(item.id);
      const video = await api.public.video({ id: String(item.id) });
      expect(video.json.itemInfo.itemStruct).toEqual(item);
      const comments = await api.public.commentsList({ media_id: String(item.id), count: 2 });
      expect(comments.items).toHaveLength(2);
      const commenter = at(comments.json, 'comments.0.user.unique_id');
      expect((await api.public.check({ username: String(commenter) })).statusCode).toBe(200);
      const musicId = String(item.music?.id);
      const sound = await api.public.music({ id: musicId });
      const soundPosts = at(sound.json, 'itemStruct.itemList') as Json[];
      expect(soundPosts.map((p) => p.id)).toContain(item.id);
    }
  });

  it("keeps sounds, hashtags and playlists consistent with their posts", async () => {
    const sound = await api.public.music({ id: '28459463' });
    for (const post of at(sound.json, 'itemStruct.itemList') as Json[]) expect(at(post, 'music.id')).toBe('28459463');
    const tag = await api.public.hashtag({ id: '4655293' });
    for (const post of tag.json.itemList ?? []) expect(post.challenges?.map((c) => c.id)).toContain('4655293');
    const items = await api.public.playlistItems({ playlist_id: '6948562344666532614' });
    for (const post of items.json.itemList ?? []) expect(post.author?.secUid).toBe(LILYACHTY_SECUID);
    const follower = await api.public.followersList({ secUid: LILYACHTY_SECUID });
    const first = at(follower.json, 'userList.0.user') as Json;
    expect((await api.public.check({ user_id: String(first.id) })).json.userInfo.user.secUid).toBe(first.secUid);
  });

  it('counts what it lists: comment totals, reply totals, video counts', async () => {
    const comments = await api.public.commentsList({ media_id: '7109178205151464746', count: 5 });
    const c = at(comments.json, 'comments.1') as Json;
    const replies = [];
    for await (const reply of api.public.commentRepliesList.items({ media_id: '7109178205151464746', comment_id: String(c.cid) })) replies.push(reply);
    expect(replies).toHaveLength(Number(c.reply_comment_total));
    const video = await api.public.video({ id: '7109178205151464746' });
    expect(video.json.itemInfo.itemStruct.stats?.commentCount).toBe(5000);
  });
});

describe('determinism', () => {
  const get = async (seed: number, path: string) => {
    const handler = createSandboxHandler({ seed });
    const response = await handler.fetch(new Request(`http://sandbox.test${path}`, { headers: { 'X-API-KEY': DEMO_API_KEY } }));
    return (await response.json()) as Json;
  };

  it('answers the same request the same way, and another seed differently (IDs stay)', async () => {
    const path = `/public/posts?secUid=${LILYACHTY_SECUID}&count=5`;
    const [a, b, c] = await Promise.all([get(1, path), get(1, path), get(2, path)]);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    const ids = (json: Json) => (json.itemList as Json[]).map((i) => i.id);
    expect(ids(c)).toEqual(ids(a));
  });

  it('never uses Math.random', async () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error('Math.random called');
    };
    try {
      const handler = createSandboxHandler();
      for (const endpoint of allEndpoints.filter((e) => e.method === 'GET' && e.auth === 'apiKey').slice(0, 10)) {
        await handler.fetch(new Request(`http://sandbox.test${endpoint.path}`, { headers: { 'X-API-KEY': DEMO_API_KEY } }));
      }
      await get(1, '/public/search/general?query=x');
    } finally {
      Math.random = original;
    }
  });
});

// The user-handle replica over real HTTP: the seed's shapes, the same accounts and videos as TikAPI, and the
// API Gateway's refusals (403 Forbidden, 404 User not found).
import { describe, expect, it } from 'vitest';
import { at, DEMO_API_KEY, LILYACHTY_ID, LILYACHTY_SECUID, startSandbox } from './helpers.js';
import { userHandleCatalogue } from '../src/catalogue.js';
import { EXAMPLE_VIDEO, tikapiGet, USERHANDLE_KEY, userHandleGet } from './provider-helpers.js';

const isoTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('user-handle API', async () => {
  const sb = await startSandbox({ apiKeys: ['uh-own-key'] });

  it('GET /user/{userHandle}: the user and the counters of TikAPI public/check', async () => {
    const reply = await userHandleGet(sb.url, '/user/lilyachty');
    expect(reply.status).toBe(200);
    const tikapi = await tikapiGet(sb.url, '/public/check', { username: 'lilyachty' });
    const user = reply.json.user as Record<string, unknown>;
    expect(user).toMatchObject({
      id: LILYACHTY_ID,
      secUid: LILYACHTY_SECUID,
      nickname: at(tikapi, 'userInfo.user.nickname'),
      profileBio: at(tikapi, 'userInfo.user.signature'),
      profilePictureUrl: at(tikapi, 'userInfo.user.avatarLarger'),
      isVerified: at(tikapi, 'userInfo.user.verified'),
      isPrivateAccount: false,
    });
    expect(user.createdAt).toMatch(isoTime);
    expect(user.updatedAt).toMatch(isoTime);
    expect(Date.parse(String(user.updatedAt))).toBeGreaterThanOrEqual(Date.parse(String(user.createdAt)));
    const stats = at(tikapi, 'userInfo.stats') as Record<string, unknown>;
    expect(reply.json.stats).toEqual({
      diggCount: stats.diggCount,
      followerCount: stats.followerCount,
      followingCount: stats.followingCount,
      friendCount: stats.friendCount,
      heartCount: stats.heartCount,
      heart: stats.heart,
      videoCount: stats.videoCount,
    });
  });

  it('GET /video/{userHandle}/{videoId}: the video of TikAPI public/video, createTime as text', async () => {
    const reply = await userHandleGet(sb.url, `/video/lilyachty/${EXAMPLE_VIDEO}`);
    expect(reply.status).toBe(200);
    const item = at(await tikapiGet(sb.url, '/public/video', { id: EXAMPLE_VIDEO }), 'itemInfo.itemStruct') as Record<string, unknown>;
    expect(reply.json).toMatchObject({
      id: EXAMPLE_VIDEO,
      description: item.desc,
      createTime: String(item.createTime),
      duration: at(item, 'video.duration'),
      stats: {
        diggCount: at(item, 'stats.diggCount'),
        collectCount: at(item, 'stats.collectCount'),
        commentCount: at(item, 'stats.commentCount'),
        playCount: at(item, 'stats.playCount'),
        shareCount: at(item, 'stats.shareCount'),
      },
      music: { id: at(item, 'music.id'), title: at(item, 'music.title'), authorName: at(item, 'music.authorName') },
      author: { id: LILYACHTY_ID, secUid: LILYACHTY_SECUID },
    });
    expect(at(reply.json, 'music.createdAt')).toMatch(isoTime);
    expect(reply.json.authorStats).toEqual((await userHandleGet(sb.url, '/user/lilyachty')).json.stats);
  });

  it('any account and any of its posts, found through TikAPI, is there too', async () => {
    const follower = at(await tikapiGet(sb.url, '/public/followers', { secUid: LILYACHTY_SECUID, count: '1' }), 'userList.0.user') as Record<string, string>;
    const user = await userHandleGet(sb.url, `/user/${follower.uniqueId}`);
    expect(at(user.json, 'user.secUid')).toBe(follower.secUid);
    const posts = await tikapiGet(sb.url, '/public/posts', { secUid: follower.secUid ?? '', count: '3' });
    const video = at(posts, 'itemList.2.id') as string;
    const reply = await userHandleGet(sb.url, `/video/${follower.uniqueId}/${video}`);
    expect(reply.status).toBe(200);
    expect(reply.json.id).toBe(video);
  });

  it('answers are deterministic: two sandboxes give the same bodies', async () => {
    const other = await startSandbox();
    for (const path of ['/user/lilyachty', `/video/lilyachty/${EXAMPLE_VIDEO}`]) {
      expect((await userHandleGet(other.url, path)).json).toEqual((await userHandleGet(sb.url, path)).json);
    }
  });

  it('unknown user: 404 {"message":"User not found"}; a video not by that handle, or unknown: 404', async () => {
    expect(await userHandleGet(sb.url, '/user/nobody_here')).toMatchObject({ status: 404, json: { message: 'User not found' } });
    expect((await userHandleGet(sb.url, `/video/nobody_here/${EXAMPLE_VIDEO}`)).json).toEqual({ message: 'User not found' });
    expect(await userHandleGet(sb.url, `/video/demoapi/${EXAMPLE_VIDEO}`)).toMatchObject({ status: 404, json: { message: 'Video not found' } });
    expect(await userHandleGet(sb.url, '/video/lilyachty/123')).toMatchObject({ status: 404, json: { message: 'Video not found' } });
  });

  it('missing or wrong x-api-key: 403 {"message":"Forbidden"}, before anything else', async () => {
    for (const init of [{ key: null }, { key: 'wrong' }, { key: DEMO_API_KEY }, { key: null, headers: { Authorization: `Bearer ${USERHANDLE_KEY}` } }]) {
      const reply = await userHandleGet(sb.url, '/user/nobody_here', init);
      expect(reply.status).toBe(403);
      expect(reply.json).toEqual({ message: 'Forbidden' });
    }
    expect((await userHandleGet(sb.url, '/user/lilyachty', { key: 'uh-own-key' })).status).toBe(200);
  });

  it('a malformed handle or video ID is a 400 naming the parameter', async () => {
    const handle = await userHandleGet(sb.url, `/user/${'a'.repeat(65)}`);
    expect(handle.status).toBe(400);
    expect(String(handle.json.message)).toContain('userHandle');
    const video = await userHandleGet(sb.url, '/video/lilyachty/abc');
    expect(video.status).toBe(400);
    expect(String(video.json.message)).toContain('videoId');
  });

  it('rate limit (429 Retry-After) and faults work below /userhandle too', async () => {
    const limited = await startSandbox({ rateLimit: { rps: 1 } });
    expect((await userHandleGet(limited.url, '/user/lilyachty')).status).toBe(200);
    const over = await userHandleGet(limited.url, '/user/lilyachty');
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toMatch(/^\d+$/);
    const fault = { headers: { 'X-Sandbox-Fault': '502x1' } };
    const failed = await userHandleGet(sb.url, '/user/lilyachty', fault);
    expect(failed.status).toBe(502);
    expect(Object.keys(failed.json)).toEqual(['message']);
    expect((await userHandleGet(sb.url, '/user/lilyachty', fault)).status).toBe(200);
  });
});

describe('user-handle descriptor examples', async () => {
  const sb = await startSandbox();
  it('the example handle and video answer 200', async () => {
    expect(userHandleCatalogue.provider.sandboxPrefix).toBe('/userhandle');
    for (const endpoint of userHandleCatalogue.endpoints) {
      const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => String((endpoint.params as Record<string, { example?: unknown }>)[name]?.example));
      expect((await userHandleGet(sb.url, path)).status, path).toBe(200);
    }
  });
});

// Scavio() and UserHandleAPI() end to end against the embedded sandbox (@tokkit/sandbox) over loopback HTTP: every
// endpoint, each paging style walked to its end, validation before sending, credits, and retries by meaning.
import { createSandbox, type RunningSandbox } from '@tokkit/sandbox';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APIError,
  AuthenticationError,
  InternalServerError,
  PermissionDeniedError,
  Scavio,
  type ScavioClient,
  scavio,
  TikAPI,
  UserHandleAPI,
  type UserHandleClient,
  userhandle,
  ValidationError,
} from './index.js';

const VIDEO_ID = '7109178205151464746';

let sandbox: RunningSandbox;
/** Requests that left the client, by path: what the sandbox was sent. */
const sent: string[] = [];
const countingFetch: typeof fetch = (input, init) => {
  sent.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
  return fetch(input, init);
};
let sc: ScavioClient;
let uh: UserHandleClient;
let secUid: string;

beforeAll(async () => {
  sandbox = await createSandbox().listen(0, '127.0.0.1');
  sc = Scavio({ sandbox: true, baseUrl: `${sandbox.url}${scavio.sandboxPrefix}`, fetch: countingFetch, maxRetries: 2 });
  uh = UserHandleAPI({ sandbox: true, baseUrl: `${sandbox.url}${userhandle.sandboxPrefix}`, fetch: countingFetch });
  secUid = (await sc.profile({ username: 'lilyachty' })).json.data.user.sec_uid ?? '';
});

afterAll(async () => {
  await sandbox?.close();
});

const errorOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

async function countItems(stream: AsyncIterable<unknown>): Promise<number> {
  let count = 0;
  for await (const _item of stream) count++;
  return count;
}

describe('Scavio against the sandbox: every endpoint', () => {
  it('profile, by username and by sec_user_id, with its credits', async () => {
    const byName = await sc.profile({ username: 'lilyachty' });
    expect(byName.json.data.user.unique_id).toBe('lilyachty');
    expect(secUid).toMatch(/^MS4w/);
    const bySecUid = await sc.profile({ sec_user_id: secUid });
    expect(bySecUid.json.data.user.uid).toBe(byName.json.data.user.uid);
    expect(bySecUid.credits?.used).toBe(1);
    expect(bySecUid.credits?.remaining).toBe((byName.credits?.remaining ?? 0) - 1);
    expect(typeof bySecUid.responseTime).toBe('number');
  });

  it('the same account as TikAPI public.check', async () => {
    const api = TikAPI({ sandbox: true, baseUrl: sandbox.url });
    const check = await api.public.check({ username: 'lilyachty' });
    expect(check.json.userInfo.user.secUid).toBe(secUid);
  });

  it('video, video.comments and video.comments.replies', async () => {
    const video = await sc.video({ video_id: VIDEO_ID });
    expect(video.json.data.aweme_detail.aweme_id).toBe(VIDEO_ID);
    const comments = await sc.video.comments({ video_id: VIDEO_ID, count: 5 });
    expect(comments.items).toHaveLength(5);
    const withReplies = (comments.json.data.comments ?? []).find((c) => (c.reply_comment_total ?? 0) > 0) ?? comments.json.data.comments?.[0];
    const replies = await sc.video.comments.replies({ video_id: VIDEO_ID, comment_id: withReplies?.cid ?? '' });
    expect(replies.statusCode).toBe(200);
  });

  it('search.videos, search.users, hashtag, hashtag.videos, user.followers, user.followings', async () => {
    expect((await sc.search.videos({ keyword: 'lil yachty', publish_time: '7', sort_type: '1' })).statusCode).toBe(200);
    expect((await sc.search.users({ keyword: 'lilyachty' })).statusCode).toBe(200);
    const tag = await sc.hashtag({ hashtag_name: 'fyp' });
    const id = tag.json.data.challengeInfo.challenge.id ?? '';
    expect(id).not.toBe('');
    expect((await sc.hashtag({ hashtag_id: id })).json.data.challengeInfo.challenge.id).toBe(id);
    expect((await sc.hashtag.videos({ hashtag_id: id })).items.length).toBeGreaterThan(0);
    expect((await sc.user.followers({ sec_user_id: secUid })).items.length).toBeGreaterThan(0);
    expect((await sc.user.followings({ sec_user_id: secUid })).items.length).toBeGreaterThan(0);
  });
});

describe('Scavio against the sandbox: each paging style walked to its end', () => {
  it('cursor (user.posts, cursor = data.max_cursor): 1000 posts in 34 pages of 30', async () => {
    sent.length = 0;
    const pages = [];
    for await (const page of sc.user.posts.pages({ sec_user_id: secUid, count: 30 })) pages.push(page);
    expect(pages.reduce((n, page) => n + page.items.length, 0)).toBe(1000);
    expect(pages).toHaveLength(34);
    expect(sent).toHaveLength(34);
    expect(pages.at(-1)?.stopReason).toBe('end');
    const ids = new Set(pages.flatMap((page) => page.json.data.aweme_list?.map((v) => v.aweme_id) ?? []));
    expect(ids.size).toBe(1000);
  });

  it('the same 1000 posts as TikAPI public.posts, in the same order', async () => {
    const api = TikAPI({ sandbox: true, baseUrl: sandbox.url });
    const tikapiIds: string[] = [];
    for await (const post of api.public.posts.items({ secUid })) tikapiIds.push(post.id ?? '');
    const scavioIds: string[] = [];
    for await (const video of sc.user.posts.items({ sec_user_id: secUid, count: 30 })) scavioIds.push(video.aweme_id ?? '');
    expect(scavioIds).toEqual(tikapiIds);
  });

  it('offset (video.comments, cursor = data.cursor): 5000 comments in 100 pages of 50', async () => {
    sent.length = 0;
    const stream = sc.video.comments.items({ video_id: VIDEO_ID, count: 50 });
    expect(await countItems(stream)).toBe(5000);
    expect(stream.stopReason).toBe('end');
    expect(sent).toHaveLength(100);
  });

  it('token + time (user.followers and user.followings): every account of the list, as many as `total` says', async () => {
    for (const list of [sc.user.followers, sc.user.followings]) {
      const first = await list({ sec_user_id: secUid, count: 20 });
      const total = first.json.data.total ?? -1;
      sent.length = 0;
      const stream = list.items({ sec_user_id: secUid, count: 20 });
      expect(await countItems(stream)).toBe(total);
      expect(stream.stopReason).toBe('end');
      expect(sent).toHaveLength(Math.ceil(total / 20));
    }
  });

  it('token + time resumes mid-page with both values', async () => {
    const all: string[] = [];
    for await (const user of sc.user.followers.items({ sec_user_id: secUid, count: 20 })) all.push(user.uid ?? '');
    const first = sc.user.followers.items({ sec_user_id: secUid, count: 20 }, { maxItems: 25 });
    const seen: string[] = [];
    for await (const user of first) seen.push(user.uid ?? '');
    expect(first.resumePoint.cursor).toEqual({ page_token: expect.any(String), min_time: expect.any(Number) });
    for await (const user of sc.user.followers.items({ sec_user_id: secUid, count: 20 }, { resume: first.resumePoint })) {
      seen.push(user.uid ?? '');
    }
    expect(seen).toEqual(all);
  });
});

describe('Scavio against the sandbox: validation before anything is sent', () => {
  it.each<[string, () => Promise<unknown>, string]>([
    ['an empty keyword', () => sc.search.videos({ keyword: '' }), 'keyword'],
    ['a keyword of 501 characters', () => sc.search.users({ keyword: 'k'.repeat(501) }), 'keyword'],
    ['count 31 on user.posts', () => sc.user.posts({ sec_user_id: secUid, count: 31 }), 'count'],
    ['count 51 on video.comments', () => sc.video.comments({ video_id: VIDEO_ID, count: 51 }), 'count'],
    ['count 21 on user.followers', () => sc.user.followers({ sec_user_id: secUid, count: 21 }), 'count'],
    ['sort_type "2"', () => sc.user.posts({ sec_user_id: secUid, sort_type: '2' as '1' }), 'sort_type'],
    ['publish_time "3"', () => sc.search.videos({ keyword: 'x', publish_time: '3' as '1' }), 'publish_time'],
    ['a profile without username or sec_user_id', () => sc.profile({}), 'username'],
    ['a hashtag without name or id', () => sc.hashtag({}), 'hashtag_name'],
  ])('%s: a ValidationError, and the sandbox sees no request', async (_case, call, field) => {
    sent.length = 0;
    const error = await errorOf(call());
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect(sent).toEqual([]);
  });
});

describe('Scavio against the sandbox: credits', () => {
  it('minCreditsRemaining ends items() before the next page; at zero the sandbox answers 402', async () => {
    const small = await createSandbox({ credits: 5, providers: ['scavio'] }).listen(0, '127.0.0.1');
    try {
      const client = Scavio({ sandbox: true, baseUrl: `${small.url}/scavio`, maxRetries: 0 });
      const stream = client.user.posts.items({ sec_user_id: secUid, count: 10 }, { minCreditsRemaining: 3 });
      expect(await countItems(stream)).toBe(30);
      expect(stream.stopReason).toBe('credits');
      expect(stream.resumePoint.skip).toBe(0);
      // 5 - 3 pages = 2 left; spend them, then the key is out of credits.
      const last = await client.profile({ username: 'lilyachty' });
      expect(last.credits).toEqual({ used: 1, remaining: 1 });
      await client.profile({ username: 'lilyachty' });
      const error = await errorOf(client.profile({ username: 'lilyachty' }));
      expect(error).toBeInstanceOf(APIError);
      expect((error as APIError).statusCode).toBe(402);
      expect((error as Error).message).not.toMatch(/HTTP 402/);
    } finally {
      await small.close();
    }
  });

  it('a wrong key is a 401 AuthenticationError that never shows the key', async () => {
    const key = 'sk_live_not_a_sandbox_key_000111';
    const error = await errorOf(Scavio({ apiKey: key, baseUrl: `${sandbox.url}/scavio` }).profile({ username: 'lilyachty' }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(JSON.stringify(error)).not.toContain(key);
    expect(String(error)).not.toContain(key);
  });
});

describe('retries by meaning against the sandbox', () => {
  it("a Scavio POST (safe to retry) is retried after one 502", async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    sent.length = 0;
    const profile = await sc.profile({ username: 'lilyachty' }, { headers: { 'X-Sandbox-Fault': '502x1' } });
    expect(profile.statusCode).toBe(200);
    expect(sent).toEqual(['/scavio/api/v1/tiktok/profile', '/scavio/api/v1/tiktok/profile']);
  });

  it("TikAPI's comment POST is never retried", async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    sent.length = 0;
    const api = TikAPI({ sandbox: true, baseUrl: sandbox.url, fetch: countingFetch, maxRetries: 2 });
    const error = await errorOf(
      api.user.posts.comments.post({ media_id: VIDEO_ID, text: 'Nice!' }, { headers: { 'X-Sandbox-Fault': '502x1' } }),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(sent).toEqual(['/user/comment']);
  });
});

describe('UserHandleAPI against the sandbox', () => {
  it('user: the same account and counters as TikAPI public.check', async () => {
    const api = TikAPI({ sandbox: true, baseUrl: sandbox.url });
    const check = await api.public.check({ username: 'lilyachty' });
    const user = await uh.user({ userHandle: 'lilyachty' });
    expect(user.json.user.secUid).toBe(check.json.userInfo.user.secUid);
    expect(user.json.stats.followerCount).toBe(check.json.userInfo.stats.followerCount);
  });

  it('video: by handle and ID', async () => {
    const video = await uh.video({ userHandle: 'lilyachty', videoId: VIDEO_ID });
    expect(video.json.id).toBe(VIDEO_ID);
  });

  it('a bad key is the gateway 403; an unknown handle a 404', async () => {
    const other = UserHandleAPI({ apiKey: 'uh-wrong-key', baseUrl: `${sandbox.url}/userhandle` });
    const forbidden = await errorOf(other.user({ userHandle: 'lilyachty' }));
    expect(forbidden).toBeInstanceOf(PermissionDeniedError);
    expect((forbidden as Error).message).toBe('Forbidden');
    const missing = await errorOf(uh.user({ userHandle: 'no.such.user' }));
    expect(missing).toBeInstanceOf(APIError);
    expect((missing as APIError).statusCode).toBe(404);
  });

  it('path values that could leave their segment are refused before sending', async () => {
    sent.length = 0;
    for (const userHandle of ['..', 'a/b', 'a?b', '']) {
      expect(await errorOf(uh.user({ userHandle }))).toBeInstanceOf(ValidationError);
    }
    expect(sent).toEqual([]);
  });
});

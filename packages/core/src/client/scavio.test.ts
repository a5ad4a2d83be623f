// The Scavio client over real HTTP: a loopback server that answers like the Scavio TikTok API (every endpoint a
// POST with a JSON body, a Bearer key, credits on every answer, three paging styles).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APIError,
  AuthenticationError,
  createClient,
  InternalServerError,
  RateLimitError,
  Scavio,
  type ScavioClient,
  TikAPIError,
  ValidationError,
} from '../index.js';
import type { Hooks } from '../transport/hooks.js';
import { type Answer, type Loopback, loopback, type Received } from './loopback.test-helper.js';

const KEY = 'sk_live_ScavioTestKey_0123456789';
const SEC_UID = 'MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM';
const VIDEO_ID = '7350810998023949599';
const base = '/api/v1/tiktok';
/** Every list the fake API serves has this many entries. */
const LIST_LENGTH = 45;
const FIRST_MIN_TIME = 1_700_000_000;

interface Fake {
  credits: number;
  /** Answers the next N requests with this status instead (502, 429, 401, 402). */
  faults: Answer[];
  hasMore: (more: boolean) => unknown;
}

const fake: Fake = { credits: 1000, faults: [], hasMore: (more) => (more ? 1 : 0) };

/** `count` entries of a list from `offset` on, and where the next page starts (null after the last). */
function slice(offset: number, count: number, make: (n: number) => unknown) {
  const items = Array.from({ length: Math.max(0, Math.min(count, LIST_LENGTH - offset)) }, (_, i) => make(offset + i));
  const next = offset + items.length;
  return { items, next: next < LIST_LENGTH ? next : null };
}

function scavioAnswer(request: Received): Answer {
  const fault = fake.faults.shift();
  if (fault) return fault;
  if (request.headers.authorization !== `Bearer ${KEY}`) {
    return { status: 401, json: { error: 'unauthorized', message: 'Invalid API key.' } };
  }
  fake.credits -= 1;
  const meta = { response_time: 0.25, credits_used: 1, credits_remaining: fake.credits };
  const body = request.body;
  const count = Number(body.count ?? 20);
  const offset = Number(body.cursor ?? 0);
  const video = (n: number) => ({ aweme_id: `v${n}`, desc: `video ${n}` });
  const more = (next: number | null) => fake.hasMore(next !== null);
  switch (request.path.slice(base.length)) {
    case '/profile':
      return { json: { ...meta, data: { user: { sec_uid: SEC_UID, unique_id: body.username ?? 'tiktok' } } } };
    case '/user/posts': {
      const page = slice(offset, count, video);
      return { json: { ...meta, data: { aweme_list: page.items, max_cursor: page.next ?? 0, has_more: more(page.next) } } };
    }
    case '/user/followers':
    case '/user/followings': {
      const start = body.page_token === undefined ? 0 : Number(String(body.page_token).slice(1));
      // Both values must come back: a token without its time bound is refused, as the API does.
      if (start > 0 && body.min_time !== FIRST_MIN_TIME - start) {
        return { status: 400, json: { error: 'bad_request', message: 'min_time does not match page_token.' } };
      }
      const page = slice(start, count, (n) => ({ uid: `u${n}` }));
      const field = request.path.endsWith('followers') ? 'followers' : 'followings';
      const next = page.next === null ? {} : { next_page_token: `t${page.next}`, min_time: FIRST_MIN_TIME - page.next };
      return { json: { ...meta, data: { [field]: page.items, ...next, has_more: more(page.next), total: LIST_LENGTH } } };
    }
    case '/video':
      return { json: { ...meta, data: { aweme_detail: video(Number(body.video_id)) } } };
    case '/video/comments':
    case '/video/comments/replies': {
      const page = slice(offset, count, (n) => ({ cid: `c${n}`, text: `comment ${n}` }));
      return { json: { ...meta, data: { comments: page.items, cursor: page.next ?? LIST_LENGTH, has_more: more(page.next) } } };
    }
    case '/search/videos':
    case '/hashtag/videos': {
      const page = slice(offset, count, video);
      return { json: { ...meta, data: { aweme_list: page.items, cursor: page.next ?? LIST_LENGTH, has_more: more(page.next) } } };
    }
    case '/search/users': {
      const page = slice(offset, count, (n) => ({ user_info: { uid: `u${n}` } }));
      return { json: { ...meta, data: { user_list: page.items, cursor: page.next ?? LIST_LENGTH, has_more: more(page.next) } } };
    }
    case '/hashtag':
      return { json: { ...meta, data: { challengeInfo: { challenge: { id: '229207', title: 'fyp' } } } } };
    default:
      return { status: 404, json: { error: 'not_found', message: 'No such endpoint.' } };
  }
}

let server: Loopback;
let sc: ScavioClient;

beforeAll(async () => {
  server = await loopback(scavioAnswer);
  sc = Scavio({ apiKey: KEY, baseUrl: server.url, maxRetries: 2 });
});

afterAll(() => server.close());

afterEach(() => {
  server.received.length = 0;
  fake.credits = 1000;
  fake.faults = [];
  fake.hasMore = (more) => (more ? 1 : 0);
  vi.restoreAllMocks();
});

const errorOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe('Scavio: every endpoint', () => {
  const calls: [key: string, call: () => Promise<{ statusCode: number }>, path: string, body: Record<string, unknown>][] = [
    ['profile', () => sc.profile({ username: 'tiktok' }), '/profile', { username: 'tiktok' }],
    ['user.posts', () => sc.user.posts({ sec_user_id: SEC_UID, sort_type: '1' }), '/user/posts', { sec_user_id: SEC_UID, sort_type: '1' }],
    ['user.followers', () => sc.user.followers({ sec_user_id: SEC_UID, count: 5 }), '/user/followers', { sec_user_id: SEC_UID, count: 5 }],
    ['user.followings', () => sc.user.followings({ sec_user_id: SEC_UID }), '/user/followings', { sec_user_id: SEC_UID }],
    ['video', () => sc.video({ video_id: VIDEO_ID }), '/video', { video_id: VIDEO_ID }],
    ['video.comments', () => sc.video.comments({ video_id: VIDEO_ID, count: 50 }), '/video/comments', { video_id: VIDEO_ID, count: 50 }],
    [
      'video.comments.replies',
      () => sc.video.comments.replies({ video_id: VIDEO_ID, comment_id: 7350811234567890123n }),
      '/video/comments/replies',
      { video_id: VIDEO_ID, comment_id: '7350811234567890123' },
    ],
    [
      'search.videos',
      () => sc.search.videos({ keyword: 'cooking recipe', publish_time: '7' }),
      '/search/videos',
      { keyword: 'cooking recipe', publish_time: '7' },
    ],
    ['search.users', () => sc.search.users({ keyword: 'chef' }), '/search/users', { keyword: 'chef' }],
    ['hashtag', () => sc.hashtag({ hashtag_name: 'fyp' }), '/hashtag', { hashtag_name: 'fyp' }],
    ['hashtag.videos', () => sc.hashtag.videos({ hashtag_id: 229207 }), '/hashtag/videos', { hashtag_id: '229207' }],
  ];

  it('covers the catalogue', () => {
    expect(calls.map(([key]) => key)).toEqual([
      'profile',
      'user.posts',
      'user.followers',
      'user.followings',
      'video',
      'video.comments',
      'video.comments.replies',
      'search.videos',
      'search.users',
      'hashtag',
      'hashtag.videos',
    ]);
  });

  it.each(calls)('%s: POST with the Bearer key and the params as a JSON body', async (_key, call, path, body) => {
    const response = await call();
    expect(response.statusCode).toBe(200);
    expect(server.received).toHaveLength(1);
    const [request] = server.received as [Received];
    expect(request.method).toBe('POST');
    expect(request.path).toBe(`${base}${path}`);
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request.headers['x-api-key']).toBeUndefined();
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body).toEqual(body);
  });

  it('names that are an endpoint and a namespace are both: sc.video(...) and sc.video.comments.items(...)', async () => {
    expect(typeof sc.video).toBe('function');
    expect(Object.keys(sc.video)).toEqual(expect.arrayContaining(['comments', 'descriptor', 'pages', 'items']));
    expect(Object.keys(sc.video)).not.toContain('$self');
    expect(sc.video.descriptor.key).toBe('video');
    expect(sc.video.comments.descriptor.key).toBe('video.comments');
    expect(sc.video.comments).toBe(sc.video.comments);
    const ids: string[] = [];
    for await (const comment of sc.video.comments.items({ video_id: VIDEO_ID }, { maxItems: 3 })) ids.push(comment.cid ?? '');
    expect(ids).toEqual(['c0', 'c1', 'c2']);
  });

  it('types and reads the response: p.json.data.user.sec_uid, credits and responseTime', async () => {
    const profile = await sc.profile({ username: 'tiktok' });
    expect(profile.json.data.user.sec_uid).toBe(SEC_UID);
    expect(profile.credits).toEqual({ used: 1, remaining: 999 });
    expect(profile.responseTime).toBe(0.25);
    const next = await sc.profile({ sec_user_id: SEC_UID });
    expect(next.credits).toEqual({ used: 1, remaining: 998 });
  });
});

describe('Scavio: paging in its three styles, each walked to its end', () => {
  it('user.posts sends cursor = data.max_cursor (the `from` field) and stops when has_more is 0', async () => {
    const pages = [];
    for await (const page of sc.user.posts.pages({ sec_user_id: SEC_UID, count: 20 })) pages.push(page);
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 5]);
    expect(server.received.map((r) => r.body.cursor)).toEqual([undefined, 20, 40]);
    expect(pages.at(-1)?.stopReason).toBe('end');
    expect(pages.at(-1)?.cursor).toBeNull();
  });

  it('user.followers sends page_token = data.next_page_token and min_time = data.min_time, both', async () => {
    const ids: string[] = [];
    for await (const user of sc.user.followers.items({ sec_user_id: SEC_UID, count: 20 })) ids.push(user.uid ?? '');
    expect(ids).toHaveLength(LIST_LENGTH);
    expect(new Set(ids).size).toBe(LIST_LENGTH);
    expect(server.received.map(({ body }) => [body.page_token, body.min_time])).toEqual([
      [undefined, undefined],
      ['t20', FIRST_MIN_TIME - 20],
      ['t40', FIRST_MIN_TIME - 40],
    ]);
  });

  it('user.followings walks the same way', async () => {
    let count = 0;
    for await (const _user of sc.user.followings.items({ sec_user_id: SEC_UID, count: 15 })) count++;
    expect(count).toBe(LIST_LENGTH);
    expect(server.received).toHaveLength(3);
  });

  it.each([
    ['video.comments', () => sc.video.comments.items({ video_id: VIDEO_ID, count: 20 })],
    ['video.comments.replies', () => sc.video.comments.replies.items({ video_id: VIDEO_ID, comment_id: '1', count: 20 })],
    ['search.videos', () => sc.search.videos.items({ keyword: 'x', count: 20 })],
    ['search.users', () => sc.search.users.items({ keyword: 'x', count: 20 })],
    ['hashtag.videos', () => sc.hashtag.videos.items({ hashtag_id: '229207', count: 20 })],
  ])('%s pages by offset (cursor = data.cursor) to the end', async (_key, start) => {
    const stream = start();
    let count = 0;
    for await (const _item of stream as AsyncIterable<unknown>) count++;
    expect(count).toBe(LIST_LENGTH);
    expect(server.received.map((r) => r.body.cursor)).toEqual([undefined, 20, 40]);
    expect(stream.stopReason).toBe('end');
  });

  it('has_more false stops as has_more 0 does', async () => {
    fake.hasMore = (more) => more;
    let count = 0;
    for await (const _video of sc.search.videos.items({ keyword: 'x', count: 30 })) count++;
    expect(count).toBe(LIST_LENGTH);
    expect(server.received).toHaveLength(2);
  });

  it('response.nextItems() fetches the next page and is null after the last', async () => {
    let page = await sc.user.posts({ sec_user_id: SEC_UID, count: 30 });
    const next = await page.nextItems();
    expect(next?.items).toHaveLength(15);
    page = next ?? page;
    expect(page.nextItems()).toBeNull();
    expect(server.received).toHaveLength(2);
  });

  it('a token_time run resumes mid-page from its resumePoint, with both values', async () => {
    const first = sc.user.followers.items({ sec_user_id: SEC_UID, count: 20 }, { maxItems: 25 });
    const seen: string[] = [];
    for await (const user of first) seen.push(user.uid ?? '');
    expect(first.stopReason).toBe('max-items');
    expect(first.resumePoint).toEqual({ cursor: { page_token: 't20', min_time: FIRST_MIN_TIME - 20 }, skip: 5 });
    server.received.length = 0;
    const rest = sc.user.followers.items({ sec_user_id: SEC_UID, count: 20 }, { resume: first.resumePoint });
    for await (const user of rest) seen.push(user.uid ?? '');
    expect(seen).toEqual(Array.from({ length: LIST_LENGTH }, (_, n) => `u${n}`));
    expect(server.received[0]?.body).toMatchObject({ page_token: 't20', min_time: FIRST_MIN_TIME - 20 });
  });

  it('a token_time resume value of another name is refused before sending', async () => {
    const stream = sc.user.followers.items(
      { sec_user_id: SEC_UID },
      { resume: { cursor: { page_token: 't20', max_time: 1 }, skip: 0 } },
    );
    const error = await errorOf((async () => {
      for await (const _user of stream) break;
    })());
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('max_time');
    expect(server.received).toHaveLength(0);
  });
});

describe('Scavio: credits', () => {
  it('items() stops before the next page once credits_remaining is below minCreditsRemaining, resumably', async () => {
    fake.credits = 11;
    const stream = sc.user.posts.items({ sec_user_id: SEC_UID, count: 20 }, { minCreditsRemaining: 10 });
    const ids: string[] = [];
    for await (const video of stream) ids.push(video.aweme_id ?? '');
    // Page 1 leaves 10 (not below 10): the run goes on; page 2 leaves 9: it stops there.
    expect(server.received).toHaveLength(2);
    expect(ids).toHaveLength(40);
    expect(stream.stopReason).toBe('credits');
    expect(stream.resumePoint).toEqual({ cursor: 40, skip: 0 });
    const rest = sc.user.posts.items({ sec_user_id: SEC_UID, count: 20 }, { resume: stream.resumePoint });
    for await (const video of rest) ids.push(video.aweme_id ?? '');
    expect(ids).toEqual(Array.from({ length: LIST_LENGTH }, (_, n) => `v${n}`));
    expect(server.received.map((r) => r.body.cursor)).toEqual([undefined, 20, 40]);
  });

  it('pages() ends after the page that reports too few credits', async () => {
    fake.credits = 3;
    const pages = [];
    for await (const page of sc.search.users.pages({ keyword: 'x', count: 10 }, { minCreditsRemaining: 2 })) pages.push(page);
    expect(pages.map((page) => page.credits?.remaining)).toEqual([2, 1]);
    expect(server.received).toHaveLength(2);
  });

  it('minCreditsRemaining must be a number >= 0', () => {
    expect(() => sc.user.posts.items({ sec_user_id: SEC_UID }, { minCreditsRemaining: -1 })).toThrow(
      /minCreditsRemaining must be a number >= 0/,
    );
  });

  it('is refused on TikAPI, whose pages count no credits, before anything is sent', async () => {
    let sent = 0;
    const api = createClient({
      apiKey: 'k',
      fetch: async () => {
        sent++;
        return Response.json({});
      },
    });
    const items = api.public.posts.items as (params: unknown, options: unknown) => unknown;
    expect(() => items({ secUid: 'x' }, { minCreditsRemaining: 5 })).toThrow(TikAPIError);
    expect(() => items({ secUid: 'x' }, { minCreditsRemaining: 5 })).toThrow(/TikAPI counts no credits/);
    expect(sent).toBe(0);
  });
});

describe('Scavio: validation before anything is sent', () => {
  it.each<[string, () => Promise<unknown>, string, RegExp]>([
    ['an empty keyword', () => sc.search.videos({ keyword: '' }), 'keyword', /0 characters long, not 1-500/],
    ['a keyword of 501 characters', () => sc.search.users({ keyword: 'a'.repeat(501) }), 'keyword', /501 characters long, not 1-500/],
    ['count 31 on search.videos', () => sc.search.videos({ keyword: 'x', count: 31 }), 'count', /above the maximum/],
    ['count 0 on user.posts', () => sc.user.posts({ sec_user_id: SEC_UID, count: 0 }), 'count', /below the minimum/],
    ['count 51 on comments', () => sc.video.comments({ video_id: VIDEO_ID, count: 51 }), 'count', /<= 50/],
    ['count 21 on followers', () => sc.user.followers({ sec_user_id: SEC_UID, count: 21 }), 'count', /<= 20/],
    ['sort_type "2"', () => sc.user.posts({ sec_user_id: SEC_UID, sort_type: '2' as '0' }), 'sort_type', /one of "0", "1"/],
    ['publish_time "5"', () => sc.search.videos({ keyword: 'x', publish_time: '5' as '7' }), 'publish_time', /"180"/],
    ['a profile without username or sec_user_id', () => sc.profile({}), 'username', /or "sec_user_id" is required/],
    ['a hashtag without name or id', () => sc.hashtag(), 'hashtag_name', /or "hashtag_id" is required/],
    ['a missing video_id', () => sc.video({} as { video_id: string }), 'video_id', /is required/],
  ])('%s', async (_case, call, field, message) => {
    const error = await errorOf(call());
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect((error as Error).message).toMatch(message);
    expect(server.received).toHaveLength(0);
  });

  it('a keyword counts characters, not UTF-16 units: 500 emoji pass', async () => {
    await sc.search.videos({ keyword: '🍳'.repeat(500) });
    expect(server.received).toHaveLength(1);
  });

  it.each(['Authorization', 'authorization'])('the %s header cannot be set by the caller (it carries the key)', async (name) => {
    const perCall = await errorOf(sc.profile({ username: 'x' }, { headers: { [name]: 'Bearer someone-else' } }));
    expect(perCall).toBeInstanceOf(ValidationError);
    expect((perCall as Error).message).toMatch(/is a key header/);
    const clientWide = Scavio({ apiKey: KEY, baseUrl: server.url, headers: { [name]: 'Bearer x' } });
    expect(await errorOf(clientWide.profile({ username: 'x' }))).toBeInstanceOf(ValidationError);
    expect(server.received).toHaveLength(0);
  });

  it('sandbox mode needs a base URL (Scavio hosts no sandbox): refused at once, naming the option and the variable', () => {
    expect(() => Scavio({ sandbox: true })).toThrow(TikAPIError);
    expect(() => Scavio({ sandbox: true })).toThrow(/Scavio needs baseUrl \(or SCAVIO_BASE_URL\)/);
  });

  it('no key: the error names Scavio and SCAVIO_API_KEY, and nothing is sent', async () => {
    const error = await errorOf(Scavio({ baseUrl: server.url }).profile({ username: 'x' }));
    expect(error).toBeInstanceOf(TikAPIError);
    expect((error as Error).message).toMatch(/Scavio\(\{ apiKey \}\) or set SCAVIO_API_KEY/);
    expect(server.received).toHaveLength(0);
  });
});

describe('Scavio: retries by meaning, errors from its error body', () => {
  it('a 502 on a POST that is safe to retry is retried', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    fake.faults = [{ status: 502, json: { error: 'bad_gateway', message: 'Upstream failed.' } }];
    const profile = await sc.profile({ username: 'tiktok' });
    expect(profile.statusCode).toBe(200);
    expect(server.received).toHaveLength(2);
  });

  it('a 429 with Retry-After is waited for and retried', async () => {
    fake.faults = [{ status: 429, headers: { 'retry-after': '0' }, json: { error: 'rate_limited', message: 'Slow down.' } }];
    await sc.video({ video_id: VIDEO_ID });
    expect(server.received).toHaveLength(2);
  });

  it('errors map onto the hierarchy with the body message, never the key, and are not retried when final', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const cases: [Answer, new (...args: never[]) => APIError, string][] = [
      [{ status: 401, json: { error: 'unauthorized', message: `Invalid API key ${KEY}.` } }, AuthenticationError, 'Invalid API key [redacted].'],
      [{ status: 402, json: { error: 'payment_required', message: 'Credits exhausted.' } }, APIError, 'Credits exhausted.'],
      [{ status: 429, headers: { 'retry-after': '3600' }, json: { error: 'rate_limited', message: 'Daily limit.' } }, RateLimitError, 'Daily limit.'],
    ];
    for (const [answer, type, message] of cases) {
      server.received.length = 0;
      fake.faults = [answer];
      const error = await errorOf(sc.profile({ username: 'tiktok' }));
      expect(error).toBeInstanceOf(type);
      expect((error as APIError).statusCode).toBe(answer.status);
      expect((error as Error).message).toBe(message);
      expect(JSON.stringify(error)).not.toContain(KEY);
      expect(server.received).toHaveLength(1);
    }
    fake.faults = [0, 1, 2].map(() => ({ status: 502, json: { error: 'bad_gateway', message: 'Upstream failed.' } }));
    server.received.length = 0;
    const error = await errorOf(sc.profile({ username: 'tiktok' }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toBe('Upstream failed.');
    expect(server.received).toHaveLength(3);
  });

  it("TikAPI's comment POST is still never retried", async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const tikapi = await loopback(() => ({ status: 502, json: { status: 'error', message: 'Bad gateway' } }));
    try {
      const api = createClient({ apiKey: 'k', accountKey: 'a', baseUrl: tikapi.url, maxRetries: 2 });
      const error = await errorOf(api.user.posts.comments.post({ media_id: '7109178205151464746', text: 'Nice!' }));
      expect(error).toBeInstanceOf(InternalServerError);
      expect(tikapi.received).toHaveLength(1);
    } finally {
      await tikapi.close();
    }
  });

  it('a hook cannot send the key elsewhere or change the Authorization header', async () => {
    const elsewhere: Hooks = { beforeRequest: [(request) => new Request('http://127.0.0.2:9/collect', request)] };
    const error = await errorOf(sc.profile({ username: 'x' }, { hooks: elsewhere }));
    expect(error).toBeInstanceOf(TikAPIError);
    expect((error as Error).message).toMatch(/keys are only sent to http:\/\/127\.0\.0\.1/);
    const overwrite: Hooks = { beforeRequest: [(request) => void request.headers.set('Authorization', 'Bearer other')] };
    await sc.profile({ username: 'x' }, { hooks: overwrite });
    expect(server.received.map((r) => r.headers.authorization)).toEqual([`Bearer ${KEY}`]);
  });

  it('sandbox mode sends the demo key, never the own one', async () => {
    const sandboxed = Scavio({ apiKey: KEY, sandbox: true, baseUrl: server.url, maxRetries: 0 });
    const error = await errorOf(sandboxed.profile({ username: 'x' }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(server.received[0]?.headers.authorization).toBe('Bearer sk_demo_ScavioSandboxKey7Qm2Xv9Lp4Rt8Wn3');
  });
});

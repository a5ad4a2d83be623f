// Scavio's refusals over real HTTP: validation (bounds, enums, one-of, keyword length, paging pairs), keys,
// unknown entities, credits (402 at zero), rate limit and faults, each in the body `{ error, message }`.
import { describe, expect, it } from 'vitest';
import { DEMO_API_KEY, LILYACHTY_SECUID, startSandbox } from './helpers.js';
import { dataOf, EXAMPLE_VIDEO, SCAVIO_KEY, scavioPost } from './provider-helpers.js';

function expectError(reply: { status: number; json: Record<string, unknown> }, status: number, error: string, mentions: string) {
  expect(reply.status, JSON.stringify(reply.json)).toBe(status);
  expect(Object.keys(reply.json).sort()).toEqual(['error', 'message']);
  expect(reply.json.error).toBe(error);
  expect(String(reply.json.message)).toContain(mentions);
}

describe('Scavio validation (400)', async () => {
  const sb = await startSandbox();
  const posts = { sec_user_id: LILYACHTY_SECUID };

  it('count bounds come from each endpoint`s descriptor (1-30 posts, 1-50 comments, 1-20 followers)', async () => {
    for (const [path, body, max] of [
      ['user/posts', posts, 30],
      ['search/videos', { keyword: 'a' }, 30],
      ['search/users', { keyword: 'a' }, 30],
      ['hashtag/videos', { hashtag_id: '4655293' }, 30],
      ['video/comments', { video_id: EXAMPLE_VIDEO }, 50],
      ['user/followers', posts, 20],
      ['user/followings', posts, 20],
    ] as const) {
      expect((await scavioPost(sb.url, path, { ...body, count: max })).status, path).toBe(200);
      expectError(await scavioPost(sb.url, path, { ...body, count: max + 1 }), 400, 'invalid_parameter', 'count');
      expectError(await scavioPost(sb.url, path, { ...body, count: 0 }), 400, 'invalid_parameter', `<= ${max}`);
      expectError(await scavioPost(sb.url, path, { ...body, count: 'many' }), 400, 'invalid_parameter', 'Invalid count');
      expectError(await scavioPost(sb.url, path, { ...body, count: 2.5 }), 400, 'invalid_parameter', 'whole number');
    }
  });

  it('enums: sort_type and publish_time', async () => {
    expectError(await scavioPost(sb.url, 'user/posts', { ...posts, sort_type: '2' }), 400, 'invalid_parameter', 'sort_type');
    expectError(await scavioPost(sb.url, 'search/videos', { keyword: 'a', publish_time: '14' }), 400, 'invalid_parameter', 'publish_time');
    expect((await scavioPost(sb.url, 'search/videos', { keyword: 'a', publish_time: '180', sort_type: '1' })).status).toBe(200);
  });

  it('one-of groups: profile needs username or sec_user_id, hashtag needs hashtag_name or hashtag_id', async () => {
    expectError(await scavioPost(sb.url, 'profile', {}), 400, 'missing_parameter', 'username or sec_user_id');
    expectError(await scavioPost(sb.url, 'hashtag', { hashtag_name: '' }), 400, 'missing_parameter', 'hashtag_name or hashtag_id');
  });

  it('keyword length is 1-500 characters, counted in code points', async () => {
    expectError(await scavioPost(sb.url, 'search/videos', { keyword: '' }), 400, 'invalid_parameter', 'keyword');
    expectError(await scavioPost(sb.url, 'search/users', { keyword: 'x'.repeat(501) }), 400, 'invalid_parameter', '1-500 characters');
    expect((await scavioPost(sb.url, 'search/users', { keyword: 'x'.repeat(500) })).status).toBe(200);
    expect((await scavioPost(sb.url, 'search/users', { keyword: '😀'.repeat(500) })).status).toBe(200);
    expectError(await scavioPost(sb.url, 'search/videos', {}), 400, 'missing_parameter', 'keyword');
  });

  it('required parameters and patterns', async () => {
    expectError(await scavioPost(sb.url, 'user/posts', {}), 400, 'missing_parameter', 'sec_user_id');
    expectError(await scavioPost(sb.url, 'video', { video_id: 'abc' }), 400, 'invalid_parameter', 'video_id');
    expectError(await scavioPost(sb.url, 'video/comments/replies', { video_id: EXAMPLE_VIDEO }), 400, 'missing_parameter', 'comment_id');
    expectError(await scavioPost(sb.url, 'profile', { username: 'has space' }), 400, 'invalid_parameter', 'username');
  });

  it('a body that is not a JSON object', async () => {
    expectError(await scavioPost(sb.url, 'profile', '[1, 2]'), 400, 'invalid_json', 'JSON object');
    expectError(await scavioPost(sb.url, 'profile', '{"username":'), 400, 'invalid_json', 'JSON object');
  });

  it('paging values: a cursor must be a number; page_token and min_time travel together and must match', async () => {
    expectError(await scavioPost(sb.url, 'video/comments', { video_id: EXAMPLE_VIDEO, cursor: 'abc' }), 400, 'invalid_parameter', 'cursor');
    const first = dataOf(await scavioPost(sb.url, 'user/followers', posts));
    expectError(await scavioPost(sb.url, 'user/followers', { ...posts, page_token: first.next_page_token }), 400, 'missing_parameter', 'min_time');
    expectError(await scavioPost(sb.url, 'user/followers', { ...posts, min_time: first.min_time }), 400, 'missing_parameter', 'page_token');
    const wrongTime = { ...posts, page_token: first.next_page_token, min_time: Number(first.min_time) + 1 };
    expectError(await scavioPost(sb.url, 'user/followers', wrongTime), 400, 'invalid_parameter', 'min_time');
    const badToken = { ...posts, page_token: 'not-a-token', min_time: first.min_time };
    expectError(await scavioPost(sb.url, 'user/followers', badToken), 400, 'invalid_parameter', 'page_token');
  });

  it('unknown entities answer 404', async () => {
    expectError(await scavioPost(sb.url, 'profile', { username: 'nobody_here' }), 404, 'user_not_found', 'nobody_here');
    expectError(await scavioPost(sb.url, 'video', { video_id: '123' }), 404, 'video_not_found', '123');
    expectError(await scavioPost(sb.url, 'hashtag', { hashtag_name: 'nosuchtag' }), 404, 'hashtag_not_found', 'nosuchtag');
    const replies = { video_id: EXAMPLE_VIDEO, comment_id: '42' };
    expectError(await scavioPost(sb.url, 'video/comments/replies', replies), 404, 'comment_not_found', '42');
  });

  it('a path or method Scavio does not have answers 404 in its shape', async () => {
    expectError(await scavioPost(sb.url, 'user/likes', posts), 404, 'not_found', '/scavio/api/v1/tiktok/user/likes');
    const get = await fetch(`${sb.url}/scavio/api/v1/tiktok/profile`, { headers: { Authorization: `Bearer ${SCAVIO_KEY}` } });
    expect(get.status).toBe(404);
  });
});

describe('Scavio keys (401)', async () => {
  const sb = await startSandbox({ apiKeys: ['sk_live_own_key'] });
  const body = { username: 'lilyachty' };

  it('missing, unknown, not Bearer, or another provider`s key: 401, and the key is never echoed', async () => {
    const refused: Record<string, string>[] = [{}, { Authorization: 'Bearer sk_wrong' }, { Authorization: SCAVIO_KEY }, { Authorization: `Basic ${SCAVIO_KEY}` }];
    for (const headers of refused) {
      const reply = await scavioPost(sb.url, 'profile', body, { key: null, headers });
      expectError(reply, 401, 'unauthorized', 'Authorization');
      expect(JSON.stringify(reply.json)).not.toContain('sk_wrong');
    }
    expectError(await scavioPost(sb.url, 'profile', body, { key: DEMO_API_KEY }), 401, 'unauthorized', 'Bearer');
    expectError(await scavioPost(sb.url, 'profile', body, { key: null, headers: { 'x-api-key': SCAVIO_KEY } }), 401, 'unauthorized', 'Bearer');
  });

  it('the demo key and keys of the apiKeys option are accepted', async () => {
    expect((await scavioPost(sb.url, 'profile', body)).status).toBe(200);
    expect((await scavioPost(sb.url, 'profile', body, { key: 'sk_live_own_key' })).status).toBe(200);
  });
});

describe('Scavio credits', async () => {
  const sb = await startSandbox({ credits: 3, apiKeys: ['sk_second'] });
  const body = { username: 'lilyachty' };

  it('each success spends one credit of its key; at zero the key gets 402 insufficient_credits', async () => {
    const remaining: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      const reply = await scavioPost(sb.url, 'profile', body);
      expect(reply.json.credits_used).toBe(1);
      remaining.push(reply.json.credits_remaining);
    }
    expect(remaining).toEqual([2, 1, 0]);
    expectError(await scavioPost(sb.url, 'profile', body), 402, 'insufficient_credits', 'credits');
    expectError(await scavioPost(sb.url, 'video', { video_id: EXAMPLE_VIDEO }), 402, 'insufficient_credits', 'credits');
  });

  it('counters are per key, and failed requests spend nothing', async () => {
    expectError(await scavioPost(sb.url, 'profile', {}, { key: 'sk_second' }), 400, 'missing_parameter', 'username');
    expectError(await scavioPost(sb.url, 'profile', { username: 'nobody_here' }, { key: 'sk_second' }), 404, 'user_not_found', 'nobody');
    const reply = await scavioPost(sb.url, 'profile', body, { key: 'sk_second' });
    expect(reply.json.credits_remaining).toBe(2);
  });

  it('the default is 10000 credits', async () => {
    const fresh = await startSandbox();
    expect((await scavioPost(fresh.url, 'profile', body)).json.credits_remaining).toBe(9999);
  });

  it('concurrent requests never spend below zero', async () => {
    const tight = await startSandbox({ credits: 5 });
    const replies = await Promise.all(Array.from({ length: 12 }, () => scavioPost(tight.url, 'profile', body)));
    expect(replies.filter((r) => r.status === 200)).toHaveLength(5);
    expect(replies.filter((r) => r.status === 402)).toHaveLength(7);
    expect(replies.map((r) => r.json.credits_remaining).filter((n) => n !== undefined).sort()).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('Scavio rate limit and faults', async () => {
  it('over the rate answers 429 with Retry-After, in Scavio`s shape', async () => {
    const sb = await startSandbox({ rateLimit: { rps: 2 } });
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await scavioPost(sb.url, 'profile', { username: 'lilyachty' }));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 429]);
    expect(Number(replies[2]?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expectError(replies[2] ?? { status: 0, json: {} }, 429, 'rate_limited', 'Retry-After');
  });

  it('X-Sandbox-Fault 502x1 fails once with a Scavio-shaped body, then answers; no credit is spent by the fault', async () => {
    const sb = await startSandbox({ credits: 10 });
    const headers = { 'X-Sandbox-Fault': '502x1' };
    const failed = await scavioPost(sb.url, 'profile', { username: 'lilyachty' }, { headers });
    expectError(failed, 502, 'sandbox_fault', '502');
    const next = await scavioPost(sb.url, 'profile', { username: 'lilyachty' }, { headers });
    expect(next.status).toBe(200);
    expect(next.json.credits_remaining).toBe(9);
  });

  it('the faults option applies to Scavio requests too; a bad fault header is a Scavio 400', async () => {
    const sb = await startSandbox({ faults: '503x1' });
    expect((await scavioPost(sb.url, 'profile', { username: 'lilyachty' })).status).toBe(503);
    expect((await scavioPost(sb.url, 'profile', { username: 'lilyachty' })).status).toBe(200);
    const bad = await scavioPost(sb.url, 'profile', { username: 'lilyachty' }, { headers: { 'X-Sandbox-Fault': 'explode' } });
    expectError(bad, 400, 'invalid_fault_header', 'X-Sandbox-Fault');
  });
});

// Bad input answered the way the real API does: 400, 401, 403 with TikTok codes, 404, 428, 429.
import {
  AccountSessionExpiredError,
  AuthenticationError,
  BadRequestError,
  createClient,
  PermissionDeniedError,
  RateLimitError,
} from '@tokkit/core';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_KEY, DEMO_API_KEY, LILYACHTY_SECUID, raw, sdk, startSandbox } from './helpers.js';

const EXPIRED = 'ExpiredAccountKey0000000000000000';
const CUSTOM_API_KEY = 'MyOwnSandboxKey123456';

describe('errors', async () => {
  const sb = await startSandbox({
    sizes: { lists: 10 },
    apiKeys: [CUSTOM_API_KEY],
    accountKeys: ['MyOwnAccountKey123456'],
    expiredAccountKeys: [EXPIRED],
  });
  const api = sdk(sb.url);

  describe('401', () => {
    it('answers a missing or wrong X-API-KEY like the API', async () => {
      for (const apiKey of [null, 'wrongKey1234567890']) {
        const res = await raw(sb.url, '/public/check?username=lilyachty', { apiKey });
        expect(res.status).toBe(401);
        expect(res.json).toEqual({ status: 'error', message: 'A valid API Key is required.' });
      }
    });

    it('names the missing account key on account endpoints', async () => {
      const missing = await raw(sb.url, '/user/info');
      expect(missing.status).toBe(401);
      expect(missing.json.status).toBe('error');
      expect(String(missing.json.message)).toMatch(/Account Key/);
      const wrong = await raw(sb.url, '/user/info', { accountKey: 'notAnAccountKey123' });
      expect(wrong.status).toBe(401);
    });

    it('accepts the demo keys and configured keys', async () => {
      expect((await raw(sb.url, '/user/info', { accountKey: DEMO_ACCOUNT_KEY })).status).toBe(200);
      expect((await raw(sb.url, '/user/info', { apiKey: CUSTOM_API_KEY, accountKey: 'MyOwnAccountKey123456' })).status).toBe(200);
    });

    it('surfaces as AuthenticationError in the SDK', async () => {
      const client = createClient({ apiKey: 'wrongKey1234567890', baseUrl: sb.url, maxRetries: 0 });
      await expect(client.public.check({ username: 'lilyachty' })).rejects.toBeInstanceOf(AuthenticationError);
    });
  });

  describe('428', () => {
    it('answers an expired account key with statusCode 8', async () => {
      const res = await raw(sb.url, '/user/session/check', { accountKey: EXPIRED });
      expect(res.status).toBe(428);
      expect(res.json).toMatchObject({ status: 'error', statusCode: 8 });
      expect(String(res.json.message)).toMatch(/session expired/i);
    });

    it('surfaces as AccountSessionExpiredError', async () => {
      const client = createClient({ apiKey: DEMO_API_KEY, baseUrl: sb.url, maxRetries: 0 });
      await expect(client.user({ accountKey: EXPIRED }).verify()).rejects.toBeInstanceOf(AccountSessionExpiredError);
    });
  });

  describe('400', () => {
    it('lists missing fields', async () => {
      const res = await raw(sb.url, '/public/posts');
      expect(res.status).toBe(400);
      expect(res.json).toEqual({ status: 'error', message: 'Missing fields.', fields: { secUid: expect.any(String) } });
    });

    it('lists invalid fields', async () => {
      const res = await raw(sb.url, `/public/posts?secUid=${LILYACHTY_SECUID}&count=99`);
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ status: 'error', message: 'Invalid fields.', fields: { count: expect.any(String) } });
      const badEnum = await raw(sb.url, '/public/discover/planets');
      expect(badEnum.status).toBe(400);
      expect(Object.keys(badEnum.json.fields as object)).toEqual(['category']);
      const badPattern = await raw(sb.url, '/public/video?id=abc');
      expect(badPattern.json).toMatchObject({ message: 'Invalid fields.', fields: { id: expect.any(String) } });
    });

    it('checks POST bodies', async () => {
      const res = await raw(sb.url, '/user/comment', { method: 'POST', accountKey: DEMO_ACCOUNT_KEY, body: { media_id: '7109178205151464746' } });
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ message: 'Missing fields.', fields: { text: expect.any(String) } });
      const notJson = await fetch(`${sb.url}/user/comment`, {
        method: 'POST',
        headers: { 'X-API-KEY': DEMO_API_KEY, 'X-ACCOUNT-KEY': DEMO_ACCOUNT_KEY, 'Content-Type': 'application/json' },
        body: '{nope',
      });
      expect(notJson.status).toBe(400);
    });

    it('asks for one of the lookup keys when none is given', async () => {
      const res = await raw(sb.url, '/public/check');
      expect(res.status).toBe(400);
      expect(res.json.message).toBe('Missing fields.');
      const tag = await raw(sb.url, '/public/hashtag');
      expect(tag.json).toMatchObject({ message: 'Missing fields.', fields: { id: expect.any(String) } });
    });

    it('hardening: checks the one-of groups of the descriptors, with the other fields, in one 400', async () => {
      const tag = await raw(sb.url, '/public/hashtag?count=abc');
      expect(tag.status).toBe(400);
      expect(tag.json).toMatchObject({ message: 'Missing fields.', fields: { id: 'A valid id or name is required.' } });
      expect(tag.json.fields).toHaveProperty('count');
      const check = await raw(sb.url, '/public/check/v3?country=us');
      expect(check.json.fields).toEqual({ username: 'A valid username or user_id or secUid is required.' });
      expect((await raw(sb.url, '/public/hashtag?name=lilyachty&count=1')).status).toBe(200);
    });

    it('rejects a paging value it never handed out', async () => {
      const res = await raw(sb.url, '/public/search/users?query=x&nextCursor=garbage!');
      expect(res.status).toBe(400);
      expect(res.json.fields).toHaveProperty('nextCursor');
    });

    it('ignores unknown parameters like the API', async () => {
      const res = await raw(sb.url, '/public/check?username=lilyachty&brandNewParam=1');
      expect(res.status).toBe(200);
    });

    it('surfaces as BadRequestError with fields', async () => {
      // A resumed run sends its paging value as given: a value the sandbox never handed out is refused.
      const bad = await api.public.search({ category: 'users', query: 'x', nextCursor: 'garbage' }).catch((e: unknown) => e);
      expect(bad).toBeInstanceOf(BadRequestError);
      expect((bad as BadRequestError).fields).toHaveProperty('nextCursor');
    });
  });

  describe('403 with TikTok status codes', () => {
    const cases = [
      ['unknown user', () => api.public.check({ username: 'no.such_user_here' }), 10202],
      ['unknown user id', () => api.public.check({ user_id: '123' }), 10202],
      ['unknown secUid', () => api.public.posts({ secUid: `MS4wLjABAAAA${'x'.repeat(40)}` }), 10202],
      ['unknown video', () => api.public.video({ id: '7000000000000000001' }), 10204],
      ['unknown video (comments)', () => api.public.commentsList({ media_id: '123' }), 10204],
      ['unknown music', () => api.public.musicInfo({ id: '42' }), 10203],
      ['unknown hashtag', () => api.public.hashtag({ name: 'nosuchtag' }), 10205],
      ['unknown live room', () => api.user({ accountKey: DEMO_ACCOUNT_KEY }).live.info({ room_id: '1' }), 10210],
      ['unknown playlist', () => api.public.playlistItems({ playlist_id: '1' }), 10224],
      ['unknown comment', () => api.public.commentRepliesList({ media_id: '7109178205151464746', comment_id: '1' }), 10224],
    ] as const;

    it.each(cases)('%s', async (_name, call, code) => {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermissionDeniedError);
      const denied = error as PermissionDeniedError;
      expect(denied.statusCode).toBe(403);
      expect(denied.tiktokStatusCode).toBe(code);
      expect(denied.json).toMatchObject({ status: 'error', statusCode: code });
    });

    it('says why in the body', async () => {
      const res = await raw(sb.url, '/public/check?username=no.such_user_here');
      expect(res.json).toEqual({ status: 'error', message: "User doesn't exist", statusCode: 10202 });
    });
  });

  describe('404', () => {
    it('answers unknown paths and methods with a JSON body', async () => {
      for (const [method, path] of [['GET', '/nope'], ['POST', '/public/check'], ['GET', '/user/like'], ['GET', '/']] as const) {
        const res = await raw(sb.url, path, { method, ...(method === 'POST' ? { body: {} } : {}) });
        expect(res.status).toBe(404);
        expect(res.json.status).toBe('error');
        expect(typeof res.json.message).toBe('string');
      }
    });
  });

  describe('key info', () => {
    it('never echoes the key', async () => {
      for (const apiKey of [DEMO_API_KEY, CUSTOM_API_KEY]) {
        const res = await raw(sb.url, '/key/info', { apiKey });
        expect(res.status).toBe(200);
        expect(JSON.stringify(res.json)).not.toContain(apiKey);
      }
    });
  });
});

describe('429 rate limit', async () => {
  const sb = await startSandbox({ rateLimit: { rps: 3 } });

  it('answers 429 with Retry-After once a key sends more than rps requests in a second', async () => {
    const statuses = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await raw(sb.url, '/key/info');
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        expect(res.json).toEqual({ status: 'error', message: 'API Key Rate-Limit reached.' });
      }
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });

  it('counts each key on its own, and surfaces as RateLimitError', async () => {
    const client = createClient({ apiKey: DEMO_API_KEY, baseUrl: sb.url, maxRetries: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    for (let i = 0; i < 3; i++) await client.key();
    const error = await client.key().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBeGreaterThanOrEqual(1);
  });
});

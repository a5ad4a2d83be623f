// Scavio() and UserHandleAPI() in Node read their key and base URL from their own variables (real HTTP, loopback).
import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROVIDER_ENV, Scavio, TikAPIError, UserHandleAPI } from './index.js';
import { listen, type TestServer } from './test-servers.test-helper.js';

let server: TestServer;
const seen: { path: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = await listen((req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ credits_used: 1, credits_remaining: 41, data: { user: { sec_uid: 'S' } }, user: {}, stats: {} }));
  });
});

afterAll(() => server.close());

afterEach(() => {
  vi.unstubAllEnvs();
  seen.length = 0;
});

describe('Scavio() in Node', () => {
  it('reads SCAVIO_API_KEY and SCAVIO_BASE_URL', async () => {
    expect(PROVIDER_ENV.scavio).toEqual({ apiKey: 'SCAVIO_API_KEY', baseUrl: 'SCAVIO_BASE_URL' });
    vi.stubEnv('SCAVIO_API_KEY', 'sk_env_key');
    vi.stubEnv('SCAVIO_BASE_URL', server.url);
    const profile = await Scavio().profile({ username: 'tiktok' });
    expect(profile.json.data.user.sec_uid).toBe('S');
    expect(profile.credits).toEqual({ used: 1, remaining: 41 });
    expect(seen[0]?.path).toBe('/api/v1/tiktok/profile');
    expect(seen[0]?.headers.authorization).toBe('Bearer sk_env_key');
  });

  it('prefers what is given in code', async () => {
    vi.stubEnv('SCAVIO_API_KEY', 'sk_env_key');
    vi.stubEnv('SCAVIO_BASE_URL', 'ftp://never-read');
    await Scavio({ apiKey: 'sk_code_key', baseUrl: server.url }).profile({ username: 'x' });
    vi.stubEnv('SCAVIO_BASE_URL', server.url);
    await Scavio('sk_string_key').profile({ username: 'x' });
    expect(seen.map((s) => s.headers.authorization)).toEqual(['Bearer sk_code_key', 'Bearer sk_string_key']);
  });

  it('without a key, names SCAVIO_API_KEY before anything is sent; TIKAPI_KEY is not read', () => {
    vi.stubEnv('SCAVIO_API_KEY', '');
    vi.stubEnv('TIKAPI_KEY', 'a-tikapi-key');
    expect(() => Scavio({ baseUrl: server.url })).toThrow(TikAPIError);
    expect(() => Scavio({ baseUrl: server.url })).toThrow(/SCAVIO_API_KEY environment variable, or pass one with Scavio\('your key'\)/);
    expect(seen).toHaveLength(0);
  });

  it('refuses a SCAVIO_BASE_URL that is not an http(s) URL, naming it', () => {
    vi.stubEnv('SCAVIO_API_KEY', 'k');
    vi.stubEnv('SCAVIO_BASE_URL', 'localhost:8787');
    expect(() => Scavio()).toThrow(/SCAVIO_BASE_URL must be an http:\/\/ or https:\/\/ URL/);
  });
});

describe('UserHandleAPI() in Node', () => {
  it('reads USERHANDLE_API_KEY and USERHANDLE_API_URL', async () => {
    vi.stubEnv('USERHANDLE_API_KEY', 'uh-env-key');
    vi.stubEnv('USERHANDLE_API_URL', server.url);
    await UserHandleAPI().user({ userHandle: 'lilyachty' });
    expect(seen[0]?.path).toBe('/user/lilyachty');
    expect(seen[0]?.headers['x-api-key']).toBe('uh-env-key');
  });

  it('without a base URL, names the option and USERHANDLE_API_URL before anything is sent', () => {
    vi.stubEnv('USERHANDLE_API_KEY', 'uh-env-key');
    vi.stubEnv('USERHANDLE_API_URL', '');
    expect(() => UserHandleAPI()).toThrow(TikAPIError);
    expect(() => UserHandleAPI()).toThrow(/UserHandleAPI needs baseUrl \(or USERHANDLE_API_URL\)/);
  });

  it('without a key, names USERHANDLE_API_KEY', () => {
    vi.stubEnv('USERHANDLE_API_KEY', '');
    expect(() => UserHandleAPI({ baseUrl: server.url })).toThrow(/USERHANDLE_API_KEY/);
  });
});

// Scavio() and UserHandleAPI() of @tokkit/browser-safe: the runtime's fetch over real HTTP (loopback), and the
// same browser key guard as TikAPI().
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as workerd from './index.workerd.js';
import { Scavio, TikAPIError, UserHandleAPI } from './index.js';

const KEY = 'sk_browser_test_KEY_12345';
let server: Server;
let url: string;
const seen: { path: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ credits_used: 1, credits_remaining: 9, data: { user: {} }, user: {}, stats: {} }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

afterEach(() => {
  vi.unstubAllGlobals();
  seen.length = 0;
});

function inPage() {
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('document', {});
}

describe('Scavio and UserHandleAPI on the runtime fetch', () => {
  it('send their keys the provider way', async () => {
    const profile = await Scavio({ apiKey: KEY, baseUrl: url }).profile({ username: 'x' });
    expect(profile.credits).toEqual({ used: 1, remaining: 9 });
    await UserHandleAPI({ apiKey: KEY, baseUrl: url }).user({ userHandle: 'x' });
    expect(seen.map((s) => [s.path, s.headers.authorization, s.headers['x-api-key']])).toEqual([
      ['/api/v1/tiktok/profile', `Bearer ${KEY}`, undefined],
      ['/user/x', undefined, KEY],
    ]);
  });

  it('are the same on the workerd build', async () => {
    await workerd.Scavio(KEY).set({ baseUrl: url }).hashtag({ hashtag_name: 'fyp' });
    await workerd.UserHandleAPI({ apiKey: KEY, baseUrl: url }).video({ userHandle: 'x', videoId: '1' });
    expect(seen.map((s) => s.path)).toEqual(['/api/v1/tiktok/hashtag', '/video/x/1']);
  });

  it('in a page, refuse a key and point to the proxy, without the key', () => {
    inPage();
    for (const make of [() => Scavio(KEY), () => UserHandleAPI({ apiKey: KEY, baseUrl: url })]) {
      expect(make).toThrow(TikAPIError);
      expect(make).toThrow(/createProxy/);
      try {
        make();
      } catch (error) {
        expect(String(error)).not.toContain(KEY);
      }
    }
    expect(() => Scavio({ apiKey: KEY, baseUrl: url, dangerouslyAllowBrowser: true })).not.toThrow();
  });

  it('in a page, talk to a proxy at baseUrl without key headers', async () => {
    inPage();
    await Scavio({ baseUrl: `${url}/scavio-proxy` }).profile({ username: 'x' });
    await UserHandleAPI({ baseUrl: `${url}/uh-proxy` }).user({ userHandle: 'x' });
    expect(seen.map((s) => s.path)).toEqual(['/scavio-proxy/api/v1/tiktok/profile', '/uh-proxy/user/x']);
    expect(seen.every((s) => s.headers.authorization === undefined && s.headers['x-api-key'] === undefined)).toBe(true);
  });

  it('UserHandleAPI without a base URL is refused at once', () => {
    expect(() => UserHandleAPI({ apiKey: KEY })).toThrow(/UserHandleAPI needs baseUrl/);
  });
});

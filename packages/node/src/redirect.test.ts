// Redirects never carry a key to another host: a 3xx from the API is an APIError, and nothing follows it.
import type { IncomingHttpHeaders } from 'node:http';
import { TikAPI as BrowserSafeTikAPI } from '@tokkit/browser-safe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIError, TikAPI } from './index.js';
import { listen, type TestServer } from './test-servers.test-helper.js';

const API_KEY = 'sk_live_REDIRECTSECRET1';
const ACCOUNT_KEY = 'acct_REDIRECTSECRET2';

let elsewhere: TestServer;
let api: TestServer;
const receivedElsewhere: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  elsewhere = await listen((req, res) => {
    receivedElsewhere.push(req.headers);
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"success","stolen":true}');
  });
  // The loopback name is another origin than 127.0.0.1 for fetch, as another host would be.
  const otherOrigin = elsewhere.url.replace('127.0.0.1', 'localhost');
  api = await listen((req, res) => {
    const status = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('status') ?? '302') || 302;
    const location = req.url?.includes('same') ? '/public/check?username=again' : `${otherOrigin}/collect`;
    res.writeHead(status, { Location: location }).end();
  });
});

afterAll(async () => {
  await Promise.all([elsewhere.close(), api.close()]);
});

const clients = [
  ['@tokkit/node', () => TikAPI({ apiKey: API_KEY, accountKey: ACCOUNT_KEY, baseUrl: api.url })],
  ['@tokkit/browser-safe', () => BrowserSafeTikAPI({ apiKey: API_KEY, accountKey: ACCOUNT_KEY, baseUrl: api.url })],
] as const;

describe.each(clients)('hardening: %s never follows a redirect', (_name, make) => {
  it.each([301, 302, 303, 307, 308])('answers HTTP %i to another origin as an APIError, sending it nothing', async (status) => {
    receivedElsewhere.length = 0;
    const error = await make()
      .user.info({}, { extraParams: { status } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ statusCode: status });
    expect((error as Error).message).toBe(
      `The API answered HTTP ${status}, a redirect to ${elsewhere.url.replace('127.0.0.1', 'localhost')}; tokkit does not follow redirects, so no key is sent anywhere else.`,
    );
    expect(receivedElsewhere).toEqual([]);
  });

  it('does not follow a redirect on the same origin either (the API never redirects)', async () => {
    const error = await make()
      .public.check({ username: 'same' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ constructor: APIError, statusCode: 302 });
    expect((error as Error).message).toContain('a redirect on the same origin');
  });
});

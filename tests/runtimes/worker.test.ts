// @tokkit/browser-safe in workerd (the Cloudflare Workers runtime), through miniflare, against the sandbox.
import type { RunningSandbox } from '@tokkit/sandbox';
import { DEMO_API_KEY } from '@tokkit/core';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFixture } from './helpers/bundle.js';
import { startSandbox } from './helpers/sandbox.js';
import { startVideoHost } from './helpers/video-host.js';

let sandbox: RunningSandbox;
let videoHost: Awaited<ReturnType<typeof startVideoHost>>;
let mf: Miniflare;

beforeAll(async () => {
  sandbox = await startSandbox();
  videoHost = await startVideoHost(256 * 1024);
  mf = new Miniflare({
    modules: true,
    script: await bundleFixture('worker.ts', 'neutral'),
    compatibilityDate: '2025-04-01',
    // No nodejs_compat flag: the bundle must run on plain Workers APIs.
    bindings: { TIKAPI_KEY: DEMO_API_KEY, SANDBOX_URL: sandbox.url, VIDEO_URL: videoHost.url },
  });
  await mf.ready;
});

afterAll(async () => {
  await mf?.dispose();
  await videoHost?.close();
  await sandbox?.close();
});

describe('a Worker in workerd', () => {
  it('calls the sandbox with TikAPI(env.TIKAPI_KEY) and pages through items', async () => {
    const response = await mf.dispatchFetch('http://worker.test/check');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ runtime: 'cloudflare-workers', nickname: 'Lil Yachty', posts: 45, distinct: 45 });
  });

  it('retries, times out and maps errors with the one transport (ky) in workerd', async () => {
    const response = await mf.dispatchFetch('http://worker.test/faults');
    expect(await response.json()).toEqual({
      retried: 'HTTP 200',
      timedOut: 'APITimeoutError',
      malformed: 'APIConnectionError',
      rateLimited: 'RateLimitError',
    });
  });

  it('serves createProxy: forwards public.check with the key injected', async () => {
    const response = await mf.dispatchFetch('http://worker.test/tikapi/public/check?username=lilyachty', {
      headers: { 'X-API-KEY': 'not-the-key' },
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('Lil Yachty');
    expect(text).not.toContain(DEMO_API_KEY);
  });

  it.each(['/tikapi/key/info', '/tikapi/%2e%2e/key/info', '/tikapi/../key/info', '/tikapi/public%2fcheck', '/tikapi/user/info', '/key/info'])(
    'refuses %s with 403',
    async (path) => {
      const response = await mf.dispatchFetch(`http://worker.test${path}`);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain(DEMO_API_KEY);
    },
  );

  it('streams response.downloadVideo(link) with the videoLinkHeaders applied', async () => {
    const response = await mf.dispatchFetch('http://worker.test/video');
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBe(256 * 1024);
    const headers = videoHost.seen.at(-1);
    expect(headers?.cookie).toBe('tt_chain_token=sandbox');
    expect(headers?.referer).toBe('https://www.tiktok.com/');
    expect(headers?.['x-api-key']).toBeUndefined();
  });
});

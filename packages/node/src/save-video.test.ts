import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIConnectionError, APITimeoutError, TikAPI, TikAPIError } from './index.js';
import { listen, type TestServer, writeGenerated } from './test-servers.test-helper.js';

const KEY = 'node_save_API_KEY_0001';
const MB = 1024 * 1024;
const linkHeaders = { Cookie: 'tt_chain_token=xyz', Referer: 'https://www.tiktok.com/' };

let server: TestServer;
let dir: string;
const seenHeaders: Record<string, string | string[] | undefined>[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tokkit-save-'));
  server = await listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/public/video') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ status: 'success', itemInfo: { itemStruct: { id: '1' } }, $other: { videoLinkHeaders: linkHeaders } }));
      return;
    }
    seenHeaders.push(req.headers);
    const size = Number(url.searchParams.get('size') ?? '0');
    const failAfter = url.searchParams.get('failAfter');
    if (url.pathname === '/trickle') {
      // One byte every 100 ms, for ever (until the client gives up).
      res.writeHead(200, { 'content-type': 'video/mp4' });
      const timer = setInterval(() => res.write('x'), 100);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (url.pathname === '/forbidden') {
      res.statusCode = 403;
      res.end('no');
      return;
    }
    res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(size) });
    void writeGenerated(res, size, failAfter === null ? undefined : Number(failAfter));
  });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function videoResponse() {
  return TikAPI({ apiKey: KEY, baseUrl: server.url }).public.video({ id: '7109178205151464746' });
}

function leftovers(): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.part'));
}

describe('response.saveVideo (Node)', () => {
  it('applies videoLinkHeaders, sends no key, and writes the whole file', async () => {
    const res = await videoResponse();
    const path = join(dir, 'small.mp4');
    await res.saveVideo(`${server.url}/video.mp4?size=${3 * MB + 17}`, path);
    expect(statSync(path).size).toBe(3 * MB + 17);
    const headers = seenHeaders.at(-1) ?? {};
    expect(headers.cookie).toBe(linkHeaders.Cookie);
    expect(headers.referer).toBe(linkHeaders.Referer);
    expect(headers['x-api-key']).toBeUndefined();
  });

  it('streams a 500 MB body to disk in constant memory', async () => {
    const res = await videoResponse();
    const path = join(dir, 'big.mp4');
    const size = 500 * MB;
    globalThis.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    }, 10);
    try {
      await res.saveVideo(`${server.url}/video.mp4?size=${size}`, path);
    } finally {
      clearInterval(sampler);
    }
    expect(statSync(path).size).toBe(size);
    rmSync(path);
    const rssGrowth = (peakRss - before.rss) / MB;
    const heapGrowth = (peakHeap - before.heapUsed) / MB;
    console.log(`saveVideo 500 MB: peak RSS growth ${rssGrowth.toFixed(1)} MB, peak heap growth ${heapGrowth.toFixed(1)} MB`);
    expect(rssGrowth).toBeLessThan(100);
    expect(heapGrowth).toBeLessThan(50);
  }, 120_000);

  it('removes the partial file when the body breaks off mid-stream', async () => {
    const res = await videoResponse();
    const path = join(dir, 'broken.mp4');
    const error = await res.saveVideo(`${server.url}/video.mp4?size=${20 * MB}&failAfter=${4 * MB}`, path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(existsSync(path)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('keeps an existing file when a new download of it fails', async () => {
    const res = await videoResponse();
    const path = join(dir, 'existing.mp4');
    writeFileSync(path, 'old video');
    await expect(res.saveVideo(`${server.url}/video.mp4?size=${8 * MB}&failAfter=${MB}`, path)).rejects.toThrow();
    expect(readFileSync(path, 'utf8')).toBe('old video');
    expect(leftovers()).toEqual([]);
  });

  it('removes the partial file when aborted mid-stream', async () => {
    const res = await videoResponse();
    const path = join(dir, 'aborted.mp4');
    const controller = new AbortController();
    const saving = res.saveVideo(`${server.url}/video.mp4?size=${200 * MB}`, path, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(saving).rejects.toThrow();
    expect(existsSync(path)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('writes nothing when the video host refuses', async () => {
    const res = await videoResponse();
    const path = join(dir, 'refused.mp4');
    const error = await res.saveVideo(`${server.url}/forbidden`, path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TikAPIError);
    expect(error).toMatchObject({ statusCode: 403 });
    expect(existsSync(path)).toBe(false);
  });

  it('writes nothing when the host cannot be reached', async () => {
    const res = await videoResponse();
    const path = join(dir, 'unreachable.mp4');
    await expect(res.saveVideo('http://127.0.0.1:9/video.mp4', path)).rejects.toBeInstanceOf(APIConnectionError);
    expect(existsSync(path)).toBe(false);
  });

  it('fails on a missing directory without leaving anything', async () => {
    const res = await videoResponse();
    await expect(res.saveVideo(`${server.url}/video.mp4?size=10`, join(dir, 'missing', 'x.mp4'))).rejects.toThrow(/ENOENT/);
    expect(leftovers()).toEqual([]);
  });

  describe('hardening: a trickling video host cannot hold a download open', () => {
    it('saveVideo stops at the call\'s timeout with APITimeoutError and leaves no file', async () => {
      const res = await TikAPI({ apiKey: KEY, baseUrl: server.url, timeout: 1_000 }).public.video({ id: '7109178205151464746' });
      const path = join(dir, 'trickle.mp4');
      const started = Date.now();
      const error = await res.saveVideo(`${server.url}/trickle`, path).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APITimeoutError);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(existsSync(path)).toBe(false);
      expect(leftovers()).toEqual([]);
    });

    it('downloadVideo bounds the whole body too: reading it fails with APITimeoutError', async () => {
      const res = await videoResponse();
      const started = Date.now();
      const download = await res.downloadVideo(`${server.url}/trickle`, { timeout: 800 });
      const error = await download.arrayBuffer().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APITimeoutError);
      expect(Date.now() - started).toBeLessThan(3_000);
    });

    it('a download that completes in time is unaffected by its bound', async () => {
      const res = await videoResponse();
      const download = await res.downloadVideo(`${server.url}/video.mp4?size=${MB}`, { timeout: 10_000 });
      expect((await download.arrayBuffer()).byteLength).toBe(MB);
    });
  });
});

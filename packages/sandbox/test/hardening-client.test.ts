// The TypeScript client against hostile conditions, over real loopback sockets: rate limits under a burst,
// a concurrency bound, a gzip bomb, bodies nested without end, keys with stray whitespace.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import {
  APIConnectionError,
  APIError,
  createClient,
  RateLimitError,
  ResponseTooLargeError,
  TikAPIError,
  ValidationError,
} from '@tokkit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { sdk, startSandbox } from './helpers.js';

async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; requests: () => number }> {
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    handler?.(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => requests };
}

describe('hardening: a burst over the rate limit', async () => {
  const limited = await startSandbox({ rateLimit: { rps: 10 } });

  it('50 concurrent calls at 10 requests/s all complete, with 0 errors: the client waits as one', async () => {
    const api = sdk(limited.url, { maxRetries: 2 });
    const started = Date.now();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => api.public.check({ username: 'lilyachty' })),
    );
    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed.map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    // 50 requests at 10/s cannot take less than 4 s; the gate must not hold them much longer either.
    expect(Date.now() - started).toBeGreaterThan(3_900);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('without the shared gate (a client per call) the same burst ends in RateLimitErrors', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => sdk(limited.url, { maxRetries: 2 }).public.check({ username: 'lilyachty' })),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const limitedOut = results.filter((r) => r.status === 'rejected' && r.reason instanceof RateLimitError);
    expect(limitedOut.length).toBeGreaterThan(0);
  }, 30_000);
});

describe('hardening: maxConcurrency', () => {
  it('keeps at most N calls in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const { url } = await serve((_req, res) => {
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"success"}');
      }, 20);
    });
    const api = createClient({ apiKey: 'k', baseUrl: url, maxConcurrency: 3 });
    await Promise.all(Array.from({ length: 20 }, () => api.public.check({ username: 'lilyachty' })));
    expect(most).toBe(3);
  });

  it('refuses a bound that is not a positive integer', () => {
    for (const maxConcurrency of [0, -1, 1.5, Number.NaN]) {
      expect(() => createClient({ apiKey: 'k', maxConcurrency })).toThrow(/maxConcurrency must be an integer above 0/);
    }
  });
});

describe('hardening: bodies that would exhaust memory or the stack', async () => {
  // 64 MiB of JSON whitespace inflates from about 64 KiB of gzip.
  const bomb = gzipSync(Buffer.concat([Buffer.from('{"status":"success","pad":"'), Buffer.alloc(64 * 1024 * 1024, 0x61), Buffer.from('"}')]));
  const bombs = await serve((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': bomb.length });
    res.end(bomb);
  });

  it('a gzip bomb fails fast with ResponseTooLargeError at the bound, not retried', async () => {
    const api = createClient({ apiKey: 'k', baseUrl: bombs.url, maxRetries: 2, maxResponseBytes: 1024 * 1024 });
    const before = bombs.requests();
    const error = await api.public.check({ username: 'lilyachty' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as ResponseTooLargeError).maxBytes).toBe(1024 * 1024);
    expect(bombs.requests() - before).toBe(1);
  });

  it('the default bound (32 MiB) stops it too; a per-call bound overrides the client', async () => {
    const api = createClient({ apiKey: 'k', baseUrl: bombs.url, maxRetries: 0 });
    expect(await api.public.check({ username: 'lilyachty' }).catch((e: unknown) => e)).toMatchObject({ maxBytes: 32 * 1024 * 1024 });
    const roomy = await api.public.check({ username: 'lilyachty' }, { maxResponseBytes: 80 * 1024 * 1024 });
    expect(roomy.statusCode).toBe(200);
  });

  it('an error body nested 100,000 deep is an APIError, not a raw RangeError', async () => {
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const { url } = await serve((_req, res) => res.writeHead(500, { 'Content-Type': 'application/json' }).end(deep));
    const api = createClient({ apiKey: 'k', baseUrl: url, maxRetries: 0 });
    const error = await api.public.check({ username: 'lilyachty' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).statusCode).toBe(500);
  });

  it('a success nested 100,000 deep parses, or fails as one of ours', async () => {
    const deep = `{"status":"success","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const { url } = await serve((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(deep));
    const api = createClient({ apiKey: 'k', baseUrl: url, maxRetries: 0 });
    const outcome = await api.public.check({ username: 'lilyachty' }).then(
      (r) => r.statusCode,
      (e: unknown) => e,
    );
    expect(outcome === 200 || outcome instanceof TikAPIError).toBe(true);
  });
});

describe('hardening: keys with stray characters', async () => {
  const sb = await startSandbox();
  const seen: (string | undefined)[] = [];
  const echo = await serve((req, res) => {
    seen.push(req.headers['x-api-key'] as string | undefined);
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"success"}');
  });

  it('a key read from a file (trailing newline) is sent trimmed', async () => {
    await createClient({ apiKey: 'sk_live_FROMFILE123\n', baseUrl: echo.url }).public.check({ username: 'lilyachty' });
    expect(seen.at(-1)).toBe('sk_live_FROMFILE123');
  });

  it('a key with a control character inside is refused by name, never shown', () => {
    for (const apiKey of ['sk_live_IN\nSIDE1', 'sk_live_NUL\u0000X']) {
      const error = (() => {
        try {
          createClient({ apiKey, baseUrl: sb.url });
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe('apiKey');
      expect(JSON.stringify(error) + String(error)).not.toMatch(/IN|SIDE1|NUL/);
    }
    expect(() => createClient({ apiKey: 'k', baseUrl: sb.url }).user({ accountKey: 'acct\r\nX' })).toThrow(ValidationError);
  });
});

// Faults switched on per request (X-Sandbox-Fault) or per server (options), seen through the SDK.
import {
  APIConnectionError,
  APITimeoutError,
  InternalServerError,
  RateLimitError,
} from '@tokkit/core';
import { describe, expect, it, vi } from 'vitest';
import { createSandboxHandler } from '../src/handler-entry.js';
import { parseFaults } from '../src/fault-spec.js';
import { FaultCounters, MAX_FAULT_DELAY_MS, planFaults } from '../src/faults.js';
import { DEMO_ACCOUNT_KEY, DEMO_API_KEY, raw, sdk, startSandbox } from './helpers.js';

const fault = (spec: string) => ({ headers: { 'X-Sandbox-Fault': spec } });

describe('fault syntax', () => {
  it('parses kinds, values and counts', () => {
    expect(parseFaults('503x2, latency=200, drop, slow-body=500x1, retry-after=0')).toEqual([
      { kind: 'status', value: 503, times: 2, source: '503x2' },
      { kind: 'latency', value: 200, times: undefined, source: 'latency=200' },
      { kind: 'drop', value: 0, times: undefined, source: 'drop' },
      { kind: 'slow-body', value: 500, times: 1, source: 'slow-body=500x1' },
      { kind: 'retry-after', value: 0, times: undefined, source: 'retry-after=0' },
    ]);
    for (const bad of ['200', 'latency', 'latency=fast', 'explode', '503x0']) expect(() => parseFaults(bad)).toThrow();
  });
});

/** Real sockets, through the one transport. */
describe('faults per request', async () => {
  const sb = await startSandbox({ sizes: { lists: 5 } });
  const api = sdk(sb.url, {});
  const check = { username: 'lilyachty' };

  it('5xx surfaces as InternalServerError', async () => {
    const error = await api.public.check(check, fault('503')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).statusCode).toBe(503);
  });

  it('503x1 fails once, then the SDK retry gets through', async () => {
    const response = await api.public.check(check, { ...fault('503x1'), maxRetries: 2 });
    expect(response.statusCode).toBe(200);
  });

  it('503x2 fails twice, then succeeds; then starts over', async () => {
    const calls = [];
    for (let i = 0; i < 4; i++) calls.push((await raw(sb.url, '/public/check?username=lilyachty', fault('503x2'))).status);
    expect(calls).toEqual([503, 503, 200, 503]);
  });

  it('POST requests are not retried after a 5xx', async () => {
    const user = api.user({ accountKey: DEMO_ACCOUNT_KEY });
    const error = await user.posts.like({ media_id: '7109178205151464746' }, { ...fault('500x1'), maxRetries: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
  });

  it('429 surfaces as RateLimitError with retryAfter', async () => {
    const error = await api.public.check(check, fault('429')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(1);
    const res = await raw(sb.url, '/key/info', fault('429, retry-after=7'));
    expect(res.headers.get('retry-after')).toBe('7');
  });

  it('429x1 is absorbed by a retry that honours Retry-After', async () => {
    const response = await api.public.check(check, { ...fault('429x1, retry-after=0'), maxRetries: 1 });
    expect(response.statusCode).toBe(200);
  });

  it('latency delays the answer; beyond the timeout it is an APITimeoutError', async () => {
    const started = Date.now();
    await api.public.check(check, fault('latency=150'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const error = await api.public.check(check, { ...fault('latency=400'), timeout: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
  });

  it('drop destroys the connection: APIConnectionError, or absorbed by a retry', async () => {
    const error = await api.public.check(check, fault('drop')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    const response = await api.public.check(check, { ...fault('dropx1'), maxRetries: 1 });
    expect(response.statusCode).toBe(200);
  });

  it('cut ends the connection mid-body', async () => {
    const error = await api.public.check(check, fault('cut')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
  });

  it('malformed and truncated JSON surface as APIConnectionError, or are absorbed by a retry', async () => {
    for (const kind of ['malformed', 'truncate']) {
      const error = await api.public.check(check, fault(kind)).catch((e: unknown) => e);
      expect(error, kind).toBeInstanceOf(APIConnectionError);
      const response = await api.public.check(check, { ...fault(`${kind}x1`), maxRetries: 1 });
      expect(response.json).toHaveProperty('userInfo');
    }
    const res = await fetch(`${sb.url}/key/info`, { headers: { 'X-API-KEY': DEMO_API_KEY, 'X-Sandbox-Fault': 'malformed' } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it('slow-body streams the body slowly but completely', async () => {
    const started = Date.now();
    const response = await api.public.check(check, fault('slow-body=300'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(response.json).toHaveProperty('userInfo.user.uniqueId', 'lilyachty');
  });

  it('a body still arriving when the timeout runs out is an APITimeoutError (the timeout covers the body)', async () => {
    const started = Date.now();
    const error = await api.public.check(check, { ...fault('slow-body=3000'), timeout: 500 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('refuses a fault header it cannot read', async () => {
    const res = await raw(sb.url, '/key/info', fault('explode'));
    expect(res.status).toBe(400);
    expect(String(res.json.message)).toMatch(/X-Sandbox-Fault/);
  });
});

describe('faults per server', async () => {
  const sb = await startSandbox({ faults: '502', latencyMs: 20 });
  const quiet = await startSandbox({ faults: '503', faultHeader: false });

  it('applies the configured faults to every request', async () => {
    const error = await sdk(sb.url).key().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).statusCode).toBe(502);
  });

  it('can ignore the request header', async () => {
    const res = await raw(quiet.url, '/key/info', fault('latency=10, 429'));
    expect(res.status).toBe(503);
  });
});

describe('faults in the bare fetch handler', () => {
  const handler = createSandboxHandler();
  const request = (spec: string) =>
    new Request('http://sandbox.test/public/check?username=lilyachty', {
      headers: { 'X-API-KEY': DEMO_API_KEY, 'X-Sandbox-Fault': spec },
    });

  it('drop: a body stream that errors when read', async () => {
    const response = await handler.fetch(request('drop'));
    await expect(response.text()).rejects.toThrow(/dropped/);
  });

  it('drop: asks the runtime to end the connection when it can', async () => {
    let dropped = false;
    await handler.fetch(request('drop'), { dropConnection: () => (dropped = true) });
    expect(dropped).toBe(true);
  });

  it('truncate and malformed: bodies that are not JSON', async () => {
    for (const spec of ['truncate', 'malformed']) {
      const text = await (await handler.fetch(request(spec))).text();
      expect(text.length).toBeGreaterThan(10);
      expect(() => JSON.parse(text)).toThrow();
    }
  });
});

describe('fault delays are bounded (hardening)', () => {
  const handler = createSandboxHandler({ sizes: { lists: 5 } });
  const request = (spec: string) =>
    new Request('http://sandbox.test/public/check?username=lilyachty', {
      headers: { 'X-API-KEY': DEMO_API_KEY, 'X-Sandbox-Fault': spec },
    });

  it(`adds at most ${MAX_FAULT_DELAY_MS} ms of latency and slow body per request, however many rules ask`, () => {
    const counters = new FaultCounters();
    const plan = (spec: string, base = 0) => planFaults(parseFaults(spec), counters, 'k', base);
    expect(plan('latency=1500, latency=1500, latency=1500, latency=1500').latencyMs).toBe(6000);
    expect(plan(Array(20).fill('latency=10000').join(',')).latencyMs).toBe(MAX_FAULT_DELAY_MS);
    expect(plan('latency=10000, latency=10000', 50).latencyMs).toBe(50 + MAX_FAULT_DELAY_MS);
    const both = plan('latency=7000, slow-body=9000, slow-body=9000');
    expect([both.latencyMs, both.slowBodyMs]).toEqual([7000, MAX_FAULT_DELAY_MS - 7000]);
    expect(() => parseFaults('latency=10001')).toThrow(/at most 10000 ms/);
  });

  it('a header of many latency rules answers after the bound, not their sum', async () => {
    vi.useFakeTimers();
    try {
      let answered = false;
      const pending = handler.fetch(request(Array(12).fill('latency=10000').join(', '))).then((response) => {
        answered = true;
        return response;
      });
      await vi.advanceTimersByTimeAsync(MAX_FAULT_DELAY_MS - 1);
      expect(answered).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(answered).toBe(true);
      expect((await pending).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFetch, TikAPI } from './index.js';
import { listen, type TestServer } from './test-servers.test-helper.js';

let server: TestServer;

beforeAll(async () => {
  server = await listen((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ status: 'success' }));
  });
});

afterAll(() => server.close());

describe('the Node transport keeps connections alive', () => {
  it('reuses pooled connections instead of opening one per call', async () => {
    const api = TikAPI({ apiKey: 'node_keepalive_KEY_1', baseUrl: server.url });
    const before = server.connections();
    for (let i = 0; i < 20; i += 1) await api.public.check({ username: 'lilyachty' });
    // undici hands a socket back to its pool a tick after the response: back-to-back calls may use two.
    expect(server.connections() - before).toBeLessThanOrEqual(2);
  });

  it("uses Node's fetch, looked up at call time", async () => {
    const original = globalThis.fetch;
    let calls = 0;
    globalThis.fetch = (input, init) => {
      calls += 1;
      return original(input, init);
    };
    try {
      await nodeFetch(`${server.url}/x`);
      await TikAPI({ apiKey: 'node_keepalive_KEY_1', baseUrl: server.url }).public.check({ username: 'x' });
    } finally {
      globalThis.fetch = original;
    }
    expect(calls).toBe(2);
  });
});

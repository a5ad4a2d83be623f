import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeProxy } from './index.js';
import { listen, type TestServer } from './test-servers.test-helper.js';

const KEY = 'node_proxy_API_KEY_777';
const ACCOUNT = 'node_proxy_ACCOUNT_888';

let api: TestServer;
let proxy: TestServer;
const received: { url: string; headers: Record<string, string | string[] | undefined>; body: string }[] = [];

beforeAll(async () => {
  api = await listen((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body });
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/public/check?username=leak')) {
        res.statusCode = 401;
        res.end(JSON.stringify({ status: 'error', message: `bad key ${KEY}` }));
        return;
      }
      res.end(JSON.stringify({ status: 'success', path: req.url }));
    });
  });
  const listener = createNodeProxy({
    apiKey: KEY,
    accountKey: ACCOUNT,
    allow: ['public.*', 'user.posts.comments.post'],
    basePath: '/tikapi',
    baseUrl: api.url,
    maxBodyBytes: 1024,
  });
  proxy = await listen((req, res) => void listener(req, res));
});

afterAll(async () => {
  await proxy.close();
  await api.close();
});

/** Sends a request with its path exactly as written (no client-side normalisation). */
function raw(path: string, init: { method?: string; headers?: Record<string, string>; body?: string | string[] } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const url = new URL(proxy.url);
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    for (const part of [init.body ?? []].flat()) req.write(part);
    req.end();
  });
}

describe('createNodeProxy on node:http', () => {
  it('forwards an allowed call with the key injected', async () => {
    const before = received.length;
    const res = await raw('/tikapi/public/check?username=lilyachty', { headers: { 'X-Api-Key': 'caller', 'x-account-key': 'caller' } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ path: '/public/check?username=lilyachty' });
    const got = received[before];
    expect(got?.headers['x-api-key']).toBe(KEY);
    expect(got?.headers['x-account-key']).toBeUndefined();
    expect(res.body).not.toContain(KEY);
  });

  it.each([
    '/tikapi/../key/info',
    '/tikapi/%2e%2e/key/info',
    '/tikapi/%2E%2e/key/info',
    '/tikapi/public/..%2f..%2fkey/info',
    '/tikapi/public%2fcheck',
    '/tikapi/key/info',
    '/key/info',
    '//evil.test/tikapi/public/check',
    '/tikapi/user/info',
  ])('refuses %s with 403, forwarding nothing', async (path) => {
    const before = received.length;
    const res = await raw(path);
    expect(res.status).toBe(403);
    expect(received.length).toBe(before);
  });

  it('answers 413 to a chunked body over the bound and forwards nothing', async () => {
    const before = received.length;
    const chunks = Array.from({ length: 20 }, () => 'x'.repeat(100));
    const res = await raw('/tikapi/user/comment', { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunks });
    expect(res.status).toBe(413);
    expect(received.length).toBe(before);
  });

  it('forwards a POST body within the bound with the account key', async () => {
    const before = received.length;
    const body = JSON.stringify({ media_id: '7109178205151464746', text: 'hi' });
    const res = await raw('/tikapi/user/comment', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(200);
    expect(received[before]?.body).toBe(body);
    expect(received[before]?.headers['x-account-key']).toBe(ACCOUNT);
  });

  it('redacts the key from an upstream error', async () => {
    const res = await raw('/tikapi/public/check?username=leak');
    expect(res.status).toBe(401);
    expect(res.body).not.toContain(KEY);
    expect(res.body).toContain('[redacted]');
  });

  it('hardening: a request fetch cannot even represent (TRACE) gets a JSON 400 with nosniff and a strict CSP', async () => {
    const answer = await new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
      (resolve, reject) => {
        const req = httpRequest(`${proxy.url}/tikapi/public/check?username=x`, { method: 'TRACE' }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        req.on('error', reject);
        req.end();
      },
    );
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({ status: 'error', message: 'tokkit proxy: bad request.' });
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});


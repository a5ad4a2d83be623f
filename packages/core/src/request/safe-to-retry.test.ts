// Retries follow the endpoint's safeToRetry, not its method: a read sent as POST is retried, a write never is.
// Real HTTP on a loopback socket that fails the first attempt of every request with 503.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allEndpoints } from '../endpoints/list.js';
import type { EndpointDescriptor } from '../endpoints/types.js';
import { APIError } from '../errors.js';
import { send } from '../transport/send.js';
import { RateGate } from '../transport/rate-gate.js';
import { callRequest, resolveCall } from './resolve-call.js';

let server: Server;
let baseUrl: string;
const attempts = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    const n = (attempts.get(path) ?? 0) + 1;
    attempts.set(path, n);
    res.setHeader('content-type', 'application/json');
    res.setHeader('retry-after', '0');
    if (n === 1) res.statusCode = 503;
    res.end(JSON.stringify(n === 1 ? { status: 'error', message: 'busy' } : { status: 'success' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const endpoint = (path: string, safeToRetry: boolean): EndpointDescriptor => ({
  key: `example${path.replace('/', '.')}`,
  method: 'POST',
  safeToRetry,
  path,
  auth: 'apiKey',
  params: { q: { in: 'body', type: 'string' } },
});

async function sendOnce(descriptor: EndpointDescriptor) {
  const call = resolveCall({ options: { apiKey: 'k', baseUrl, maxRetries: 2 } }, descriptor, { q: 'x' });
  return send(callRequest(call), { ...call.transport, secrets: [], gate: new RateGate() });
}

describe('safeToRetry', () => {
  it('retries a read sent as POST', async () => {
    const answer = await sendOnce(endpoint('/search', true));
    expect(answer.statusCode).toBe(200);
    expect(attempts.get('/search')).toBe(2);
  });

  it('never retries a write, also a POST', async () => {
    await expect(sendOnce(endpoint('/comment', false))).rejects.toBeInstanceOf(APIError);
    expect(attempts.get('/comment')).toBe(1);
  });

  it('keeps every TikAPI endpoint as it was: GET safe to retry, POST not', () => {
    for (const e of allEndpoints) expect(e.safeToRetry, e.key).toBe(e.method === 'GET');
  });
});

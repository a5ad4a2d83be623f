// A second provider is a descriptor: its URLs, how it sends keys (here `Authorization: Bearer <key>`), its demo keys.
// Real HTTP on a loopback socket.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EndpointDescriptor } from '../endpoints/types.js';
import { buildRequest } from '../request/build-request.js';
import { callRequest, resolveCall } from '../request/resolve-call.js';
import type { Hooks } from '../transport/hooks.js';
import { RateGate } from '../transport/rate-gate.js';
import { send } from '../transport/send.js';
import { tikapi } from './tikapi.js';
import type { ProviderDescriptor } from './types.js';

const bearer: ProviderDescriptor = {
  name: 'example',
  clientName: 'Example',
  baseUrl: 'https://api.example.test',
  sandboxUrl: 'http://sandbox.example.test',
  sandboxPrefix: '/example',
  demoKeys: { apiKey: 'example-demo-key' },
  keys: { apiKey: { header: 'Authorization', format: 'Bearer {key}' } },
  env: { apiKey: 'EXAMPLE_API_KEY', baseUrl: 'EXAMPLE_BASE_URL' },
  errorBody: { message: 'error' },
};

const search: EndpointDescriptor = {
  key: 'example.search',
  method: 'GET',
  safeToRetry: true,
  path: '/search',
  auth: 'apiKey',
  params: { q: { in: 'query', type: 'string', required: true } },
};

let server: Server;
let baseUrl: string;
const seen: (string | undefined)[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers.authorization);
    res.setHeader('content-type', 'application/json');
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a provider descriptor', () => {
  it('says how keys are sent: TikAPI in X-API-KEY, another provider as Authorization: Bearer', () => {
    const target = { baseUrl: 'https://h.test', apiKey: 'secret-1' };
    expect(buildRequest(search, { q: 'a' }, target).headers).toMatchObject({ [tikapi.keys.apiKey.header]: 'secret-1' });
    const headers = buildRequest(search, { q: 'a' }, { ...target, provider: bearer }).headers;
    expect(headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer secret-1' });
  });

  it("gives the sandbox URL and demo keys, and names its key headers for the transport's key guard", () => {
    const call = resolveCall({ options: { apiKey: 'mine', sandbox: true }, provider: bearer }, search, { q: 'a' });
    expect(callRequest(call)).toEqual({
      method: 'GET',
      url: 'http://sandbox.example.test/search?q=a',
      headers: { Accept: 'application/json', Authorization: 'Bearer example-demo-key' },
    });
    expect(call.transport.keyHeaders).toEqual(['Authorization']);
  });

  it('keeps its key header out of reach of hooks, as for TikAPI', async () => {
    const hooks: Hooks = { beforeRequest: [(request) => void request.headers.set('Authorization', 'Bearer other')] };
    const call = resolveCall({ options: { apiKey: 'secret-2', baseUrl, hooks }, provider: bearer }, search, { q: 'a' });
    const answer = await send(callRequest(call), { ...call.transport, secrets: ['secret-2'], gate: new RateGate() });
    expect(answer.json).toEqual({ ok: true });
    expect(seen.at(-1)).toBe('Bearer secret-2');
  });
});

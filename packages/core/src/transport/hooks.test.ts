import ky from 'ky';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../client/client.js';
import type { ClientOptions } from '../client/options.js';
import { DEMO_ACCOUNT_KEY, DEMO_API_KEY } from '../client/options.js';
import { APIConnectionError, InternalServerError, TikAPIError } from '../errors.js';
import type { Hooks } from './hooks.js';
import { ACCOUNT_KEY, API_KEY, errorOf, type FakeFetch, fakeFetch, jsonResponse } from './fake-fetch.test-helper.js';

const OK = jsonResponse(200, { status: 'success', userInfo: { user: { uniqueId: 'lilyachty' } } });
const client = (fetch: FakeFetch, options: ClientOptions = {}) =>
  createClient({ apiKey: API_KEY, accountKey: ACCOUNT_KEY, fetch, ...options });
const check = { username: 'lilyachty' };
const sentHeader = (fetch: FakeFetch, name: string, call = 0) => fetch.calls[call]?.headers.get(name) ?? null;

afterEach(() => vi.restoreAllMocks());

describe('hooks: ky hooks as the extension point', () => {
  it('beforeRequest adds a header to every request, as ky does (a tracing example)', async () => {
    const fetch = fakeFetch(OK);
    const traced: string[] = [];
    const api = client(fetch, {
      hooks: {
        beforeRequest: [
          (request) => {
            request.headers.set('traceparent', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
            traced.push(`${request.method} ${new URL(request.url).pathname}`);
          },
        ],
      },
    });
    await api.public.check(check);
    expect(sentHeader(fetch, 'traceparent')).toBe('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
    expect(traced).toEqual(['GET /public/check']);
  });

  it('runs the client hooks, then the call hooks, on each attempt; beforeRetry sees each retry', async () => {
    const fetch = fakeFetch(jsonResponse(503, {}), OK);
    const order: string[] = [];
    const hooks = (who: string): Hooks => ({
      beforeRequest: [(_request, _options, { retryCount }) => void order.push(`${who} beforeRequest ${retryCount}`)],
      beforeRetry: [({ retryCount, error }) => void order.push(`${who} beforeRetry ${retryCount} ${error.name}`)],
      afterResponse: [(_request, _options, response) => void order.push(`${who} afterResponse ${response.status}`)],
    });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const api = client(fetch, { hooks: hooks('client') });
    const response = await api.public.check(check, { hooks: hooks('call') });
    expect(response.statusCode).toBe(200);
    expect(order).toEqual([
      'client beforeRequest 0',
      'call beforeRequest 0',
      'client afterResponse 503',
      'call afterResponse 503',
      'client beforeRetry 1 HTTPError',
      'call beforeRetry 1 HTTPError',
      'client beforeRequest 1',
      'call beforeRequest 1',
      'client afterResponse 200',
      'call afterResponse 200',
    ]);
  });

  it('afterResponse reads the body the API sent, and can ask ky for a retry', async () => {
    const fetch = fakeFetch(jsonResponse(200, { status: 'success', retryMe: true }), OK);
    const seen: unknown[] = [];
    const api = client(fetch, {
      maxRetries: 1,
      hooks: {
        afterResponse: [
          async (_request, _options, response) => {
            const body = (await response.json()) as { retryMe?: boolean };
            seen.push(body);
            return body.retryMe ? ky.retry() : undefined;
          },
        ],
      },
    });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const response = await api.public.check(check);
    expect(seen).toEqual([{ status: 'success', retryMe: true }, { status: 'success', userInfo: { user: { uniqueId: 'lilyachty' } } }]);
    expect(response.json).toMatchObject({ userInfo: { user: { uniqueId: 'lilyachty' } } });
    expect(fetch.calls).toHaveLength(2);
  });

  it('afterResponse hooks see a 204 as it came, and the call reads it as no body', async () => {
    const fetch = fakeFetch(new Response(null, { status: 204 }));
    const statuses: number[] = [];
    const api = client(fetch, { hooks: { afterResponse: [(_request, _options, response) => void statuses.push(response.status)] } });
    const response = await api.public.check(check);
    expect(statuses).toEqual([204]);
    expect(response).toMatchObject({ statusCode: 204, json: null });
  });

  it('an afterResponse hook may answer with its own JSON Response', async () => {
    const fetch = fakeFetch(OK);
    const api = client(fetch, { hooks: { afterResponse: [() => Response.json({ status: 'success', cached: true })] } });
    expect((await api.public.check(check)).json).toEqual({ status: 'success', cached: true });
  });

  describe('hardening: what a hook does to the key headers never changes which keys are sent', () => {
    it.each<[string, Hooks['beforeRequest']]>([
      ['overwrites them', [(request) => void request.headers.set('X-API-KEY', 'someone-else')]],
      ['deletes them', [(request) => void (request.headers.delete('X-API-KEY'), request.headers.delete('X-ACCOUNT-KEY'))]],
      ['returns a new Request with other keys', [(request) => new Request(request, { headers: { 'X-API-KEY': 'other', 'X-ACCOUNT-KEY': 'other' } })]],
    ])('a beforeRequest hook that %s', async (_what, beforeRequest) => {
      const fetch = fakeFetch(OK);
      await client(fetch, { hooks: { beforeRequest } }).user.info();
      expect(sentHeader(fetch, 'X-API-KEY')).toBe(API_KEY);
      expect(sentHeader(fetch, 'X-ACCOUNT-KEY')).toBe(ACCOUNT_KEY);
    });

    it('cannot add an account key to an endpoint that takes none', async () => {
      const fetch = fakeFetch(OK);
      const hooks: Hooks = { beforeRequest: [(request) => void request.headers.set('X-ACCOUNT-KEY', ACCOUNT_KEY)] };
      await client(fetch, { hooks }).public.check(check);
      expect(sentHeader(fetch, 'X-ACCOUNT-KEY')).toBeNull();
    });

    it('in sandbox mode only the demo keys go out, whatever a hook sets', async () => {
      const fetch = fakeFetch(OK);
      const hooks: Hooks = { beforeRequest: [(request) => void request.headers.set('X-API-KEY', API_KEY)] };
      await client(fetch, { sandbox: true, baseUrl: 'http://127.0.0.1:9', hooks }).user.info();
      expect(sentHeader(fetch, 'X-API-KEY')).toBe(DEMO_API_KEY);
      expect(sentHeader(fetch, 'X-ACCOUNT-KEY')).toBe(DEMO_ACCOUNT_KEY);
    });

    it('a hook that points the request at another origin is refused before anything is sent', async () => {
      const fetch = fakeFetch(OK);
      const hooks: Hooks = { beforeRequest: [(request) => new Request('https://evil.example/collect', request)] };
      const error = await errorOf(client(fetch, { hooks }).public.check(check));
      expect(error).toBeInstanceOf(TikAPIError);
      expect(String(error)).toMatch(/https:\/\/evil\.example; keys are only sent to https:\/\/api\.tikapi\.io/);
      expect(fetch.calls).toHaveLength(0);
    });
  });

  describe('hardening: what a hook throws surfaces as a typed error, without the keys, not retried', () => {
    it.each(['beforeRequest', 'afterResponse'] as const)('%s', async (name) => {
      const fetch = fakeFetch(OK);
      const boom = () => {
        throw new Error(`tracing backend refused key ${API_KEY}`);
      };
      const error = await errorOf(client(fetch, { hooks: { [name]: [boom] } }).public.check(check));
      expect(error).toBeInstanceOf(TikAPIError);
      expect(error).not.toBeInstanceOf(APIConnectionError);
      expect((error as Error).message).toBe(`tokkit: the ${name} hook threw: tracing backend refused key [redacted]`);
      expect(JSON.stringify(error)).not.toContain(API_KEY);
      expect(String((error as Error).cause)).not.toContain(API_KEY);
      expect(fetch.calls.length).toBeLessThanOrEqual(1);
    });

    it('beforeRetry', async () => {
      vi.spyOn(Math, 'random').mockReturnValue(0);
      const fetch = fakeFetch(jsonResponse(503, {}), OK);
      const hooks: Hooks = { beforeRetry: [() => Promise.reject(new Error('no retries today'))] };
      const error = await errorOf(client(fetch, { hooks }).public.check(check));
      expect((error as Error).message).toBe('tokkit: the beforeRetry hook threw: no retries today');
      expect(fetch.calls).toHaveLength(1);
    });

    it('an error status still wins over hooks that return nothing', async () => {
      const fetch = fakeFetch(jsonResponse(500, { message: 'down' }));
      const error = await errorOf(client(fetch, { maxRetries: 0, hooks: { afterResponse: [() => undefined] } }).public.check(check));
      expect(error).toBeInstanceOf(InternalServerError);
    });
  });
});

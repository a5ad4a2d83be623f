import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient, type TikAPIClient } from '../client/client.js';
import type { ClientOptions, RequestOptions } from '../client/options.js';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  InternalServerError,
  RateLimitError,
} from '../errors.js';
import {
  ACCOUNT_KEY,
  API_KEY,
  brokenBodyResponse,
  errorOf,
  type FakeFetch,
  fakeFetch,
  jsonResponse,
  networkError,
  recordingLogger,
  rejection,
  stalledBodyResponse,
  textResponse,
  track,
} from './fake-fetch.test-helper.js';

const OK = jsonResponse(200, { status: 'success', userInfo: { user: { uniqueId: 'lilyachty' } } });
const START = new Date('2025-01-01T00:00:00Z').getTime();


const check = (api: TikAPIClient, options?: RequestOptions) => api.public.check({ username: 'lilyachty' }, options);
const comment = (api: TikAPIClient, options?: RequestOptions) =>
  api.user({ accountKey: ACCOUNT_KEY }).posts.comments.post({ media_id: '7109178205151464746', text: 'hi' }, options);

/** Every POST endpoint the spec names: none may be sent twice by the SDK. */
const postCalls: [string, (api: TikAPIClient, options?: RequestOptions) => Promise<unknown>][] = [
  ['user.posts.comments.post', comment],
  ['user.posts.like', (api, o) => api.user({ accountKey: ACCOUNT_KEY }).posts.like({ media_id: '7109178205151464746' }, o)],
  [
    'user.follow',
    (api, o) =>
      api
        .user({ accountKey: ACCOUNT_KEY })
        .follow(
          {
            username: 'lilyachty',
            secUid: 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud',
            user_id: '6569595380449902597',
          },
          o,
        ),
  ],
  [
    'user.sendMessage',
    (api, o) =>
      api
        .user({ accountKey: ACCOUNT_KEY })
        .sendMessage(
          {
            text: 'hi',
            conversation_id: '0:1:684574219823284956:69402435203845897564',
            conversation_short_id: '6940245147502654884',
            ticket: '3M8IlBpABq00h2aNB1B5JJ2ne0DTnGLLAFjGQQGMf4BKWJxEYxf7RAE0KaD2EjkQkWiJalT4xj36JGWa1ZmQg7SgQfHLoXffNFYLkIJhe1HVyiPXitoxWFyuzlX1xvBCYhZxkQALHE4gx9AaXBPEZjks7jC',
          },
          o,
        ),
  ],
  ['user.live.start', (api, o) => api.user({ accountKey: ACCOUNT_KEY }).live.start({ title: 'live' }, o)],
];

/** Gaps in ms between consecutive fetch calls. */
const gaps = (fetch: FakeFetch) => fetch.calls.slice(1).map((call, i) => call.at - (fetch.calls[i]?.at ?? 0));

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
  // Jitter factor 0.5 + random / 2: with random = 0 every backoff is exactly half its base.
  vi.spyOn(Math, 'random').mockReturnValue(0);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the transport', () => {
  function client(fetch: FakeFetch, options: ClientOptions = {}): TikAPIClient {
    return createClient({ apiKey: API_KEY, fetch, logger: recordingLogger(), ...options });
  }

  describe('timeout', () => {
    it('fails a GET with APITimeoutError after 60 000 ms per attempt, retrying twice', async () => {
      const fetch = fakeFetch('hang');
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(59_999);
      expect(fetch.calls).toHaveLength(1);
      expect(call.current.state).toBe('pending');

      await vi.advanceTimersByTimeAsync(1 + 250); // timeout, then backoff 500 ms x 0.5
      expect(fetch.calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(60_000 + 499);
      expect(fetch.calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1); // backoff 1000 ms x 0.5
      expect(fetch.calls).toHaveLength(3);
      expect(call.current.state).toBe('pending');

      await vi.advanceTimersByTimeAsync(60_000);
      const error = rejection(call);
      expect(error).toBeInstanceOf(APITimeoutError);
      expect(error).toBeInstanceOf(APIConnectionError);
      expect((error as APITimeoutError).message).toContain('60000 ms');
      expect(fetch.calls.map((c) => c.at - START)).toEqual([0, 60_250, 120_750]);

      await vi.advanceTimersByTimeAsync(600_000);
      expect(fetch.calls).toHaveLength(3);
    });

    it('uses a per-call timeout instead of the default', async () => {
      const fetch = fakeFetch('hang');
      const call = track(check(client(fetch), { timeout: 5000, maxRetries: 0 }));

      await vi.advanceTimersByTimeAsync(4999);
      expect(call.current.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(rejection(call)).toBeInstanceOf(APITimeoutError);
      expect(fetch.calls).toHaveLength(1);
    });

    it('uses the client timeout, and a per-call timeout overrides it', async () => {
      const fetch = fakeFetch('hang');
      const api = client(fetch, { timeout: 1000, maxRetries: 0 });

      const byClient = track(check(api));
      await vi.advanceTimersByTimeAsync(999);
      expect(byClient.current.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(rejection(byClient)).toBeInstanceOf(APITimeoutError);

      const byCall = track(check(api, { timeout: 3000 }));
      await vi.advanceTimersByTimeAsync(2999);
      expect(byCall.current.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(rejection(byCall)).toBeInstanceOf(APITimeoutError);
      expect(fetch.calls).toHaveLength(2);
    });

    it('does not retry a POST that timed out', async () => {
      const fetch = fakeFetch('hang');
      const call = track(comment(client(fetch)));

      await vi.advanceTimersByTimeAsync(60_000);
      expect(rejection(call)).toBeInstanceOf(APITimeoutError);
      await vi.advanceTimersByTimeAsync(600_000);
      expect(fetch.calls).toHaveLength(1);
    });

    it('uses an answer that arrives just before the timeout', async () => {
      const fetch = fakeFetch(
        () => new Promise<Response>((resolve) => setTimeout(() => resolve(OK.clone()), 59_999)),
      );
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(59_999);
      expect(call.current).toMatchObject({ state: 'fulfilled', value: { statusCode: 200 } });
      expect(fetch.calls).toHaveLength(1);
    });

    it('also bounds a body that stalls after the headers arrived', async () => {
      const fetch = fakeFetch(stalledBodyResponse());
      const call = track(check(client(fetch), { timeout: 5000, maxRetries: 1 }));

      await vi.advanceTimersByTimeAsync(4999);
      expect(call.current.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1 + 250);
      expect(fetch.calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(5000);
      expect(rejection(call)).toBeInstanceOf(APITimeoutError);
      expect(fetch.calls).toHaveLength(2);
    });

    it.each([Number.POSITIVE_INFINITY, 3_000_000_000])('waits without limit when the timeout is %d', async (timeout) => {
      const fetch = fakeFetch('hang');
      const call = track(check(client(fetch, { timeout })));

      await vi.advanceTimersByTimeAsync(3_600_000);
      expect(call.current.state).toBe('pending');
      expect(fetch.calls).toHaveLength(1);
    });
  });

  describe('retries', () => {
    it.each([408, 429, 500, 502, 503, 504])('retries a GET answered %i: 3 attempts, then the error', async (status) => {
      const fetch = fakeFetch(jsonResponse(status, { status: 'error', message: `HTTP ${status}` }));
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(30_000);
      const error = rejection(call);
      expect(error).toBeInstanceOf(APIError);
      expect((error as APIError).statusCode).toBe(status);
      expect(fetch.calls).toHaveLength(3);
    });

    it('returns the answer of a retry that succeeds', async () => {
      const fetch = fakeFetch(jsonResponse(503, {}), jsonResponse(502, {}), OK);
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(30_000);
      expect(call.current).toMatchObject({
        state: 'fulfilled',
        value: { statusCode: 200, json: { userInfo: { user: { uniqueId: 'lilyachty' } } } },
      });
      expect(fetch.calls).toHaveLength(3);
      expect(fetch.calls.every((c) => c.method === 'GET' && c.url === fetch.calls[0]?.url)).toBe(true);
    });

    it.each([400, 401, 403, 404, 428])('does not retry a GET answered %i', async (status) => {
      const fetch = fakeFetch(jsonResponse(status, { status: 'error', message: 'no' }));
      const error = await errorOf(check(client(fetch)));

      expect(error).toBeInstanceOf(APIError);
      expect((error as APIError).statusCode).toBe(status);
      expect(fetch.calls).toHaveLength(1);
    });

    it('retries a GET when fetch rejects (network error), then surfaces APIConnectionError', async () => {
      const fetch = fakeFetch(networkError());
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(30_000);
      const error = rejection(call);
      expect(error).toBeInstanceOf(APIConnectionError);
      expect(error).not.toBeInstanceOf(APITimeoutError);
      expect((error as Error).message).toContain('fetch failed');
      expect(fetch.calls).toHaveLength(3);
    });

    it('recovers when the network comes back', async () => {
      const fetch = fakeFetch(networkError(), OK);
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(30_000);
      expect(call.current).toMatchObject({ state: 'fulfilled', value: { statusCode: 200 } });
      expect(fetch.calls).toHaveLength(2);
    });

    describe.each(postCalls)('POST %s', (_name, send) => {
      it('is sent once when answered 503', async () => {
        const fetch = fakeFetch(jsonResponse(503, { status: 'error', message: 'busy' }));
        const call = track(send(client(fetch)));

        await vi.advanceTimersByTimeAsync(600_000);
        expect(rejection(call)).toBeInstanceOf(InternalServerError);
        expect(fetch.calls.map((c) => c.method)).toEqual(['POST']);
      });

      it('is sent once when the network fails', async () => {
        const fetch = fakeFetch(networkError());
        const call = track(send(client(fetch)));

        await vi.advanceTimersByTimeAsync(600_000);
        expect(rejection(call)).toBeInstanceOf(APIConnectionError);
        expect(fetch.calls.map((c) => c.method)).toEqual(['POST']);
      });

      it('is sent once when answered 429 with a short Retry-After', async () => {
        const fetch = fakeFetch(jsonResponse(429, { status: 'error' }, { 'Retry-After': '1' }));
        const call = track(send(client(fetch)));

        await vi.advanceTimersByTimeAsync(600_000);
        expect(rejection(call)).toMatchObject({ constructor: RateLimitError, retryAfter: 1 });
        expect(fetch.calls.map((c) => c.method)).toEqual(['POST']);
      });
    });

    it('sends once with maxRetries: 0 on the call', async () => {
      const fetch = fakeFetch(jsonResponse(503, {}));
      const call = track(check(client(fetch), { maxRetries: 0 }));

      await vi.advanceTimersByTimeAsync(30_000);
      expect(rejection(call)).toBeInstanceOf(InternalServerError);
      expect(fetch.calls).toHaveLength(1);
    });

    it('sends once with maxRetries: 0 on the client, for errors and timeouts alike', async () => {
      const fetch = fakeFetch(jsonResponse(503, {}), networkError(), 'hang');
      const api = client(fetch, { maxRetries: 0 });

      const first = track(check(api));
      await vi.advanceTimersByTimeAsync(30_000);
      expect(rejection(first)).toBeInstanceOf(InternalServerError);
      const second = track(check(api));
      await vi.advanceTimersByTimeAsync(30_000);
      expect(rejection(second)).toBeInstanceOf(APIConnectionError);
      const third = track(check(api));
      await vi.advanceTimersByTimeAsync(60_000);
      expect(rejection(third)).toBeInstanceOf(APITimeoutError);
      await vi.advanceTimersByTimeAsync(600_000);
      expect(fetch.calls).toHaveLength(3);
    });

    it.each([Number.NaN, -1])('refuses a per-call maxRetries of %d before sending', async (maxRetries) => {
      const fetch = fakeFetch(jsonResponse(503, {}), OK);
      const call = track(check(client(fetch), { maxRetries }));

      await vi.advanceTimersByTimeAsync(30_000);
      expect(String(rejection(call))).toMatch(/maxRetries must be an integer/);
      expect(fetch.calls).toHaveLength(0);
    });

    it('lets a per-call maxRetries override the client', async () => {
      const fetch = fakeFetch(jsonResponse(503, {}));
      const call = track(check(client(fetch, { maxRetries: 0 }), { maxRetries: 4 }));

      await vi.advanceTimersByTimeAsync(60_000);
      expect(rejection(call)).toBeInstanceOf(InternalServerError);
      expect(fetch.calls).toHaveLength(5);
    });

    it('tells logger.debug about each retry, without keys', async () => {
      const logger = recordingLogger();
      const fetch = fakeFetch(jsonResponse(503, {}), networkError(), OK);
      const call = track(check(client(fetch, { logger })));

      await vi.advanceTimersByTimeAsync(30_000);
      expect(call.current.state).toBe('fulfilled');
      expect(logger.lines).toEqual([
        'debug: tokkit: retry 1 of GET /public/check after HTTP 503',
        'debug: tokkit: retry 2 of GET /public/check after TypeError',
      ]);
    });
  });

  describe('backoff', () => {
    const failing = () => fakeFetch(jsonResponse(500, {}));

    it('starts at 500 ms and doubles, halved by the lowest jitter', async () => {
      const fetch = failing();
      const call = track(check(client(fetch, { maxRetries: 4 })));

      await vi.advanceTimersByTimeAsync(60_000);
      expect(rejection(call)).toBeInstanceOf(InternalServerError);
      expect(gaps(fetch)).toEqual([250, 500, 1000, 2000]);
    });

    it('keeps every wait between 50% and 100% of its base', async () => {
      vi.mocked(Math.random).mockReturnValue(0.5);
      const mid = failing();
      track(check(client(mid, { maxRetries: 3 })));
      await vi.advanceTimersByTimeAsync(60_000);
      expect(gaps(mid)).toEqual([375, 750, 1500]);

      vi.mocked(Math.random).mockReturnValue(0.999_999);
      const high = failing();
      track(check(client(high, { maxRetries: 3 })));
      await vi.advanceTimersByTimeAsync(60_000);
      const highGaps = gaps(high);
      expect(highGaps).toHaveLength(3);
      [500, 1000, 2000].forEach((base, i) => {
        expect(highGaps[i]).toBeGreaterThan(base * 0.99);
        expect(highGaps[i]).toBeLessThanOrEqual(base);
      });
    });

    it('caps the base at 8 s, and still jitters the capped wait', async () => {
      const low = failing();
      track(check(client(low, { maxRetries: 7 })));
      await vi.advanceTimersByTimeAsync(120_000);
      expect(gaps(low)).toEqual([250, 500, 1000, 2000, 4000, 4000, 4000]);

      vi.mocked(Math.random).mockReturnValue(0.999_999);
      const high = failing();
      track(check(client(high, { maxRetries: 7 })));
      await vi.advanceTimersByTimeAsync(120_000);
      const highGaps = gaps(high);
      expect(highGaps).toHaveLength(7);
      expect(Math.max(...highGaps)).toBeLessThanOrEqual(8000);
      expect(highGaps.slice(4).every((gap) => gap > 7900)).toBe(true);
    });
  });

  describe('Retry-After', () => {
    it.each([429, 503])('waits the seconds it gives on %i, without jitter', async (status) => {
      const fetch = fakeFetch(jsonResponse(status, {}, { 'Retry-After': '3' }), OK);
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(2999);
      expect(fetch.calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(fetch.calls).toHaveLength(2);
      expect(call.current).toMatchObject({ state: 'fulfilled', value: { statusCode: 200 } });
    });

    it('waits until the HTTP date it gives', async () => {
      const fetch = fakeFetch(jsonResponse(429, {}, { 'Retry-After': 'Wed, 01 Jan 2025 00:00:05 GMT' }), OK);
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(4999);
      expect(fetch.calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(fetch.calls).toHaveLength(2);
      expect(call.current.state).toBe('fulfilled');
    });

    it('waits a full 60 s when asked for exactly 60 s', async () => {
      const fetch = fakeFetch(jsonResponse(429, {}, { 'Retry-After': '60' }), OK);
      track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(59_999);
      expect(fetch.calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(fetch.calls).toHaveLength(2);
    });

    it('surfaces a Retry-After above 60 s at once as RateLimitError', async () => {
      const fetch = fakeFetch(jsonResponse(429, { status: 'error', message: 'Daily limit reached' }, { 'Retry-After': '61' }), OK);
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(0);
      const error = rejection(call);
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ statusCode: 429, retryAfter: 61, message: 'Daily limit reached' });
      await vi.advanceTimersByTimeAsync(600_000);
      expect(fetch.calls).toHaveLength(1);
    });

    it('surfaces an HTTP date more than 60 s ahead at once, with retryAfter in seconds', async () => {
      const fetch = fakeFetch(jsonResponse(429, {}, { 'Retry-After': 'Wed, 01 Jan 2025 00:02:00 GMT' }), OK);
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(0);
      expect(rejection(call)).toMatchObject({ constructor: RateLimitError, retryAfter: 120 });
      await vi.advanceTimersByTimeAsync(600_000);
      expect(fetch.calls).toHaveLength(1);
    });

    it('surfaces a long Retry-After on a 503 at once too', async () => {
      const fetch = fakeFetch(jsonResponse(503, {}, { 'Retry-After': '3600' }), OK);
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(0);
      expect(rejection(call)).toMatchObject({ constructor: InternalServerError, retryAfter: 3600 });
      expect(fetch.calls).toHaveLength(1);
    });

    it.each([
      ['when Retry-After cannot be read', 503, { 'Retry-After': 'soon' }],
      ['when there is no Retry-After, whatever other rate-limit headers say', 429, { 'RateLimit-Reset': '30', 'X-RateLimit-Reset': '1999999999' }],
    ])('falls back to the backoff %s', async (_case, status, headers) => {
      const fetch = fakeFetch(jsonResponse(status, {}, headers), OK);
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(249);
      expect(fetch.calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(fetch.calls).toHaveLength(2);
      expect(call.current.state).toBe('fulfilled');
    });

    it('reports the Retry-After of the last attempt when the retries run out', async () => {
      const fetch = fakeFetch(jsonResponse(429, {}, { 'Retry-After': '2' }));
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(4000);
      expect(rejection(call)).toMatchObject({ constructor: RateLimitError, retryAfter: 2 });
      expect(gaps(fetch)).toEqual([2000, 2000]);
    });
  });

  describe('abort', () => {
    it('sends nothing when the signal is already aborted', async () => {
      const fetch = fakeFetch(OK);
      const controller = new AbortController();
      controller.abort();

      const error = await errorOf(check(client(fetch), { signal: controller.signal }));
      expect(error).toBeInstanceOf(APIUserAbortError);
      expect(fetch.calls).toHaveLength(0);
    });

    it.each([
      ['GET', check],
      ['POST', comment],
    ] as const)('cancels a %s while it waits for the answer', async (_method, send) => {
      const fetch = fakeFetch('hang');
      const controller = new AbortController();
      const call = track(send(client(fetch), { signal: controller.signal }));

      await vi.advanceTimersByTimeAsync(1000);
      controller.abort();
      await vi.advanceTimersByTimeAsync(0);
      expect(rejection(call)).toBeInstanceOf(APIUserAbortError);
      await vi.advanceTimersByTimeAsync(600_000);
      expect(fetch.calls).toHaveLength(1);
    });

    it('cancels during the backoff wait, without another attempt', async () => {
      const fetch = fakeFetch(jsonResponse(503, {}), OK);
      const controller = new AbortController();
      const call = track(check(client(fetch), { signal: controller.signal }));

      await vi.advanceTimersByTimeAsync(100); // inside the 250 ms backoff
      expect(fetch.calls).toHaveLength(1);
      expect(call.current.state).toBe('pending');
      controller.abort();
      await vi.advanceTimersByTimeAsync(0);
      expect(rejection(call)).toBeInstanceOf(APIUserAbortError);
      await vi.advanceTimersByTimeAsync(600_000);
      expect(fetch.calls).toHaveLength(1);
    });

    it('cancels during a Retry-After wait', async () => {
      const fetch = fakeFetch(jsonResponse(429, {}, { 'Retry-After': '30' }), OK);
      const controller = new AbortController();
      const call = track(check(client(fetch), { signal: controller.signal }));

      await vi.advanceTimersByTimeAsync(1000);
      controller.abort(new Error('user left'));
      await vi.advanceTimersByTimeAsync(0);
      expect(rejection(call)).toBeInstanceOf(APIUserAbortError);
      await vi.advanceTimersByTimeAsync(600_000);
      expect(fetch.calls).toHaveLength(1);
    });

    it('cancels while the body is still arriving', async () => {
      const fetch = fakeFetch(stalledBodyResponse());
      const controller = new AbortController();
      const call = track(check(client(fetch), { signal: controller.signal }));

      await vi.advanceTimersByTimeAsync(1000);
      controller.abort();
      await vi.advanceTimersByTimeAsync(0);
      expect(rejection(call)).toBeInstanceOf(APIUserAbortError);
      await vi.advanceTimersByTimeAsync(600_000);
      expect(fetch.calls).toHaveLength(1);
    });
  });

  describe('integers beyond 2^53', () => {
    it('keeps them exact: a cursor goes back digit for digit', async () => {
      vi.useRealTimers();
      const secUid = 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud';
      const fetch = fakeFetch(
        textResponse(200, '{"status":"success","itemList":[{"id":"1"}],"hasMore":true,"cursor":1657000000000000001}'),
        textResponse(200, '{"status":"success","itemList":[{"id":"2"}],"hasMore":false,"cursor":0}'),
      );
      const first = await client(fetch).public.posts({ secUid });
      expect(first.cursor).toBe('1657000000000000001');
      const second = await first.nextItems();
      expect(new URL(fetch.calls[1]?.url ?? '').searchParams.get('cursor')).toBe('1657000000000000001');
      expect(second?.items).toEqual([{ id: '2' }]);
    });
  });

  describe('unreadable bodies', () => {
    it('retries a GET whose 200 body is not JSON, then surfaces APIConnectionError', async () => {
      const fetch = fakeFetch(textResponse(200, '<html>maintenance</html>'));
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(30_000);
      const error = rejection(call);
      expect(error).toBeInstanceOf(APIConnectionError);
      expect(error).not.toBeInstanceOf(APITimeoutError);
      expect((error as Error).message).toMatch(/not valid JSON/);
      expect(fetch.calls).toHaveLength(3);
    });

    it('returns the retry that brings valid JSON', async () => {
      const fetch = fakeFetch(textResponse(200, '{"status":"succ'), OK);
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(30_000);
      expect(call.current).toMatchObject({ state: 'fulfilled', value: { statusCode: 200 } });
      expect(fetch.calls).toHaveLength(2);
    });

    it('retries a GET whose body stream breaks, then surfaces APIConnectionError', async () => {
      const fetch = fakeFetch(brokenBodyResponse());
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(30_000);
      const error = rejection(call);
      expect(error).toBeInstanceOf(APIConnectionError);
      expect((error as Error).message).toMatch(/closed before the body/);
      expect(fetch.calls).toHaveLength(3);
    });

    it.each([
      ['malformed JSON', textResponse(200, '{"status":"succ')],
      ['a broken body stream', brokenBodyResponse()],
    ] as const)('does not retry a POST with %s, and says it may have been applied', async (_what, step) => {
      const fetch = fakeFetch(step);
      const call = track(comment(client(fetch)));

      await vi.advanceTimersByTimeAsync(600_000);
      const error = rejection(call);
      expect(error).toBeInstanceOf(APIConnectionError);
      expect((error as Error).message).toMatch(/POST may have been applied/);
      expect(fetch.calls).toHaveLength(1);
    });

    it('still maps an error status whose body breaks to its status, without a retry', async () => {
      const fetch = fakeFetch(brokenBodyResponse(401));
      const call = track(check(client(fetch)));

      await vi.advanceTimersByTimeAsync(30_000);
      expect(rejection(call)).toMatchObject({ constructor: AuthenticationError, statusCode: 401, json: null });
      expect(fetch.calls).toHaveLength(1);
    });

    it('reads an empty 200 body as null', async () => {
      const fetch = fakeFetch(textResponse(200, ''));
      const response = await check(client(fetch));
      expect(response.json).toBeNull();
      expect(fetch.calls).toHaveLength(1);
    });
  });
});

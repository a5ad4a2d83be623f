import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient, type TikAPIClient } from './client/client.js';
import { DEMO_ACCOUNT_KEY, DEMO_API_KEY, type RequestOptions } from './client/options.js';
import { APIConnectionError, APIError, APITimeoutError } from './errors.js';
import {
  ACCOUNT_KEY,
  API_KEY,
  fakeFetch,
  inspectAll,
  jsonResponse,
  recordingLogger,
  rejection,
  type Step,
  textResponse,
  track,
} from './transport/fake-fetch.test-helper.js';

const SECRETS = [API_KEY, ACCOUNT_KEY];
const ECHO = `got X-API-KEY ${API_KEY} and X-ACCOUNT-KEY ${ACCOUNT_KEY}`;

type Call = (api: TikAPIClient, options?: RequestOptions) => Promise<unknown>;
const get: Call = (api, o) => api.user({ accountKey: ACCOUNT_KEY }).info(undefined, o);
const post: Call = (api, o) =>
  api.user({ accountKey: ACCOUNT_KEY }).posts.comments.post({ media_id: '7109178205151464746', text: 'hi' }, o);

/** Every way an error can be looked at. */
function views(error: unknown): Record<string, string> {
  const e = error as Error;
  return {
    message: e.message,
    stack: e.stack ?? '',
    'JSON.stringify': JSON.stringify(error),
    String: String(error),
    'util.inspect': inspectAll(error),
  };
}

function expectNoSecrets(text: string, where: string): void {
  for (const secret of SECRETS) expect(text, `${where} must not contain ${secret}`).not.toContain(secret);
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, 'random').mockReturnValue(0);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Runs `call` against `steps` until it fails; returns the error, the calls and the log. */
async function failure(steps: Step[], call: Call, options?: RequestOptions) {
  const logger = recordingLogger();
  const fetch = fakeFetch(...steps);
  const api = createClient({ apiKey: API_KEY, fetch, logger });
  const tracked = track(call(api, options));
  await vi.advanceTimersByTimeAsync(600_000);
  const error = rejection(tracked);
  // The keys really went out, so the server could echo them: redaction is what keeps them out.
  expect(fetch.calls[0]?.headers.get('x-api-key')).toBe(API_KEY);
  expect(fetch.calls[0]?.headers.get('x-account-key')).toBe(ACCOUNT_KEY);
  return { error, calls: fetch.calls, logged: logger.lines };
}

describe('keys never appear in errors or logs', () => {
  const echoBody = {
    status: 'error',
    message: `Invalid key: ${API_KEY}`,
    apiKey: API_KEY,
    [ACCOUNT_KEY]: 'used as a field name',
    request: { headers: { 'X-API-KEY': API_KEY, 'X-ACCOUNT-KEY': ACCOUNT_KEY }, echo: [ECHO] },
  };

  const cases: [string, Step[], Call, RequestOptions?][] = [
    ['401 whose body echoes the keys', [jsonResponse(401, echoBody, { 'X-Echo': ECHO })], get],
    [
      '403 on a POST echoing the keys with a TikTok code',
      [jsonResponse(403, { ...echoBody, message: ECHO, statusCode: 10202 })],
      post,
    ],
    ['400 echoing the keys in fields', [jsonResponse(400, { ...echoBody, fields: { [API_KEY]: ECHO } })], get],
    ['429 echoing the keys, after the retries', [jsonResponse(429, echoBody, { 'Retry-After': '1' })], get],
    ['429 echoing the keys with a long Retry-After', [jsonResponse(429, echoBody, { 'Retry-After': '3600' })], post],
    ['503 with an HTML body echoing the keys', [textResponse(503, `<html>${ECHO}</html>`)], get],
    ['200 with malformed JSON echoing the keys', [textResponse(200, `{"echo": "${ECHO}"`)], get],
    ['200 with malformed JSON on a POST', [textResponse(200, `{"echo": "${ECHO}"`)], post],
    [
      'fetch rejecting with the keys in its message and cause',
      [new TypeError(`fetch failed for ${API_KEY}`, { cause: Object.assign(new Error(ECHO), { code: 'ECONNRESET' }) })],
      get,
    ],
    ['fetch rejecting with the keys on a POST', [new TypeError(`fetch failed: ${ECHO}`, { cause: new Error(ECHO) })], post],
    ['fetch rejecting with an error whose cause is a string', [() => Promise.reject(new Error(ECHO, { cause: ECHO }))], get],
    ['fetch rejecting with a bare string', [() => Promise.reject(ECHO)], get],
    ['a timeout', ['hang'], get, { timeout: 1000 }],
    ['a timeout on a POST', ['hang'], post, { timeout: 1000 }],
  ];

  it.each(cases)('%s', async (_name, steps, call, options) => {
    const { error, logged } = await failure(steps, call, options);

    expect(error).toBeInstanceOf(Error);
    for (const [where, text] of Object.entries(views(error))) expectNoSecrets(text, where);
    for (const line of logged) expectNoSecrets(line, 'the log');
    if (error instanceof APIError) {
      expectNoSecrets(JSON.stringify(error.json), 'err.json');
      error.headers.forEach((value, name) => expectNoSecrets(value, `header ${name}`));
    }
  });

  it('replaces echoed keys with a marker, keeping the rest of the body', async () => {
    const { error } = await failure([jsonResponse(401, echoBody, { 'X-Echo': ECHO })], get);

    expect(error).toBeInstanceOf(APIError);
    const apiError = error as APIError;
    expect(apiError.message).toBe('Invalid key: [redacted]');
    expect(apiError.json).toEqual({
      status: 'error',
      message: 'Invalid key: [redacted]',
      apiKey: '[redacted]',
      '[redacted]': 'used as a field name',
      request: {
        headers: { 'X-API-KEY': '[redacted]', 'X-ACCOUNT-KEY': '[redacted]' },
        echo: ['got X-API-KEY [redacted] and X-ACCOUNT-KEY [redacted]'],
      },
    });
    expect(apiError.headers.get('x-echo')).toBe('got X-API-KEY [redacted] and X-ACCOUNT-KEY [redacted]');
  });

  it('keeps what a network failure says, minus the keys, in the message and the cause', async () => {
    const cause = Object.assign(new Error(`connect ECONNRESET for ${ACCOUNT_KEY}`), { code: 'ECONNRESET' });
    const { error, calls } = await failure([new TypeError(`fetch failed for ${API_KEY}`, { cause })], get);

    expect(calls).toHaveLength(3);
    expect(error).toBeInstanceOf(APIConnectionError);
    const connection = error as APIConnectionError;
    expect(connection.message).toBe('Could not reach the API: fetch failed for [redacted] (connect ECONNRESET for [redacted])');
    expect(connection.cause).toMatchObject({
      name: 'TypeError',
      message: 'fetch failed for [redacted]',
      cause: { message: 'connect ECONNRESET for [redacted]', code: 'ECONNRESET' },
    });
  });

  it('says a timed-out POST may have been applied', async () => {
    const { error, calls } = await failure(['hang'], post, { timeout: 1000 });
    expect(calls).toHaveLength(1);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toBe('No response within 1000 ms. The POST may have been applied.');
  });

  it('logs retries and deprecation warnings without keys', async () => {
    const logger = recordingLogger();
    const fetch = fakeFetch(
      jsonResponse(503, echoBody),
      new TypeError(`fetch failed: ${ECHO}`),
      'hang',
      textResponse(200, ECHO),
    );
    const api = createClient({ apiKey: API_KEY, fetch, logger, maxRetries: 3, timeout: 1000 });
    const call = track(get(api));
    const follow = track(
      api.user({ accountKey: ACCOUNT_KEY }).follow({
        username: 'lilyachty',
        secUid: 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud',
        user_id: '6569595380449902597',
      }),
    );
    await vi.advanceTimersByTimeAsync(600_000);

    expect(rejection(call)).toBeInstanceOf(APIConnectionError);
    expect(rejection(follow)).toBeInstanceOf(APIConnectionError);
    expect(logger.lines).toHaveLength(4);
    expect(logger.lines.filter((line) => line.startsWith('debug: tokkit: retry'))).toHaveLength(3);
    expect(logger.lines.some((line) => line.startsWith('warn:') && line.includes('user.follow'))).toBe(true);
    for (const line of logger.lines) expectNoSecrets(line, 'the log');
  });
});

describe('sandbox', () => {
  it('sends the public demo keys and never the user’s own', async () => {
    vi.useRealTimers();
    const fetch = fakeFetch(jsonResponse(200, { status: 'success' }));
    const api = createClient({ apiKey: 'mine', accountKey: 'acct_default_mine', sandbox: true, baseUrl: 'http://127.0.0.1:1', fetch });

    await api.public.check({ username: 'lilyachty' });
    await api.user({ accountKey: 'acct_mine' }).posts.comments.post({ media_id: '7109178205151464746', text: 'hi' });
    await api.user.info();

    expect(fetch.calls.map((c) => c.url)).toEqual([
      'http://127.0.0.1:1/public/check?username=lilyachty',
      'http://127.0.0.1:1/user/comment',
      'http://127.0.0.1:1/user/info',
    ]);
    expect(fetch.calls.map((c) => c.headers.get('x-api-key'))).toEqual([DEMO_API_KEY, DEMO_API_KEY, DEMO_API_KEY]);
    expect(fetch.calls.map((c) => c.headers.get('x-account-key'))).toEqual([null, DEMO_ACCOUNT_KEY, DEMO_ACCOUNT_KEY]);
    for (const call of fetch.calls) {
      const sent = [call.url, call.body, ...Array.from(call.headers.values())].join('\n');
      expect(sent).not.toContain('mine');
    }
  });

  it('switches to the demo keys with the official $sandbox option', async () => {
    vi.useRealTimers();
    const fetch = fakeFetch(jsonResponse(200, { status: 'success' }));
    const api = createClient({ apiKey: API_KEY, fetch, baseUrl: 'http://127.0.0.1:1' });
    api.set({ $sandbox: true });

    await api.user({ accountKey: ACCOUNT_KEY }).info();

    const sent = fetch.calls[0];
    expect(sent?.headers.get('x-api-key')).toBe(DEMO_API_KEY);
    expect(sent?.headers.get('x-account-key')).toBe(DEMO_ACCOUNT_KEY);
    expectNoSecrets([sent?.url, ...Array.from(sent?.headers.values() ?? [])].join('\n'), 'the request');
  });
});

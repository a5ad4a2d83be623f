import { describe, expect, it } from 'vitest';
import { TikAPIError } from '../errors.js';
import { createProxy, type ProxyOptions } from './create-proxy.js';
import { call, fakeUpstream, PROXY_ACCOUNT_KEY, PROXY_API_KEY } from './upstream.test-helper.js';

const UPSTREAM = 'http://127.0.0.1:9/api';

function setup(options: Partial<ProxyOptions> = {}, answer?: Parameters<typeof fakeUpstream>[0]) {
  const upstream = fakeUpstream(answer);
  const proxy = createProxy({ apiKey: PROXY_API_KEY, basePath: '/tikapi', baseUrl: UPSTREAM, fetch: upstream.fetch, ...options });
  return { proxy, forwarded: upstream.forwarded };
}

async function expectRefused(response: Response, status: number) {
  expect(response.status).toBe(status);
  const text = await response.text();
  expect(text).toContain('tokkit proxy');
  expect(text).not.toContain(PROXY_API_KEY);
  expect([...response.headers].join()).not.toContain(PROXY_API_KEY);
}

describe('createProxy forwards allow-listed endpoints', () => {
  it('injects the key, keeps the query, answers with the upstream body', async () => {
    const { proxy, forwarded } = setup({}, () => Response.json({ status: 'success', userInfo: { user: { uniqueId: 'lilyachty' } } }));
    const response = await proxy(call('/tikapi/public/check?username=lilyachty'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ userInfo: { user: { uniqueId: 'lilyachty' } } });
    expect(forwarded).toHaveLength(1);
    expect(forwarded[0]?.url).toBe(`${UPSTREAM}/public/check?username=lilyachty`);
    expect(forwarded[0]?.headers.get('x-api-key')).toBe(PROXY_API_KEY);
    expect(forwarded[0]?.headers.has('x-account-key')).toBe(false);
  });

  it('resolves templated paths, literal segments first', async () => {
    const { proxy, forwarded } = setup();
    expect((await proxy(call('/tikapi/public/discover/music'))).status).toBe(200);
    expect((await proxy(call('/tikapi/public/discover/keyword?keyword=x'))).status).toBe(200);
    expect(forwarded.map((f) => new URL(f.url).pathname)).toEqual(['/api/public/discover/music', '/api/public/discover/keyword']);
  });

  it('mounts at the root by default', async () => {
    const upstream = fakeUpstream();
    const proxy = createProxy({ apiKey: PROXY_API_KEY, baseUrl: UPSTREAM, fetch: upstream.fetch });
    expect((await proxy(call('/public/check?username=x'))).status).toBe(200);
    await expectRefused(await proxy(call('/key/info')), 403);
  });

  it('injects the account key on account endpoints only, and forwards a bounded POST body', async () => {
    const { proxy, forwarded } = setup({ allow: ['public.check', 'user.posts.comments.post'], accountKey: PROXY_ACCOUNT_KEY });
    const body = JSON.stringify({ media_id: '7109178205151464746', text: 'Nice!' });
    const response = await proxy(call('/tikapi/user/comment', { method: 'POST', body, headers: { 'content-type': 'application/json' } }));
    expect(response.status).toBe(200);
    expect(forwarded[0]?.method).toBe('POST');
    expect(forwarded[0]?.body).toBe(body);
    expect(forwarded[0]?.headers.get('x-account-key')).toBe(PROXY_ACCOUNT_KEY);
    await proxy(call('/tikapi/public/check?username=x'));
    expect(forwarded[1]?.headers.has('x-account-key')).toBe(false);
  });
});

describe('createProxy refuses with 403', () => {
  const refusedPaths = [
    ['outside basePath', '/other/public/check'],
    ['basePath itself', '/tikapi'],
    ['basePath with a slash', '/tikapi/'],
    ['a sibling of basePath', '/tikapiX/public/check'],
    ['/key/info below basePath', '/tikapi/key/info'],
    ['/key/info at the root', '/key/info'],
    ['dot-dot out of basePath', '/tikapi/../key/info'],
    ['dot-dot inside, then out', '/tikapi/public/../../key/info'],
    ['encoded dot-dot (%2e%2e)', '/tikapi/%2e%2e/key/info'],
    ['encoded dot-dot, upper case', '/tikapi/%2E%2E/key/info'],
    ['half-encoded dot-dot', '/tikapi/.%2e/key/info'],
    ['encoded dot-dot within the API path', '/tikapi/public/%2e%2e/key/info'],
    ['encoded slash (%2f)', '/tikapi/public%2fcheck'],
    ['encoded slash, upper case', '/tikapi/key%2Finfo'],
    ['encoded backslash', '/tikapi/public%5ccheck'],
    ['double-encoded dot-dot', '/tikapi/%252e%252e/key/info'],
    ['double-encoded slash', '/tikapi/public%252fcheck'],
    ['an empty segment', '/tikapi/public//check'],
    ['a single-dot segment', '/tikapi/./key/info'],
    ['a malformed escape', '/tikapi/public/%zz'],
    ['an encoded NUL', '/tikapi/public/check%00'],
    ['an unknown endpoint', '/tikapi/public/nope'],
    ['a trailing slash', '/tikapi/public/check/'],
    ['an account endpoint (not allowed by default)', '/tikapi/user/info'],
    ['another account endpoint', '/tikapi/creator/analytics/overview'],
  ] as const;

  it.each(refusedPaths)('%s: %s', async (_name, path) => {
    const { proxy, forwarded } = setup();
    await expectRefused(await proxy(call(path)), 403);
    expect(forwarded).toEqual([]);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'])('%s on a GET endpoint', async (method) => {
    const { proxy, forwarded } = setup();
    const response = await proxy(call('/tikapi/public/check', { method, ...(method === 'HEAD' ? {} : { body: '{}' }) }));
    expect(response.status).toBe(403);
    expect(forwarded).toEqual([]);
  });

  it('GET on a POST endpoint', async () => {
    const { proxy, forwarded } = setup({ allow: ['user.*'], accountKey: PROXY_ACCOUNT_KEY });
    await expectRefused(await proxy(call('/tikapi/user/comment')), 403);
    expect(forwarded).toEqual([]);
  });

  it('/key/info even when everything else is allowed', async () => {
    const { proxy, forwarded } = setup({ allow: ['*'], accountKey: PROXY_ACCOUNT_KEY });
    await expectRefused(await proxy(call('/tikapi/key/info')), 403);
    expect((await proxy(call('/tikapi/user/info'))).status).toBe(200);
    expect(forwarded).toHaveLength(1);
  });

  it('forwards /key/info only when named exactly', async () => {
    const { proxy } = setup({ allow: ['key'] });
    expect((await proxy(call('/tikapi/key/info'))).status).toBe(200);
    await expectRefused(await proxy(call('/tikapi/public/check')), 403);
  });

  it('endpoints outside a narrow allow-list', async () => {
    const { proxy, forwarded } = setup({ allow: ['public.check'] });
    await expectRefused(await proxy(call('/tikapi/public/posts?secUid=x')), 403);
    expect((await proxy(call('/tikapi/public/check?username=x'))).status).toBe(200);
    expect(forwarded).toHaveLength(1);
  });

  it('a preflight when CORS is off, or from an origin not listed', async () => {
    const off = setup();
    await expectRefused(await off.proxy(call('/tikapi/public/check', { method: 'OPTIONS', headers: { origin: 'https://a.test' } })), 403);
    const on = setup({ cors: { origin: ['https://app.test'] } });
    await expectRefused(await on.proxy(call('/tikapi/public/check', { method: 'OPTIONS', headers: { origin: 'https://evil.test' } })), 403);
    expect(on.forwarded).toEqual([]);
  });
});

describe('createProxy CORS', () => {
  it('answers a preflight from a listed origin and marks its responses', async () => {
    const { proxy } = setup({ cors: { origin: ['https://app.test'], maxAge: 60 } });
    const preflight = await proxy(call('/tikapi/public/check', { method: 'OPTIONS', headers: { origin: 'https://app.test' } }));
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.test');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).not.toContain('x-api-key');
    expect(preflight.headers.get('access-control-max-age')).toBe('60');
    const response = await proxy(call('/tikapi/public/check?username=x', { headers: { origin: 'https://app.test' } }));
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.test');
    expect(response.headers.get('vary')).toBe('Origin');
    const refused = await proxy(call('/tikapi/key/info', { headers: { origin: 'https://app.test' } }));
    expect(refused.headers.get('access-control-allow-origin')).toBe('https://app.test');
  });

  it('sends no CORS headers to an origin not listed', async () => {
    const { proxy } = setup({ cors: { origin: 'https://app.test' } });
    const response = await proxy(call('/tikapi/public/check?username=x', { headers: { origin: 'https://evil.test' } }));
    expect(response.headers.has('access-control-allow-origin')).toBe(false);
  });
});

describe('createProxy strips key headers sent by the caller', () => {
  it.each([
    ['X-API-KEY', 'x-account-key'],
    ['x-api-key', 'X-ACCOUNT-KEY'],
    ['X-Api-Key', 'X-Account-Key'],
    ['x-API-key', 'x-ACCOUNT-key'],
  ])('%s / %s', async (apiHeader, accountHeader) => {
    const { proxy, forwarded } = setup();
    await proxy(call('/tikapi/public/check?username=x', { headers: { [apiHeader]: 'caller-key', [accountHeader]: 'caller-account' } }));
    expect(forwarded[0]?.headers.get('x-api-key')).toBe(PROXY_API_KEY);
    expect(forwarded[0]?.headers.has('x-account-key')).toBe(false);
    expect([...(forwarded[0]?.headers ?? [])].join()).not.toMatch(/caller-/);
  });

  it('replaces a caller account key with the configured one', async () => {
    const { proxy, forwarded } = setup({ allow: ['user.info'], accountKey: PROXY_ACCOUNT_KEY });
    await proxy(call('/tikapi/user/info', { headers: { 'X-Account-Key': 'caller-account', 'X-API-KEY': 'caller-key' } }));
    expect(forwarded[0]?.headers.get('x-account-key')).toBe(PROXY_ACCOUNT_KEY);
    expect(forwarded[0]?.headers.get('x-api-key')).toBe(PROXY_API_KEY);
  });

  it("forwards none of the caller's credentials (cookies, authorization)", async () => {
    const { proxy, forwarded } = setup();
    await proxy(call('/tikapi/public/check?username=x', { headers: { cookie: 'session=abc', authorization: 'Bearer t' } }));
    expect(forwarded[0]?.headers.has('cookie')).toBe(false);
    expect(forwarded[0]?.headers.has('authorization')).toBe(false);
  });
});

describe('createProxy bounds request bodies', () => {
  const options = { allow: ['user.posts.comments.post'], accountKey: PROXY_ACCOUNT_KEY, maxBodyBytes: 100 };

  it('answers 413 to a declared length over the bound, without forwarding', async () => {
    const { proxy, forwarded } = setup(options);
    const body = 'x'.repeat(101);
    await expectRefused(await proxy(call('/tikapi/user/comment', { method: 'POST', body, headers: { 'content-length': '101' } })), 413);
    expect(forwarded).toEqual([]);
  });

  it('answers 413 to a streamed body that grows past the bound (no length declared)', async () => {
    const { proxy, forwarded } = setup(options);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 1000) controller.close();
        else controller.enqueue(new Uint8Array(40));
      },
    });
    const request = call('/tikapi/user/comment', { method: 'POST', body, duplex: 'half' } as RequestInit);
    await expectRefused(await proxy(request), 413);
    expect(forwarded).toEqual([]);
    expect(pulled).toBeLessThan(10);
  });

  it('forwards a body at the bound', async () => {
    const { proxy, forwarded } = setup(options);
    const response = await proxy(call('/tikapi/user/comment', { method: 'POST', body: 'y'.repeat(100) }));
    expect(response.status).toBe(200);
    expect(forwarded[0]?.body).toHaveLength(100);
  });

  it('defaults to 64 KiB', async () => {
    const { proxy } = setup({ allow: ['user.posts.comments.post'], accountKey: PROXY_ACCOUNT_KEY });
    expect((await proxy(call('/tikapi/user/comment', { method: 'POST', body: 'z'.repeat(64 * 1024 + 1) }))).status).toBe(413);
  });
});

describe('createProxy never echoes a key', () => {
  it('redacts the keys from an upstream error body and headers, and drops its cookies', async () => {
    const { proxy } = setup({ allow: ['user.info'], accountKey: PROXY_ACCOUNT_KEY }, () =>
      Response.json(
        { status: 'error', message: `Invalid key ${PROXY_API_KEY} for account ${PROXY_ACCOUNT_KEY}` },
        { status: 401, headers: { 'x-debug': `key=${PROXY_API_KEY}`, 'set-cookie': 'a=b', 'x-api-key': PROXY_API_KEY } },
      ),
    );
    const response = await proxy(call('/tikapi/user/info'));
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(text).not.toContain(PROXY_API_KEY);
    expect(text).not.toContain(PROXY_ACCOUNT_KEY);
    expect(text).toContain('[redacted]');
    expect(response.headers.get('x-debug')).toBe('key=[redacted]');
    expect(response.headers.has('set-cookie')).toBe(false);
    expect(response.headers.has('x-api-key')).toBe(false);
  });

  it('redacts a key echoed in a successful body too', async () => {
    const { proxy } = setup({}, () => new Response(`{"echo":"${PROXY_API_KEY}"}`, { headers: { 'content-type': 'application/json' } }));
    const response = await proxy(call('/tikapi/public/check?username=x'));
    expect(await response.json()).toEqual({ echo: '[redacted]' });
    expect(response.headers.get('content-type')).toBe('application/json');
  });

  it('answers 502 without details when the API cannot be reached', async () => {
    const { proxy } = setup({}, () => {
      throw new TypeError(`connect ECONNREFUSED (key ${PROXY_API_KEY})`);
    });
    await expectRefused(await proxy(call('/tikapi/public/check?username=x')), 502);
  });

  it('passes statuses through, with Retry-After', async () => {
    const { proxy } = setup({}, () => Response.json({ status: 'error' }, { status: 429, headers: { 'retry-after': '3' } }));
    const response = await proxy(call('/tikapi/public/check?username=x'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
  });
});

describe('createProxy checks its options', () => {
  it('needs an API key', () => {
    expect(() => createProxy({ apiKey: '' })).toThrow(TikAPIError);
  });

  it('refuses an allow pattern that names no endpoint', () => {
    expect(() => createProxy({ apiKey: PROXY_API_KEY, allow: ['public.chek'] })).toThrow(/matches no endpoint/);
  });

  it('needs an account key when account endpoints are allowed', () => {
    expect(() => createProxy({ apiKey: PROXY_API_KEY, allow: ['user.info'] })).toThrow(/accountKey/);
  });

  it('refuses a basePath that is not plain', () => {
    expect(() => createProxy({ apiKey: PROXY_API_KEY, basePath: '/a/../b' })).toThrow(/basePath/);
    expect(() => createProxy({ apiKey: PROXY_API_KEY, basePath: '/a%2fb' })).toThrow(/basePath/);
  });

  it('never puts a key in a configuration error', () => {
    try {
      createProxy({ apiKey: PROXY_API_KEY, allow: ['nope'] });
    } catch (error) {
      expect(String(error)).not.toContain(PROXY_API_KEY);
    }
  });
});

describe('createProxy relays nothing it did not decide (hardening)', () => {
  const jsonHeaders = { 'content-type': 'application/json' };

  it('never relays the upstream reason phrase', async () => {
    const { proxy } = setup({}, () => new Response('{}', { status: 401, statusText: `Bad key ${PROXY_API_KEY}`, headers: jsonHeaders }));
    const response = await proxy(call('/tikapi/public/check?username=x'));
    expect(response.status).toBe(401);
    expect(response.statusText).toBe('');
  });

  const escapeAll = (text: string) => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  const escapeUpper = (text: string) => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`).join('');
  const percentAll = (text: string) => [...text].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');
  const spellings: [string, string][] = [
    ['plain', PROXY_API_KEY],
    ['its first letter JSON-escaped', `\\u0070${PROXY_API_KEY.slice(1)}`],
    ['every letter JSON-escaped', escapeAll(PROXY_API_KEY)],
    ['every letter JSON-escaped, upper-case hex', escapeUpper(PROXY_API_KEY)],
    ['percent-encoded', percentAll(PROXY_API_KEY)],
    ['percent-encoded, lower-case hex', percentAll(PROXY_API_KEY).toLowerCase()],
    ['percent-encoded twice', percentAll(PROXY_API_KEY).replaceAll('%', '%25')],
    ['mixed escapes and encodings', `${escapeAll('prox')}${percentAll('y_AP')}${PROXY_API_KEY.slice(8)}`],
    ['as HTML character references', [...PROXY_API_KEY].map((c) => `&#${c.charCodeAt(0)};`).join('')],
  ];

  it.each(spellings)('redacts a key written %s, in the body and in headers', async (_case, spelled) => {
    const { proxy } = setup({ allow: ['user.info'], accountKey: PROXY_ACCOUNT_KEY }, () =>
      new Response(`{"echo":"${spelled}","account":"${escapeAll(PROXY_ACCOUNT_KEY)}"}`, {
        status: 400,
        headers: { ...jsonHeaders, 'x-debug': `key=${spelled.replaceAll('\\', '')}`, location: `/x?k=${percentAll(PROXY_API_KEY)}` },
      }),
    );
    const response = await proxy(call('/tikapi/user/info'));
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ echo: '[redacted]', account: '[redacted]' });
    expect(response.headers.get('location')).toBe('/x?k=[redacted]');
    if (!spelled.includes('\\')) expect(response.headers.get('x-debug')).toBe('key=[redacted]');
    expect(decodeURIComponent(JSON.stringify([...response.headers]))).not.toContain(PROXY_API_KEY);
  });

  it('leaves text that only looks like part of a key alone', async () => {
    const { proxy } = setup({}, () => new Response(`{"a":"proxy_API","b":"\\u0070roxy"}`, { headers: jsonHeaders }));
    expect(await (await proxy(call('/tikapi/public/check?username=x'))).json()).toEqual({ a: 'proxy_API', b: 'proxy' });
  });

  const upstreamCors = {
    ...jsonHeaders,
    'access-control-allow-origin': '*',
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': 'x-secret',
  };

  it.each([
    ['without a cors option', undefined],
    ['with a cors option for another origin', { origin: ['https://app.test'] }],
  ])('drops upstream CORS headers %s, for Origin: https://evil.example', async (_case, cors) => {
    const { proxy } = setup({ cors }, () => new Response('{}', { headers: upstreamCors }));
    const response = await proxy(call('/tikapi/public/check?username=x', { headers: { origin: 'https://evil.example' } }));
    expect(response.status).toBe(200);
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('answers a listed origin with its own CORS headers only', async () => {
    const { proxy } = setup({ cors: { origin: ['https://app.test'] } }, () => new Response('{}', { headers: upstreamCors }));
    const response = await proxy(call('/tikapi/public/check?username=x', { headers: { origin: 'https://app.test' } }));
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.test');
    expect(response.headers.has('access-control-allow-credentials')).toBe(false);
    expect(response.headers.has('access-control-expose-headers')).toBe(false);
  });

  it('never serves an upstream HTML body on its origin: a JSON note instead, with nosniff and a CSP', async () => {
    const reflected = '<script>alert(document.domain)</script>';
    const { proxy } = setup({}, (request) =>
      new Response(`<html>${new URL(request.url).searchParams.get('username')}</html>`, {
        status: 404,
        headers: { 'content-type': 'text/html', 'content-security-policy': "script-src 'unsafe-inline'", 'x-content-type-options': 'sniff' },
      }),
    );
    const response = await proxy(call(`/tikapi/public/check?username=${encodeURIComponent(reflected)}`));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    const text = await response.text();
    expect(text).not.toContain('<script>');
    expect(JSON.parse(text)).toMatchObject({ status: 'error', message: expect.stringContaining('text/html') });
  });

  it.each([
    ['a relayed JSON answer', () => setup().proxy(call('/tikapi/public/check?username=x'))],
    ['a refusal', () => setup().proxy(call('/tikapi/key/info'))],
    ['a preflight', () => setup({ cors: { origin: '*' } }).proxy(call('/tikapi/public/check', { method: 'OPTIONS', headers: { origin: 'https://a.test' } }))],
    ['a 502', () => setup({}, () => { throw new TypeError('down'); }).proxy(call('/tikapi/public/check?username=x'))],
  ])('puts nosniff and a restrictive CSP on %s', async (_case, answer) => {
    const response = await answer();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
  });
});

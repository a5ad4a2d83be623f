import { describe, expect, it, vi } from 'vitest';
import TikAPIDefault, { DEMO_ACCOUNT_KEY, DEMO_API_KEY, TikAPI, TikAPIResponse, ValidationError } from '../index.js';

function recorder(body: unknown = { status: 'success' }) {
  const sent: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(new Request(input, init));
    return Response.json(body, { headers: { 'x-request-id': 'r1' } });
  });
  return { sent, fetch };
}

describe('the client', () => {
  it('is the default and a named export, and takes a key or options', async () => {
    expect(TikAPIDefault).toBe(TikAPI);
    const { sent, fetch } = recorder();
    await TikAPI({ apiKey: 'k1', fetch }).key();
    expect(sent[0]?.headers.get('x-api-key')).toBe('k1');
    expect(typeof TikAPI('k2').public.check).toBe('function');
  });

  it('gives responses json, statusCode, headers and nextItems() (null when the endpoint does not page)', async () => {
    const { fetch } = recorder({ status: 'success', userInfo: { user: { uniqueId: 'lilyachty' }, stats: {} } });
    const res = await TikAPI({ apiKey: 'k', fetch }).public.check({ username: 'lilyachty' });
    expect(res).toBeInstanceOf(TikAPIResponse);
    expect(res.json.userInfo.user.uniqueId).toBe('lilyachty');
    expect(res.statusCode).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('r1');
    expect(res.nextItems()).toBeNull();
  });

  it('builds account namespaces with and without new, each with its own account key', async () => {
    const { sent, fetch } = recorder();
    const api = TikAPI({ apiKey: 'k', fetch });
    const alice = new api.user({ accountKey: 'alice-key' });
    const bob = api.user({ accountKey: 'bob-key' });
    await alice.posts.feed();
    await bob.posts.comments.list({ media_id: '7109178205151464746' });
    expect(sent.map((r) => r.headers.get('x-account-key'))).toEqual(['alice-key', 'bob-key']);
    expect(new URL(sent[1]?.url ?? '').pathname).toBe('/user/comment/list');
  });

  it('uses the default account key for api.user.* and asks for one when there is none', async () => {
    const { sent, fetch } = recorder();
    await TikAPI({ apiKey: 'k', accountKey: 'default-account', fetch }).user.info();
    expect(sent[0]?.headers.get('x-account-key')).toBe('default-account');
    const error = await TikAPI({ apiKey: 'k', fetch }).user.info().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('accountKey');
    expect(sent).toHaveLength(1);
  });

  it('refuses api.user() without an account key', () => {
    const api = TikAPI('k');
    expect(() => api.user({ accountKey: '' })).toThrow(/account key/);
  });

  it('switches to the sandbox with api.set({ $sandbox: true }) and then sends only the demo keys', async () => {
    const { sent, fetch } = recorder();
    const api = TikAPI({ apiKey: 'my-own-key', fetch });
    const account = api.user({ accountKey: 'my-account-key' });
    expect(api.set({ $sandbox: true })).toBe(api);
    await api.public.check({ username: 'lilyachty' });
    await account.info();
    expect(sent[0]?.url).toBe('http://sandbox.tikapi.io/public/check?username=lilyachty');
    expect(sent.map((r) => [r.headers.get('x-api-key'), r.headers.get('x-account-key')])).toEqual([
      [DEMO_API_KEY, null],
      [DEMO_API_KEY, DEMO_ACCOUNT_KEY],
    ]);
  });

  it('sends to a given baseUrl in sandbox mode, still with the demo keys', async () => {
    const { sent, fetch } = recorder();
    await TikAPI({ apiKey: 'mine', sandbox: true, baseUrl: 'http://127.0.0.1:8787/', fetch }).key();
    expect(sent[0]?.url).toBe('http://127.0.0.1:8787/key/info');
    expect(sent[0]?.headers.get('x-api-key')).toBe(DEMO_API_KEY);
  });

  it('warns once per deprecated endpoint, through the logger', async () => {
    const { fetch } = recorder();
    const warn = vi.fn();
    const user = TikAPI({ apiKey: 'k', fetch, logger: { warn } }).user({ accountKey: 'a' });
    const params = { username: 'lilyachty', secUid: 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy', user_id: '1' };
    await user.follow(params);
    await user.follow(params);
    await user.unfollow(params);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      'tokkit: user.follow is deprecated by the API and may stop working.',
      'tokkit: user.unfollow is deprecated by the API and may stop working.',
    ]);
  });

  it('adds per-call headers, keeps client headers, and validates options', async () => {
    const { sent, fetch } = recorder();
    const api = TikAPI({ apiKey: 'k', fetch, headers: { 'X-App': 'demo' } });
    await api.key(undefined, { headers: { 'X-Trace': 't' } });
    expect(sent[0]?.headers.get('x-app')).toBe('demo');
    expect(sent[0]?.headers.get('x-trace')).toBe('t');
    expect(() => TikAPI({ apiKey: 'k', timeout: -1 })).toThrow(/timeout/);
  });

  it.each([
    [{ timeout: 0 }, /timeout/],
    [{ timeout: -5 }, /timeout/],
    [{ timeout: Number.NaN }, /timeout/],
    [{ maxRetries: -1 }, /maxRetries/],
    [{ maxRetries: 1.5 }, /maxRetries/],
    [{ maxRetries: Number.NaN }, /maxRetries/],
  ])('rejects the per-call option %o before sending', async (options, message) => {
    const { sent, fetch } = recorder();
    await expect(TikAPI({ apiKey: 'k', fetch }).key(undefined, options)).rejects.toThrow(message);
    expect(() => TikAPI({ apiKey: 'k', ...options })).toThrow(message);
    expect(sent).toHaveLength(0);
  });

  it('names a missing API key before sending', async () => {
    const { sent, fetch } = recorder();
    await expect(TikAPI({ fetch }).key()).rejects.toThrow(/no API key/);
    expect(sent).toHaveLength(0);
  });

  it('exposes each descriptor on its endpoint', () => {
    const api = TikAPI('k');
    expect(api.public.posts.descriptor.paging?.param).toBe('cursor');
    expect(api.user.posts.comments.post.descriptor.method).toBe('POST');
  });
});

// Account scopes are derived clients: nothing is bound until used, members are kept, the scope's key is used.
import { describe, expect, it } from 'vitest';
import { endpointTree } from '../endpoints/index.js';
import { createClient } from './client.js';

function recording() {
  const sent: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(new Request(input, init));
    return Response.json({ status: 'success' });
  };
  return { sent, api: createClient({ apiKey: 'scope-test-key', accountKey: 'default-account', fetch, maxRetries: 0 }) };
}

describe('account scopes', () => {
  it('list the same members as the tree, made once and kept, and read-only', () => {
    const { api } = recording();
    const scope = api.user({ accountKey: 'account-a' });
    expect(Object.keys(scope)).toEqual(Object.keys(endpointTree.user));
    expect(scope.info).toBe(scope.info);
    expect(scope.posts.comments).toBe(scope.posts.comments);
    expect('info' in scope && !('toString' in scope)).toBe(true);
    expect(typeof scope.posts.comments.list.pages).toBe('function');
    expect(Reflect.set(scope, 'info', null)).toBe(false);
    expect(api.public.check).toBe(api.public.check);
  });

  it('send their own account key; the client default serves api.user.* and other scopes are untouched', async () => {
    const { api, sent } = recording();
    const a = api.user({ accountKey: 'account-a' });
    const b = new api.user({ accountKey: 'account-b' });
    await a.info();
    await b.info();
    await api.user.info();
    expect(sent.map((r) => r.headers.get('x-account-key'))).toEqual(['account-a', 'account-b', 'default-account']);
  });

  it('follow api.set() made after they were derived', async () => {
    const { api, sent } = recording();
    const a = api.user({ accountKey: 'account-a' });
    api.set({ baseUrl: 'http://127.0.0.1:9/other' });
    await a.info();
    api.set({ baseUrl: undefined, accountKey: 'changed-default' });
    await a.info();
    await api.user.info();
    expect(sent.map((r) => [r.url, r.headers.get('x-account-key')])).toEqual([
      ['http://127.0.0.1:9/other/user/info', 'account-a'],
      ['https://api.tikapi.io/user/info', 'account-a'],
      ['https://api.tikapi.io/user/info', 'changed-default'],
    ]);
  });
});

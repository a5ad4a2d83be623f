import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';

function recorder() {
  const sent: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(new Request(input, init));
    return Response.json({ status: 'success' });
  };
  return { sent, fetch };
}

describe('platform.acceptKey', () => {
  const refuseAll = {
    acceptKey(kind: 'apiKey' | 'accountKey'): void {
      throw new Error(`refused ${kind}`);
    },
  };

  it('sees every key the client is handed, never its value', () => {
    const seen: string[] = [];
    const api = createClient({ apiKey: 'k1', accountKey: 'a1' }, { acceptKey: (kind) => void seen.push(kind) });
    api.set({ apiKey: 'k2' });
    api.user({ accountKey: 'a2' });
    expect(seen).toEqual(['apiKey', 'accountKey', 'apiKey', 'accountKey']);
  });

  it('can refuse a key at creation, in set() and in api.user()', () => {
    expect(() => createClient('k', refuseAll)).toThrow('refused apiKey');
    const api = createClient({ baseUrl: '/tikapi', keyless: true }, refuseAll);
    expect(() => api.set({ apiKey: 'k' })).toThrow('refused apiKey');
    expect(() => api.user({ accountKey: 'a' })).toThrow('refused accountKey');
    expect(() => createClient({ sandbox: true }, refuseAll)).not.toThrow();
  });
});

describe('keyless clients (behind a proxy)', () => {
  it('send no key headers, also on account endpoints', async () => {
    const { sent, fetch } = recorder();
    const api = createClient({ baseUrl: 'http://app.test/tikapi', keyless: true, fetch });
    await api.public.check({ username: 'lilyachty' });
    await api.user.info();
    expect(sent.map((r) => r.url)).toEqual(['http://app.test/tikapi/public/check?username=lilyachty', 'http://app.test/tikapi/user/info']);
    for (const request of sent) {
      expect(request.headers.has('x-api-key')).toBe(false);
      expect(request.headers.has('x-account-key')).toBe(false);
    }
  });

  it('still send a key given explicitly', async () => {
    const { sent, fetch } = recorder();
    await createClient({ apiKey: 'given', keyless: true, fetch }).public.check({ username: 'x' });
    expect(sent[0]?.headers.get('x-api-key')).toBe('given');
  });
});

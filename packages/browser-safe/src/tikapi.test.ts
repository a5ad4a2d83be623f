import { afterEach, describe, expect, it, vi } from 'vitest';
import TikAPIDefault, { TikAPI, TikAPIError } from './index.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

function inPage() {
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('document', {});
}

class FakeWorkerGlobalScope {
  static [Symbol.hasInstance](value: unknown): boolean {
    return value === globalThis;
  }
}

function recorder() {
  const sent: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(new Request(input, init));
    return Response.json({ status: 'success' });
  };
  return { sent, fetch };
}

const KEY = 'browser_test_KEY_12345';

describe('the browser key guard', () => {
  it('throws in a page when a key is passed, pointing to the proxy, without the key', () => {
    inPage();
    for (const make of [() => TikAPI(KEY), () => TikAPI({ apiKey: KEY }), () => TikAPI({ accountKey: KEY, baseUrl: '/tikapi' })]) {
      let error: unknown;
      try {
        make();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TikAPIError);
      expect(String(error)).toMatch(/createProxy/);
      expect(String(error)).toMatch(/dangerouslyAllowBrowser/);
      expect(String(error)).not.toContain(KEY);
    }
  });

  it("throws in a browser's worker too", () => {
    vi.stubGlobal('WorkerGlobalScope', FakeWorkerGlobalScope);
    expect(() => TikAPI(KEY)).toThrow(/createProxy/);
  });

  it('guards keys handed over later: api.set() and api.user()', () => {
    inPage();
    const api = TikAPI({ baseUrl: '/tikapi' });
    expect(() => api.set({ apiKey: KEY })).toThrow(/createProxy/);
    expect(() => api.user({ accountKey: KEY })).toThrow(/account key/);
  });

  it('lets a page hold a key with dangerouslyAllowBrowser: true', () => {
    inPage();
    expect(() => TikAPI({ apiKey: KEY, dangerouslyAllowBrowser: true })).not.toThrow();
  });

  it('lets a page use the sandbox demo keys', () => {
    inPage();
    expect(() => TikAPI({ sandbox: true })).not.toThrow();
  });

  it.each([
    ['Cloudflare Workers', () => {
      vi.stubGlobal('WorkerGlobalScope', FakeWorkerGlobalScope);
      vi.stubGlobal('navigator', { userAgent: 'Cloudflare-Workers' });
    }],
    ['Deno', () => {
      vi.stubGlobal('Deno', { version: { deno: '2.1.0' } });
      vi.stubGlobal('window', globalThis);
    }],
    ['Bun', () => vi.stubGlobal('Bun', {})],
    ['Node', () => undefined],
  ])('accepts a key on %s', (_name, stub) => {
    stub();
    expect(() => TikAPI(KEY)).not.toThrow();
  });
});

describe('TikAPI on the runtime fetch, through ky', () => {
  it('in a page, talks to the proxy at baseUrl without key headers', async () => {
    inPage();
    const { sent, fetch } = recorder();
    const api = TikAPI({ baseUrl: 'http://app.test/tikapi', fetch });
    await api.public.check({ username: 'lilyachty' });
    await api.user.info();
    expect(sent.map((r) => r.url)).toEqual(['http://app.test/tikapi/public/check?username=lilyachty', 'http://app.test/tikapi/user/info']);
    expect(sent.every((r) => !r.headers.has('x-api-key') && !r.headers.has('x-account-key'))).toBe(true);
  });

  it('on a server runtime, sends the key it is given', async () => {
    const { sent, fetch } = recorder();
    await TikAPI({ apiKey: KEY, baseUrl: 'http://api.test', fetch }).public.check({ username: 'x' });
    expect(sent[0]?.headers.get('x-api-key')).toBe(KEY);
  });

  it('without a key or a baseUrl, says a key is missing when called', async () => {
    await expect(TikAPI().public.check({ username: 'x' })).rejects.toThrow(/no API key/);
  });

  it('is the default export and re-exports the core and createProxy', async () => {
    const mod = await import('./index.js');
    expect(TikAPIDefault).toBe(TikAPI);
    expect(typeof mod.createProxy).toBe('function');
    expect(typeof mod.matchEndpoint).toBe('function');
  });
});

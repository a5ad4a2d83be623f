import { afterEach, describe, expect, it, vi } from 'vitest';
import TikAPIDefault, { API_KEY_ENV, TikAPI, TikAPIError, ValidationError } from './index.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

function recorder() {
  const sent: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(new Request(input, init));
    return Response.json({ status: 'success' });
  };
  return { sent, fetch };
}

describe('@tokkit/node', () => {
  it('reads the API key from TIKAPI_KEY', async () => {
    vi.stubEnv(API_KEY_ENV, 'env-key');
    const { sent, fetch } = recorder();
    await TikAPI({ fetch }).key();
    expect(sent[0]?.headers.get('x-api-key')).toBe('env-key');
  });

  it('prefers a key given in code', async () => {
    vi.stubEnv(API_KEY_ENV, 'env-key');
    const { sent, fetch } = recorder();
    await TikAPI({ apiKey: 'code-key', fetch }).key();
    expect(sent[0]?.headers.get('x-api-key')).toBe('code-key');
  });

  it('names the variable when no key is found', () => {
    vi.stubEnv(API_KEY_ENV, '');
    expect(() => TikAPI()).toThrow(TikAPIError);
    expect(() => TikAPI()).toThrow(/TIKAPI_KEY/);
  });

  it('needs no key in sandbox mode', () => {
    vi.stubEnv(API_KEY_ENV, '');
    expect(() => TikAPI({ sandbox: true })).not.toThrow();
  });

  it('is the default export and re-exports the core', () => {
    expect(TikAPIDefault).toBe(TikAPI);
    expect(new ValidationError('e', 'f', 'x', 'is wrong')).toBeInstanceOf(TikAPIError);
  });
});

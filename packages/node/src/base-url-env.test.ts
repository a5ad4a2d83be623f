// TIKAPI_BASE_URL: with no baseUrl in code, the variable alone points the client at the sandbox (real HTTP, loopback).
import { createSandbox, type RunningSandbox } from '@tokkit/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BASE_URL_ENV, TikAPI, TikAPIError } from './index.js';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await createSandbox().listen(0, '127.0.0.1');
});

afterAll(async () => {
  await sandbox?.close();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('TIKAPI_BASE_URL', () => {
  it('is the variable the Node client reads', () => {
    expect(BASE_URL_ENV).toBe('TIKAPI_BASE_URL');
  });

  it('points TikAPI({ sandbox: true }) at the sandbox it names', async () => {
    vi.stubEnv(BASE_URL_ENV, sandbox.url);
    const api = TikAPI({ sandbox: true, maxRetries: 0 });
    const profile = await api.public.check({ username: 'lilyachty' });
    expect(profile.json.userInfo.user.nickname).toBe('Lil Yachty');
    let pages = 0;
    for await (const page of api.public.posts.pages({ secUid: String(profile.json.userInfo.user.secUid) }, { maxPages: 2 })) {
      pages += page.items.length > 0 ? 1 : 0;
    }
    expect(pages).toBe(2);
  });

  it('loses to a baseUrl given in code, which is used without reading the variable', async () => {
    vi.stubEnv(BASE_URL_ENV, 'ftp://never-read');
    const api = TikAPI({ sandbox: true, baseUrl: sandbox.url, maxRetries: 0 });
    expect((await api.public.check({ username: 'lilyachty' })).statusCode).toBe(200);
  });

  it.each(['localhost:8787', 'ftp://127.0.0.1/', 'not a url'])('refuses %j before anything is sent, naming the variable', (value) => {
    vi.stubEnv(BASE_URL_ENV, value);
    expect(() => TikAPI({ sandbox: true })).toThrow(TikAPIError);
    expect(() => TikAPI({ sandbox: true })).toThrow(/TIKAPI_BASE_URL must be an http:\/\/ or https:\/\/ URL/);
  });

  it('counts as unset when empty', async () => {
    vi.stubEnv(BASE_URL_ENV, '');
    const sent: string[] = [];
    const fetch = async (input: RequestInfo | URL) => {
      sent.push(String(input instanceof Request ? input.url : input));
      return Response.json({ status: 'success' });
    };
    await TikAPI({ apiKey: 'k', fetch }).key();
    expect(sent[0]).toMatch(/^https:\/\/api\.tikapi\.io\//);
  });
});

// The `providers` option: which providers are served, each below its descriptor's sandboxPrefix; the rest 404.
import { tikapi } from '@tokkit/core';
import { scavioCatalogue, userHandleCatalogue } from '../src/catalogue.js';
import { describe, expect, it } from 'vitest';
import { createSandboxHandler, SANDBOX_PROVIDERS } from '../src/handler-entry.js';
import { createSandbox } from '../src/index.js';
import { raw, startSandbox } from './helpers.js';
import { scavioPost, userHandleGet } from './provider-helpers.js';

describe('providers option', () => {
  it('mounts each provider below its descriptor`s sandboxPrefix', () => {
    expect([tikapi.sandboxPrefix, scavioCatalogue.provider.sandboxPrefix, userHandleCatalogue.provider.sandboxPrefix]).toEqual(['', '/scavio', '/userhandle']);
    expect(SANDBOX_PROVIDERS).toEqual(['tikapi', 'scavio', 'userhandle']);
  });

  it('serves all three by default', async () => {
    const sb = await startSandbox();
    expect(createSandboxHandler().providers).toEqual(['tikapi', 'scavio', 'userhandle']);
    expect((await raw(sb.url, '/public/check?username=lilyachty')).status).toBe(200);
    expect((await scavioPost(sb.url, 'profile', { username: 'lilyachty' })).status).toBe(200);
    expect((await userHandleGet(sb.url, '/user/lilyachty')).status).toBe(200);
  });

  it('serves only the providers named; a request below another one answers 404', async () => {
    const sb = await startSandbox({ providers: ['scavio'] });
    expect((await scavioPost(sb.url, 'profile', { username: 'lilyachty' })).status).toBe(200);
    const root = await raw(sb.url, '/public/check?username=lilyachty');
    expect(root.status).toBe(404);
    expect(root.json.message).toContain('/public/check');
    expect((await userHandleGet(sb.url, '/user/lilyachty')).status).toBe(404);
  });

  it('TikAPI alone keeps its root paths and answers its own 404 below /scavio', async () => {
    const sb = await startSandbox({ providers: ['tikapi'] });
    expect((await raw(sb.url, '/public/check?username=lilyachty')).status).toBe(200);
    const below = await scavioPost(sb.url, 'profile', { username: 'lilyachty' });
    expect(below.status).toBe(404);
    expect(below.json.status).toBe('error');
  });

  it('the order given does not matter, and duplicates are harmless', async () => {
    expect(createSandboxHandler({ providers: ['userhandle', 'tikapi', 'userhandle'] }).providers).toEqual(['tikapi', 'userhandle']);
  });

  it('an unknown provider name or an empty list is a clear error', () => {
    expect(() => createSandbox({ providers: ['tiktok' as never] })).toThrow(/Unknown provider "tiktok": the sandbox serves tikapi, scavio, userhandle/);
    expect(() => createSandbox({ providers: [] })).toThrow(/at least one of tikapi, scavio, userhandle/);
  });

  it('credits must be a whole number >= 0', () => {
    expect(() => createSandbox({ credits: -1 })).toThrow(/credits must be a whole number/);
    expect(() => createSandbox({ credits: 1.5 })).toThrow(/credits/);
  });
});

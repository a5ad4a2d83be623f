import { describe, expect, it } from 'vitest';
import { allEndpoints } from '../endpoints/list.js';
import { compileAllowList } from './allow-list.js';
import { matchEndpoint } from './match-endpoint.js';
import { apiSegmentsBelow, normalizeBasePath } from './resolve-path.js';

describe('matchEndpoint', () => {
  it.each(allEndpoints.map((e) => [e.key, e] as const))('%s resolves from its own method and path', (_key, endpoint) => {
    const segments = endpoint.path.split('/').slice(1).map((s) => (s.startsWith('{') ? 'value' : s));
    expect(matchEndpoint(endpoint.method, segments)?.key).toBe(endpoint.key);
  });

  it('prefers literal segments over {param} ones', () => {
    expect(matchEndpoint('GET', ['public', 'discover', 'keyword'])?.key).toBe('public.discoverKeyword');
    expect(matchEndpoint('GET', ['public', 'discover', 'v3'])?.key).toBe('public.discoverV3');
    expect(matchEndpoint('GET', ['public', 'discover', 'music'])?.key).toBe('public.discover');
    expect(matchEndpoint('GET', ['user', 'search', 'live'])?.key).toBe('user.live.search');
    expect(matchEndpoint('GET', ['user', 'search', 'video'])?.key).toBe('user.posts.search');
  });

  it('needs the method to match', () => {
    expect(matchEndpoint('POST', ['public', 'check'])).toBeUndefined();
    expect(matchEndpoint('get', ['public', 'check'])?.key).toBe('public.check');
    expect(matchEndpoint('GET', ['user', 'comment'])).toBeUndefined();
  });

  it('matches whole paths only', () => {
    expect(matchEndpoint('GET', ['public'])).toBeUndefined();
    expect(matchEndpoint('GET', ['public', 'check', 'extra'])).toBeUndefined();
    expect(matchEndpoint('GET', ['public', 'discover', ''])).toBeUndefined();
  });
});

describe('compileAllowList', () => {
  it('matches keys exactly or by a dotted prefix', () => {
    const allowed = compileAllowList(['public.*', 'user.posts.comments.list']);
    expect(allowed('public.check')).toBe(true);
    expect(allowed('user.posts.comments.list')).toBe(true);
    expect(allowed('user.posts.comments.post')).toBe(false);
    expect(allowed('user.info')).toBe(false);
    expect(allowed('key')).toBe(false);
  });

  it('keeps key out of wildcards', () => {
    expect(compileAllowList(['*'])('key')).toBe(false);
    expect(compileAllowList(['*'])('user.info')).toBe(true);
    expect(compileAllowList(['key'])('key')).toBe(true);
  });

  it('refuses patterns that match nothing', () => {
    expect(() => compileAllowList(['publi.*'])).toThrow();
    expect(() => compileAllowList(['public'])).toThrow();
    expect(() => compileAllowList(['public*'])).toThrow();
  });
});

describe('apiSegmentsBelow', () => {
  it('splits and decodes the path below basePath', () => {
    expect(apiSegmentsBelow('/tikapi', '/tikapi/public/check')).toEqual(['public', 'check']);
    expect(apiSegmentsBelow('', '/public/discover/a%20b')).toEqual(['public', 'discover', 'a b']);
  });

  it('refuses what could be read another way', () => {
    for (const path of ['/tikapi', '/tikapi/', '/tikapix/a', '/tikapi/a/%2e%2e', '/tikapi/a%2fb', '/tikapi/%5c', '/tikapi/a//b', '/tikapi/%25', '/tikapi/%e0%a4%a']) {
      expect(apiSegmentsBelow('/tikapi', path)).toBeNull();
    }
  });

  it('normalises basePath', () => {
    expect(normalizeBasePath('/')).toBe('');
    expect(normalizeBasePath('tikapi/')).toBe('/tikapi');
    expect(normalizeBasePath('/api/tikapi')).toBe('/api/tikapi');
    expect(() => normalizeBasePath('/a/./b')).toThrow();
  });
});

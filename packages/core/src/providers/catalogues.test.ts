// The Scavio and user-handle descriptors hold what their seeds document, and dist holds their spec files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toOpenAPI } from '../../scripts/openapi.js';
import { toSpec } from '../../scripts/spec.js';
import { catalogues, specFileNames } from './catalogues.js';
import { descriptorFromSpec } from './from-spec.js';

const scavio = toSpec(catalogues.scavio);
const userhandle = toSpec(catalogues.userhandle);
const param = (spec: typeof scavio, key: string, name: string) =>
  spec.endpoints.find((e) => e.key === key)?.params.find((p) => p.name === name);

describe('provider catalogues', () => {
  it('writes every provider to dist as the spec functions make it', () => {
    for (const [name, catalogue] of Object.entries(catalogues)) {
      const files = specFileNames(name);
      const spec = toSpec(catalogue);
      const built = JSON.parse(readFileSync(new URL(`../../dist/${files.spec}`, import.meta.url), 'utf8')) as unknown;
      expect(built).toEqual(JSON.parse(JSON.stringify(spec)));
      const openapi = JSON.parse(readFileSync(new URL(`../../dist/${files.openapi}`, import.meta.url), 'utf8')) as unknown;
      expect(openapi).toEqual(JSON.parse(JSON.stringify(toOpenAPI(spec))));
    }
  });

  it('descriptorFromSpec turns every endpoint of every spec file back into the descriptor it was emitted from', () => {
    for (const catalogue of Object.values(catalogues)) {
      const spec = JSON.parse(JSON.stringify(toSpec(catalogue))) as ReturnType<typeof toSpec>;
      const back = spec.endpoints.map(descriptorFromSpec);
      expect(back).toEqual(JSON.parse(JSON.stringify(catalogue.endpoints)));
    }
  });

  it('Scavio: 11 POST reads with JSON bodies, a Bearer key and credits', () => {
    expect(scavio.endpoints.map((e) => e.key)).toEqual([
      'profile',
      'user.posts',
      'user.followers',
      'user.followings',
      'video',
      'video.comments',
      'video.comments.replies',
      'search.videos',
      'search.users',
      'hashtag',
      'hashtag.videos',
    ]);
    for (const endpoint of scavio.endpoints) {
      expect(endpoint.method).toBe('POST');
      expect(endpoint.safeToRetry).toBe(true);
      expect(endpoint.path).toBe(`/api/v1/tiktok/${endpoint.key.replaceAll('.', '/')}`);
      for (const p of endpoint.params) expect(p.in).toBe('body');
    }
    expect(scavio.provider.keys.apiKey).toEqual({ header: 'Authorization', format: 'Bearer {key}' });
    expect(scavio.provider.credits).toEqual({ used: 'credits_used', remaining: 'credits_remaining', responseTime: 'response_time' });
    const doc = toOpenAPI(scavio) as { components: { securitySchemes: Record<string, unknown> } };
    expect(doc.components.securitySchemes).toEqual({ apiKey: { type: 'http', scheme: 'bearer' } });
  });

  it('Scavio: the bounds, enums, one-of groups and paging styles of the seed', () => {
    const bounds = (key: string, name: string) => {
      const p = param(scavio, key, name);
      return [p?.min, p?.max, p?.minLength, p?.maxLength];
    };
    for (const key of ['user.posts', 'search.videos', 'search.users', 'hashtag.videos']) expect(bounds(key, 'count')).toEqual([1, 30, undefined, undefined]);
    for (const key of ['video.comments', 'video.comments.replies']) expect(bounds(key, 'count')).toEqual([1, 50, undefined, undefined]);
    for (const key of ['user.followers', 'user.followings']) expect(bounds(key, 'count')).toEqual([1, 20, undefined, undefined]);
    for (const key of ['search.videos', 'search.users']) expect(bounds(key, 'keyword')).toEqual([undefined, undefined, 1, 500]);
    expect(param(scavio, 'user.posts', 'sort_type')?.enum).toEqual(['0', '1']);
    expect(param(scavio, 'search.videos', 'publish_time')?.enum).toEqual(['0', '1', '7', '30', '90', '180']);
    const byKey = (key: string) => scavio.endpoints.find((e) => e.key === key);
    expect(byKey('profile')?.oneOf).toEqual([['username', 'sec_user_id']]);
    expect(byKey('hashtag')?.oneOf).toEqual([['hashtag_name', 'hashtag_id']]);
    expect(byKey('user.posts')?.paging).toMatchObject({ param: 'cursor', from: 'max_cursor', container: 'data', items: ['aweme_list'] });
    expect(byKey('video.comments')?.paging).toMatchObject({ param: 'cursor', style: 'offset', items: ['comments'] });
    expect(byKey('user.followers')?.paging).toMatchObject({
      param: 'page_token',
      style: 'token_time',
      from: 'next_page_token',
      timeParam: 'min_time',
      items: ['followers'],
    });
    expect(byKey('user.followings')?.paging?.items).toEqual(['followings']);
    expect(byKey('search.users')?.paging?.items).toEqual(['user_list']);
  });

  it('user-handle API: two GETs with path params, an x-api-key header and no default base URL', () => {
    expect(userhandle.endpoints.map((e) => [e.key, e.method, e.path])).toEqual([
      ['user', 'GET', '/user/{userHandle}'],
      ['video', 'GET', '/video/{userHandle}/{videoId}'],
    ]);
    expect(userhandle.baseUrl).toBeUndefined();
    expect(userhandle.headers).toEqual({ apiKey: 'x-api-key' });
    expect(userhandle.provider.env).toEqual({ apiKey: 'USERHANDLE_API_KEY', baseUrl: 'USERHANDLE_API_URL' });
  });

  it('every response and item names a schema of its own catalogue', () => {
    for (const spec of [scavio, userhandle]) {
      for (const endpoint of spec.endpoints) {
        expect(spec.schemas[endpoint.response], endpoint.key).toBeDefined();
        if (endpoint.paging) expect(spec.schemas[endpoint.item ?? ''], endpoint.key).toBeDefined();
      }
    }
  });
});

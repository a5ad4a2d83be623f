import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripDocs } from '../scripts/strip-docs.js';
import { allEndpoints } from './endpoints/list.js';
import type { EndpointDescriptor } from './endpoints/types.js';

/**
 * A descriptor as the lean build must carry it: everything but the fields no runtime code reads (`description`,
 * `scopes`, `undocumented`, paging's `inferred`; the params' `description`, `example`, `default` and `acceptsNumber`).
 */
function withoutDocs({ description: _description, scopes: _s, undocumented: _u, params, paging, ...endpoint }: EndpointDescriptor): unknown {
  const { inferred: _i, ...lean } = paging ?? {};
  return {
    ...endpoint,
    ...(paging ? { paging: lean } : {}),
    params: Object.fromEntries(
      Object.entries(params).map(([name, { description: _d, example: _e, default: _f, acceptsNumber: _a, ...param }]) => [name, param]),
    ),
  };
}

describe('the lean build (dist/index.lean.js, served to workerd, worker and browser)', () => {
  it('is served under the Worker and browser conditions only; Node keeps the full build', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      exports: { '.': { import: Record<string, string>; require: Record<string, string> } };
    };
    expect(manifest.exports['.'].import).toEqual({
      types: './dist/index.d.ts',
      workerd: './dist/index.lean.js',
      worker: './dist/index.lean.js',
      browser: './dist/index.lean.js',
      default: './dist/index.js',
    });
    expect(JSON.stringify(manifest.exports['.'].require)).not.toContain('lean');
  });

  it('carries every descriptor exactly, without the docs-only text; keys and defaults come back from the tree', async () => {
    const leanPath = new URL('../dist/index.lean.js', import.meta.url).href;
    const lean = (await import(leanPath)) as typeof import('./index.js');
    expect(lean.allEndpoints).toHaveLength(allEndpoints.length);
    expect(lean.allEndpoints).toEqual(allEndpoints.map(withoutDocs));
    const leanSource = readFileSync(new URL('../dist/index.lean.js', import.meta.url), 'utf8');
    expect(leanSource).not.toContain('vm.tiktok.com short link.');
    expect(leanSource).not.toContain("'user.posts.comments.list'");
    expect(leanSource).not.toContain('"user.posts.comments.list"');
  });

  it('still validates and builds requests the same way', async () => {
    const lean = (await import(new URL('../dist/index.lean.js', import.meta.url).href)) as typeof import('./index.js');
    const target = { baseUrl: 'https://api.tikapi.io', apiKey: 'k' };
    expect(lean.buildRequest(lean.endpointTree.public.check, { username: 'lilyachty' }, target).url).toBe(
      'https://api.tikapi.io/public/check?username=lilyachty',
    );
    expect(() => lean.buildRequest(lean.endpointTree.public.check, { username: 'not valid!' }, target)).toThrow(
      lean.ValidationError,
    );
  });
});

describe('stripDocs', () => {
  it('cuts literal description and example properties, endpoint keys, a GET method and the params\' default `in`, and nothing else (a trailing comma may stay)', () => {
    const source = [
      "export const a = defineEndpoint({ key: 'a', method: 'GET', description: 'Docs.', params: {",
      "  q: { in: 'query', example: -1, description: `more` },",
      "  description: { in: 'body', type: 'string', example: true },",
      "  flag: { in: 'query', example: false },",
      "  key: { in: 'path', type: 'string' },",
      '} });',
    ].join('\n');
    expect(stripDocs(source)).toBe(
      [
        'export const a = defineEndpoint({ params: {',
        '  q: { },',
        "  description: { in: 'body', type: 'string', },",
        '  flag: { },',
        "  key: { in: 'path', type: 'string' },",
        '} });',
      ].join('\n'),
    );
  });

  it('cuts method, safeToRetry, auth and in only where they hold the defaults put back at import', () => {
    const source = [
      "export const a = defineEndpoint({ key: 'user.a', method: 'GET', safeToRetry: true, auth: 'apiKey+accountKey', params: { q: { in: 'query' } } });",
      "export const b = defineEndpoint({ key: 'user.b', method: 'GET', safeToRetry: false, auth: 'apiKey', params: { q: { in: 'body' } } });",
      "export const c = defineEndpoint({ key: 'public.c', method: 'POST', safeToRetry: false, auth: 'apiKey', params: { q: { in: 'body' }, r: { in: 'query' } } });",
    ].join('\n');
    expect(stripDocs(source)).toBe(
      [
        'export const a = defineEndpoint({ params: { q: { } } });',
        "export const b = defineEndpoint({ safeToRetry: false, auth: 'apiKey', params: { q: { in: 'body' } } });",
        "export const c = defineEndpoint({ method: 'POST', params: { q: { }, r: { in: 'query' } } });",
      ].join('\n'),
    );
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allEndpoints, endpointByKey } from './list.js';
import { endpointTree } from './index.js';

interface CatalogueParam {
  name: string;
  wire: string;
  in: string;
  type?: string;
  required?: boolean;
  enum?: unknown[];
  pattern?: string;
  max?: number;
  min?: number;
  default?: unknown;
  example?: unknown;
}
interface CatalogueEndpoint {
  key: string;
  method: string;
  path: string;
  auth: string;
  params: CatalogueParam[];
  oauthScopes?: string[];
  paginationField?: string;
  paginationInferred?: boolean;
  deprecated?: boolean;
  undocumented?: boolean;
}

const catalogue = JSON.parse(
  readFileSync(new URL('../../../../conformance/reference/tikapi-endpoints.json', import.meta.url), 'utf8'),
) as { endpoints: CatalogueEndpoint[] };

// The catalogue's secUid pattern `^(.*?){30,}$` matches any string and backtracks catastrophically on a
// non-matching one; the descriptors state its intent (30+ URL-safe characters) instead.
// Its short-link patterns leave the dots unescaped (`https://vmXtiktokYcom/x` would pass); the descriptors escape them.
const replacedPatterns: Record<string, string> = {
  '^(.*?){30,}$': '^[A-Za-z0-9_.-]{30,}$',
  '^([0-9]+|https?://vm.tiktok.com/[a-zA-Z0-9]+/?)$': '^([0-9]+|https?://vm\\.tiktok\\.com/[a-zA-Z0-9]+/?)$',
  '^([a-zA-Z0-9_.]+|https?://vm.tiktok.com/[a-zA-Z0-9]+/?)$': '^([a-zA-Z0-9_.]+|https?://vm\\.tiktok\\.com/[a-zA-Z0-9]+/?)$',
};

/** A string the catalogue documents as a numeric ID or cursor (its pattern starts with digits) also takes a number. */
const numericString = (p: CatalogueParam): boolean => p.type === 'string' && /^\^\(?\[0-9\]/.test(p.pattern ?? '');

describe('descriptors match the TikAPI catalogue', () => {
  it('has all 74 endpoints, each once', () => {
    expect(catalogue.endpoints).toHaveLength(74);
    expect(allEndpoints).toHaveLength(74);
    expect(new Set(allEndpoints.map((e) => e.key)).size).toBe(74);
  });

  it.each(catalogue.endpoints.map((e) => [e.key, e] as const))('%s', (key, reference) => {
    const descriptor = endpointByKey(key);
    expect(descriptor, `missing ${key}`).toBeDefined();
    if (!descriptor) return;
    expect(descriptor.method).toBe(reference.method);
    expect(descriptor.path).toBe(reference.path);
    expect(descriptor.auth).toBe(reference.auth);
    // Every TikAPI read is a GET and every write a POST.
    expect(descriptor.safeToRetry).toBe(reference.method === 'GET');
    expect(descriptor.scopes ?? []).toEqual(reference.oauthScopes ?? []);
    expect(descriptor.paging?.param).toBe(reference.paginationField);
    expect(descriptor.paging?.inferred ?? false).toBe(reference.paginationInferred ?? false);
    expect(descriptor.deprecated ?? false).toBe(reference.deprecated ?? false);
    expect(descriptor.undocumented ?? false).toBe(reference.undocumented ?? false);
    expect(descriptor.description?.length ?? 0).toBeGreaterThan(10);
    expect(Object.keys(descriptor.params)).toEqual(reference.params.map((p) => p.name));
    for (const p of reference.params) {
      const d = descriptor.params[p.name];
      const pattern = p.pattern && (replacedPatterns[p.pattern] ?? p.pattern);
      expect({ ...d, description: undefined, wire: d?.wire ?? p.name }).toEqual({
        in: p.in,
        wire: p.wire,
        ...(p.type ? { type: p.type } : {}),
        ...(p.required ? { required: true } : {}),
        ...(p.enum ? { enum: p.enum } : {}),
        ...(pattern ? { pattern } : {}),
        ...(numericString(p) ? { acceptsNumber: true } : {}),
        ...(p.max !== undefined ? { max: p.max } : {}),
        ...(p.min !== undefined ? { min: p.min } : {}),
        ...(p.default !== undefined ? { default: p.default } : {}),
        ...(p.example !== undefined ? { example: p.example } : {}),
        description: undefined,
      });
    }
  });

  it('places every endpoint in the tree at its key', () => {
    for (const endpoint of allEndpoints) {
      let node: unknown = endpointTree;
      for (const part of endpoint.key.split('.')) node = (node as Record<string, unknown>)[part];
      expect(node).toBe(endpoint);
    }
  });

  // A catastrophic pattern would hang here until the test's timeout fails it.
  it('compiles every pattern and none backtracks on a long non-matching value', () => {
    const hostile = `${'a'.repeat(5_000)}\n!`;
    const patterns = allEndpoints.flatMap((e) => Object.values(e.params).flatMap((p) => (p.pattern ? [p.pattern] : [])));
    expect(patterns.length).toBeGreaterThan(100);
    for (const pattern of patterns) expect(new RegExp(pattern).test(hostile)).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toOpenAPI } from '../scripts/openapi.js';
import { toSpec } from '../scripts/spec.js';

const spec = toSpec();

describe('spec.json and openapi.json', () => {
  it('carries every endpoint with key, method, path and wire-named params', () => {
    expect(spec.endpoints).toHaveLength(74);
    for (const endpoint of spec.endpoints) {
      expect(endpoint.key).toMatch(/^[a-zA-Z.0-9]+$/);
      expect(['GET', 'POST']).toContain(endpoint.method);
      expect(endpoint.path.startsWith('/')).toBe(true);
      for (const param of endpoint.params) {
        expect(param.wire).toBe(param.name);
        expect(typeof param.required).toBe('boolean');
      }
    }
    expect(spec.endpoints.find((e) => e.key === 'public.posts')?.params.map((p) => p.name)).toEqual([
      'country',
      'session_id',
      'secUid',
      'count',
      'cursor',
      'user_id',
    ]);
  });

  it('is what the build wrote to dist', () => {
    const built = JSON.parse(readFileSync(new URL('../dist/spec.json', import.meta.url), 'utf8')) as unknown;
    expect(built).toEqual(JSON.parse(JSON.stringify(spec)));
    const openapi = JSON.parse(readFileSync(new URL('../dist/openapi.json', import.meta.url), 'utf8')) as unknown;
    expect(openapi).toEqual(JSON.parse(JSON.stringify(toOpenAPI(spec))));
  });

  it('describes every endpoint as an OpenAPI 3.1 operation', () => {
    const doc = toOpenAPI(spec) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string; parameters: { name: string; in: string }[] }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.values(item).map((op) => ({ path, op })));
    expect(operations.map((o) => o.op.operationId).sort()).toEqual(spec.endpoints.map((e) => e.key).sort());
    for (const { path, op } of operations) {
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(templated);
    }
  });

  it('states the one-of groups in spec.json and as x-tokkit-one-of in OpenAPI (hardening)', () => {
    const byKey = (key: string) => spec.endpoints.find((e) => e.key === key);
    expect(byKey('public.check')?.oneOf).toEqual([['username', 'user_id']]);
    expect(byKey('public.hashtag')?.oneOf).toEqual([['id', 'name']]);
    expect(byKey('public.checkV3')?.oneOf).toEqual([['username', 'user_id', 'secUid']]);
    const doc = toOpenAPI(spec) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    expect(doc.paths['/public/check']?.get?.['x-tokkit-one-of']).toEqual([['username', 'user_id']]);
    expect(doc.paths['/public/hashtag']?.get?.['x-tokkit-one-of']).toEqual([['id', 'name']]);
    for (const endpoint of spec.endpoints) {
      for (const group of endpoint.oneOf ?? []) {
        expect(group.length, endpoint.key).toBeGreaterThan(1);
        for (const name of group) {
          const param = endpoint.params.find((p) => p.name === name);
          expect(param, `${endpoint.key}: ${name}`).toBeDefined();
          expect(param?.required, `${endpoint.key}: ${name} is in a one-of group, so it is not required alone`).toBe(false);
        }
      }
    }
  });
});

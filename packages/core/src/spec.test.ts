import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toOpenAPI } from '../scripts/openapi.js';
import { toSpec } from '../scripts/spec.js';
import { allEndpoints } from './endpoints/list.js';

const spec = toSpec(allEndpoints);

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
});

// The built endpoint pages say what the descriptors say: one page per endpoint of spec.json, whose heading, route,
// parameter table and badges are those of its descriptor, and whose response is what the sandbox answers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_KEY, DEMO_API_KEY, TikAPI } from '@tokkit/node';
import { createSandbox, type RunningSandbox } from '@tokkit/sandbox';
import { distDir } from '../scripts/serve.js';
import { abridge } from '../src/reference/capture.js';
import { exampleValues } from '../src/reference/examples.js';
import { decodeHtml, samplesOfPage } from '../src/samples/extract.js';
import { loadSpec, pageSlug } from '../src/spec.js';

const spec = loadSpec();
let sandbox: RunningSandbox;

beforeAll(async () => {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('no built site: run `pnpm --filter @tokkit/docs build` first');
  sandbox = await createSandbox().listen(0);
});

afterAll(async () => {
  await sandbox?.close();
});

const pageOf = (key: string) => readFileSync(join(distDir, 'reference', `${pageSlug(key)}.html`), 'utf8');

interface Row {
  name: string;
  in: string;
  type: string;
  required: string;
  accepts: string;
}

function tableRows(html: string): Row[] {
  const table = /<table class="params"[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr data-param="([^"]*)" data-in="([^"]*)" data-type="([^"]*)" data-required="([^"]*)">([\s\S]*?)<\/tr>/g)].map((m) => {
    const cells = [...(m[5] ?? '').matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) => decodeHtml(c[1] ?? ''));
    return { name: m[1] ?? '', in: m[2] ?? '', type: m[3] ?? '', required: m[4] ?? '', accepts: cells[1] ?? '' };
  });
}

describe('the endpoint reference of the built site', () => {
  it('has one page per endpoint of spec.json, listing each parameter as its descriptor declares it', () => {
    expect(spec.endpoints).toHaveLength(74);
    expect(spec.endpoints.filter((e) => e.oneOf?.length).map((e) => e.key)).toEqual(['public.check', 'public.hashtag', 'public.checkV3']);
    for (const endpoint of spec.endpoints) {
      const html = pageOf(endpoint.key);
      expect(decodeHtml(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ''), endpoint.key).toContain(endpoint.key);
      expect(html).toContain(`<code>${endpoint.method} ${endpoint.path}</code>`);
      const rows = tableRows(html);
      expect(rows.map((r) => r.name), endpoint.key).toEqual(endpoint.params.map((p) => p.name));
      for (const [i, param] of endpoint.params.entries()) {
        const row = rows[i] as Row;
        expect([row.in, row.type, row.required], `${endpoint.key} ${param.name}`).toEqual([param.in, param.type ?? '', String(param.required)]);
        if (param.pattern) expect(row.accepts).toContain(param.pattern);
        for (const value of param.enum ?? []) expect(row.accepts).toContain(String(value));
        if (param.max !== undefined) expect(row.accepts).toContain(String(param.max));
        if (param.default !== undefined) expect(row.accepts).toContain(`default ${String(param.default)}`);
        if (param.example !== undefined) expect(row.accepts).toContain(`example ${String(param.example)}`);
        const group = endpoint.oneOf?.find((names) => names.includes(param.name));
        if (group) expect(row.accepts, `${endpoint.key} ${param.name} one-of`).toContain(`give at least one of ${group.join(', ')}`);
      }
      expect(html.includes('>deprecated<'), `${endpoint.key} deprecated badge`).toBe(endpoint.deprecated === true);
      expect(html.includes('>undocumented<'), `${endpoint.key} undocumented badge`).toBe(endpoint.undocumented === true);
      for (const scope of endpoint.scopes ?? []) expect(html).toContain(`<code>${scope}</code>`);
    }
  });

  it('shows, for each endpoint, the response the sandbox gives to its example parameters', async () => {
    const api = TikAPI({ apiKey: DEMO_API_KEY, accountKey: DEMO_ACCOUNT_KEY, baseUrl: sandbox.url, maxRetries: 0, logger: {} });
    for (const endpoint of spec.endpoints) {
      let fn: unknown = api;
      for (const part of endpoint.key.split('.')) fn = (fn as Record<string, unknown>)[part];
      const res = await (fn as (p: unknown) => Promise<{ json: unknown }>)(exampleValues(spec, endpoint));
      const shown = samplesOfPage('', pageOf(endpoint.key)).find((s) => s.label === 'json');
      expect(JSON.parse(shown?.code ?? 'null'), endpoint.key).toEqual(abridge(res.json));
    }
  });
});

// The built endpoint pages say what the descriptors say: one page per endpoint of spec.json, whose heading, route,
// parameter table and badges are those of its descriptor, and whose response is what the sandbox answers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type RunningSandbox } from '@tokkit/sandbox';
import { distDir } from '../scripts/serve.js';
import { abridge, sandboxClient } from '../src/reference/capture.js';
import { exampleValues } from '../src/reference/examples.js';
import { decodeHtml, samplesOfPage } from '../src/samples/extract.js';
import { loadSpec, loadSpecs, pageSlug, type ProviderName } from '../src/spec.js';

const spec = loadSpec();
const specs = loadSpecs();
let sandbox: RunningSandbox;

beforeAll(async () => {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('no built site: run `pnpm --filter @tokkit/docs build` first');
  sandbox = await createSandbox().listen(0);
});

afterAll(async () => {
  await sandbox?.close();
});

const pageOf = (key: string, provider: ProviderName = 'tikapi') =>
  readFileSync(join(distDir, 'reference', `${pageSlug(key, provider)}.html`), 'utf8');

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
  it('has one page per endpoint of every provider, listing each parameter as its descriptor declares it', () => {
    expect(specs.map((s) => [s.provider.name, s.endpoints.length])).toEqual([
      ['tikapi', 74],
      ['scavio', 11],
      ['userhandle', 2],
    ]);
    expect(spec.endpoints.filter((e) => e.oneOf?.length).map((e) => e.key)).toEqual(['public.check', 'public.hashtag', 'public.checkV3']);
    for (const { endpoint, provider } of specs.flatMap((s) => s.endpoints.map((endpoint) => ({ endpoint, provider: s.provider.name })))) {
      const html = pageOf(endpoint.key, provider);
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
        if (param.maxLength !== undefined) expect(row.accepts).toContain(`${param.maxLength} characters`);
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

  it('shows, for each endpoint of every provider, the response the sandbox gives to its example parameters', async () => {
    for (const providerSpec of specs) {
      const api = sandboxClient(providerSpec, sandbox.url);
      for (const endpoint of providerSpec.endpoints) {
        let fn: unknown = api;
        for (const part of endpoint.key.split('.')) fn = (fn as Record<string, unknown>)[part];
        const res = await (fn as (p: unknown) => Promise<{ json: unknown }>)(exampleValues(providerSpec, endpoint));
        const shown = samplesOfPage('', pageOf(endpoint.key, providerSpec.provider.name)).find((s) => s.label === 'json');
        const json = JSON.parse(shown?.code ?? 'null') as Record<string, unknown>;
        // Credits and timings change with every call; the data itself is deterministic.
        expect(withoutCounters(json), endpoint.key).toEqual(withoutCounters(abridge(res.json)));
      }
    }
  });

  it('pages of providers that bill per request explain their credits; only TikAPI pages have a live try-it', () => {
    expect(pageOf('user.posts', 'scavio')).toContain('id="credits"');
    expect(pageOf('user', 'userhandle')).not.toContain('id="credits"');
    expect(pageOf('public.check')).toContain('id="try-it"');
    expect(pageOf('profile', 'scavio')).not.toContain('id="try-it"');
  });
});

function withoutCounters(json: unknown): unknown {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return json;
  const { credits_remaining: _remaining, response_time: _time, ...rest } = json as Record<string, unknown>;
  return rest;
}

// What the hand-written guides state about tokkit, checked against tokkit itself: the error classes, the retry
// policy, the faults the sandbox understands, and the tokkit calls the `tiktok-api` table names.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@tokkit/core';
import { createSandboxHandler, FAULT_HEADER } from '@tokkit/sandbox/handler';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../scripts/serve.js';
import { decodeHtml } from '../src/samples/extract.js';
import { loadSpec, pageSlug } from '../src/spec.js';

const spec = loadSpec();
const guide = (name: string) => readFileSync(join(distDir, 'guides', `${name}.html`), 'utf8');
const text = (html: string) => decodeHtml(html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')).replace(/\s+/g, ' ');

beforeAll(() => {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('no built site: run `pnpm --filter @tokkit/docs build` first');
});

describe('the guides agree with tokkit', () => {
  it('the errors guide has a section for every error class @tokkit/core exports', () => {
    const classes = Object.entries(core)
      .filter(([, value]) => typeof value === 'function' && (value === core.TikAPIError || value.prototype instanceof core.TikAPIError))
      .map(([name]) => name);
    expect(classes.length).toBeGreaterThanOrEqual(12);
    const headings = [...guide('errors').matchAll(/<h3 id="([^"]+)"/g)].map((m) => m[1]);
    for (const name of classes) expect(headings, name).toContain(name.toLowerCase());
  });

  it("the errors guide states the transport's retry policy", () => {
    const retries = /<h2 id="retries"[\s\S]*?<h2/.exec(guide('errors'))?.[0] ?? '';
    const said = text(retries);
    for (const status of spec.retryPolicy.statusCodes) expect(said).toContain(String(status));
    expect(said).toContain(`up to ${spec.retryPolicy.maxRetryAfterMs / 1000} s`);
    expect(said).toContain(`starts at ${spec.retryPolicy.baseDelayMs} ms`);
    expect(said).toContain(`capped at ${spec.retryPolicy.maxDelayMs / 1000} s`);
    expect(spec.retryPolicy.methods).toEqual(['get']);
    expect(said).toContain('Only GET requests are retried');
    expect(said).toContain(`(${core.DEFAULT_MAX_RETRIES} by default)`);
  });

  it('every fault the sandbox guide names is one the sandbox accepts', async () => {
    const said = text(guide('sandbox'));
    const named = ['503x2', 'latency=10', 'drop', 'cut', 'malformed', 'truncate', 'slow-body=10', 'retry-after=1', '429, retry-after=3600', '502x2'];
    const sandbox = createSandboxHandler();
    for (const fault of named) {
      expect(said, fault).toContain(fault.replace(/=10$/, '=').replace(/=1$/, '='));
      const res = await sandbox.fetch(
        new Request('http://sandbox.test/public/check?username=lilyachty', {
          headers: { 'X-API-KEY': core.DEMO_API_KEY, [FAULT_HEADER]: fault },
        }),
      );
      const body = await res.text().catch(() => '');
      expect(body, fault).not.toContain(`Invalid ${FAULT_HEADER}`);
    }
  });

  it('the tiktok-api table maps its 35 methods, each to a tokkit call that exists, with parameters that exist', () => {
    const table = /<table[\s\S]*?<\/table>/.exec(guide('from-tiktok-api'))?.[0] ?? '';
    const rows = [...table.matchAll(/<tr><td>([\s\S]*?)<\/td><td>([\s\S]*?)<\/td><td>([\s\S]*?)<\/td><\/tr>/g)];
    expect(rows).toHaveLength(35);
    let mapped = 0;
    for (const [, theirs, ours, why] of rows) {
      const link = /<a href="\.\/\.\.\/reference\/([^"]+)\.html"><code>([^<]+)<\/code><\/a>/.exec(ours ?? '');
      if (!link) {
        // no tokkit call: either the setup (a link to a guide) or a reason why no hosted API offers it
        expect(decodeHtml(ours ?? '') === 'none' ? decodeHtml(why ?? '').length : 1, decodeHtml(theirs ?? '')).toBeGreaterThan(0);
        continue;
      }
      const [, slug, call] = link;
      const endpoint = spec.endpoints.find((e) => pageSlug(e.key) === slug);
      expect(endpoint, slug).toBeDefined();
      const name = decodeHtml(call ?? '').replace(/\(.*$/, '');
      expect(`${name}`.replace(/^api\./, ''), call).toBe(endpoint?.key === 'user.info' ? 'user' : endpoint?.key);
      const given = /\(\{([^}]*)\}\)/.exec(decodeHtml(call ?? ''))?.[1] ?? '';
      for (const param of given.split(',').map((p) => p.split(':')[0]?.trim()).filter(Boolean)) {
        if (endpoint?.key === 'user.info') continue; // api.user({ accountKey }): the account scope, not a parameter
        expect(endpoint?.params.map((p) => p.name), `${call}: ${param}`).toContain(param);
      }
      mapped += 1;
    }
    console.log(`docs tiktok-api table: ${rows.length} methods, ${mapped} mapped to a tokkit call, ${rows.length - mapped} without one`);
  });
});

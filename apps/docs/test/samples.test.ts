// Every TypeScript, Python and shell sample of the built site runs against the sandbox, verbatim.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ACCOUNT_KEY, DEMO_API_KEY } from '@tokkit/core';
import { createSandbox, type RunningSandbox } from '@tokkit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../scripts/serve.js';
import { isDeclarationPage, type Sample, samplesOfSite } from '../src/samples/extract.js';
import { cleanSamples, pythonPath, runInBrowser, runPython, runShell, runTypeScript, runWorkerSamples, type SampleResult } from '../src/samples/run.js';
import { type Browser, launchChromium } from './helpers/chromium.js';
import { loadSpecs, pageSlug } from '../src/spec.js';

let sandbox: RunningSandbox;
let samples: Sample[];
let declarations: number;

beforeAll(async () => {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('no built site: run `pnpm --filter @tokkit/docs build` first');
  if (!existsSync(pythonPath)) throw new Error(`${pythonPath} is missing: run scripts/test-python.sh first`);
  const blocks = samplesOfSite(distDir);
  samples = blocks.filter((s) => !isDeclarationPage(s.page));
  declarations = blocks.length - samples.length;
  cleanSamples();
  sandbox = await createSandbox().listen(0);
});

afterAll(async () => {
  await sandbox?.close();
});

/** The key and base URL variables of the other providers, pointing at their part of the sandbox. */
function otherProviders(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of loadSpecs().filter((s) => s.provider.name !== 'tikapi')) {
    out[spec.provider.env.apiKey] = spec.demoKeys.apiKey;
    out[spec.provider.env.baseUrl] = `${sandbox.url}${spec.provider.sandboxPrefix}`;
  }
  return out;
}

function describeFailures(results: SampleResult[]): string[] {
  return results.filter((r) => !r.ok).map((r) => `${r.sample.page} #${r.sample.index} (${r.sample.label}): ${r.error ?? ''}`);
}

describe('the samples of the built site', () => {
  it('every endpoint page has a TypeScript, a Python and a curl sample', () => {
    for (const { key, provider } of loadSpecs().flatMap((s) => s.endpoints.map((e) => ({ key: e.key, provider: s.provider.name })))) {
      const page = `reference/${pageSlug(key, provider)}.html`;
      const labels = samples.filter((s) => s.page === page).map((s) => s.language);
      expect(labels, page).toEqual(expect.arrayContaining(['typescript', 'python', 'shell']));
    }
  });

  it('every TypeScript, JavaScript, Python, shell, Worker and browser sample runs against the sandbox', async () => {
    const env = { TIKAPI_KEY: DEMO_API_KEY, TIKAPI_ACCOUNT_KEY: DEMO_ACCOUNT_KEY, TIKAPI_BASE_URL: sandbox.url, ...otherProviders() };
    const runnable = samples.filter((s) => s.language !== 'other');
    const marked = runnable.filter((s) => s.notRunnable);
    const toRun = runnable.filter((s) => !s.notRunnable);
    const inNode = toRun.filter((s) => !s.worker && !s.browser);
    const [ts, py] = await Promise.all([
      runTypeScript(inNode.filter((s) => s.language === 'typescript' || s.language === 'javascript'), env),
      runPython(inNode.filter((s) => s.language === 'python'), env),
    ]);
    const sh = await runShell(inNode.filter((s) => s.language === 'shell'), env);
    const workers = await runWorkerSamples(toRun.filter((s) => s.worker), env);
    let browser: Browser | undefined;
    let pages: SampleResult[];
    try {
      browser = await launchChromium();
      pages = await runInBrowser(toRun.filter((s) => s.browser), env, browser.context);
      expect(browser.offLoopback).toEqual([]);
    } finally {
      await browser?.close();
    }
    const all = [...ts, ...py, ...sh, ...workers, ...pages];
    const passed = all.filter((r) => r.ok).length;
    const by = (rs: SampleResult[]) => `${rs.filter((r) => r.ok).length}/${rs.length}`;
    console.log(`docs samples: ${all.length} run, ${passed} passed, ${marked.length} marked not runnable (TypeScript and JavaScript ${by(ts)}, Python ${by(py)}, shell ${by(sh)}, Workers in workerd ${by(workers)}, browser in Chromium ${by(pages)}; ${declarations} declaration blocks of the TypeScript API reference are not samples)`);
    expect(describeFailures(all)).toEqual([]);
    expect(all.length).toBe(toRun.length);
    const endpoints = loadSpecs().reduce((n, s) => n + s.endpoints.length, 0);
    expect(ts.length).toBeGreaterThanOrEqual(endpoints);
    expect(py.length).toBeGreaterThanOrEqual(endpoints);
    expect(declarations).toBeGreaterThan(0);
    expect(workers.length).toBeGreaterThan(0);
    expect(pages.length).toBeGreaterThan(0);
  });
});

// Runs browser samples in Chromium: each is bundled for the browser (esbuild, the `browser` condition) and
// imported by a page on 127.0.0.1 whose server mounts createNodeProxy at /tikapi in front of the sandbox, as a
// real deployment would. A sample passes when its module finishes without an error in the page.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeProxy } from '@tokkit/node';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import type { Sample } from './extract.js';
import type { SampleResult, SandboxEnv } from './run.js';

const SAMPLE_TIMEOUT_MS = 30_000;
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title></title></head><body><script type="module">
import('/sample.js').then(() => { document.body.dataset.done = 'ok'; }, (e) => { document.body.dataset.done = 'error: ' + e; });
</script></body></html>`;

export async function runBrowserSamples(files: Map<string, Sample>, env: SandboxEnv, browser: BrowserContext): Promise<SampleResult[]> {
  const out: SampleResult[] = [];
  let script = '';
  const proxy = createNodeProxy({ apiKey: env.TIKAPI_KEY, basePath: '/tikapi', baseUrl: env.TIKAPI_BASE_URL });
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/tikapi/')) return void proxy(req, res);
    const js = req.url === '/sample.js';
    res.writeHead(js || req.url === '/' ? 200 : 404, { 'content-type': js ? 'text/javascript' : 'text/html; charset=utf-8' });
    res.end(js ? script : req.url === '/' ? page : 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    for (const [file, sample] of files) {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      try {
        const bundled = await build({ entryPoints: [file], bundle: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'silent' });
        script = bundled.outputFiles[0]?.text ?? '';
        await tab.goto(`${origin}/`);
        await tab.waitForFunction(() => document.body.dataset.done !== undefined, null, { timeout: SAMPLE_TIMEOUT_MS });
        const done = await tab.evaluate(() => document.body.dataset.done);
        const ok = done === 'ok' && errors.length === 0;
        out.push({ sample, file, ok, error: ok ? undefined : [done, ...errors].join('; ') });
      } catch (error) {
        out.push({ sample, file, ok: false, error: String(error) });
      } finally {
        await tab.close();
      }
    }
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  return out;
}

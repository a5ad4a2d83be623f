// Runs Cloudflare Worker samples in workerd (through miniflare): each is bundled as a user's bundler would
// (esbuild, the `workerd` condition), given TIKAPI_KEY as a binding, and asked for `/`; every request it sends
// out, to whatever host it names, is answered by the sandbox. A sample passes on a 200 with a JSON body.
import { build } from 'esbuild';
import { Miniflare, type Request as WorkerRequest } from 'miniflare';
import type { SampleResult, SandboxEnv } from './run.js';
import type { Sample } from './extract.js';

export async function runWorkers(files: Map<string, Sample>, env: SandboxEnv): Promise<SampleResult[]> {
  const out: SampleResult[] = [];
  for (const [file, sample] of files) {
    let mf: Miniflare | undefined;
    try {
      const bundled = await build({
        entryPoints: [file],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'neutral',
        target: 'es2022',
        mainFields: ['module', 'main'],
        conditions: ['workerd', 'worker', 'browser'],
        logLevel: 'silent',
      });
      const script = bundled.outputFiles[0]?.text ?? '';
      mf = new Miniflare({
        modules: true,
        script,
        compatibilityDate: '2025-04-01',
        bindings: { TIKAPI_KEY: env.TIKAPI_KEY, TIKAPI_ACCOUNT_KEY: env.TIKAPI_ACCOUNT_KEY },
        outboundService: async (request: WorkerRequest) => {
          const url = new URL(request.url);
          const body = request.method === 'GET' ? undefined : await request.arrayBuffer();
          const headers = Object.fromEntries(request.headers.entries());
          const answer = await fetch(`${env.TIKAPI_BASE_URL}${url.pathname}${url.search}`, { method: request.method, headers, body });
          return new Response(await answer.arrayBuffer(), { status: answer.status, headers: answer.headers });
        },
      });
      const response = await mf.dispatchFetch('http://worker.test/');
      const text = await response.text();
      const ok = response.status === 200 && text.startsWith('{');
      out.push({ sample, file, ok, error: ok ? undefined : `HTTP ${response.status}: ${text.slice(0, 200)}` });
    } catch (error) {
      out.push({ sample, file, ok: false, error: String(error) });
    } finally {
      await mf?.dispose();
    }
  }
  return out;
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
/** Where `@tokkit/browser-safe` resolves as a package, through its export conditions (the workspace root). */
const consumerDir = fileURLToPath(new URL('../../../', import.meta.url));
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Every module specifier a bundle imports or requires, static or dynamic. */
function specifiers(code: string): string[] {
  const pattern = /\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\bimport\s*["']([^"']+)["']|\brequire\s*\(\s*["']([^"']+)["']\s*\)/g;
  return [...code.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
}

function nodeImports(code: string): string[] {
  return specifiers(code).filter((s) => s.startsWith('node:') || builtins.has(s));
}

describe('the @tokkit/browser-safe bundle has no Node builtins', () => {
  it('the built files (ESM, CJS, and the ESM served to workerd) import none', () => {
    expect(existsSync(distDir), 'build the package first (pnpm turbo run build)').toBe(true);
    const files = readdirSync(distDir).filter((f) => /\.(c|m)?js$/.test(f));
    expect(files.sort()).toEqual(['index.cjs', 'index.js', 'index.workerd.js']);
    for (const file of files) {
      const code = readFileSync(join(distDir, file), 'utf8');
      expect(nodeImports(code), file).toEqual([]);
      expect(code, file).not.toMatch(/["'`]node:/);
    }
  });

  it('nor does the whole bundle a browser or Worker gets (with all of @tokkit/core)', async () => {
    for (const platform of ['browser', 'neutral'] as const) {
      const result = await build({
        entryPoints: [join(distDir, 'index.js')],
        bundle: true,
        write: false,
        format: 'esm',
        platform,
        mainFields: ['module', 'main'],
        conditions: ['worker', 'browser'],
        logLevel: 'silent',
      });
      const code = result.outputFiles[0]?.text ?? '';
      expect(code.length).toBeGreaterThan(10_000);
      expect(nodeImports(code), platform).toEqual([]);
      expect(code, platform).not.toMatch(/["']node:/);
    }
  });

  // The target is 16 KB gzip (bench/worker-size.ts prints it against that); this ceiling only stops regressions.
  it('a Worker calling an endpoint sends through ky and stays under its size ceiling (bench/worker-size.ts)', async () => {
    const result = await build({
      stdin: {
        contents: `import { TikAPI } from '@tokkit/browser-safe';
          export default { fetch: async () => Response.json((await TikAPI('k').public.check({ username: 'a' })).json) };`,
        resolveDir: consumerDir,
      },
      bundle: true,
      write: false,
      minify: true,
      metafile: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      conditions: ['workerd', 'worker', 'browser'],
      logLevel: 'silent',
    });
    // Files esbuild read but tree-shook entirely are listed with 0 bytes in the output.
    const output = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
    const inputs = Object.entries(output)
      .filter(([, info]) => info.bytesInOutput > 0)
      .map(([file]) => file);
    expect(inputs.some((file) => file.includes('@tokkit/core') || file.includes('packages/core/'))).toBe(true);
    expect(inputs.some((file) => /node_modules\/(\.pnpm\/)?ky[@/]/.test(file))).toBe(true);
    const gzip = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).byteLength;
    expect(gzip).toBeGreaterThan(8 * 1024);
    expect(gzip).toBeLessThanOrEqual(19.5 * 1024);
  });

  it("a Worker that uses only TikAPI carries none of the other providers' descriptors; one using Scavio does", async () => {
    const workerOf = async (contents: string) => {
      const result = await build({
        stdin: { contents, resolveDir: consumerDir },
        bundle: true,
        write: false,
        minify: true,
        format: 'esm',
        platform: 'neutral',
        mainFields: ['module', 'main'],
        conditions: ['workerd', 'worker', 'browser'],
        logLevel: 'silent',
      });
      return result.outputFiles[0]?.text ?? '';
    };
    // A path, the demo key and the key header of each other provider: present only when its descriptors are.
    const scavioMarks = ['/api/v1/tiktok/profile', '/api/v1/tiktok/hashtag/videos', 'sk_demo_Scavio', 'api.scavio.dev'];
    const userHandleMarks = ['/video/{userHandle}/{videoId}', 'uh-demo-', 'UserHandleAPI'];
    const tikapiOnly = await workerOf(`import { TikAPI } from '@tokkit/browser-safe';
      export default { fetch: async () => Response.json((await TikAPI('k').public.check({ username: 'a' })).json) };`);
    for (const mark of [...scavioMarks, ...userHandleMarks]) expect(tikapiOnly, mark).not.toContain(mark);
    const scavioWorker = await workerOf(`import { Scavio } from '@tokkit/browser-safe';
      export default { fetch: async () => Response.json((await Scavio('k').profile({ username: 'a' })).json) };`);
    for (const mark of scavioMarks) expect(scavioWorker, mark).toContain(mark);
    for (const mark of userHandleMarks) expect(scavioWorker, mark).not.toContain(mark);
    const userHandleWorker = await workerOf(`import { UserHandleAPI } from '@tokkit/browser-safe';
      export default { fetch: async (_r, env) => Response.json((await UserHandleAPI({ apiKey: 'k', baseUrl: env.URL }).user({ userHandle: 'a' })).json) };`);
    for (const mark of userHandleMarks) expect(userHandleWorker, mark).toContain(mark);
  });

  it('the browser key guard is in what a page gets, and left out of what workerd gets', async () => {
    const bundleFor = async (conditions: string[]) => {
      const result = await build({
        stdin: { contents: `export { TikAPI } from '@tokkit/browser-safe';`, resolveDir: consumerDir },
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'neutral',
        mainFields: ['module', 'main'],
        conditions,
        logLevel: 'silent',
      });
      return result.outputFiles[0]?.text ?? '';
    };
    expect(await bundleFor(['browser'])).toContain('dangerouslyAllowBrowser: true');
    expect(await bundleFor(['workerd', 'worker', 'browser'])).not.toContain('dangerouslyAllowBrowser: true');
  });

  it('would see a builtin', () => {
    expect(nodeImports('import { readFile } from "node:fs"; const p = require("path");')).toEqual(['node:fs', 'path']);
  });
});

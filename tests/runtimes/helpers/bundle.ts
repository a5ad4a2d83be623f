import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('..', import.meta.url));

/** Bundles a fixture the way a user's bundler would (wrangler and vite use esbuild too); nothing is minified. */
export async function bundleFixture(entry: string, platform: 'browser' | 'neutral'): Promise<string> {
  const result = await build({
    entryPoints: [`${here}fixtures/${entry}`],
    bundle: true,
    write: false,
    format: 'esm',
    platform,
    target: 'es2022',
    mainFields: ['module', 'main'],
    conditions: platform === 'neutral' ? ['workerd', 'worker', 'browser'] : ['browser'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error(`bundling ${entry} produced nothing`);
  return code;
}

// Bundles src/sw/service-worker.ts into public/sw.js (served at the site's base) for the browser.
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function bundleServiceWorker(): Promise<number> {
  const outfile = join(root, 'public/sw.js');
  await build({
    entryPoints: [join(root, 'src/sw/service-worker.ts')],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return statSync(outfile).size;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`sw.js: ${await bundleServiceWorker()} bytes`);
}

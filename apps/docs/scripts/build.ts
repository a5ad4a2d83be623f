// `pnpm --filter @tokkit/docs build`: the generated pages (from @tokkit/core/spec.json, with responses captured
// from the in-process sandbox), the try-it service worker, then the static site in .vitepress/dist. No network.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vitepress';
import { bundleServiceWorker } from './bundle-service-worker.js';
import { generateApi } from './generate-api.js';
import { generateGuides } from './generate-guides.js';
import { generateReference } from './generate-reference.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function sizeOf(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

const started = performance.now();
const pages = await generateReference();
generateGuides();
const [api, swBytes] = await Promise.all([generateApi(), bundleServiceWorker()]);
await build(root);
const seconds = (performance.now() - started) / 1000;
const { bytes, files } = sizeOf(join(root, '.vitepress/dist'));
const base = process.env.DOCS_BASE || '/';
// Read by the docs tests: the base to serve the site below, and the build's figures to print.
writeFileSync(join(root, '.vitepress/build-info.json'), `${JSON.stringify({ base, seconds, bytes, files, swBytes, pages, apiPages: api.pages, typedocWarnings: api.warnings })}\n`);
console.log(
  `docs build: ${pages} endpoint pages, ${api.pages} API pages (TypeDoc: ${api.warnings} warnings), sw.js ${(swBytes / 1024).toFixed(1)} KiB, site ${(bytes / 1024 / 1024).toFixed(2)} MiB in ${files} files, ${seconds.toFixed(1)} s`,
);

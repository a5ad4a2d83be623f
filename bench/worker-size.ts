// Minified + gzipped size of a Worker calling one endpoint through @tokkit/browser-safe, next to ky alone.
// Run from the repository root after a build: node --import tsx bench/worker-size.ts
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { stripDocsPlugin } from '../packages/core/scripts/strip-docs.js';

const TARGET_GZIP_BYTES = 16 * 1024;

const coreSource = fileURLToPath(new URL('../packages/core/src/index.ts', import.meta.url));

/** Minified bytes of each input, grouped: by package, or (from sources) by area of @tokkit/core. */
function owner(file: string): string {
  const area = /packages\/core\/src\/([^/]+)\//.exec(file)?.[1];
  if (area) return `@tokkit/core ${area}/`;
  if (file.includes('packages/core/')) return '@tokkit/core (other)';
  if (file.includes('packages/browser-safe/')) return '@tokkit/browser-safe';
  return /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(@[^/]+\/[^/]+|[^/]+)/.exec(file)?.[1] ?? 'the Worker itself';
}

async function measure(entry: string, fromSource = false): Promise<{ minified: number; gzip: number; metafile: Record<string, number> }> {
  const result = await build({
    // From sources, the descriptors are trimmed as for dist/index.lean.js, the build a Worker gets.
    ...(fromSource ? { alias: { '@tokkit/core': coreSource }, plugins: [stripDocsPlugin] } : {}),
    entryPoints: [fileURLToPath(new URL(`fixtures/${entry}`, import.meta.url))],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const inputs: Record<string, number> = {};
  for (const [file, info] of Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {})) {
    inputs[owner(file)] = (inputs[owner(file)] ?? 0) + info.bytesInOutput;
  }
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, metafile: inputs };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const tokkit = await measure('worker-tokkit.ts');
const ky = await measure('worker-ky.ts');

console.log('Worker calling public.check, esbuild --bundle --minify (platform neutral, ESM), gzip -9:');
console.log(`  @tokkit/browser-safe  ${kb(tokkit.minified).padStart(9)} min  ${kb(tokkit.gzip).padStart(8)} gzip`);
console.log(`  ky alone              ${kb(ky.minified).padStart(9)} min  ${kb(ky.gzip).padStart(8)} gzip`);
console.log(`  difference            ${kb(tokkit.minified - ky.minified).padStart(9)} min  ${kb(tokkit.gzip - ky.gzip).padStart(8)} gzip`);
// The same Worker bundled from @tokkit/core's sources, only to attribute bytes to its areas.
const bySource = await measure('worker-tokkit.ts', true);
console.log('  minified bytes by part (core bundled from its sources for attribution):');
for (const [name, bytes] of Object.entries(bySource.metafile).sort((a, b) => b[1] - a[1])) {
  if (bytes >= 100) console.log(`    ${name.padEnd(30)} ${kb(bytes).padStart(9)}`);
}
const verdict = tokkit.gzip <= TARGET_GZIP_BYTES ? 'within' : 'OVER';
console.log(`  target: at most ${kb(TARGET_GZIP_BYTES)} gzip -> ${verdict}`);
process.exitCode = tokkit.gzip <= TARGET_GZIP_BYTES ? 0 : 1;

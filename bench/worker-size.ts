// Minified + gzipped size of a Worker calling one endpoint through @tokkit/browser-safe, next to ky alone.
// Run from the repository root after a build: node --import tsx bench/worker-size.ts
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
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

/**
 * What the Worker would weigh without one part of the SDK: each part's modules (under packages/core/src) replaced
 * by stubs with the same exports that do nothing. Only to size the parts: no such build exists.
 */
const PARTS: Record<string, Record<string, string>> = {
  'the 74 endpoint descriptors': {
    'endpoints/index.ts': 'export const endpointTree = { user: {} };',
    'endpoints/list.ts': 'export const allEndpoints = []; export const endpointByKey = () => undefined;',
  },
  'pages() and items()': {
    'paginate/iterate.ts': 'export const DEFAULT_MAX_PAGES = 1000; export function iteratePages() {} export class ItemStream {}',
    'paginate/job-turns.ts': 'export const PAGES_PER_JOB = 64; export function nextMacrotask() {}',
  },
  'video downloads': {
    'video/download-video.ts': 'export const VIDEO_USER_AGENT = ""; export const videoLinkHeaders = () => ({}); export async function downloadVideo() {}',
  },
  'TikTok status-code messages': { 'tiktok-status-codes.ts': 'export const tiktokStatusCodes = {};' },
  'the rate-limit gate and maxConcurrency': {
    'transport/rate-gate.ts': 'export class RateGate { close() {} turn() {} }',
    'transport/concurrency.ts': 'export class ConcurrencyLimit {}',
  },
  'key redaction in errors': {
    'transport/redact.ts': 'export const redactText = (t) => t, redactJson = (v) => v, redactHeaders = (h) => h, redactError = (e) => e;',
  },
  '"did you mean" hints': { 'request/suggest.ts': 'export function suggestName() {}' },
};

function stubbing(stubs: Record<string, string>): Plugin {
  return {
    name: 'stub-parts',
    setup(b) {
      b.onLoad({ filter: /[\\/]packages[\\/]core[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
        const tail = Object.keys(stubs).find((file) => path.replaceAll('\\', '/').endsWith(`/src/${file}`));
        return tail === undefined ? undefined : { contents: stubs[tail], loader: 'ts' };
      });
    },
  };
}

async function measure(
  entry: string,
  fromSource = false,
  stubs: Record<string, string> = {},
): Promise<{ minified: number; gzip: number; metafile: Record<string, number> }> {
  const result = await build({
    // From sources, the descriptors are trimmed as for dist/index.lean.js, the build a Worker gets.
    ...(fromSource ? { alias: { '@tokkit/core': coreSource }, plugins: [stubbing(stubs), stripDocsPlugin] } : {}),
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
console.log('  gzip the Worker would save without each part (its modules stubbed, from sources; sizing only):');
const allStubs: Record<string, string> = {};
for (const [part, stubs] of Object.entries(PARTS)) {
  Object.assign(allStubs, stubs);
  const without = await measure('worker-tokkit.ts', true, stubs);
  console.log(`    ${part.padEnd(40)} ${String(bySource.gzip - without.gzip).padStart(6)} B`);
}
const bare = await measure('worker-tokkit.ts', true, allStubs);
console.log(`    all of them together                     ${String(bySource.gzip - bare.gzip).padStart(6)} B -> ${kb(bare.gzip)} gzip`);
const verdict = tokkit.gzip <= TARGET_GZIP_BYTES ? 'within' : 'OVER';
console.log(`  target: at most ${kb(TARGET_GZIP_BYTES)} gzip -> ${verdict}`);
process.exitCode = tokkit.gzip <= TARGET_GZIP_BYTES ? 0 : 1;

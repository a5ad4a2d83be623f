// Writes the generated part of the site (not committed; rebuilt on every build from @tokkit/core/spec.json):
// reference/**.md, one page per endpoint, and .vitepress/generated/{sidebar,try-it}.json.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureResponses } from '../src/reference/capture.js';
import { overviewPage, sidebar } from '../src/reference/overview.js';
import { endpointPage } from '../src/reference/page.js';
import { tryItData } from '../src/reference/try-it-data.js';
import { loadSpec, pageSlug } from '../src/spec.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export async function generateReference(): Promise<number> {
  const spec = loadSpec();
  const captured = await captureResponses(spec);
  const referenceDir = join(root, 'reference');
  rmSync(referenceDir, { recursive: true, force: true });
  for (const endpoint of spec.endpoints) {
    const response = captured.get(endpoint.key);
    if (!response) throw new Error(`no captured response for ${endpoint.key}`);
    write(join(referenceDir, `${pageSlug(endpoint.key)}.md`), endpointPage(spec, endpoint, response));
  }
  write(join(referenceDir, 'index.md'), overviewPage(spec));
  write(join(root, '.vitepress/generated/sidebar.json'), `${JSON.stringify(sidebar(spec), null, 2)}\n`);
  write(join(root, '.vitepress/generated/try-it.json'), `${JSON.stringify(tryItData(spec))}\n`);
  return spec.endpoints.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`reference: ${await generateReference()} endpoint pages`);
}

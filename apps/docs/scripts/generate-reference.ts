// Writes the generated part of the site (not committed; rebuilt on every build from the spec files of
// @tokkit/core): reference/**.md, one page per endpoint of every provider, and
// .vitepress/generated/{sidebar,try-it}.json.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureResponses } from '../src/reference/capture.js';
import { overviewPage, sidebar } from '../src/reference/overview.js';
import { endpointPage } from '../src/reference/page.js';
import { tryItData } from '../src/reference/try-it-data.js';
import { loadSpecs, pageSlug } from '../src/spec.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export async function generateReference(): Promise<number> {
  const specs = loadSpecs();
  const referenceDir = join(root, 'reference');
  rmSync(referenceDir, { recursive: true, force: true });
  let pages = 0;
  for (const spec of specs) {
    const captured = await captureResponses(spec);
    for (const endpoint of spec.endpoints) {
      const response = captured.get(endpoint.key);
      if (!response) throw new Error(`no captured response for ${spec.provider.name} ${endpoint.key}`);
      write(join(referenceDir, `${pageSlug(endpoint.key, spec.provider.name)}.md`), endpointPage(spec, endpoint, response));
      pages += 1;
    }
  }
  const [tikapi] = specs;
  if (!tikapi) throw new Error('no TikAPI spec');
  write(join(referenceDir, 'index.md'), overviewPage(specs));
  write(join(root, '.vitepress/generated/sidebar.json'), `${JSON.stringify(sidebar(specs), null, 2)}\n`);
  write(join(root, '.vitepress/generated/try-it.json'), `${JSON.stringify(tryItData(tikapi))}\n`);
  return pages;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`reference: ${await generateReference()} endpoint pages`);
}

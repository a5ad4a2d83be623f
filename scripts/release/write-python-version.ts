// Run by `pnpm version-packages` after `changeset version`: the Python package takes the version changesets gave
// packages/python/package.json. `--check` only compares (CI fails when _version.py is stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PYTHON_MANIFEST, PYTHON_VERSION_FILE, pythonVersionModule } from './python-version.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, PYTHON_MANIFEST), 'utf8')) as { version: string };
const wanted = pythonVersionModule(version);
const target = join(root, PYTHON_VERSION_FILE);

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== wanted) {
    console.error(`${PYTHON_VERSION_FILE} is stale: run pnpm version-packages (or tsx scripts/release/write-python-version.ts)`);
    process.exit(1);
  }
} else {
  writeFileSync(target, wanted);
  console.log(`${PYTHON_VERSION_FILE}: ${wanted.split('\n')[1]}`);
}

// Writes src/types/schemas.generated.ts from the response schemas; `--check` fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedTypesPath, renderSchemaTypes } from './schema-types.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', generatedTypesPath);
const text = renderSchemaTypes();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error(`${generatedTypesPath} is stale: run \`pnpm --filter @tokkit/core generate\``);
    process.exit(1);
  }
  console.log(`${generatedTypesPath} is current`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${generatedTypesPath}`);
}

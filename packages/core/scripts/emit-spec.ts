// Writes each provider's spec and OpenAPI document to dist (spec.json and openapi.json for TikAPI,
// spec.<provider>.json and openapi.<provider>.json for the others) from the descriptors: the data the sandbox, the
// Python SDK and the docs read. Run by `pnpm build` after tsup.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogues, specFileNames } from '../src/providers/catalogues.js';
import { toOpenAPI } from './openapi.js';
import { toSpec } from './spec.js';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
mkdirSync(dist, { recursive: true });
for (const [name, catalogue] of Object.entries(catalogues)) {
  const spec = toSpec(catalogue);
  const files = specFileNames(name);
  writeFileSync(join(dist, files.spec), `${JSON.stringify(spec, null, 2)}\n`);
  writeFileSync(join(dist, files.openapi), `${JSON.stringify(toOpenAPI(spec), null, 2)}\n`);
  console.log(`${files.spec} and ${files.openapi}: ${spec.endpoints.length} endpoints`);
}

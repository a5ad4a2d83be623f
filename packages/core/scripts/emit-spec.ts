// Writes dist/spec.json and dist/openapi.json from the endpoint descriptors: the data the sandbox, the Python SDK
// and the docs read. Run by `pnpm build` after tsup.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allEndpoints } from '../src/endpoints/list.js';
import { toOpenAPI } from './openapi.js';
import { toSpec } from './spec.js';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
mkdirSync(dist, { recursive: true });
const spec = toSpec(allEndpoints);
writeFileSync(join(dist, 'spec.json'), `${JSON.stringify(spec, null, 2)}\n`);
writeFileSync(join(dist, 'openapi.json'), `${JSON.stringify(toOpenAPI(spec), null, 2)}\n`);
console.log(`spec.json and openapi.json: ${spec.endpoints.length} endpoints`);

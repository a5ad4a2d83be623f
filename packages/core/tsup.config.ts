import { defineConfig } from 'tsup';
import { stripDocsPlugin } from './scripts/strip-docs.js';

const shared = { entry: ['src/index.ts'], dts: true, sourcemap: true, target: 'es2022' } as const;

export default defineConfig([
  { ...shared, format: 'esm', clean: true },
  // ky ships ESM only; `require('ky')` works only on Node versions with require(esm) (20.19+, 22.12+).
  // The CommonJS build carries its own copy so `require('@tokkit/core')` works on every Node 20+.
  { ...shared, format: 'cjs', noExternal: ['ky'] },
  // The lean build for Workers and browsers (the `workerd`/`worker`/`browser` conditions in package.json): the
  // same code without the docs-only text of the descriptors (see scripts/strip-docs.ts). Types: dist/index.d.ts.
  {
    entry: { 'index.lean': 'src/index.ts' },
    format: 'esm',
    dts: false,
    sourcemap: true,
    target: 'es2022',
    esbuildPlugins: [stripDocsPlugin],
  },
]);

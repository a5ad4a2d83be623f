import { defineConfig } from 'tsup';

const shared = { entry: ['src/index.ts'], dts: true, sourcemap: true, target: 'es2022' } as const;

export default defineConfig([
  { ...shared, format: 'esm', clean: true },
  // ky ships ESM only; `require('ky')` works only on Node versions with require(esm) (20.19+, 22.12+).
  // The CommonJS build carries its own copy so `require('@tokkit/core')` works on every Node 20+.
  { ...shared, format: 'cjs', noExternal: ['ky'] },
]);

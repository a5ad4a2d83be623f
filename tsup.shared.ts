import type { Options } from 'tsup';

/** How every published package builds: ESM + CJS with types, for the Node 20 / ES2022 baseline. */
export const libraryBuild: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
};

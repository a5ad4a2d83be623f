import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

export default defineConfig([
  { ...libraryBuild, entry: { index: 'src/index.ts', handler: 'src/handler-entry.ts' } },
  { entry: { cli: 'src/cli.ts' }, format: ['esm'], sourcemap: true, target: 'es2022' },
]);

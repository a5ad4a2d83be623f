import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

export default defineConfig([
  { ...libraryBuild, entry: ['src/index.ts'] },
  // Served under the `workerd` condition (package.json): ESM only, the types are dist/index.d.ts.
  { ...libraryBuild, entry: ['src/index.workerd.ts'], format: 'esm', dts: false, clean: false },
]);

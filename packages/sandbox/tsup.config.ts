import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// The Scavio and user-handle descriptors come from @tokkit/core's spec files (src/catalogue.ts): inlined, so no
// runtime has to import JSON.
const inlineSpecs = [/^@tokkit\/core\/spec\.\w+\.json$/];

export default defineConfig([
  { ...libraryBuild, entry: { index: 'src/index.ts', handler: 'src/handler-entry.ts' }, noExternal: inlineSpecs },
  { entry: { cli: 'src/cli.ts' }, format: ['esm'], sourcemap: true, target: 'es2022', noExternal: inlineSpecs },
]);

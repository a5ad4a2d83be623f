import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The release flow on scratch copies of the repository (needs the Python venv for the wheel: run after
// scripts/test-python.sh, as scripts/test-release.sh does).
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['*.test.ts'],
    testTimeout: 180_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});

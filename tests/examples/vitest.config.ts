import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One file, one sandbox for every example; the examples start workerd, Deno, Chromium and Python one at a time.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Cross-runtime tests: slow (they start workerd, Deno, Chromium and npm) and run one file at a time on 2 cores.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});

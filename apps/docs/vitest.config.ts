import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The docs tests run against the built site (.vitepress/dist): build it first (`pnpm --filter @tokkit/docs build`).
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['test/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});

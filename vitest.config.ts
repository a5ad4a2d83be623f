import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'conformance/**/*.test.ts', 'scripts/**/*.test.ts'],
    reporters: ['default'],
  },
});

import { defineConfig } from 'vitest/config';

// Shared by every package's vitest.config.ts. Integration tests open real databases:
// creating a PGlite folder or a PostgreSQL database takes seconds on these 2-core machines.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    exclude: ['**/node_modules/**', '**/dist/**'],
  },
});

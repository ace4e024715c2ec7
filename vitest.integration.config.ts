import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.base.ts';

// `pnpm test:integration`: only the tests that need a database, across the whole repository.
// CI runs it with TEST_DATABASE_URL pointing at the PostgreSQL server.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['packages/**/*.integration.test.ts', 'apps/**/*.integration.test.ts'],
      fileParallelism: true,
      maxWorkers: 2,
    },
  }),
);

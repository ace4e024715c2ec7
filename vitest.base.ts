import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));
// Each run also writes a JSON report, so scripts/run-tests.mjs can print one total for the whole repository.
const reportName = path.relative(repoRoot, process.cwd()).replaceAll(path.sep, '-') || 'root';

// Shared by every package's vitest.config.ts. Integration tests open real databases:
// creating a PGlite folder or a PostgreSQL database takes seconds on these 2-core machines.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    exclude: ['**/node_modules/**', '**/dist/**'],
    reporters: ['default', ['json', { outputFile: path.join(repoRoot, '.test-results', `vitest-${reportName}.json`) }]],
  },
});

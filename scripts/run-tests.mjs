// `pnpm test` and `pnpm test:integration`: runs the suites, then prints one closing line for all of them,
// `Tests: N passed, N failed`, summed from every runner's report (vitest JSON and the e2e runner's counts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, '.test-results');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const mode = process.argv[2] ?? 'all';

fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });

const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

let status;
if (mode === 'integration') {
  status = run(bin('vitest'), ['run', '--config', 'vitest.integration.config.ts']);
} else {
  // Two tasks at a time: these machines have two cores, and oversubscribing them makes database and worker tests crawl.
  status = run(bin('turbo'), ['run', 'lint', 'typecheck', 'test', '--concurrency=2', '--output-logs=new-only', '--log-order=grouped']);
  if (status === 0) status = run(process.execPath, [path.join(root, 'e2e/run.mjs')]);
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of fs.readdirSync(results)) {
  const report = JSON.parse(fs.readFileSync(path.join(results, file), 'utf8'));
  passed += report.numPassedTests ?? report.passed ?? 0;
  failed += report.numFailedTests ?? report.failed ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) + (report.skipped ?? 0);
}
if (status !== 0 && failed === 0) failed = 1; // a runner that crashed before reporting still fails the run
console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status);

// The `sanxiang` command line, run as a person runs it: exit codes and exactly what it prints.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');
const sanxiang = (...args: string[]) =>
  spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'apps/server/src/cli/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    timeout: 60_000,
  });

describe('sanxiang calendar add-working-days', () => {
  it('counts 7 working days across the 2025 National Day holiday, make-up days included', () => {
    // 2025-09-26 is a Friday; 09-28 (Sunday) and 10-11 (Saturday) are make-up working days; 10-01..10-08 are off.
    const result = sanxiang('calendar', 'add-working-days', '--tenant', 'shaoyang', '--from', '2025-09-26', '--days', '7');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), '2025-10-13');
  });

  it('marks a date provisional when it crosses a year with no published holidays', () => {
    const result = sanxiang('calendar', 'add-working-days', '--tenant', 'shaoyang', '--from', '2026-12-24', '--days', '10');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout.trim(), /^2027-01-\d\d provisional$/);
  });

  it('refuses an impossible date with one bilingual line', () => {
    const result = sanxiang('calendar', 'add-working-days', '--tenant', 'shaoyang', '--from', '2025-02-30', '--days', '3');
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, /2025-02-30/);
    assert.match(result.stderr, /YYYY-MM-DD/);
  });

  it('prints its usage and exits 2 when an option is missing', () => {
    const result = sanxiang('calendar', 'add-working-days', '--tenant', 'shaoyang');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /usage: pnpm sanxiang calendar add-working-days/);
  });
});

import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempRoot } from './test-tenant-folders.ts';

// Zhongshan's bulk catalogue is generated (tenant-configs/zhongshan/generator). A hand edit to a generated file, or a
// generator change committed without its output, would make the files and the table that documents them disagree.
const tenantDir = fileURLToPath(new URL('../../../tenant-configs/zhongshan', import.meta.url));
const generator = join(tenantDir, 'generator', 'generate.mjs');
const temp = makeTempRoot();
afterAll(() => temp.remove());

function runCheck(...extra: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [generator, '--check', ...extra], { encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the zhongshan generator', () => {
  it('reproduces every committed generated file byte for byte', () => {
    const run = runCheck();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^zhongshan: \d+ generated files are up to date\n$/);
  });

  it('fails, naming the file, on a copy in which one generated file was edited by hand', () => {
    const copy = join(temp.root, 'zhongshan');
    cpSync(join(tenantDir, 'tenant.json'), join(copy, 'tenant.json'));
    cpSync(join(tenantDir, 'departments'), join(copy, 'departments'), { recursive: true });
    appendFileSync(join(copy, 'departments', 'scjgj', 'thresholds.json'), ' ');

    const run = runCheck('--dir', copy);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('differs:') || line.startsWith('not generated:'))).toEqual([
      `differs: ${join('departments', 'scjgj', 'thresholds.json')}`,
    ]);
  });

  it('refuses a --dir that is not a folder instead of checking the committed files', () => {
    const run = runCheck('--dir', join(temp.root, 'no-such-folder'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--dir expects an existing folder');
  });
});

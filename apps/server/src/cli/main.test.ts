import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../env.ts';

const PIPE_CAPACITY = 64 * 1024;
const CLI = path.join(repoRoot, 'apps/server/src/cli/main.ts');
const ENV = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' };

/**
 * Runs the CLI with stdout on a pipe whose reader starts late, as `… | less` or a slow consumer does: the pipe fills
 * and Node has to queue the rest of the output inside the process.
 */
async function runWithSlowReader(args: string[]): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: repoRoot, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = once(child, 'exit');
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  // Nothing is read until the command has exited or has had time to fill the pipe. A CLI that exits without
  // waiting for its queued output has exited by then, and what it had not yet written is lost.
  await Promise.race([exited, delay(3000)]);
  const stdout: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  await once(child, 'close');
  return { code: child.exitCode, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8') };
}

describe('the sanxiang command line on a pipe', () => {
  it('writes the whole effective configuration, not just what the pipe held, before it exits', async () => {
    const run = await runWithSlowReader(['config', 'effective', '--tenant', 'shaoyang']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(4 * PIPE_CAPACITY);
    // A cut-off document does not parse; a complete one is the tenant's configuration.
    const config = JSON.parse(run.stdout.toString('utf8')) as { tenant: { code: string }; departments: unknown[] };
    expect(config.tenant.code).toBe('shaoyang');
    expect(run.stdout.toString('utf8').endsWith('}\n')).toBe(true);
  });
});

describe('sanxiang validate on a tenant whose regional holiday overlay is broken', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-overlay-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('prints file:line:col, pointer and the expected and found in both languages, and exits 1', () => {
    const tenant = path.join(work, 'changji');
    fs.cpSync(path.join(repoRoot, 'tenant-configs', 'changji'), tenant, { recursive: true });
    const overlay = path.join(tenant, 'calendar', 'xinjiang.overlay.json');
    const lines = fs.readFileSync(overlay, 'utf8').split('\n');
    const index = lines.findIndex((line) => line.includes('"2019-06-05"'));
    lines[index] = lines[index]!.replace('2019-06-05', '2019-06-31');
    fs.writeFileSync(overlay, lines.join('\n'));

    const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'validate', tenant], { cwd: repoRoot, env: ENV, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const column = lines[index]!.indexOf('"2019-06-31"') + 1;
    expect(run.stdout).toBe(
      `${overlay}:${index + 1}:${column} /years/2019/holidays/0/date 日期应为真实存在的日期（YYYY-MM-DD），实际为 "2019-06-31" / expected a real calendar date (YYYY-MM-DD), found "2019-06-31"\n`,
    );
  });
});

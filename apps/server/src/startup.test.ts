import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@sanxiang/db';
import { describe, expect, it } from 'vitest';
import { loadTenants } from './bootstrap.ts';
import { repoRoot } from './env.ts';

const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const main = path.join(repoRoot, 'apps/server/src/main.ts');

function start(env: Record<string, string>) {
  const started = Date.now();
  const result = spawnSync(tsx, [main], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

describe('start-up on bad input', () => {
  it('exits non-zero within 10 s, with one line naming host and port, when DATABASE_URL cannot be reached', () => {
    const result = start({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/sanxiang' });
    expect(result.status).not.toBe(0);
    expect(result.seconds).toBeLessThan(10);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('127.0.0.1:1');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('reports a corrupt .data folder clearly and does not delete it', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-data-'));
    fs.mkdirSync(path.join(dataDir, 'pg', 'global'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'pg', 'PG_VERSION'), '\u0000\u0001garbage');
    fs.writeFileSync(path.join(dataDir, 'pg', 'global', 'pg_control'), 'x');
    const before = fs.readdirSync(path.join(dataDir, 'pg')).sort();
    const result = start({ SANXIANG_DATA_DIR: dataDir });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('DATA_DIR_CORRUPT');
    expect(result.stderr).toContain(dataDir);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(fs.readdirSync(path.join(dataDir, 'pg')).sort()).toEqual(before);
  });
});

describe('loading tenant folders', () => {
  it('reports a malformed tenant folder with its path and still loads the others', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-tenants-'));
    fs.cpSync(path.join(repoRoot, 'tenant-configs/shaoyang'), path.join(root, 'shaoyang'), { recursive: true });
    fs.mkdirSync(path.join(root, 'broken'));
    fs.writeFileSync(path.join(root, 'broken', 'tenant.json'), '{ "code": "broken", "name": ');
    const database = await openDatabase({});
    try {
      const { migrate } = await import('@sanxiang/db');
      await migrate(database);
      const lines: string[] = [];
      const loaded = await loadTenants(database, root, (line) => lines.push(line));
      expect(loaded.map((t) => t.code)).toEqual(['shaoyang']);
      expect(lines.some((line) => line.includes(path.join(root, 'broken', 'tenant.json')))).toBe(true);
      expect(await database.prisma.department.count()).toBeGreaterThan(3);
    } finally {
      await database.close();
    }
  });
});

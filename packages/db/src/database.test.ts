import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { DatabaseError } from './database-error.ts';

describe('openDatabase', () => {
  it('names host and port when PostgreSQL cannot be reached', async () => {
    const started = Date.now();
    const error = await openDatabase({ url: 'postgresql://postgres@127.0.0.1:1/nothing', connectTimeoutMs: 2000 }).catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error.code).toBe('DB_UNREACHABLE');
    expect(error.message).toContain('127.0.0.1:1');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('rejects a connection string that is not one', async () => {
    await expect(openDatabase({ url: 'postgresql://user@host:notaport/db' })).rejects.toMatchObject({ code: 'DB_URL_INVALID' });
  });

  it('refuses a corrupt data folder and leaves it untouched', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-corrupt-'));
    fs.mkdirSync(path.join(dir, 'pg'));
    fs.writeFileSync(path.join(dir, 'pg', 'PG_VERSION'), 'not a version\n');
    fs.writeFileSync(path.join(dir, 'pg', 'precious'), 'keep me');
    const error = await openDatabase({ dataDir: dir }).catch((e) => e);
    expect(error).toMatchObject({ code: 'DATA_DIR_CORRUPT' });
    expect(error.message).toContain(dir);
    expect(fs.readFileSync(path.join(dir, 'pg', 'precious'), 'utf8')).toBe('keep me');
    expect(fs.readFileSync(path.join(dir, 'pg', 'PG_VERSION'), 'utf8')).toBe('not a version\n');
    expect(fs.existsSync(path.join(dir, 'sanxiang.lock'))).toBe(false);
  });

  it('keeps a second process out of a data folder in use', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-lock-'));
    const first = await openDatabase({ dataDir: dir });
    try {
      // A lock held by another live process (our parent stands in for it).
      fs.writeFileSync(path.join(dir, 'sanxiang.lock'), String(process.ppid));
      await expect(openDatabase({ dataDir: dir })).rejects.toMatchObject({ code: 'DATA_DIR_IN_USE' });
    } finally {
      fs.writeFileSync(path.join(dir, 'sanxiang.lock'), String(process.pid));
      await first.close();
    }
    expect(fs.existsSync(path.join(dir, 'sanxiang.lock'))).toBe(false);
  });
});

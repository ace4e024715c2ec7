// Start-up on bad input, as a person starting the server would meet it. These spawn the real process, so they
// run in the e2e phase, after the parallel unit tests, where a start-up time can be measured on a quiet machine.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const main = path.join(root, 'apps/server/src/main.ts');

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
    assert.notEqual(result.status, 0);
    assert.ok(result.seconds < 10, `took ${result.seconds} s`);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0]!, /127\.0\.0\.1:1/);
    assert.doesNotMatch(result.stderr, /^\s+at /m);
  });

  it('reports a corrupt .data folder clearly and does not delete it', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-data-'));
    fs.mkdirSync(path.join(dataDir, 'pg', 'global'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'pg', 'PG_VERSION'), '\u0000\u0001garbage');
    fs.writeFileSync(path.join(dataDir, 'pg', 'global', 'pg_control'), 'x');
    const before = fs.readdirSync(path.join(dataDir, 'pg')).sort();
    const result = start({ SANXIANG_DATA_DIR: dataDir });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /DATA_DIR_CORRUPT/);
    assert.ok(result.stderr.includes(dataDir));
    assert.doesNotMatch(result.stderr, /^\s+at /m);
    assert.deepEqual(fs.readdirSync(path.join(dataDir, 'pg')).sort(), before);
    assert.equal(fs.readFileSync(path.join(dataDir, 'pg', 'PG_VERSION'), 'utf8'), '\u0000\u0001garbage');
  });

  it('refuses a malformed PORT with a one-line message', () => {
    const result = start({ PORT: 'eighty' });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /PORT/);
    assert.doesNotMatch(result.stderr, /^\s+at /m);
  });
});

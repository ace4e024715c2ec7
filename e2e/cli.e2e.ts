// The `sanxiang` command line, run as a person runs it: exit codes and exactly what it prints.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '@sanxiang/db';

const root = path.resolve(import.meta.dirname, '..');
const run = (env: Record<string, string>, args: string[]) =>
  spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'apps/server/src/cli/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    timeout: 120_000,
  });
const sanxiang = (...args: string[]) => run({}, args);

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

describe('sanxiang validate', () => {
  it('prints file:line:col pointer message for each problem and exits 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-validate-'));
    const file = path.join(dir, 'thresholds.json');
    fs.writeFileSync(file, '{\n  "thresholds": [\n    { "id": "hearing-x", "kind": "LARGE", "basis": [{ "law": "《中华人民共和国行政处罚法》", "article": "第六十三条" }] }\n  ]\n}\n');
    const result = sanxiang('validate', file);
    assert.equal(result.status, 1);
    assert.match(result.stdout, new RegExp(`^${file.replaceAll('/', '\\/')}:3:\\d+ /thresholds/0/kind .+ / expected one of`, 'm'));
  });

  it('exits 0 for every ruleset and tenant in the repository', () => {
    for (const target of ['rulesets/national', 'rulesets/hunan', 'tenant-configs/shaoyang']) {
      const result = sanxiang('validate', target);
      assert.equal(result.status, 0, `${target}: ${result.stdout}${result.stderr}`);
    }
  });
});

describe('sanxiang config publish, diff and audit verify', () => {
  let env: Record<string, string>;
  let tenantsDir: string;
  before(() => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-publish-'));
    tenantsDir = path.join(work, 'tenant-configs');
    fs.cpSync(path.join(root, 'tenant-configs'), tenantsDir, { recursive: true });
    env = { SANXIANG_DATA_DIR: path.join(work, 'data'), SANXIANG_TENANT_CONFIGS: tenantsDir };
    const seeded = run(env, ['seed']);
    assert.equal(seeded.status, 0, seeded.stderr);
  });
  after(() => fs.rmSync(path.dirname(tenantsDir), { recursive: true, force: true }));

  it('publishes nothing when nothing changed', () => {
    const result = run(env, ['config', 'publish', '--tenant', 'shaoyang']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /unchanged: version 1 /);
  });

  it('publishes a change as a new version, and diff names what changed', () => {
    const file = path.join(tenantsDir, 'shaoyang', 'enforcement-items.json');
    const items = JSON.parse(fs.readFileSync(file, 'utf8'));
    items.items[0].name = `${items.items[0].name}（修订）`;
    fs.writeFileSync(file, JSON.stringify(items, null, 2));
    const published = run(env, ['config', 'publish', '--tenant', 'shaoyang', '--note', 'renamed an item']);
    assert.equal(published.status, 0, published.stderr);
    assert.match(published.stdout, /published version 2 [0-9a-f]{64}/);
    const diff = run(env, ['config', 'diff', '--tenant', 'shaoyang', '1', '2']);
    assert.equal(diff.status, 0, diff.stderr);
    assert.match(diff.stdout, new RegExp(`^changed\\t\\S+\\t${items.items[0].code}`, 'm'));
  });

  it('refuses to publish a broken configuration and leaves the live version', () => {
    fs.writeFileSync(path.join(tenantsDir, 'shaoyang', 'thresholds.json'), '{ "thresholds": [ ');
    const result = run(env, ['config', 'publish', '--tenant', 'shaoyang']);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /thresholds\.json:1:\d+ /);
    assert.match(result.stderr, /live version stays/);
    const versions = run(env, ['config', 'versions', '--tenant', 'shaoyang']);
    assert.equal(versions.stdout.trim().split('\n').length, 2);
  });

  it('audit verify passes, then names the first bad sequence number after tampering', async () => {
    const intact = run(env, ['audit', 'verify', '--tenant', 'shaoyang']);
    assert.equal(intact.status, 0, intact.stderr);
    assert.match(intact.stdout, /intact: shaoyang, 2 events/);
    const database = await openDatabase({ dataDir: env.SANXIANG_DATA_DIR });
    await database.prisma.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER USER');
    await database.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET canonical = replace(canonical, 'renamed', 'forged') WHERE seq = 2`);
    await database.close();
    const broken = run(env, ['audit', 'verify', '--tenant', 'shaoyang']);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /broken at sequence 2/);
  });
});

describe('sanxiang audit verify', () => {
  let env: Record<string, string>;
  let work: string;
  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-audit-'));
    env = { SANXIANG_DATA_DIR: path.join(work, 'data') };
    const seeded = run(env, ['seed']);
    assert.equal(seeded.status, 0, seeded.stderr);
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  // Tampering as a database superuser would: the append-only triggers switched off, rows written by hand.
  const tamper = async (change: (prisma: Awaited<ReturnType<typeof openDatabase>>['prisma']) => Promise<unknown>) => {
    const database = await openDatabase({ dataDir: env.SANXIANG_DATA_DIR });
    try {
      await database.prisma.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER USER');
      await change(database.prisma);
    } finally {
      await database.close();
    }
  };

  it('exits 0 while intact, then 1 naming the event appended behind the head, and only for that tenant', async () => {
    const intact = run(env, ['audit', 'verify', '--tenant', 'shaoyang']);
    assert.equal(intact.status, 0, intact.stderr);
    const events = Number(intact.stdout.match(/intact: shaoyang, (\d+) events/)?.[1]);
    assert.ok(events >= 1, intact.stdout);
    await tamper(async (prisma) => {
      const tenant = await prisma.tenant.findUniqueOrThrow({ where: { code: 'shaoyang' } });
      const last = await prisma.auditEvent.findFirstOrThrow({ where: { tenantId: tenant.id }, orderBy: { seq: 'desc' } });
      // Well linked and correctly hashed; only the chain head does not know it.
      const at = new Date().toISOString();
      const canonical = JSON.stringify({ action: 'case.transition', actorId: null, at, data: null, entity: 'Case', entityId: null, prevHash: last.hash, seq: last.seq + 1, tenantId: tenant.id });
      const hash = createHash('sha256').update(canonical).digest('hex');
      await prisma.auditEvent.create({ data: { tenantId: tenant.id, seq: last.seq + 1, prevHash: last.hash, hash, canonical, action: 'case.transition', entity: 'Case', at: new Date(at) } });
    });
    const broken = run(env, ['audit', 'verify', '--tenant', 'shaoyang']);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, new RegExp(`broken at sequence ${events + 1}:`));
    assert.equal(run(env, ['audit', 'verify', '--tenant', 'zhongshan']).status, 0);
  });

  it('exits 1 naming sequence 1 when a chain has lost its events', async () => {
    await tamper((prisma) => prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "tenantId" = (SELECT id FROM "Tenant" WHERE code = 'changji')`));
    const broken = run(env, ['audit', 'verify', '--tenant', 'changji']);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /broken at sequence 1:/);
  });

  it('exits 1 for a tenant that does not exist, and 2 with its usage when the tenant is missing', () => {
    const unknown = run(env, ['audit', 'verify', '--tenant', 'no-such-city']);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /no tenant with code no-such-city/);
    const usage = run(env, ['audit', 'verify']);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /audit verify --tenant <code>/);
  });
});

describe('sanxiang evaluate and config test', () => {
  it('evaluates a case file and prints every answer with its reasons', () => {
    const result = sanxiang('evaluate', '--tenant', 'shaoyang', '--case', 'packages/engine/examples/shaoyang-organisation-fine-50000.json', '--action', 'DECIDE');
    assert.equal(result.status, 0, result.stderr);
    const evaluation = JSON.parse(result.stdout);
    for (const key of ['review', 'hearing', 'recording', 'disclosure', 'discretion', 'gates', 'forms', 'documents', 'trace']) {
      assert.ok(key in evaluation, `missing ${key}`);
    }
    // 50,000 yuan for an organisation reaches Hunan's 20,000-yuan hearing amount (行政处罚法 第六十三条).
    assert.equal(evaluation.hearing.right, true);
    assert.match(JSON.stringify(evaluation.hearing), /第六十三条/);
  });

  it('reports a case file that does not match the schema with pointers, never a stack trace', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-case-'));
    const file = path.join(dir, 'case.json');
    fs.writeFileSync(file, JSON.stringify({ type: 'PENALTY', party: { kind: 'ROBOT' } }));
    const result = sanxiang('evaluate', '--tenant', 'shaoyang', '--case', file);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /\/party\/kind /);
    assert.doesNotMatch(result.stdout + result.stderr, /^\s+at /m);
  });

  it('runs the golden cases of every ruleset and tenant', () => {
    const result = sanxiang('config', 'test');
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^\d+ passed, 0 failed$/m);
    assert.match(result.stdout, /ok +ruleset national /);
    assert.match(result.stdout, /ok +tenant shaoyang /);
  });
});

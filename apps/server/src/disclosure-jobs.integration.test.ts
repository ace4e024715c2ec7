import path from 'node:path';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTenants } from './bootstrap.ts';
import { tenantEndpoint, runDisclosureJobs } from './disclosure-jobs.ts';
import { repoRoot } from './env.ts';

// Where each tenant's pushes go comes from the configuration in force (a channel's push.url) and the server's
// environment (the signing secret); a tenant missing either is logged and left alone, never crashed on.
describe(`disclosure jobs on ${testDatabaseKind()}`, () => {
  let database: TestDatabase;
  const tenantIds = new Map<string, string>();
  const now = () => new Date('2025-10-14T10:00:00+08:00');
  const SECRET = 'k'.repeat(40);

  beforeAll(async () => {
    database = await openTestDatabase();
    await loadTenants(database, { tenantsDir: path.join(repoRoot, 'tenant-configs'), rulesetsDir: path.join(repoRoot, 'rulesets') }, () => {}, () => new Date('2025-01-01T00:00:00+08:00'));
    for (const row of await database.prisma.tenant.findMany({ select: { id: true, code: true } })) tenantIds.set(row.code, row.id);
  });
  afterAll(async () => database?.close());

  it("resolves a tenant's platform from its channel's push.url and its secret from the environment", async () => {
    const log: string[] = [];
    const endpoint = await tenantEndpoint({ database, now, secrets: { SANXIANG_PUSH_SECRET_CHANGJI: SECRET }, log: (line) => log.push(line) }, tenantIds.get('changji')!);
    expect(endpoint).toEqual({ url: 'https://platform.example.invalid/xinjiang/disclosures', secret: SECRET, tenantCode: 'changji' });
    expect(log).toEqual([]);
  });

  it('leaves a tenant without a secret, or without a push address, unsent, with one line saying what to set', async () => {
    const log: string[] = [];
    const options = { database, now, secrets: {}, log: (line: string) => log.push(line) };
    expect(await tenantEndpoint(options, tenantIds.get('changji')!)).toBeNull();
    expect(await tenantEndpoint(options, tenantIds.get('shaoyang')!)).toBeNull();
    expect(log).toHaveLength(2);
    expect(log[0]).toContain('SANXIANG_PUSH_SECRET_CHANGJI');
    expect(log[1]).toContain('push.url');
    expect(await tenantEndpoint(options, '00000000-0000-7000-8000-000000000000')).toBeNull();
  });

  it('runs a tick over every tenant with nothing due, and reports that nothing happened', async () => {
    const result = await runDisclosureJobs({ database, now, secrets: {}, log: () => {} });
    expect(result.published).toMatchObject({ published: 0, withheld: 0, failed: [] });
    expect(result.expired.expired).toBe(0);
    expect(result.pushed).toMatchObject({ claimed: 0, sent: 0, dead: 0 });
  });
});

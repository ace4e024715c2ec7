import { verifyAuditChain } from '@sanxiang/audit';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import { hashOf } from '@sanxiang/canonical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configVersionInForce, listConfigVersions, publishConfigVersion, rollbackConfigVersion } from './config-versions.ts';

describe(`configuration versions on ${testDatabaseKind()}`, () => {
  let db: TestDatabase;
  let tenantId: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    tenantId = (await db.prisma.tenant.create({ data: { code: 'v', name: 'V', region: 'R', level: 'PREFECTURE' } })).id;
  });
  afterAll(async () => db?.close());

  const v1 = { thresholds: { hearing: { organisation: 20000 } }, items: ['a'] };
  const v2 = { thresholds: { hearing: { organisation: 10000 } }, items: ['a', 'b'] };

  it('publishes immutable versions identified by their content hash', async () => {
    const first = await publishConfigVersion(db.prisma, { tenantId, content: v1, hash: hashOf(v1), effectiveFrom: new Date('2025-01-01T00:00:00Z') });
    expect(first).toMatchObject({ created: true, version: { sequence: 1 } });
    expect(first.version.hash).toMatch(/^[0-9a-f]{64}$/);
    // The same content with its keys in another order is the same version: nothing new is stored.
    const reordered = { items: ['a'], thresholds: { hearing: { organisation: 20000 } } };
    const again = await publishConfigVersion(db.prisma, { tenantId, content: reordered, hash: hashOf(reordered) });
    expect(again).toMatchObject({ created: false, version: { sequence: 1 } });
    const second = await publishConfigVersion(db.prisma, { tenantId, content: v2, hash: hashOf(v2), effectiveFrom: new Date('2025-07-01T00:00:00Z') });
    expect(second).toMatchObject({ created: true, version: { sequence: 2 } });
    await expect(db.prisma.$executeRawUnsafe(`UPDATE "ConfigVersion" SET note = 'x' WHERE "tenantId" = '${tenantId}'`)).rejects.toThrow(/append-only/);
  });

  it('applies the version in force on the date of the act, not the newest', async () => {
    expect((await configVersionInForce(db.prisma, tenantId, new Date('2025-03-15')))?.sequence).toBe(1);
    expect((await configVersionInForce(db.prisma, tenantId, new Date('2025-06-30')))?.sequence).toBe(1);
    expect((await configVersionInForce(db.prisma, tenantId, new Date('2025-07-01')))?.sequence).toBe(2);
    expect(await configVersionInForce(db.prisma, tenantId, new Date('2024-12-31'))).toBeNull();
  });

  it('rolls back by publishing the old content as a new version', async () => {
    const rolled = await rollbackConfigVersion(db.prisma, { tenantId, sequence: 1, note: 'threshold was wrong' });
    expect(rolled.version.sequence).toBe(3);
    const versions = await listConfigVersions(db.prisma, tenantId);
    expect(versions.map((v) => v.sequence)).toEqual([3, 2, 1]);
    expect(versions[0]!.hash).toBe(versions[2]!.hash);
    await expect(rollbackConfigVersion(db.prisma, { tenantId, sequence: 99 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('records every publish in the audit chain', async () => {
    const events = await db.prisma.auditEvent.findMany({ where: { tenantId }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['config.publish', 'config.publish', 'config.rollback']);
    expect(await verifyAuditChain(db.prisma, tenantId)).toMatchObject({ ok: true, events: 3 });
  });
});

import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { appendAuditEvent, verifyAuditChain } from './chain.ts';

describe(`the audit hash chain on ${testDatabaseKind()}`, () => {
  let db: TestDatabase;
  let tenant: string;
  let other: string;

  beforeEach(async () => {
    await db?.close();
    db = await openTestDatabase();
    tenant = (await db.prisma.tenant.create({ data: { code: 't', name: 'T', region: 'R', level: 'PREFECTURE' } })).id;
    other = (await db.prisma.tenant.create({ data: { code: 'o', name: 'O', region: 'R', level: 'PREFECTURE' } })).id;
    for (let i = 1; i <= 5; i++) {
      await db.prisma.$transaction(async (tx) => {
        await appendAuditEvent(tx, tenant, { action: 'case.transition', entity: 'Case', entityId: `case-${i}`, actorId: 'u1', data: { step: i } });
        await appendAuditEvent(tx, other, { action: 'config.publish', entity: 'ConfigVersion', data: { n: i } });
      });
    }
  });
  afterAll(async () => db?.close());

  // Tampering is done as a database superuser would: with the append-only triggers switched off.
  const tamper = async (sql: string) => {
    await db.prisma.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER USER');
    await db.prisma.$executeRawUnsafe(sql);
    await db.prisma.$executeRawUnsafe('ALTER TABLE "AuditEvent" ENABLE TRIGGER USER');
  };
  const where = (seq: number) => `"tenantId" = '${tenant}' AND seq = ${seq}`;

  it('verifies an untouched chain per tenant', async () => {
    expect(await verifyAuditChain(db.prisma, tenant)).toMatchObject({ ok: true, events: 5 });
    expect(await verifyAuditChain(db.prisma, other)).toMatchObject({ ok: true, events: 5 });
  });

  it('the table refuses updates and deletes', async () => {
    await expect(db.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'x' WHERE ${where(1)}`)).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE ${where(1)}`)).rejects.toThrow(/append-only/);
  });

  it('catches an edited event', async () => {
    await tamper(`UPDATE "AuditEvent" SET canonical = replace(canonical, '"step":3', '"step":9') WHERE ${where(3)}`);
    expect(await verifyAuditChain(db.prisma, tenant)).toMatchObject({ ok: false, firstBadSeq: 3 });
    expect(await verifyAuditChain(db.prisma, other)).toMatchObject({ ok: true });
  });

  it('catches an edited column', async () => {
    await tamper(`UPDATE "AuditEvent" SET "entityId" = 'case-99' WHERE ${where(2)}`);
    expect(await verifyAuditChain(db.prisma, tenant)).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('catches an event rewritten with a freshly computed hash, at the next link', async () => {
    const row = await db.prisma.auditEvent.findFirstOrThrow({ where: { tenantId: tenant, seq: 3 } });
    const forged = row.canonical.replace('"step":3', '"step":7');
    const { sha256Hex } = await import('@sanxiang/canonical');
    await tamper(`UPDATE "AuditEvent" SET canonical = '${forged}', hash = '${sha256Hex(forged)}' WHERE ${where(3)}`);
    expect(await verifyAuditChain(db.prisma, tenant)).toMatchObject({ ok: false, firstBadSeq: 4 });
  });

  it('catches a deleted event', async () => {
    await tamper(`DELETE FROM "AuditEvent" WHERE ${where(3)}`);
    expect(await verifyAuditChain(db.prisma, tenant)).toMatchObject({ ok: false, firstBadSeq: 3 });
  });

  it('catches a deleted last event through the chain head', async () => {
    await tamper(`DELETE FROM "AuditEvent" WHERE ${where(5)}`);
    expect(await verifyAuditChain(db.prisma, tenant)).toMatchObject({ ok: false, firstBadSeq: 5 });
  });

  it('catches an inserted event', async () => {
    const row = await db.prisma.auditEvent.findFirstOrThrow({ where: { tenantId: tenant, seq: 5 } });
    // Make room at 4 (in two steps, so the unique key never sees two rows with one number).
    await tamper(`UPDATE "AuditEvent" SET seq = seq + 1000 WHERE "tenantId" = '${tenant}' AND seq >= 4`);
    await tamper(`UPDATE "AuditEvent" SET seq = seq - 999 WHERE "tenantId" = '${tenant}' AND seq >= 1000`);
    await tamper(
      `INSERT INTO "AuditEvent" (id, "tenantId", seq, "prevHash", hash, canonical, action, entity, at)
       VALUES ('forged', '${tenant}', 4, '${row.prevHash}', '${row.hash}', '${row.canonical}', 'x', 'Case', now())`,
    );
    expect(await verifyAuditChain(db.prisma, tenant)).toMatchObject({ ok: false, firstBadSeq: 4 });
  });

  it('catches reordered events', async () => {
    await tamper(`UPDATE "AuditEvent" SET seq = 100 WHERE ${where(2)}`);
    await tamper(`UPDATE "AuditEvent" SET seq = 2 WHERE ${where(3)}`);
    await tamper(`UPDATE "AuditEvent" SET seq = 3 WHERE ${where(100)}`);
    expect(await verifyAuditChain(db.prisma, tenant)).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('catches an event appended behind the head\'s back, naming the appended one', async () => {
    // A well-formed sixth event, linked and hashed correctly, written without moving the head.
    const last = await db.prisma.auditEvent.findFirstOrThrow({ where: { tenantId: tenant, seq: 5 } });
    const { canonicalJson, sha256Hex } = await import('@sanxiang/canonical');
    const at = new Date().toISOString();
    const canonical = canonicalJson({ tenantId: tenant, seq: 6, prevHash: last.hash, at, actorId: 'u1', action: 'case.transition', entity: 'Case', entityId: 'case-6', data: { step: 6 } });
    await tamper(
      `INSERT INTO "AuditEvent" (id, "tenantId", seq, "prevHash", hash, canonical, "actorId", action, entity, "entityId", at)
       VALUES ('appended', '${tenant}', 6, '${last.hash}', '${sha256Hex(canonical)}', '${canonical}', 'u1', 'case.transition', 'Case', 'case-6', '${at}')`,
    );
    expect(await verifyAuditChain(db.prisma, tenant)).toMatchObject({ ok: false, firstBadSeq: 6, reason: expect.stringContaining('head') });
    expect(await verifyAuditChain(db.prisma, other)).toMatchObject({ ok: true, events: 5 });
  });

  it('catches a chain emptied entirely, from its first event', async () => {
    await tamper(`DELETE FROM "AuditEvent" WHERE "tenantId" = '${tenant}'`);
    expect(await verifyAuditChain(db.prisma, tenant)).toMatchObject({ ok: false, events: 0, firstBadSeq: 1 });
  });

  it('catches the last event rewritten with a fresh hash, through the head', async () => {
    const row = await db.prisma.auditEvent.findFirstOrThrow({ where: { tenantId: tenant, seq: 5 } });
    const forged = row.canonical.replace('"step":5', '"step":8');
    const { sha256Hex } = await import('@sanxiang/canonical');
    await tamper(`UPDATE "AuditEvent" SET canonical = '${forged}', hash = '${sha256Hex(forged)}' WHERE ${where(5)}`);
    expect(await verifyAuditChain(db.prisma, tenant)).toMatchObject({ ok: false, firstBadSeq: 5 });
  });

  it('catches an event moved to another tenant, in both chains', async () => {
    await tamper(`UPDATE "AuditEvent" SET "tenantId" = '${other}', seq = 6 WHERE ${where(5)}`);
    expect(await verifyAuditChain(db.prisma, tenant)).toMatchObject({ ok: false, firstBadSeq: 5 });
    expect(await verifyAuditChain(db.prisma, other)).toMatchObject({ ok: false, firstBadSeq: 6 });
  });

  it('never forks under concurrent appends', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.prisma.$transaction((tx) => appendAuditEvent(tx, tenant, { action: 'concurrent', entity: 'Case', data: { i } })),
      ),
    );
    const seqs = (await db.prisma.auditEvent.findMany({ where: { tenantId: tenant }, select: { seq: true }, orderBy: { seq: 'asc' } })).map((r) => r.seq);
    expect(seqs).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(await verifyAuditChain(db.prisma, tenant)).toMatchObject({ ok: true, events: 25 });
  });
});

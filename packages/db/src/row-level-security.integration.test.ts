import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from './testing.ts';

// The second wall: with the application role and app.tenant_id set, PostgreSQL itself keeps tenants apart
// and refuses to change what is append-only, whatever the query says.
describe(`row-level security for the application role on ${testDatabaseKind()}`, () => {
  let db: TestDatabase;
  let a: string;
  let b: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    a = (await db.prisma.tenant.create({ data: { code: 'rls-a', name: 'A', region: 'A', level: 'PREFECTURE' } })).id;
    b = (await db.prisma.tenant.create({ data: { code: 'rls-b', name: 'B', region: 'B', level: 'PREFECTURE' } })).id;
    await db.prisma.department.createMany({
      data: [
        { tenantId: a, code: 'd', name: 'A dept', type: 'ENFORCEMENT_AGENCY' },
        { tenantId: b, code: 'd', name: 'B dept', type: 'ENFORCEMENT_AGENCY' },
      ],
    });
  });
  afterAll(async () => db?.close());

  /** Runs `work` as the application role acting for `tenantId`, the way a request would. */
  const asApp = <T>(tenantId: string | null, work: (q: <R>(sql: string) => Promise<R[]>) => Promise<T>) =>
    db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL ROLE sanxiang_app');
      if (tenantId) await tx.$executeRaw`select set_config('app.tenant_id', ${tenantId}, true)`;
      return work((sql) => tx.$queryRawUnsafe(sql));
    });

  it("sees only the current tenant's rows, even with no WHERE clause", async () => {
    const rows = await asApp(a, (q) => q<{ name: string }>('SELECT name FROM "Department"'));
    expect(rows.map((r) => r.name)).toEqual(['A dept']);
  });

  it('sees no tenant data at all when no tenant is set', async () => {
    expect(await asApp(null, (q) => q('SELECT * FROM "Department"'))).toEqual([]);
    // The public directory stays readable.
    expect((await asApp(null, (q) => q<{ code: string }>('SELECT code FROM "Tenant"'))).length).toBe(2);
  });

  it("cannot write a row into another tenant", async () => {
    await expect(
      asApp(a, (q) => q(`INSERT INTO "Department" (id, "tenantId", code, name, type, "updatedAt") VALUES ('x', '${b}', 'x', 'X', 'ENFORCEMENT_AGENCY', now())`)),
    ).rejects.toThrow(/row-level security/);
  });

  it('may not delete, or change the audit chain', async () => {
    await expect(asApp(a, (q) => q('DELETE FROM "Department"'))).rejects.toThrow(/permission denied/);
    await expect(asApp(a, (q) => q('UPDATE "AuditEvent" SET action = \'x\''))).rejects.toThrow(/permission denied/);
    await expect(asApp(a, (q) => q('TRUNCATE "AuditEvent"'))).rejects.toThrow(/permission denied/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeToTenant } from './tenant-scope.ts';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from './testing.ts';

describe(`tenant-scoped client on ${testDatabaseKind()}`, () => {
  let db: TestDatabase;
  let a: string;
  let b: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    a = (await db.prisma.tenant.create({ data: { code: 'a', name: 'A', region: 'A', level: 'PREFECTURE' } })).id;
    b = (await db.prisma.tenant.create({ data: { code: 'b', name: 'B', region: 'B', level: 'PREFECTURE' } })).id;
    await db.prisma.department.createMany({
      data: [
        { tenantId: a, code: 'same-code', name: 'A dept', type: 'ENFORCEMENT_AGENCY' },
        { tenantId: b, code: 'same-code', name: 'B dept', type: 'ENFORCEMENT_AGENCY' },
      ],
    });
  });
  afterAll(async () => db?.close());

  it('reads only its own tenant, even by id', async () => {
    const scopedA = scopeToTenant(db.prisma, a);
    const all = await scopedA.department.findMany();
    expect(all.map((d) => d.name)).toEqual(['A dept']);
    const bDept = await db.prisma.department.findFirstOrThrow({ where: { tenantId: b } });
    expect(await scopedA.department.findUnique({ where: { id: bDept.id } })).toBeNull();
    expect(await scopedA.department.count()).toBe(1);
  });

  it('updates nothing in another tenant', async () => {
    const scopedA = scopeToTenant(db.prisma, a);
    const result = await scopedA.department.updateMany({ data: { name: 'renamed' } });
    expect(result.count).toBe(1);
    expect((await db.prisma.department.findFirstOrThrow({ where: { tenantId: b } })).name).toBe('B dept');
  });

  it('refuses to create a row for another tenant', async () => {
    const scopedA = scopeToTenant(db.prisma, a);
    await expect(
      scopedA.department.create({ data: { tenantId: b, code: 'x', name: 'X', type: 'ENFORCEMENT_AGENCY' } }),
    ).rejects.toThrow(/another tenant/);
    const created = await scopedA.department.create({ data: { tenantId: scopedA.$tenantId, code: 'y', name: 'Y', type: 'ENFORCEMENT_AGENCY' } });
    expect(created.tenantId).toBe(a);
  });
});

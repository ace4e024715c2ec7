import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContextInner } from './context.ts';
import { appRouter, createCaller } from './root.ts';
import { callerFor, type FixtureTenant, seedFixtureTenant } from './test-fixtures.ts';

describe(`the API on ${testDatabaseKind()}`, () => {
  let database: TestDatabase;
  let a: FixtureTenant;
  let b: FixtureTenant;
  beforeAll(async () => {
    database = await openTestDatabase();
    console.log(`[integration] API tests run on ${database.label}`);
    a = await seedFixtureTenant(database, 'alpha');
    b = await seedFixtureTenant(database, 'beta');
  });
  afterAll(async () => database?.close());

  const anonymous = async () => createCaller(await createContextInner({ database }));

  it('lists every tenant with its departments, without a login', async () => {
    const directory = await (await anonymous()).tenant.directory();
    expect(directory.map((t) => t.code)).toEqual(['alpha', 'beta']);
    expect(directory[0]!.departments.find((d) => d.code === 'fzjg')).toMatchObject({ type: 'LEGAL_REVIEW_BODY', parentCode: 'scjg' });
  });

  it('reports health with the database kind', async () => {
    const health = await (await anonymous()).system.health();
    expect(health).toMatchObject({ status: 'ok', db: database.kind, migrations: { state: 'up-to-date', pending: [] } });
  });

  it('refuses a wrong password with one bilingual message', async () => {
    const error = await (await anonymous()).auth
      .login({ tenantCode: 'alpha', username: 'officer', password: 'wrong' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: 'UNAUTHORIZED' });
    expect((error as Error).message).toContain('用户名或密码不正确');
    expect((error as Error).message).toContain('username or password is not correct');
  });

  it('does not let a user of one tenant sign in to another', async () => {
    await expect((await anonymous()).auth.login({ tenantCode: 'beta', username: 'officer', password: 'wrong' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('asks for a login before case data', async () => {
    await expect((await anonymous()).case.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it("shows an officer their department's cases only", async () => {
    const officer = await callerFor(database, 'alpha', 'officer');
    const cases = await officer.case.list();
    expect(cases.map((c) => c.id)).toEqual([a.caseId]);
    const detail = await officer.case.get({ id: a.caseId });
    expect(detail).toMatchObject({ number: 'alpha-001', stage: 'FILING', stageIndex: 0 });
    expect(detail.stages.map((s) => s.key)).toContain('LEGAL_REVIEW');
    await expect(officer.case.get({ id: a.otherDepartmentCaseId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("answers NOT_FOUND for another tenant's case, and shows nothing of it", async () => {
    const officer = await callerFor(database, 'alpha', 'officer');
    const supervisor = await callerFor(database, 'alpha', 'supervisor');
    for (const caller of [officer, supervisor]) {
      const error = await caller.case.get({ id: b.caseId }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'NOT_FOUND' });
      expect(JSON.stringify(error)).not.toContain('beta');
    }
  });

  it('lets the judicial-bureau supervisor read every case of the tenant', async () => {
    const supervisor = await callerFor(database, 'alpha', 'supervisor');
    expect((await supervisor.case.list()).map((c) => c.id).sort()).toEqual([a.caseId, a.otherDepartmentCaseId].sort());
  });

  it('keeps department admins and vendors away from case data', async () => {
    for (const username of ['admin', 'vendor']) {
      const caller = await callerFor(database, 'alpha', username);
      await expect(caller.case.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('ends a session on logout', async () => {
    let token: string | undefined;
    const loginCaller = createCaller(await createContextInner({ database, cookies: { set: (t) => void (token = t), clear() {} } }));
    await loginCaller.auth.login({ tenantCode: 'alpha', username: 'head', password: 'fixture-password' });
    const session = createCaller(await createContextInner({ database, sessionToken: token }));
    expect((await session.auth.me())?.username).toBe('head');
    await session.auth.logout();
    const after = createCaller(await createContextInner({ database, sessionToken: token }));
    expect(await after.auth.me()).toBeNull();
  });

  it('every procedure declares the permission CASL checks, or why it is public', () => {
    const procedures = Object.entries(appRouter._def.procedures as Record<string, unknown>).map(
      ([path, procedure]) => [path, metaOf(procedure)] as const,
    );
    expect(procedures.length).toBeGreaterThan(50);
    for (const [path, meta] of procedures) {
      const declared = [meta?.permission !== undefined, typeof meta?.public === 'string' && meta.public.length > 0];
      expect(declared, `${path} must declare either a permission or why it is public`).toSatisfy(([permission, open]: boolean[]) => permission !== open);
    }
    // Adding a public procedure is a decision a reviewer sees here, and in the procedure's own reason.
    expect(procedures.filter(([, meta]) => meta?.public).map(([path]) => path).sort()).toEqual([
      'auth.login', 'auth.logout', 'auth.me', 'portal.annualReports', 'portal.atom', 'portal.beforeTheAct', 'portal.detail',
      'portal.feed', 'portal.search', 'report.portalFile', 'system.health', 'tenant.directory',
    ]);
  });
});

function metaOf(procedure: unknown): { permission?: unknown; public?: unknown } | undefined {
  if (procedure === null || (typeof procedure !== 'function' && typeof procedure !== 'object')) return undefined;
  return (procedure as { _def?: { meta?: { permission?: unknown; public?: unknown } } })._def?.meta;
}

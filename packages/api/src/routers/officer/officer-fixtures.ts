// Changji (seed 003) as the tests of certificates and staffing see it: its configuration from the repository, published,
// with enough officers and reviewers per agency that one unit falls short of the reviewer rule and another meets it.
import { fileURLToPath } from 'node:url';
import { compileTenant, loadTenantFolder } from '@sanxiang/config';
import { scopeToTenant, type Database, type Role } from '@sanxiang/db';
import { hashPassword } from '@sanxiang/identity';
import { publishEffectiveConfig, syncTenantDirectory } from '@sanxiang/tenancy';
import { createContextInner } from '../../context.ts';
import { createCaller } from '../../root.ts';
import { PASSWORD } from '../../test-fixtures.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

export interface StaffedTenant {
  tenantId: string;
  code: string;
  users: Record<'supervisor' | 'admin' | 'vendor' | 'officer' | 'colleague' | 'reviewer', string>;
  /** The certificates of `officer` and `colleague`. */
  certificates: Record<'officer' | 'colleague', string>;
  clock: { now: Date };
  as(username: keyof StaffedTenant['users']): Promise<ReturnType<typeof createCaller>>;
}

/** Publishes a tenant folder of the repository (`changji`, `shaoyang`…) and returns its department ids by code. */
export async function publishRepositoryTenant(database: Database, code: string): Promise<{ tenantId: string; departments: Record<string, string> }> {
  const compiled = compileTenant({ rulesetsDir: `${REPO_ROOT}rulesets`, tenantsDir: `${REPO_ROOT}tenant-configs`, tenantCode: code });
  const loaded = loadTenantFolder(`${REPO_ROOT}tenant-configs/${code}`);
  if (!compiled.config || !loaded.tenant) throw new Error(`tenant-configs/${code} does not compile`);
  const synced = await syncTenantDirectory(database.prisma, loaded.tenant);
  await publishEffectiveConfig(database.prisma, { tenantId: synced.tenantId, config: compiled.config, effectiveFrom: new Date('2024-07-01T00:00:00+08:00') });
  const departments = await scopeToTenant(database.prisma, synced.tenantId).department.findMany();
  return { tenantId: synced.tenantId, departments: Object.fromEntries(departments.map((department) => [department.code, department.id])) };
}

/**
 * Changji's market-regulation bureau (scjg) has 30 officers and 1 reviewer: 5% asks for 2 (1.5 rounded up), and so does
 * the minimum of 2. Urban management (cgj) has 50 officers and 3 reviewers: 5% asks for 3, met.
 */
export async function seedStaffedChangji(database: Database): Promise<StaffedTenant> {
  const { tenantId, departments } = await publishRepositoryTenant(database, 'changji');
  const db = scopeToTenant(database.prisma, tenantId);
  const passwordHash = await hashPassword(PASSWORD);
  const person = async (username: string, roles: Role[], department: string, legalQualification = false) =>
    (await db.user.create({ data: { tenantId, username, displayName: username, roles, departmentId: departments[department]!, passwordHash, legalQualification } })).id;
  const crowd = (prefix: string, count: number, roles: Role[], department: string) =>
    db.user.createMany({
      data: Array.from({ length: count }, (_, index) => ({
        tenantId, username: `${prefix}-${index + 1}`, displayName: `${prefix}-${index + 1}`, roles, departmentId: departments[department]!, passwordHash,
      })),
    });
  const users = {
    supervisor: await person('supervisor', ['SUPERVISOR'], 'sfj'),
    admin: await person('admin', ['DEPARTMENT_ADMIN'], 'scjg'),
    vendor: await person('vendor', ['VENDOR'], 'scjg'),
    officer: await person('officer', ['OFFICER'], 'scjg'),
    colleague: await person('colleague', ['OFFICER'], 'scjg'),
    reviewer: await person('reviewer', ['LEGAL_REVIEWER'], 'scjg-fzg', true),
  };
  await crowd('scjg-officer', 28, ['OFFICER'], 'scjg');
  await crowd('cgj-officer', 50, ['OFFICER'], 'cgj');
  await crowd('cgj-reviewer', 3, ['LEGAL_REVIEWER'], 'cgj-fzg');
  // Someone who left: inactive people count for nothing.
  await db.user.create({ data: { tenantId, username: 'retired', displayName: 'retired', roles: ['LEGAL_REVIEWER'], departmentId: departments['scjg-fzg']!, passwordHash, active: false } });
  const certificate = async (userId: string, number: string) =>
    (await db.officerCertificate.create({
      data: { tenantId, userId, number, domain: 'market-regulation', area: '新疆维吾尔自治区昌吉回族自治州昌吉市', validFrom: new Date('2024-01-01'), validUntil: new Date('2028-12-31') },
    })).id;
  const certificates = { officer: await certificate(users.officer, '新B-0001'), colleague: await certificate(users.colleague, '新B-0002') };
  const clock = { now: new Date('2025-09-10T10:00:00+08:00') };
  return {
    tenantId, code: 'changji', users, certificates, clock,
    async as(username) {
      let token: string | undefined;
      const anonymous = createCaller(await createContextInner({ database, cookies: { set: (value) => void (token = value), clear() {} } }));
      await anonymous.auth.login({ tenantCode: 'changji', username, password: PASSWORD });
      if (!token) throw new Error('login set no cookie');
      return createCaller(await createContextInner({ database, sessionToken: token, now: () => clock.now }));
    },
  };
}

import { type Database, type Role, scopeToTenant } from '@sanxiang/db';
import { hashPassword } from '@sanxiang/identity';
import { createCase } from '@sanxiang/workflow';
import type { Log } from '../bootstrap.ts';

// Development data only. Nothing that runs in production mode calls this: main.ts and the CLI refuse to.

interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  departmentType: 'ENFORCEMENT_AGENCY' | 'LEGAL_REVIEW_BODY' | 'JUDICIAL_BUREAU';
  certificate?: boolean;
}

const DEMO_USERS: DemoUser[] = [
  { username: 'officer1', displayName: '执法人员 张明', roles: ['OFFICER'], departmentType: 'ENFORCEMENT_AGENCY', certificate: true },
  { username: 'officer2', displayName: '执法人员 李华', roles: ['OFFICER'], departmentType: 'ENFORCEMENT_AGENCY', certificate: true },
  { username: 'head', displayName: '负责人 王强', roles: ['DEPARTMENT_HEAD'], departmentType: 'ENFORCEMENT_AGENCY' },
  { username: 'reviewer', displayName: '法制审核人员 赵敏', roles: ['LEGAL_REVIEWER'], departmentType: 'LEGAL_REVIEW_BODY' },
  { username: 'admin', displayName: '部门管理员 刘洋', roles: ['DEPARTMENT_ADMIN'], departmentType: 'ENFORCEMENT_AGENCY' },
  { username: 'supervisor', displayName: '司法局 陈静', roles: ['SUPERVISOR'], departmentType: 'JUDICIAL_BUREAU' },
];

export interface DemoSeedResult {
  tenantCode: string;
  users: Array<{ username: string; roles: Role[] }>;
  demoCaseId: string | null;
}

/** Demo users for every role in one tenant, and one demo case. Idempotent: a second run changes nothing but passwords. */
export async function seedDemoTenant(database: Database, tenantCode: string, password: string): Promise<DemoSeedResult> {
  const tenant = await database.prisma.tenant.findUniqueOrThrow({ where: { code: tenantCode } });
  const db = scopeToTenant(database.prisma, tenant.id);
  const departments = await db.department.findMany({ orderBy: { code: 'asc' } });
  // Prefer market regulation, the department of the demo journey (issue 6), then any agency.
  const agency = departments.find((d) => d.domain === 'market-regulation') ?? departments.find((d) => d.type === 'ENFORCEMENT_AGENCY');
  const pick = (type: DemoUser['departmentType']) =>
    type === 'ENFORCEMENT_AGENCY' ? agency : (departments.find((d) => d.type === type && d.parentId === agency?.id) ?? departments.find((d) => d.type === type));

  const passwordHash = await hashPassword(password);
  const users = new Map<string, string>();
  const certificates = new Map<string, string>();
  for (const demo of DEMO_USERS) {
    const department = pick(demo.departmentType) ?? agency;
    const user = await db.user.upsert({
      where: { tenantId_username: { tenantId: tenant.id, username: demo.username } },
      create: {
        tenantId: tenant.id,
        username: demo.username,
        displayName: demo.displayName,
        roles: demo.roles,
        departmentId: department?.id ?? null,
        passwordHash,
        legalQualification: demo.roles.includes('LEGAL_REVIEWER'),
      },
      update: { passwordHash },
    });
    users.set(demo.username, user.id);
    if (demo.certificate) {
      const number = `${tenantCode.toUpperCase()}-${demo.username.toUpperCase()}-0001`;
      const certificate = await db.officerCertificate.upsert({
        where: { tenantId_number: { tenantId: tenant.id, number } },
        create: {
          tenantId: tenant.id,
          userId: user.id,
          number,
          domain: agency?.domain ?? 'general',
          area: tenant.region,
          validFrom: new Date('2024-01-01'),
          validUntil: new Date('2029-12-31'),
        },
        update: {},
      });
      certificates.set(demo.username, certificate.id);
    }
  }

  let demoCaseId: string | null = null;
  if (agency) {
    const number = `${tenantCode}-demo-0001`;
    const existing = await db.case.findFirst({ where: { number } });
    const item = await db.enforcementItem.findFirst({ where: { departmentId: agency.id, category: 'PENALTY' }, orderBy: { code: 'asc' } });
    demoCaseId =
      existing?.id ??
      (
        await createCase(db, {
          departmentId: agency.id,
          number,
          title: '某食品有限公司销售超过保质期食品案（演示）',
          type: 'PENALTY',
          procedure: 'GENERAL',
          enforcementItemId: item?.id ?? null,
          // Today (Beijing): the configuration loaded at start-up is in force from today, and a case is judged by the
          // version in force on its act date, so an older date would leave the demo case without rules.
          actDate: new Date(`${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)}T00:00:00Z`),
          facts: { intendedFine: 50000, partyType: 'ORGANISATION', illegalGains: 3200 },
          parties: [{ kind: 'ORGANISATION', name: `${tenant.name}某食品有限公司`, identifier: '91430500MA4L000000', address: tenant.region }],
          officers: [
            { userId: users.get('officer1')!, certificateId: certificates.get('officer1') ?? null, lead: true },
            { userId: users.get('officer2')!, certificateId: certificates.get('officer2') ?? null },
          ],
          createdById: users.get('officer1')!,
        })
      ).id;
  }
  return { tenantCode, users: DEMO_USERS.map(({ username, roles }) => ({ username, roles })), demoCaseId };
}

export async function seedDemoData(database: Database, tenantCodes: string[], password: string, log: Log): Promise<DemoSeedResult[]> {
  const results: DemoSeedResult[] = [];
  for (const code of tenantCodes) results.push(await seedDemoTenant(database, code, password));
  log('演示账号（仅开发环境）/ demo accounts (development only):');
  for (const result of results) {
    log(`  ${result.tenantCode}: ${result.users.map((u) => `${u.username} (${u.roles.join(',')})`).join('; ')}`);
  }
  log(`  密码 / password: ${password}`);
  return results;
}

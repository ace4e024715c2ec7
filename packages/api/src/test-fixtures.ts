// Two small tenants with people in every role and one case each, built through the domain packages.
import type { Database, Role } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';
import { hashPassword } from '@sanxiang/identity';
import { scopeToTenant } from '@sanxiang/db';
import { createCase } from '@sanxiang/workflow';
import { createCaller } from './root.ts';
import { createContextInner, type TenantConfigCompiler } from './context.ts';

export const PASSWORD = 'fixture-password';

export interface FixtureTenant {
  id: string;
  code: string;
  caseId: string;
  otherDepartmentCaseId: string;
  users: Record<'officer' | 'otherOfficer' | 'head' | 'reviewer' | 'admin' | 'supervisor' | 'vendor', string>;
}

export async function seedFixtureTenant(database: Database, code: string): Promise<FixtureTenant> {
  const tenant = await database.prisma.tenant.create({ data: { code, name: `${code}市`, region: `${code}省`, level: 'PREFECTURE' } });
  const db = scopeToTenant(database.prisma, tenant.id);
  const tenantId = tenant.id;
  const market = await db.department.create({ data: { tenantId, code: 'scjg', name: '市场监督管理局', type: 'ENFORCEMENT_AGENCY', domain: 'market-regulation' } });
  const ecology = await db.department.create({ data: { tenantId, code: 'sthj', name: '生态环境局', type: 'ENFORCEMENT_AGENCY', domain: 'ecology' } });
  const review = await db.department.create({ data: { tenantId, code: 'fzjg', name: '法制审核机构', type: 'LEGAL_REVIEW_BODY', parentId: market.id } });
  const bureau = await db.department.create({ data: { tenantId, code: 'sfj', name: '司法局', type: 'JUDICIAL_BUREAU' } });
  const passwordHash = await hashPassword(PASSWORD);
  const person = async (username: string, roles: Role[], departmentId: string) =>
    (await db.user.create({ data: { tenantId, username, displayName: username, roles, departmentId, passwordHash } })).id;
  const users = {
    officer: await person('officer', ['OFFICER'], market.id),
    otherOfficer: await person('other-officer', ['OFFICER'], ecology.id),
    head: await person('head', ['DEPARTMENT_HEAD'], market.id),
    reviewer: await person('reviewer', ['LEGAL_REVIEWER'], review.id),
    admin: await person('admin', ['DEPARTMENT_ADMIN'], market.id),
    supervisor: await person('supervisor', ['SUPERVISOR'], bureau.id),
    vendor: await person('vendor', ['VENDOR'], market.id),
  };
  const openCase = (departmentId: string, number: string, officer: string) =>
    createCase(db, {
      departmentId,
      number,
      title: `${code} 案件 ${number}`,
      type: 'PENALTY',
      procedure: 'GENERAL',
      actDate: new Date('2025-09-01'),
      parties: [{ kind: 'ORGANISATION', name: `${code} 某公司` }],
      officers: [{ userId: officer, lead: true }],
      createdById: officer,
    });
  const own = await openCase(market.id, `${code}-001`, users.officer);
  const other = await openCase(ecology.id, `${code}-002`, users.otherOfficer);
  return { id: tenant.id, code, caseId: own.id, otherDepartmentCaseId: other.id, users };
}

/** A caller signed in as `username` of `tenantCode`, through the real login procedure. */
export async function callerFor(database: Database, tenantCode: string, username: string, compileTenantConfig?: TenantConfigCompiler) {
  let token: string | undefined;
  const anonymous = createCaller(
    await createContextInner({ database, cookies: { set: (value) => void (token = value), clear() {} } }),
  );
  await anonymous.auth.login({ tenantCode, username, password: PASSWORD });
  if (!token) throw new Error('login set no cookie');
  return createCaller(await createContextInner({ database, sessionToken: token, compileTenantConfig }));
}

/** The AppError behind a refused call, as the error formatter sends it: code, bilingual text, details. */
export async function refusalOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    if (cause instanceof AppError) return cause;
    throw error;
  }
  throw new Error('expected the call to fail');
}

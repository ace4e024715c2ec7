// A real tenant for the journeys: Shaoyang's configuration from the repository, published, with certified officers,
// a head and a reviewer of the market-regulation bureau, and a clock the test moves.
import { fileURLToPath } from 'node:url';
import { loadCalendarYears, WorkingCalendar } from '@sanxiang/calendar';
import { compileTenant, loadTenantFolder } from '@sanxiang/config';
import { scopeToTenant, type Database, type Role } from '@sanxiang/db';
import { hashPassword } from '@sanxiang/identity';
import { publishEffectiveConfig, syncTenantDirectory } from '@sanxiang/tenancy';
import { createCase, createCaseEngines, type CreateCaseOptions } from '@sanxiang/workflow';
import { createContextInner } from './context.ts';
import { createCaller } from './root.ts';
import { PASSWORD } from './test-fixtures.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Journey {
  tenantId: string;
  users: Record<'officer1' | 'officer2' | 'head' | 'reviewer' | 'supervisor', string>;
  certificates: Record<'officer1' | 'officer2', string>;
  departments: Record<string, string>;
  /** The journey's clock: every act happens at `clock.now`. */
  clock: { now: Date };
  as(username: keyof Journey['users']): Promise<ReturnType<typeof createCaller>>;
  openCase(options: Partial<CreateCaseOptions> & Pick<CreateCaseOptions, 'type' | 'procedure' | 'number'>): Promise<string>;
}

export async function seedJourney(database: Database): Promise<Journey> {
  const compiled = compileTenant({ rulesetsDir: `${REPO_ROOT}rulesets`, tenantsDir: `${REPO_ROOT}tenant-configs`, tenantCode: 'shaoyang' });
  const loaded = loadTenantFolder(`${REPO_ROOT}tenant-configs/shaoyang`);
  if (!compiled.config || !loaded.tenant) throw new Error('tenant-configs/shaoyang does not compile');
  const synced = await syncTenantDirectory(database.prisma, loaded.tenant);
  await publishEffectiveConfig(database.prisma, { tenantId: synced.tenantId, config: compiled.config, effectiveFrom: new Date('2025-01-01T00:00:00+08:00') });
  const tenantId = synced.tenantId;
  const db = scopeToTenant(database.prisma, tenantId);
  const departments = Object.fromEntries((await db.department.findMany()).map((department) => [department.code, department.id]));
  const passwordHash = await hashPassword(PASSWORD);
  const person = async (username: string, roles: Role[], department: string, legalQualification = false) =>
    (await db.user.create({ data: { tenantId, username, displayName: username, roles, departmentId: departments[department]!, passwordHash, legalQualification } })).id;
  const users = {
    officer1: await person('officer1', ['OFFICER'], 'scjg'),
    officer2: await person('officer2', ['OFFICER'], 'scjg'),
    head: await person('head', ['DEPARTMENT_HEAD'], 'scjg'),
    reviewer: await person('reviewer', ['LEGAL_REVIEWER'], 'scjg-fgk', true),
    supervisor: await person('supervisor', ['SUPERVISOR'], 'sfj'),
  };
  const certificate = async (userId: string, number: string) =>
    (await db.officerCertificate.create({
      data: { tenantId, userId, number, domain: 'market-regulation', area: '湖南省邵阳市', validFrom: new Date('2023-01-01'), validUntil: new Date('2027-12-31') },
    })).id;
  const certificates = { officer1: await certificate(users.officer1, '湘A-0001'), officer2: await certificate(users.officer2, '湘A-0002') };
  const { years } = loadCalendarYears(`${REPO_ROOT}rulesets/national/calendar`);
  const caseEngines = createCaseEngines({ calendarFor: () => WorkingCalendar.from(years) });
  const clock = { now: new Date('2025-09-01T09:00:00+08:00') };
  return {
    tenantId, users, certificates, departments, clock,
    async as(username) {
      let token: string | undefined;
      const anonymous = createCaller(await createContextInner({ database, cookies: { set: (value) => void (token = value), clear() {} } }));
      await anonymous.auth.login({ tenantCode: 'shaoyang', username, password: PASSWORD });
      if (!token) throw new Error('login set no cookie');
      return createCaller(await createContextInner({ database, sessionToken: token, caseEngines, now: () => clock.now }));
    },
    async openCase(options) {
      const created = await createCase(db, {
        departmentId: departments.scjg!,
        title: `邵阳市市场监督管理局 ${options.number}`,
        actDate: new Date('2025-09-01'),
        parties: [{ kind: 'ORGANISATION', name: '邵阳某食品有限公司' }],
        officers: [
          { userId: users.officer1, certificateId: certificates.officer1, lead: true },
          { userId: users.officer2, certificateId: certificates.officer2 },
        ],
        createdById: users.officer1,
        ...options,
      });
      return created.id;
    },
  };
}

/** Moves the journey's clock by whole days (and sets the time of day, Beijing). */
export function advance(journey: Journey, days: number, time = '09:00'): void {
  const day = new Date(journey.clock.now.getTime() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  journey.clock.now = new Date(`${day}T${time}:00+08:00`);
}

// Shaoyang (seed 001) for the disclosure tests: the journey tenant, plus an admin, an officer of another department,
// and a helper that takes a general-procedure penalty to its decision at a given moment.
import { fileURLToPath } from 'node:url';
import { loadCalendarYears, WorkingCalendar } from '@sanxiang/calendar';
import { scopeToTenant, type Database, type Role } from '@sanxiang/db';
import { hashPassword } from '@sanxiang/identity';
import { createCaseEngines, type CreateCaseOptions } from '@sanxiang/workflow';
import { createContextInner } from '../../context.ts';
import { seedJourney, type Journey } from '../../journey-fixtures.ts';
import { createCaller } from '../../root.ts';
import { PASSWORD } from '../../test-fixtures.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

export type Caller = ReturnType<typeof createCaller>;

export interface DisclosureTenant extends Journey {
  /** Signs in anyone of the tenant, including the admin and the ecology officer the journey does not know. */
  signIn(username: 'officer1' | 'head' | 'supervisor' | 'admin' | 'eco-officer'): Promise<Caller>;
  /** Takes a new general-procedure penalty to its decision at `decideAt` (Beijing), returning the case id. */
  decide(options: DecideOptions): Promise<{ caseId: string; version: number }>;
}

export interface DecideOptions {
  number: string;
  decisionNumber: string;
  decideAt: string;
  parties: CreateCaseOptions['parties'];
  fine?: number;
  facts?: Record<string, unknown>;
  /** An enforcement item of the tenant's list, by code. */
  itemCode?: string;
}

export async function seedDisclosureTenant(database: Database): Promise<DisclosureTenant> {
  const journey = await seedJourney(database);
  const db = scopeToTenant(database.prisma, journey.tenantId);
  const passwordHash = await hashPassword(PASSWORD);
  const person = (username: string, roles: Role[], department: string) =>
    db.user.create({ data: { tenantId: journey.tenantId, username, displayName: username, roles, departmentId: journey.departments[department]!, passwordHash } });
  await person('admin', ['DEPARTMENT_ADMIN'], 'scjg');
  await person('eco-officer', ['OFFICER'], 'sthjj');
  const { years } = loadCalendarYears(`${REPO_ROOT}rulesets/national/calendar`);
  const caseEngines = createCaseEngines({ calendarFor: () => WorkingCalendar.from(years) });

  async function signIn(username: string): Promise<Caller> {
    let token: string | undefined;
    const anonymous = createCaller(await createContextInner({ database, cookies: { set: (value) => void (token = value), clear() {} } }));
    await anonymous.auth.login({ tenantCode: 'shaoyang', username, password: PASSWORD });
    if (!token) throw new Error('login set no cookie');
    return createCaller(await createContextInner({ database, sessionToken: token, caseEngines, now: () => journey.clock.now }));
  }

  async function decide(options: DecideOptions) {
    const decideAt = new Date(options.decideAt);
    journey.clock.now = new Date(decideAt.getTime() - 20 * 86_400_000);
    const day = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const officer = await journey.as('officer1');
    const head = await journey.as('head');
    const fine = options.fine ?? 500;
    const item = options.itemCode ? await db.enforcementItem.findFirstOrThrow({ where: { code: options.itemCode } }) : null;
    const caseId = await journey.openCase({
      type: 'PENALTY', procedure: 'GENERAL', number: options.number, enforcementItemId: item?.id ?? null, actDate: new Date(day(journey.clock.now)), parties: options.parties,
      facts: { intendedFine: fine, ...options.facts },
      violationAt: new Date(day(new Date(journey.clock.now.getTime() - 10 * 86_400_000))), discoveredAt: new Date(day(journey.clock.now)),
    });
    let version = 1;
    const step = async (caller: Caller, transition: string, detail?: Record<string, unknown>) => {
      const door = caller === head ? caller.case.approve : caller.case.transition;
      version = (await door({ id: caseId, transition, expectedVersion: version, ...(detail ? { detail } : {}) })).case.version;
    };
    await step(head, 'approve-filing');
    await step(officer, 'record-inspection', { startedAt: journey.clock.now.toISOString(), endedAt: new Date(journey.clock.now.getTime() + 3_600_000).toISOString(), place: '邵阳市双清区' });
    await step(officer, 'notify', { hearingRightNotified: true });
    await step(officer, 'record-statement');
    await step(officer, 'propose-decision', { penalties: [{ kind: 'FINE', amount: fine }], amount: fine, reasoning: { evidence: '现场检查笔录等证据相互印证', basis: '依据《食品安全法》第一百二十四条', discretion: '情节轻微，按基准下限' } });
    journey.clock.now = decideAt;
    await step(head, 'decide', { number: options.decisionNumber });
    return { caseId, version };
  }

  return { ...journey, signIn, decide };
}


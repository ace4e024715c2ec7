import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyAuditChain } from '@sanxiang/audit';
import { defineAbilityFor } from '@sanxiang/authz';
import { loadCalendarYears, WorkingCalendar } from '@sanxiang/calendar';
import { compileTenant, loadTenantFolder } from '@sanxiang/config';
import { type Role, scopeToTenant } from '@sanxiang/db';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import { closeSharedRenderPools } from '@sanxiang/docgen';
import { AppError } from '@sanxiang/errors';
import { hashPassword } from '@sanxiang/identity';
import { createLocalBlobStore } from '@sanxiang/storage';
import { publishEffectiveConfig, syncTenantDirectory } from '@sanxiang/tenancy';
import { createCase, createCaseEngines, recordEvidence } from '@sanxiang/workflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContextInner, type CreateContextOptions } from './context.ts';
import { CROSS_TENANT_PROBES, type CrossTenantProbe, type ForeignRecords, type OwnCredentials } from './cross-tenant-probes.ts';
import { advance, seedJourney } from './journey-fixtures.ts';
import { appRouter, createCaller } from './root.ts';
import { PASSWORD } from './test-fixtures.ts';
import type { ProcedureMeta } from './trpc.ts';

// Issue 5: for every procedure in the router, a user of tenant A who names an id belonging to tenant B gets NOT_FOUND
// and nothing of B. The router is enumerated, so a procedure without a probe fails here by name.
// A role that may not use a procedure at all is refused FORBIDDEN before any record is looked up; that answer is the
// same for B's id and for an id that exists nowhere, which is asserted too: no answer may tell B's records apart.

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

type Caller = ReturnType<typeof createCaller>;
type Outcome = { ok: true; value: unknown } | { ok: false; code: string; visible: string };

const PATHS = Object.keys(appRouter._def.procedures).sort();
/** Tenant A (Changji's real configuration) and its people, one per role, and nobody signed in. */
const A_CODE = 'changji';
const A_PEOPLE = {
  officer: [['OFFICER'], 'scjg'], 'other-officer': [['OFFICER'], 'cgj'], head: [['DEPARTMENT_HEAD'], 'scjg'], reviewer: [['LEGAL_REVIEWER'], 'scjg-fzg'],
  supervisor: [['SUPERVISOR'], 'sfj'], admin: [['DEPARTMENT_ADMIN'], 'scjg'], vendor: [['VENDOR'], 'scjg'],
} as const satisfies Record<string, readonly [readonly Role[], string]>;
const USERNAMES = Object.keys(A_PEOPLE) as (keyof typeof A_PEOPLE)[];
type Who = keyof typeof A_PEOPLE | 'anonymous';

// What only tenant B knows. None of it may reach a user of tenant A, except an id A typed in itself.
const B_PARTY = { kind: 'ORGANISATION' as const, name: '邵阳市宝庆区乙方隐秘食品商行', identifier: '91430500MA4T8QX2K7', address: '邵阳市大祥区翠园路17号' };
const B_CASE_NUMBER = '邵市监立〔2025〕乙-0731号';
const B_DECISION_NUMBER = '邵市监罚〔2025〕乙-0731号';
const B_EVIDENCE_FILE = '乙方现场检查录像-0731.mp4';
const B_OBJECT_KEY = '91430500MA4T8QX2K7/翠园路17号仓库';

let database: TestDatabase;
let b: ForeignRecords;
let secrets: string[];
let bAuditSeq: number;
let serverParts: Omit<CreateContextOptions, 'database' | 'sessionToken' | 'cookies'>;
let blobDir: string;
const callers = new Map<Who, Caller>();
const sessions = new Map<Who, Parameters<typeof defineAbilityFor>[0]>();

/** Tenant A: a second real tenant, published, with one person per role and a case of its own to list. */
async function seedTenantA(): Promise<void> {
  const compiled = compileTenant({ rulesetsDir: `${REPO_ROOT}rulesets`, tenantsDir: `${REPO_ROOT}tenant-configs`, tenantCode: A_CODE });
  const loaded = loadTenantFolder(`${REPO_ROOT}tenant-configs/${A_CODE}`);
  if (!compiled.config || !loaded.tenant) throw new Error(`tenant-configs/${A_CODE} does not compile`);
  const { tenantId } = await syncTenantDirectory(database.prisma, loaded.tenant);
  await publishEffectiveConfig(database.prisma, { tenantId, config: compiled.config, effectiveFrom: new Date('2025-01-01T00:00:00+08:00') });
  const db = scopeToTenant(database.prisma, tenantId);
  const departments = new Map((await db.department.findMany()).map((department) => [department.code, department.id]));
  const passwordHash = await hashPassword(PASSWORD);
  const ids = new Map<string, string>();
  for (const [username, [roles, department]] of Object.entries(A_PEOPLE)) {
    const user = await db.user.create({ data: { tenantId, username, displayName: username, roles: [...roles], departmentId: departments.get(department)!, passwordHash } });
    ids.set(username, user.id);
  }
  await createCase(db, {
    departmentId: departments.get('scjg')!, number: '昌市监立〔2025〕甲-0001号', title: '昌吉甲方案件', type: 'PENALTY', procedure: 'GENERAL',
    actDate: new Date('2025-09-01'), parties: [{ kind: 'INDIVIDUAL', name: '甲方当事人' }], officers: [{ userId: ids.get('officer')!, lead: true }], createdById: ids.get('officer')!,
  });
}

/** What the server puts in every context: the compiler, the case engines, a blob store and the clock. */
function serverContextParts(): typeof serverParts {
  const { years } = loadCalendarYears(`${REPO_ROOT}rulesets/national/calendar`);
  blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-cross-tenant-'));
  return {
    compileTenantConfig: async (tenantCode) => compileTenant({ rulesetsDir: `${REPO_ROOT}rulesets`, tenantsDir: `${REPO_ROOT}tenant-configs`, tenantCode }),
    caseEngines: createCaseEngines({ calendarFor: () => WorkingCalendar.from(years) }),
    blobs: createLocalBlobStore(blobDir),
    now: () => new Date('2025-09-20T10:00:00+08:00'),
  };
}

/** Tenant B, through the domain functions: a penalty filed, inspected, notified, reviewed in two rounds and decided. */
async function seedTenantB(): Promise<ForeignRecords> {
  const journey = await seedJourney(database);
  const [officer, head, reviewer] = [await journey.as('officer1'), await journey.as('head'), await journey.as('reviewer')];
  const caseId = await journey.openCase({
    type: 'PENALTY', procedure: 'GENERAL', number: B_CASE_NUMBER, title: `${B_PARTY.name}销售过期食品案`, parties: [B_PARTY],
    facts: { intendedFine: 150000 }, violationAt: new Date('2025-08-20'), discoveredAt: new Date('2025-08-28'),
  });
  let version = 1;
  const step = async (caller: Caller, transition: string, detail?: Record<string, unknown>) => {
    const door = caller === head ? caller.case.approve : caller.case.transition;
    version = (await door({ id: caseId, transition, expectedVersion: version, ...(detail ? { detail } : {}) })).case.version;
  };
  await step(head, 'approve-filing');
  await step(officer, 'record-inspection', { startedAt: '2025-09-02T10:00:00+08:00', endedAt: '2025-09-02T11:00:00+08:00', place: B_PARTY.address });
  advance(journey, 2);
  await step(officer, 'notify', { hearingRightNotified: true });
  await step(officer, 'submit-review', { materials: ['draft-decision', 'investigation-report', 'evidence'] });
  await step(officer, 'propose-decision', { penalties: [{ kind: 'FINE', amount: 150000 }], amount: 150000, reasoning: { evidence: '现场检查笔录与录像相互印证', basis: '《食品安全法》第一百二十四条', discretion: '情节一般，按基准中档' } });
  let [review] = await head.review.forCase({ caseId });
  await head.review.assign({ reviewId: review!.id, reviewerId: journey.users.reviewer, expectedVersion: review!.version });
  [review] = await reviewer.review.forCase({ caseId });
  const returned = await reviewer.review.opinion({ reviewId: review!.id, expectedVersion: review!.version, opinion: 'PROBLEMS_FOUND', checklist: [{ id: 'facts-evidence', passed: false }], problems: [`${B_PARTY.name}的货值计算依据不足`] });
  await officer.review.resubmit({ reviewId: review!.id, expectedVersion: returned.version, response: '已补充进货凭证', materials: ['legal-basis', 'hearing-record'] });
  [review] = await reviewer.review.forCase({ caseId });
  await reviewer.review.opinion({ reviewId: review!.id, expectedVersion: review!.version, opinion: 'AGREE', checklist: [{ id: 'facts-evidence', passed: true }] });
  advance(journey, 10);
  await step(head, 'decide', { number: B_DECISION_NUMBER });

  const db = scopeToTenant(database.prisma, journey.tenantId);
  const inspection = await db.enforcementAction.findFirstOrThrow({ where: { caseId } });
  const officerAbility = defineAbilityFor({ id: journey.users.officer1, tenantId: journey.tenantId, roles: ['OFFICER'], departmentId: journey.departments.scjg! });
  const evidence = await recordEvidence({ db, ability: officerAbility, actor: { id: journey.users.officer1 }, engines: undefined as never, now: () => journey.clock.now }, {
    caseId, actionId: inspection.id, kind: 'VIDEO', fileName: B_EVIDENCE_FILE, deviceId: 'ZFJLY-0731', certificateNumber: '湘A-0001',
    file: { key: 'b'.repeat(64), sha256: 'b'.repeat(64), size: 2048, mediaType: 'video/mp4' },
    startedAt: new Date('2025-09-02T09:58:00+08:00'), endedAt: new Date('2025-09-02T11:02:00+08:00'), place: B_PARTY.address, objectKey: B_OBJECT_KEY,
  });
  const decision = await db.decision.findFirstOrThrow({ where: { caseId } });
  // The decision scheduled its disclosure; published, it is on B's public portal, which must not make it A's.
  const scheduled = await db.disclosure.findFirstOrThrow({ where: { caseId } });
  await officer.disclosure.publish({ id: scheduled.id, expectedVersion: scheduled.version });
  // Its push to the provincial platform failed for good: a dead letter B's judicial bureau could re-send, and A's never.
  const push = await db.disclosurePush.update({ where: { tenantId_idempotencyKey: { tenantId: journey.tenantId, idempotencyKey: `PUBLISH:${scheduled.id}` } }, data: { status: 'DEAD', lastStatus: 500, lastError: 'HTTP 500' } });
  // Rendering runs in a worker pool the probes do not need; the stored row is what the document procedures look up.
  const document = await db.generatedDocument.create({ data: {
    tenantId: journey.tenantId, caseId, kind: 'PENALTY_DECISION', templateRef: 'national/penalty-decision', templateVersion: '1', templateHash: 'c'.repeat(64),
    sha256: 'd'.repeat(64), storageKey: 'e'.repeat(64), data: { party: B_PARTY.name, number: B_DECISION_NUMBER }, createdById: journey.users.head,
  } });
  return {
    tenantId: journey.tenantId,
    departmentId: journey.departments.scjg!,
    enforcementItemId: (await db.enforcementItem.findFirstOrThrow()).id,
    caseId,
    transitionId: (await db.caseTransition.findFirstOrThrow({ where: { caseId } })).id,
    actionId: inspection.id,
    evidenceId: evidence.id,
    reviewId: review!.id,
    roundId: (await db.reviewRound.findFirstOrThrow({ where: { reviewId: review!.id } })).id,
    decisionId: decision.id,
    disclosureId: scheduled.id,
    pushId: push.id,
    documentId: document.id,
    objectKey: B_OBJECT_KEY,
    officerId: journey.users.officer1,
    reviewerId: journey.users.reviewer,
    certificateId: journey.certificates.officer1,
    configHash: (await db.configVersion.findFirstOrThrow()).hash,
  };
}

/** Calls a procedure by its dotted path, as a client names it. */
function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  let node: unknown = caller;
  for (const key of path.split('.')) node = Reflect.get(node as object, key);
  if (typeof node !== 'function') throw new Error(`${path} is not a procedure`);
  return node(input);
}

/** What came back, and for a failure exactly what a client sees: the message and the formatter's appError. */
async function outcome(promise: Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    const { code, message, cause } = error as { code?: string; message?: string; cause?: unknown };
    const appError = cause instanceof AppError ? { code: cause.code, text: cause.text, details: cause.details } : null;
    return { ok: false, code: code ?? 'NOT_A_TRPC_ERROR', visible: json({ message, appError }) };
  }
}

function json(value: unknown): string {
  return JSON.stringify(value, (_key, each: unknown) => (typeof each === 'bigint' ? each.toString() : each)) ?? '';
}

/** The secrets of B a text holds, leaving out what the caller typed in. */
function leaked(text: string, input: unknown): string[] {
  const typed = json(input);
  return secrets.filter((secret) => text.includes(secret) && !typed.includes(secret));
}

/** The same input shape naming records that exist in no tenant. */
function madeUp(records: ForeignRecords): ForeignRecords {
  const fake = { ...records };
  for (const key of Object.keys(fake) as (keyof ForeignRecords)[]) fake[key] = randomUUID();
  return fake;
}

function permissionOf(path: string): ProcedureMeta['permission'] {
  const procedure = (appRouter._def.procedures as Record<string, { _def?: { meta?: ProcedureMeta } }>)[path];
  return procedure?._def?.meta?.permission;
}

/** The code a role of A must get for B's id: NOT_FOUND, or FORBIDDEN when the role may not use the procedure at all. */
function expectedCode(who: Exclude<Who, 'anonymous'>, path: string): string {
  const session = sessions.get(who)!;
  const permission = permissionOf(path);
  return permission && !defineAbilityFor(session).can(...permission) ? 'FORBIDDEN' : 'NOT_FOUND';
}

async function signIn(who: Who): Promise<Caller> {
  if (who === 'anonymous') return createCaller(await createContextInner({ database, ...serverParts }));
  let token: string | undefined;
  const anonymous = createCaller(await createContextInner({ database, cookies: { set: (value) => void (token = value), clear() {} } }));
  await anonymous.auth.login({ tenantCode: A_CODE, username: who, password: PASSWORD });
  return createCaller(await createContextInner({ database, sessionToken: token, ...serverParts }));
}

const self = (who: Who): OwnCredentials => ({ tenantCode: A_CODE, username: who, password: PASSWORD });

async function probeForeign(who: Who, path: string, probe: Extract<CrossTenantProbe, { kind: 'foreign' }>) {
  const caller = callers.get(who)!;
  const input = probe.input(b, self(who));
  const answer = await outcome(call(caller, path, input));
  const label = `${path} as ${who} of tenant A, naming tenant B's records`;
  expect(answer, `${label} returned data`).toMatchObject({ ok: false });
  if (answer.ok) return;
  // Nobody signed in is refused at the door, except by the public portal, which must not find B's record either.
  if (who === 'anonymous') expect(['UNAUTHORIZED', 'NOT_FOUND'], label).toContain(answer.code);
  else expect(answer.code, label).toBe(expectedCode(who, path));
  expect(leaked(answer.visible, input), `${label}: the error shows B's data`).toEqual([]);
  const fake = madeUp(b);
  const nowhere = await outcome(call(caller, path, probe.input(fake, self(who))));
  const mask = (text: string, records: ForeignRecords) => Object.values(records).reduce((masked, id) => masked.replaceAll(id, '<id>'), text);
  expect(nowhere.ok ? null : { code: nowhere.code, visible: mask(nowhere.visible, fake) }, `${label}: B's id is answered differently from an id that exists nowhere`)
    .toEqual({ code: answer.code, visible: mask(answer.visible, b) });
}

async function probeOwn(who: Who, path: string, probe: Extract<CrossTenantProbe, { kind: 'own' }>) {
  // A procedure that ends the session gets a session of its own, so the other probes keep theirs.
  const caller = probe.endsSession ? await signIn(who) : callers.get(who)!;
  const input = probe.input?.(b, self(who));
  const answer = await outcome(call(caller, path, input));
  const shown = answer.ok ? json(answer.value) : answer.visible;
  expect(leaked(shown, input), `${path} as ${who} of tenant A (${probe.why}) shows B's data`).toEqual([]);
  expect(answer.ok ? 'ok' : answer.code, `${path} as ${who} of tenant A crashed: ${shown}`).not.toBe('INTERNAL_SERVER_ERROR');
}

describe(`tenant isolation across every procedure of the router, on ${testDatabaseKind()}`, () => {
  beforeAll(async () => {
    database = await openTestDatabase();
    b = await seedTenantB();
    const partyB = await database.prisma.party.findFirstOrThrow({ where: { caseId: b.caseId } });
    const { configHash, ...ids } = b;
    secrets = [...Object.values(ids), configHash, partyB.id, B_PARTY.name, B_PARTY.identifier, B_PARTY.address, B_CASE_NUMBER, B_DECISION_NUMBER, B_EVIDENCE_FILE, '湘A-0001', '货值计算依据不足'];
    bAuditSeq = (await database.prisma.auditHead.findUniqueOrThrow({ where: { tenantId: b.tenantId } })).seq;
    await seedTenantA();
    serverParts = serverContextParts();
    for (const who of [...USERNAMES, 'anonymous'] as const) {
      callers.set(who, await signIn(who));
      if (who === 'anonymous') continue;
      const user = await database.prisma.user.findFirstOrThrow({ where: { username: who, tenant: { code: A_CODE } } });
      sessions.set(who, { id: user.id, tenantId: user.tenantId, departmentId: user.departmentId, roles: user.roles });
    }
  });
  afterAll(async () => {
    await database?.close();
    await closeSharedRenderPools();
    if (blobDir) fs.rmSync(blobDir, { recursive: true, force: true });
  });

  it('has a probe for every procedure of the router, and none for a procedure that is gone', () => {
    expect(PATHS.length).toBeGreaterThan(10);
    expect(PATHS.filter((path) => !(path in CROSS_TENANT_PROBES)), 'procedures without a probe in cross-tenant-probes.ts').toEqual([]);
    expect(Object.keys(CROSS_TENANT_PROBES).filter((path) => !PATHS.includes(path)), 'probes for procedures the router no longer has').toEqual([]);
  });

  it('seeded tenant B with the records the probes name', async () => {
    expect(await database.prisma.reviewRound.count({ where: { reviewId: b.reviewId } })).toBe(2);
    expect(await database.prisma.case.findUniqueOrThrow({ where: { id: b.caseId } })).toMatchObject({ stage: 'DELIVERY', tenantId: b.tenantId });
    expect(await database.prisma.disclosure.findUniqueOrThrow({ where: { id: b.disclosureId } })).toMatchObject({ status: 'PUBLISHED' });
    expect(secrets.every((secret) => secret.length >= 6)).toBe(true);
  });

  for (const path of PATHS) {
    it(`${path}: no one in tenant A gets anything of tenant B`, async () => {
      const probe = CROSS_TENANT_PROBES[path];
      expect(probe, `${path} has no cross-tenant probe: add one line to packages/api/src/cross-tenant-probes.ts`).toBeDefined();
      for (const who of [...USERNAMES, 'anonymous'] as const) {
        if (probe?.kind === 'foreign') await probeForeign(who, path, probe);
        else if (probe?.kind === 'own') await probeOwn(who, path, probe);
      }
      // A probe proves something only if some role of A gets past the permission check to the lookup itself.
      if (probe?.kind === 'foreign') expect(USERNAMES.filter((who) => expectedCode(who, path) === 'NOT_FOUND'), `${path}: no role of A may call it`).not.toEqual([]);
    });
  }

  it('left tenant B as it was: no event added to its chain, which still verifies, and the case unmoved', async () => {
    expect((await database.prisma.auditHead.findUniqueOrThrow({ where: { tenantId: b.tenantId } })).seq).toBe(bAuditSeq);
    expect(await verifyAuditChain(database.prisma, b.tenantId)).toMatchObject({ ok: true, events: bAuditSeq });
    expect(await database.prisma.case.findUniqueOrThrow({ where: { id: b.caseId } })).toMatchObject({ stage: 'DELIVERY' });
  });
});

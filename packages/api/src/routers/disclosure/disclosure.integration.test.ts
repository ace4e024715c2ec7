import { verifyAuditChain } from '@sanxiang/audit';
import { scopeToTenant } from '@sanxiang/db';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import { drainPushes, prismaPushStore } from '@sanxiang/connector';
import { autoPublishDue, expireDisplayed } from '@sanxiang/disclosure';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDisclosureTenant, type DisclosureTenant } from './disclosure-fixtures.ts';
import { refusalOf } from '../../test-fixtures.ts';

// Issue 7, the officer's side: scheduling on decide, the redacted preview, publishing, the due lists, withdrawal on
// revocation, auto-publish and expiry, through createCaller on PGlite (or PostgreSQL with TEST_DATABASE_URL).
let database: TestDatabase;
let tenant: DisclosureTenant;

const LI = { kind: 'INDIVIDUAL' as const, name: '李建国', identifier: '430502198705123411', phone: '13907391234', address: '邵阳市双清区东风路12号', business: true };

beforeAll(async () => {
  database = await openTestDatabase();
  tenant = await seedDisclosureTenant(database);
});
afterAll(async () => database?.close());

const at = (instant: string) => {
  tenant.clock.now = new Date(instant);
};
const disclosureOf = (caseId: string) => database.prisma.disclosure.findFirstOrThrow({ where: { caseId } });

describe(`a penalty decision's disclosure on ${testDatabaseKind()}`, () => {
  let caseId: string;
  let id: string;

  beforeAll(async () => {
    ({ caseId } = await tenant.decide({ number: 'SY-D-001', decisionNumber: '邵市监罚〔2025〕101号', decideAt: '2025-09-26T10:00:00+08:00', parties: [LI] }));
    id = (await disclosureOf(caseId)).id;
  });

  it('is scheduled by the decision, due 7 working days later: 2025-09-26 across National Day is 2025-10-13', async () => {
    const row = await disclosureOf(caseId);
    expect(row).toMatchObject({ status: 'SCHEDULED', itemKey: 'after.penalty-decision', channels: ['GOV_WEBSITE', 'ENFORCEMENT_PLATFORM'], payload: null });
    expect(row.dueDate.toISOString().slice(0, 10)).toBe('2025-10-13');
    const events = await database.prisma.auditEvent.findMany({ where: { tenantId: tenant.tenantId, action: 'disclosure.schedule' } });
    expect(events.map((event) => event.entityId)).toContain(row.decisionId);
  });

  it('previews with the ID number masked and the phone and address hidden, and finds no leak', async () => {
    const officer = await tenant.signIn('officer1');
    const preview = await officer.disclosure.preview({ id });
    expect(preview).toMatchObject({ status: 'SCHEDULED', withheld: null, leaks: [], dueDate: '2025-10-13' });
    expect(preview.payload).toMatchObject({ decisionNumber: '邵市监罚〔2025〕101号', party: { kind: 'INDIVIDUAL', name: '李建国' }, agency: '邵阳市市场监督管理局' });
    expect(preview.redactedFields).toEqual(expect.arrayContaining(['party.idNumber', 'party.phone', 'party.address']));
    const text = JSON.stringify(preview.payload);
    for (const secret of [LI.identifier, LI.phone, '东风路']) expect(text).not.toContain(secret);
  });

  it('is not found by an officer of another department, and the supervisor may read but not publish', async () => {
    const ecology = await tenant.signIn('eco-officer');
    expect((await refusalOf(ecology.disclosure.preview({ id }))).code).toBe('NOT_FOUND');
    expect(await ecology.disclosure.list()).toEqual([]);
    const supervisor = await tenant.signIn('supervisor');
    expect((await supervisor.disclosure.preview({ id })).id).toBe(id);
    expect((await refusalOf(supervisor.disclosure.publish({ id, expectedVersion: 1 }))).code).toBe('FORBIDDEN');
  });

  it('is soon due three working days ahead, then overdue, for the department and the judicial bureau', async () => {
    at('2025-10-10T09:00:00+08:00');
    const officer = await tenant.signIn('officer1');
    const soon = await officer.disclosure.due();
    // 2025-10-11 is a make-up working day (Saturday): 10-11, 10-13, 10-14.
    expect(soon.soonUntil).toBe('2025-10-14');
    expect(soon.soonDue.map((item) => item.id)).toContain(id);
    expect(soon.overdue.map((item) => item.id)).not.toContain(id);
    at('2025-10-14T09:00:00+08:00');
    const late = await (await tenant.signIn('supervisor')).disclosure.due();
    expect(late.overdue.find((item) => item.id === id)).toMatchObject({ daysLate: 1, case: { number: 'SY-D-001' }, department: { code: 'scjg' } });
    expect(late.byDepartment.find((entry) => entry.department?.code === 'scjg')?.overdue).toBeGreaterThanOrEqual(1);
    expect((await (await tenant.signIn('eco-officer')).disclosure.due()).overdue).toEqual([]);
  });

  it('publishes at the version previewed, with its search columns, an audit event and a provincial push', async () => {
    at('2025-10-14T10:00:00+08:00');
    const officer = await tenant.signIn('officer1');
    expect((await refusalOf(officer.disclosure.publish({ id, expectedVersion: 2 }))).code).toBe('CONFLICT');
    const published = await officer.disclosure.publish({ id, expectedVersion: 1 });
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 2, reason: null });
    const row = await disclosureOf(caseId);
    expect(row).toMatchObject({ status: 'PUBLISHED', partyName: '李建国', partyNameKey: '李建国', decisionNumber: '邵市监罚〔2025〕101号', caseType: 'PENALTY', publishedById: tenant.users.officer1 });
    expect(row.partyNameTokens).toEqual(expect.arrayContaining(['李', '建国', '李建']));
    expect(row.decidedOn?.toISOString().slice(0, 10)).toBe('2025-09-26');
    expect(JSON.stringify(row.payload)).not.toContain(LI.identifier);
    const pushes = await database.prisma.disclosurePush.findMany({ where: { disclosureId: id } });
    expect(pushes).toMatchObject([{ kind: 'PUBLISH', status: 'PENDING', attempts: 0, idempotencyKey: `PUBLISH:${id}` }]);
    expect(JSON.stringify(pushes[0]!.payload)).not.toContain(LI.phone);
    expect((await refusalOf(officer.disclosure.publish({ id, expectedVersion: 2 }))).code).toBe('CONFLICT');
    expect(await verifyAuditChain(database.prisma, tenant.tenantId)).toMatchObject({ ok: true });
  });

  it('lists a push the platform refused for good to the judicial bureau, which re-sends it with the same key', async () => {
    // The platform answers 400: a permanent refusal, so the connector gives up at once (packages/connector).
    const refused = await drainPushes(prismaPushStore(database.prisma), tenant.clock.now, {
      endpointFor: () => ({ url: 'https://platform.example/push', secret: 's'.repeat(32) }),
      fetch: async () => new Response('{"error":"bad field"}', { status: 400 }),
    });
    expect(refused).toMatchObject({ claimed: 1, dead: 1, sent: 0 });
    const supervisor = await tenant.signIn('supervisor');
    const [dead, ...more] = await supervisor.disclosure.deadLetters();
    expect(more).toEqual([]);
    expect(dead).toMatchObject({ disclosureId: id, kind: 'PUBLISH', idempotencyKey: `PUBLISH:${id}`, lastStatus: 400 });
    const officer = await tenant.signIn('officer1');
    expect((await refusalOf(officer.disclosure.resendPush({ id: dead!.id, expectedVersion: dead!.version }))).code).toBe('FORBIDDEN');
    expect((await refusalOf(supervisor.disclosure.resendPush({ id: dead!.id, expectedVersion: dead!.version + 1 }))).code).toBe('CONFLICT');
    expect(await supervisor.disclosure.resendPush({ id: dead!.id, expectedVersion: dead!.version })).toEqual({ id: dead!.id, version: dead!.version + 1 });
    expect(await database.prisma.disclosurePush.findUniqueOrThrow({ where: { id: dead!.id } })).toMatchObject({ status: 'PENDING', attempts: 0, idempotencyKey: `PUBLISH:${id}` });
    expect(await supervisor.disclosure.deadLetters()).toEqual([]);
    const events = await database.prisma.auditEvent.findMany({ where: { tenantId: tenant.tenantId, action: 'disclosure.push.resend' } });
    expect(events.map((event) => [event.entityId, event.actorId])).toEqual([[dead!.id, tenant.users.supervisor]]);
    // Delivered this time: the platform sees the same idempotency key as before.
    const keys: (string | null)[] = [];
    const delivered = await drainPushes(prismaPushStore(database.prisma), tenant.clock.now, {
      endpointFor: () => ({ url: 'https://platform.example/push', secret: 's'.repeat(32) }),
      fetch: async (_url, init) => {
        keys.push(new Headers(init?.headers).get('idempotency-key'));
        return new Response(null, { status: 204 });
      },
    });
    expect(delivered).toMatchObject({ claimed: 1, sent: 1 });
    expect(keys).toEqual([`PUBLISH:${id}`]);
  });
});

describe('withdrawal when the decision is revoked (《行政处罚法》第四十八条)', () => {
  let caseId: string;
  let version: number;

  beforeAll(async () => {
    ({ caseId, version } = await tenant.decide({ number: 'SY-D-002', decisionNumber: '邵市监罚〔2025〕102号', decideAt: '2025-09-22T10:00:00+08:00', parties: [{ kind: 'ORGANISATION', name: '邵阳市宝庆区甲味食品商行' }] }));
    at('2025-09-25T10:00:00+08:00');
    const row = await disclosureOf(caseId);
    await (await tenant.signIn('officer1')).disclosure.publish({ id: row.id, expectedVersion: row.version });
  });

  it('is recorded by the head only, with the new status, reason, basis and date', async () => {
    at('2025-10-09T09:00:00+08:00');
    const officer = await tenant.signIn('officer1');
    const detail = { decisionStatus: 'REVOKED', reason: '复议机关撤销原处罚决定', basis: '邵阳市人民政府行政复议决定书（邵府复决〔2025〕9号）', changedOn: '2025-09-30' };
    expect((await refusalOf(officer.case.transition({ id: caseId, transition: 'revoke-decision', expectedVersion: version, detail }))).code).toBe('FORBIDDEN');
    const head = await tenant.as('head');
    const missing = await refusalOf(head.case.approve({ id: caseId, transition: 'revoke-decision', expectedVersion: version, detail: { decisionStatus: 'REVOKED' } }));
    expect(missing.code).toBe('BAD_INPUT');
    expect(missing.message).toContain('/detail/reason');
    const outcome = await head.case.approve({ id: caseId, transition: 'revoke-decision', expectedVersion: version, detail });
    expect(outcome.case.version).toBe(version + 1);
  });

  it('withdraws the published disclosure at once, due 3 working days from the change: 2025-09-30 across National Day is 2025-10-11', async () => {
    const row = await disclosureOf(caseId);
    expect(row).toMatchObject({ status: 'WITHDRAWN', reason: '复议机关撤销原处罚决定', partyName: null, partyNameTokens: [], withdrawnById: tenant.users.head });
    expect(row.withdrawalDue?.toISOString().slice(0, 10)).toBe('2025-10-11');
    expect(row.payload).not.toBeNull();
    expect((await database.prisma.decision.findFirstOrThrow({ where: { caseId } })).status).toBe('REVOKED');
    const pushes = await database.prisma.disclosurePush.findMany({ where: { disclosureId: row.id }, orderBy: { createdAt: 'asc' } });
    expect(pushes.map((push) => [push.kind, push.idempotencyKey])).toEqual([['PUBLISH', `PUBLISH:${row.id}`], ['WITHDRAW', `WITHDRAW:${row.id}`]]);
  });

  it('never publishes a scheduled disclosure of a decision revoked before it went up', async () => {
    const { caseId: other, version: otherVersion } = await tenant.decide({ number: 'SY-D-003', decisionNumber: '邵市监罚〔2025〕103号', decideAt: '2025-10-09T10:00:00+08:00', parties: [{ kind: 'ORGANISATION', name: '邵阳某副食店' }] });
    at('2025-10-10T09:00:00+08:00');
    await (await tenant.as('head')).case.approve({ id: other, transition: 'revoke-decision', expectedVersion: otherVersion, detail: { decisionStatus: 'CHANGED', reason: '本机关依法变更处罚决定', basis: '《行政处罚法》第七十五条', changedOn: '2025-10-10' } });
    expect(await disclosureOf(other)).toMatchObject({ status: 'NOT_PUBLISHED', withdrawnAt: null });
    expect(await database.prisma.disclosurePush.count({ where: { disclosure: { caseId: other } } })).toBe(0);
  });
});

describe('what is never published', () => {
  it('keeps a minor\'s decision as NOT_PUBLISHED from the start, with the reason, and refuses to publish it', async () => {
    const { caseId } = await tenant.decide({ number: 'SY-D-004', decisionNumber: '邵市监罚〔2025〕104号', decideAt: '2025-10-15T10:00:00+08:00', parties: [{ kind: 'INDIVIDUAL', name: '王小明', minor: true, business: false }] });
    const row = await disclosureOf(caseId);
    expect(row.status).toBe('NOT_PUBLISHED');
    expect(row.reason).toContain('未成年人');
    expect((await refusalOf((await tenant.signIn('officer1')).disclosure.publish({ id: row.id, expectedVersion: row.version }))).code).toBe('CONFLICT');
  });

  it('withholds at publish time when the case comes to say its core facts are private', async () => {
    const { caseId } = await tenant.decide({ number: 'SY-D-005', decisionNumber: '邵市监罚〔2025〕105号', decideAt: '2025-10-15T11:00:00+08:00', parties: [{ kind: 'INDIVIDUAL', name: '赵某芳', business: true }] });
    await database.prisma.case.update({ where: { id: caseId }, data: { facts: { intendedFine: 500, privacyCore: true } } });
    const row = await disclosureOf(caseId);
    const officer = await tenant.signIn('officer1');
    expect((await officer.disclosure.preview({ id: row.id })).withheld?.code).toBe('PRIVACY');
    const outcome = await officer.disclosure.publish({ id: row.id, expectedVersion: row.version });
    expect(outcome).toMatchObject({ status: 'NOT_PUBLISHED', publishedAt: null });
    expect(await disclosureOf(caseId)).toMatchObject({ status: 'NOT_PUBLISHED', payload: null, partyName: null });
  });
});

describe('auto-publish and the end of the display period', () => {
  let caseId: string;
  let id: string;

  it('is switched on by an admin only, at the settings version seen', async () => {
    at('2025-11-03T09:00:00+08:00');
    expect((await refusalOf((await tenant.signIn('officer1')).disclosure.updateSettings({ expectedVersion: 0, autoPublish: true }))).code).toBe('FORBIDDEN');
    const admin = await tenant.signIn('admin');
    expect((await refusalOf(admin.disclosure.updateSettings({ expectedVersion: 1, autoPublish: true }))).code).toBe('CONFLICT');
    expect(await admin.disclosure.updateSettings({ expectedVersion: 0, autoPublish: true })).toMatchObject({ autoPublish: true, version: 1, defaultPolicy: true });
    const invalid = await refusalOf(admin.disclosure.updateSettings({ expectedVersion: 1, redactionPolicy: { naturalPersonName: 'KEEP', privateFields: ['decisionNumber'], publicNumbers: [], basis: [] } }));
    expect(invalid.code).toBe('CONFIG_INVALID');
  });

  it('publishes a disclosure by itself on its due date, and not before', async () => {
    ({ caseId } = await tenant.decide({ number: 'SY-D-006', decisionNumber: '邵市监罚〔2025〕106号', decideAt: '2025-11-03T10:00:00+08:00', parties: [{ kind: 'ORGANISATION', name: '邵阳市北塔区丙记粮油店' }] }));
    const row = await disclosureOf(caseId);
    id = row.id;
    expect(row.dueDate.toISOString().slice(0, 10)).toBe('2025-11-12');
    // A tenant item with a display period of three months (market regulation's shortest tier, DOMAIN.md).
    await database.prisma.disclosure.update({ where: { id }, data: { displayMonths: 3 } });
    await autoPublishDue(database.prisma, new Date('2025-11-11T23:00:00+08:00'));
    expect((await disclosureOf(caseId)).status).toBe('SCHEDULED');
    const report = await autoPublishDue(database.prisma, new Date('2025-11-12T01:00:00+08:00'));
    expect(report.failed).toEqual([]);
    const published = await disclosureOf(caseId);
    expect(published).toMatchObject({ status: 'PUBLISHED', publishedById: null, partyName: '邵阳市北塔区丙记粮油店' });
    expect(published.displayUntil?.toISOString().slice(0, 10)).toBe('2026-02-12');
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { tenantId: tenant.tenantId, action: 'disclosure.publish', entityId: id } });
    expect(event.actorId).toBeNull();
  });

  it('leaves the portal when the display period ends, and the record stays', async () => {
    expect(await expireDisplayed(database.prisma, new Date('2026-02-12T20:00:00+08:00'))).toMatchObject({ expired: 0 });
    const report = await expireDisplayed(database.prisma, new Date('2026-02-13T08:00:00+08:00'));
    expect(report.expired).toBeGreaterThanOrEqual(1);
    const row = await disclosureOf(caseId);
    expect(row).toMatchObject({ status: 'EXPIRED', partyName: '邵阳市北塔区丙记粮油店' });
    expect(row.payload).toMatchObject({ decisionNumber: '邵市监罚〔2025〕106号' });
    const scoped = scopeToTenant(database.prisma, tenant.tenantId);
    expect(await scoped.auditEvent.count({ where: { action: 'disclosure.expire' } })).toBe(1);
    expect(await verifyAuditChain(database.prisma, tenant.tenantId)).toMatchObject({ ok: true });
  });
});

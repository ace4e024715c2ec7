import { verifyAuditChain } from '@sanxiang/audit';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance, seedJourney, type Journey } from '../../journey-fixtures.ts';
import { seedStaffedChangji, type StaffedTenant } from './officer-fixtures.ts';
import { refusalOf } from '../../test-fixtures.ts';

// Certificates and the reviewer ratio through createCaller: Changji (seed 003: 3 months for misuse, reviewers ≥ 5% and
// ≥ 2) and Shaoyang (seed 001: ≥ 5%, no suspension period), in one database so tenant walls are tested too.
let database: TestDatabase;
let changji: StaffedTenant;
let shaoyang: Journey;

beforeAll(async () => {
  database = await openTestDatabase();
  changji = await seedStaffedChangji(database);
  shaoyang = await seedJourney(database);
});

afterAll(async () => database?.close());

describe(`officer.list on ${testDatabaseKind()}`, () => {
  it('shows the bureau every certificate of its tenant and an officer only their own', async () => {
    const supervisor = await changji.as('supervisor');
    const all = await supervisor.officer.list();
    expect(all.map((certificate) => certificate.number)).toEqual(['新B-0001', '新B-0002']);
    expect(all[0]).toMatchObject({ status: 'VALID', standing: 'VALID', validUntil: '2028-12-31', holder: { displayName: 'officer', department: { code: 'scjg' } } });
    const own = await (await changji.as('officer')).officer.list();
    expect(own.map((certificate) => certificate.number)).toEqual(['新B-0001']);
    expect((await (await changji.as('admin')).officer.list()).length).toBe(2);
  });

  it('keeps vendors and reviewers out of certificates', async () => {
    for (const username of ['vendor', 'reviewer'] as const) {
      expect((await refusalOf((await changji.as(username)).officer.list())).code).toBe('FORBIDDEN');
    }
  });
});

describe('suspending, reinstating and revoking a certificate', () => {
  it('suspends for misuse for the 3 months of the staffing rule, counted as the Civil Code counts months', async () => {
    changji.clock.now = new Date('2025-09-10T10:00:00+08:00');
    const supervisor = await changji.as('supervisor');
    const suspended = await supervisor.officer.suspend({ certificateId: changji.certificates.colleague, expectedVersion: 1, ground: 'MISUSE', reason: '将执法证交由他人使用' });
    expect(suspended).toMatchObject({ status: 'SUSPENDED', suspendedUntil: '2025-12-10', standing: 'SUSPENDED', version: 2, statusReason: '将执法证交由他人使用' });
    const event = await database.prisma.auditEvent.findFirst({ where: { tenantId: changji.tenantId, action: 'certificate.suspend' } });
    expect(JSON.parse(event!.canonical)).toMatchObject({ data: { ground: 'MISUSE', months: 3, until: '2025-12-10', from: 'VALID', to: 'SUSPENDED', number: '新B-0002' } });
    expect((await verifyAuditChain(database.prisma, changji.tenantId)).ok).toBe(true);
  });

  it('refuses a change made on a stale version, naming the current one', async () => {
    const supervisor = await changji.as('supervisor');
    const stale = await refusalOf(supervisor.officer.revoke({ certificateId: changji.certificates.colleague, expectedVersion: 1, reason: '情节严重' }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.details).toEqual({ currentVersion: 2 });
  });

  it('does not lift a suspension before its last day has passed, and does from the day after', async () => {
    const early = await refusalOf((await changji.as('supervisor')).officer.reinstate({ certificateId: changji.certificates.colleague, expectedVersion: 2 }));
    expect(early.code).toBe('CONFLICT');
    expect(early.details).toEqual({ suspendedUntil: '2025-12-10', reinstatableFrom: '2025-12-11' });
    expect(early.message).toContain('2025-12-11');

    changji.clock.now = new Date('2025-12-10T23:00:00+08:00');
    expect((await refusalOf((await changji.as('supervisor')).officer.reinstate({ certificateId: changji.certificates.colleague, expectedVersion: 2 }))).code).toBe('CONFLICT');
    changji.clock.now = new Date('2025-12-11T08:00:00+08:00');
    const supervisor = await changji.as('supervisor');
    // Once its period is over the officer may act again, even before anyone reinstates the certificate.
    expect((await supervisor.officer.list({ userId: changji.users.colleague }))[0]).toMatchObject({ status: 'SUSPENDED', standing: 'VALID' });
    const reinstated = await supervisor.officer.reinstate({ certificateId: changji.certificates.colleague, expectedVersion: 2, reason: '暂扣期满' });
    expect(reinstated).toMatchObject({ status: 'VALID', suspendedUntil: null, version: 3 });
  });

  it('takes a suspension end date when one is given, and refuses one in the past', async () => {
    const supervisor = await changji.as('supervisor');
    const past = await refusalOf(supervisor.officer.suspend({ certificateId: changji.certificates.colleague, expectedVersion: 3, ground: 'OTHER', reason: '调查期间', until: '2025-12-01' }));
    expect(past.code).toBe('BAD_INPUT');
    expect(past.details).toEqual({ field: 'until' });
    const given = await supervisor.officer.suspend({ certificateId: changji.certificates.colleague, expectedVersion: 3, ground: 'OTHER', reason: '调查期间', until: '2026-01-31' });
    expect(given).toMatchObject({ suspendedUntil: '2026-01-31', version: 4 });
    const twice = await refusalOf(supervisor.officer.suspend({ certificateId: changji.certificates.colleague, expectedVersion: 4, ground: 'MISUSE', reason: '再次' }));
    expect(twice.code).toBe('CONFLICT');
  });

  it('makes revocation final: no reinstatement and no suspension after it', async () => {
    const supervisor = await changji.as('supervisor');
    const revoked = await supervisor.officer.revoke({ certificateId: changji.certificates.colleague, expectedVersion: 4, reason: '情节严重，依法注销' });
    expect(revoked).toMatchObject({ status: 'REVOKED', standing: 'REVOKED', suspendedUntil: null, version: 5 });
    // One at a time: a call started before the previous refusal is awaited would reject with no handler yet.
    for (const attempt of [
      () => supervisor.officer.reinstate({ certificateId: changji.certificates.colleague, expectedVersion: 5 }),
      () => supervisor.officer.suspend({ certificateId: changji.certificates.colleague, expectedVersion: 5, ground: 'OTHER', reason: 'x', until: '2026-06-30' }),
      () => supervisor.officer.revoke({ certificateId: changji.certificates.colleague, expectedVersion: 5, reason: 'x' }),
    ]) {
      const refused = await refusalOf(attempt());
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toContain('revocation is final');
    }
  });

  it('requires a reason for suspension and revocation', async () => {
    const refused = await refusalOf((await changji.as('supervisor')).officer.revoke({ certificateId: changji.certificates.officer, expectedVersion: 1, reason: '   ' }));
    expect(refused.code).toBe('BAD_INPUT');
    expect(refused.details).toEqual({ field: 'reason' });
  });

  it('lets only the judicial bureau change certificates', async () => {
    for (const username of ['officer', 'admin', 'reviewer'] as const) {
      const caller = await changji.as(username);
      expect((await refusalOf(caller.officer.suspend({ certificateId: changji.certificates.officer, expectedVersion: 1, ground: 'MISUSE', reason: 'x' }))).code).toBe('FORBIDDEN');
    }
  });

  it("answers NOT_FOUND for another tenant's certificate, and changes nothing there", async () => {
    const supervisor = await changji.as('supervisor');
    const foreign = await refusalOf(supervisor.officer.revoke({ certificateId: shaoyang.certificates.officer1, expectedVersion: 1, reason: '越权' }));
    expect(foreign.code).toBe('NOT_FOUND');
    expect(foreign.message).not.toContain('湘A');
    expect(await database.prisma.officerCertificate.findUnique({ where: { id: shaoyang.certificates.officer1 } })).toMatchObject({ status: 'VALID', version: 1 });
    expect((await supervisor.officer.list()).map((certificate) => certificate.number)).not.toContain('湘A-0001');
  });

  it('asks for an end date where the staffing rule sets no suspension period (Shaoyang)', async () => {
    const supervisor = await shaoyang.as('supervisor');
    const refused = await refusalOf(supervisor.officer.suspend({ certificateId: shaoyang.certificates.officer2, expectedVersion: 1, ground: 'MISUSE', reason: '超出执法领域执法' }));
    expect(refused.code).toBe('BAD_INPUT');
    expect(refused.details).toEqual({ field: 'until' });
    expect(refused.message).toContain('sets no suspension period');
  });
});

describe("the engine's certificate gate after a suspension", () => {
  it("refuses the suspended officer's case its next on-site step, naming the two-certified-officers rule", async () => {
    shaoyang.clock.now = new Date('2025-09-01T09:00:00+08:00');
    const caseId = await shaoyang.openCase({ type: 'PENALTY', procedure: 'GENERAL', number: 'SY-CERT-0001', violationAt: new Date('2025-08-20'), discoveredAt: new Date('2025-08-28') });
    const head = await shaoyang.as('head');
    await head.case.approve({ id: caseId, transition: 'approve-filing', expectedVersion: 1 });

    const supervisor = await shaoyang.as('supervisor');
    await supervisor.officer.suspend({ certificateId: shaoyang.certificates.officer2, expectedVersion: 1, ground: 'MISUSE', reason: '将执法证交由他人使用', until: '2025-12-01' });

    advance(shaoyang, 1);
    const officer = await shaoyang.as('officer1');
    const detail = { startedAt: '2025-09-02T10:00:00+08:00', endedAt: '2025-09-02T11:00:00+08:00', place: '邵阳市双清区某食品店' };
    const blocked = await refusalOf(officer.case.transition({ id: caseId, transition: 'record-inspection', expectedVersion: 2, detail }));
    expect(blocked.code).toBe('GATE_BLOCKED');
    const gates = (blocked.details as { gates: { code: string }[] }).gates.map((gate) => gate.code);
    expect(gates).toContain('officers.two-certified');

    // After the suspension ends (the day after its last day), the same step goes through.
    shaoyang.clock.now = new Date('2025-12-02T09:00:00+08:00');
    const later = await shaoyang.as('officer1');
    const outcome = await later.case.transition({ id: caseId, transition: 'record-inspection', expectedVersion: 2, detail: { ...detail, startedAt: '2025-12-02T10:00:00+08:00', endedAt: '2025-12-02T11:00:00+08:00' } });
    expect(outcome.case.version).toBe(3);
  });
});

describe('officer.reviewerRatio', () => {
  it('judges each agency against the staffing rule in force: at least 5% of its officers, and at least 2', async () => {
    changji.clock.now = new Date('2025-12-11T08:00:00+08:00');
    const report = await (await changji.as('supervisor')).officer.reviewerRatio();
    expect(report.asOf).toBe('2025-12-11');
    expect(report.configSequence).toBe(1);
    const unit = (code: string) => report.units.find((each) => each.department.code === code)!;
    // scjg: 30 officers (the two certified ones among them; one certificate is revoked) and 1 active reviewer.
    expect(unit('scjg')).toMatchObject({ officers: 30, certifiedOfficers: 1, reviewers: 1, qualifiedReviewers: 1, required: 2, shortfall: 1, meets: false });
    expect(unit('scjg').ratio).toBeCloseTo(1 / 30);
    expect(unit('scjg').rule).toMatchObject({ min: 0.05, minCount: 2, scope: 'tenant' });
    expect(unit('scjg').rule!.basis.map((basis) => basis.seed)).toContain('003');
    // cgj: 50 officers and 3 reviewers: 5% of 50 is 2.5, so 3, met.
    expect(unit('cgj')).toMatchObject({ officers: 50, reviewers: 3, required: 3, shortfall: 0, meets: true });
    // An agency with nobody yet still needs its 2 reviewers under seed 003.
    expect(unit('nyncj')).toMatchObject({ officers: 0, reviewers: 0, ratio: null, required: 2, meets: false });
    expect(report.units.map((each) => each.department.code)).not.toContain('scjg-fzg');
    expect(report.tenant).toMatchObject({ officers: 80, reviewers: 4, required: 4, meets: true, unitsFailing: 3 });
  });

  it('applies Shaoyang its own rule, 5% without a minimum count', async () => {
    const report = await (await shaoyang.as('supervisor')).officer.reviewerRatio();
    const market = report.units.find((each) => each.department.code === 'scjg')!;
    expect(market).toMatchObject({ officers: 2, reviewers: 1, required: 1, meets: true });
    expect(market.rule).toMatchObject({ min: 0.05, minCount: null });
  });

  it('is for the bureau and admins, not for officers or vendors', async () => {
    expect((await (await changji.as('admin')).officer.reviewerRatio()).units.length).toBeGreaterThan(0);
    for (const username of ['officer', 'vendor', 'reviewer'] as const) {
      expect((await refusalOf((await changji.as(username)).officer.reviewerRatio())).code).toBe('FORBIDDEN');
    }
  });
});

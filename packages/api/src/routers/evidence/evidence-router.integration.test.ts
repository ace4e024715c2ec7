import { defineAbilityFor } from '@sanxiang/authz';
import { scopeToTenant } from '@sanxiang/db';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import { createCase, createCaseEngines, recordEvidence, type WorkflowContext } from '@sanxiang/workflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, seedFixtureTenant, type FixtureTenant } from '../../test-fixtures.ts';

// Reading evidence records through tRPC: per case with corrections linked, and per enforcement object across cases.
let database: TestDatabase;
let alpha: FixtureTenant;
let beta: FixtureTenant;
let secondCaseId: string;
const ids: Record<'first' | 'correction' | 'elsewhere' | 'beta', string> = { first: '', correction: '', elsewhere: '', beta: '' };

const file = (seed: string) => ({ key: seed.repeat(64).slice(0, 64), sha256: seed.repeat(64).slice(0, 64), size: 1234, mediaType: 'image/jpeg' });

async function officerContext(tenant: FixtureTenant): Promise<WorkflowContext> {
  const user = await database.prisma.user.findUniqueOrThrow({ where: { id: tenant.users.officer } });
  return {
    db: scopeToTenant(database.prisma, tenant.id), ability: defineAbilityFor(user), actor: { id: user.id },
    engines: createCaseEngines({ calendarFor: () => { throw new Error('no calendar needed'); } }), now: () => new Date('2025-09-03T09:00:00+08:00'),
  };
}

beforeAll(async () => {
  database = await openTestDatabase();
  alpha = await seedFixtureTenant(database, 'alpha');
  beta = await seedFixtureTenant(database, 'beta');
  const db = scopeToTenant(database.prisma, alpha.id);
  const market = (await db.case.findFirstOrThrow({ where: { id: alpha.caseId } })).departmentId;
  secondCaseId = (await createCase(db, {
    departmentId: market, number: 'alpha-003', title: '同一对象的第二案', type: 'PENALTY', procedure: 'GENERAL', actDate: new Date('2025-10-01'),
    parties: [{ kind: 'ORGANISATION', name: 'alpha 某公司' }], officers: [{ userId: alpha.users.officer, lead: true }], createdById: alpha.users.officer,
  })).id;
  const context = await officerContext(alpha);
  const base = { kind: 'PHOTO' as const, fileName: 'a.jpg', deviceId: 'D1', certificateNumber: 'C1', startedAt: new Date('2025-09-02T02:00:00Z'), endedAt: new Date('2025-09-02T03:00:00Z'), place: '门店', objectKey: '91430500MA4L000001' };
  ids.first = (await recordEvidence(context, { ...base, caseId: alpha.caseId, file: file('a') })).id;
  ids.correction = (await recordEvidence(context, { ...base, caseId: alpha.caseId, file: file('b'), correctsId: ids.first })).id;
  ids.elsewhere = (await recordEvidence(context, { ...base, caseId: secondCaseId, file: file('c'), startedAt: new Date('2025-10-02T02:00:00Z') })).id;
  ids.beta = (await recordEvidence(await officerContext(beta), { ...base, caseId: beta.caseId, file: file('d') })).id;
});

afterAll(async () => database?.close());

describe(`evidence.forCase on ${testDatabaseKind()}`, () => {
  it("lists a case's records with each correction linked both ways, and never the storage key", async () => {
    const records = await (await callerFor(database, 'alpha', 'officer')).evidence.forCase({ caseId: alpha.caseId });
    expect(records.map((record) => [record.id, record.correctsId, record.correctedById])).toEqual([
      [ids.first, null, ids.correction],
      [ids.correction, ids.first, null],
    ]);
    expect(records[0]).toMatchObject({ size: 1234, href: `/api/evidence/${ids.first}`, case: { number: 'alpha-001' } });
    expect(records[0]).not.toHaveProperty('storageKey');
  });

  it("answers NOT_FOUND for another department's or another tenant's case", async () => {
    const other = await callerFor(database, 'alpha', 'other-officer');
    await expect(other.evidence.forCase({ caseId: alpha.caseId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect((await callerFor(database, 'alpha', 'supervisor')).evidence.forCase({ caseId: beta.caseId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets the legal reviewer read the evidence of a case assigned to them, and of no other', async () => {
    const reviewer = await callerFor(database, 'alpha', 'reviewer');
    await expect(reviewer.evidence.forCase({ caseId: alpha.caseId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await scopeToTenant(database.prisma, alpha.id).legalReview.create({ data: { tenantId: alpha.id, caseId: alpha.caseId, catalogueEntries: [], reviewerId: alpha.users.reviewer } });
    expect((await reviewer.evidence.forCase({ caseId: alpha.caseId })).map((record) => record.id)).toEqual([ids.first, ids.correction]);
    expect((await reviewer.evidence.byObject({ objectKey: '91430500MA4L000001' })).map((record) => record.id)).toEqual([ids.first, ids.correction]);
  });

  it('keeps department admins and vendors away from evidence', async () => {
    for (const username of ['admin', 'vendor']) {
      await expect((await callerFor(database, 'alpha', username)).evidence.forCase({ caseId: alpha.caseId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});

describe('evidence.byObject', () => {
  it("groups one enforcement object's records across cases (seed 004), within the tenant only", async () => {
    const records = await (await callerFor(database, 'alpha', 'supervisor')).evidence.byObject({ objectKey: '91430500MA4L000001' });
    expect(records.map((record) => record.id)).toEqual([ids.first, ids.correction, ids.elsewhere]);
    expect(new Set(records.map((record) => record.caseId))).toEqual(new Set([alpha.caseId, secondCaseId]));
    expect(records.map((record) => record.id)).not.toContain(ids.beta);
  });

  it("shows an officer of another department none of them", async () => {
    expect(await (await callerFor(database, 'alpha', 'other-officer')).evidence.byObject({ objectKey: '91430500MA4L000001' })).toEqual([]);
  });
});

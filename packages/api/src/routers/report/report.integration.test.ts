import { createHash } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { verifyAuditChain } from '@sanxiang/audit';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import { createLocalBlobStore, type BlobStore } from '@sanxiang/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../../context.ts';
import { createCaller } from '../../root.ts';
import { type FixtureTenant, PASSWORD, refusalOf, seedFixtureTenant } from '../../test-fixtures.ts';

// Issue 7's annual report through createCaller: decisions and acts of 2025 in two departments of one tenant, a case of
// another tenant that must not count, the downloads read back, publication, correction and the public download.

let database: TestDatabase;
let blobDir: string;
let blobs: BlobStore;
let alpha: FixtureTenant;
let beta: FixtureTenant;
let now = new Date('2026-01-20T10:00:00+08:00');
type Caller = ReturnType<typeof createCaller>;

async function as(tenantCode: string, username: string): Promise<Caller> {
  let token: string | undefined;
  const anonymous = createCaller(await createContextInner({ database, cookies: { set: (value) => void (token = value), clear() {} } }));
  await anonymous.auth.login({ tenantCode, username, password: PASSWORD });
  return createCaller(await createContextInner({ database, sessionToken: token, blobs, now: () => now }));
}

async function decide(tenant: FixtureTenant, caseId: string, number: string, decidedAt: string, penalties: object[], extra: object = {}) {
  return database.prisma.decision.create({
    data: { tenantId: tenant.id, caseId, number, penalties: penalties as never, decidedAt: new Date(decidedAt), decidedById: tenant.users.head, ...extra },
  });
}

beforeAll(async () => {
  database = await openTestDatabase();
  blobDir = await mkdtemp(path.join(os.tmpdir(), 'sx-report-'));
  blobs = createLocalBlobStore(blobDir);
  alpha = await seedFixtureTenant(database, 'alpha');
  beta = await seedFixtureTenant(database, 'beta');
  // alpha, market regulation (scjg): one decision with a fine and a revocation, one warning, and a seizure.
  await decide(alpha, alpha.caseId, 'A-1', '2025-03-02T10:00:00+08:00', [{ kind: 'FINE', amount: 50000 }, { kind: 'LICENCE_REVOCATION' }]);
  await decide(alpha, alpha.caseId, 'A-2', '2025-12-31T23:30:00+08:00', [{ kind: 'WARNING' }]);
  await decide(alpha, alpha.caseId, 'A-old', '2024-12-31T23:30:00+08:00', [{ kind: 'FINE', amount: 999 }]);
  await database.prisma.enforcementAction.create({ data: { tenantId: alpha.id, caseId: alpha.caseId, type: 'SEIZURE', stage: 'INVESTIGATION', startedAt: new Date('2025-04-01T09:00:00+08:00'), createdById: alpha.users.officer } });
  // alpha, ecology (sthj): one fine.
  await decide(alpha, alpha.otherDepartmentCaseId, 'A-3', '2025-07-01T10:00:00+08:00', [{ kind: 'FINE', amount: 1234.5 }]);
  // beta: must never appear in alpha's report.
  await decide(beta, beta.caseId, 'B-1', '2025-05-01T10:00:00+08:00', [{ kind: 'DETENTION' }]);
});

afterAll(async () => {
  await database?.close();
  if (blobDir) await rm(blobDir, { recursive: true, force: true });
});

const rowOf = (report: { tables: { rows: { key: string; total: number; byDepartment: Record<string, number> }[] }[] }, key: string) => {
  const row = report.tables.flatMap((table) => table.rows).find((candidate) => candidate.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
};

describe(`the annual report on ${testDatabaseKind()}`, () => {
  it("gives the supervisor the tenant's 2025 in six tables, each decision once under its heaviest penalty", async () => {
    const supervisor = await as('alpha', 'supervisor');
    const { report, xlsx, docx } = await supervisor.report.annual({ year: 2025 });
    expect(report.tables.map((table) => table.key)).toEqual(['LICENCE', 'PENALTY', 'COERCION', 'EXPROPRIATION', 'REQUISITION', 'INSPECTION']);
    expect(rowOf(report, 'penalty.decisions').total).toBe(3);
    expect(rowOf(report, 'penalty.heaviest.LICENCE_REVOCATION').total).toBe(1);
    expect(rowOf(report, 'penalty.heaviest.DETENTION').total).toBe(0);
    expect(rowOf(report, 'penalty.fines').total).toBe(51234.5);
    expect(rowOf(report, 'coercion.seizure').total).toBe(1);
    expect(report.departments.map((department) => department.code)).toEqual(['scjg', 'sthj']);

    expect(rowOf(report, 'penalty.decisions').byDepartment).toEqual({ [report.departments[0]?.id ?? '']: 2, [report.departments[1]?.id ?? '']: 1 });
    // The files' contents are read back in packages/statistics; here: both are zip packages with honest hashes.
    for (const file of [xlsx, docx]) {
      const bytes = Buffer.from(file.base64, 'base64');
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
      expect(file.size).toBe(bytes.length);
    }
    expect(xlsx.fileName).toBe('alpha市2025年度行政执法统计年报.xlsx');
    expect(docx.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it("gives a head their own department's numbers only, and refuses officers", async () => {
    const head = await as('alpha', 'head');
    const { report } = await head.report.annual({ year: 2025 });
    expect(report.departments.map((department) => department.code)).toEqual(['scjg']);
    expect(rowOf(report, 'penalty.decisions').total).toBe(2);
    expect(rowOf(report, 'penalty.fines').total).toBe(50000);
    const officer = await as('alpha', 'officer');
    expect((await refusalOf(officer.report.annual({ year: 2025 }))).code).toBe('FORBIDDEN');
    expect((await refusalOf(head.report.publish({ year: 2025 }))).code).toBe('FORBIDDEN');
  });

  it('publishes once by 31 January, refuses a second publication without correction, and records both in the audit chain', async () => {
    const supervisor = await as('alpha', 'supervisor');
    expect((await refusalOf(supervisor.report.publish({ year: 2026 }))).code).toBe('BAD_INPUT');
    expect((await supervisor.report.status()).map((status) => [status.year, status.state])).toEqual([[2025, 'NOT_YET_DUE']]);

    const published = await supervisor.report.publish({ year: 2025 });
    expect(published.status.state).toBe('ON_TIME');
    expect(published.correctsId).toBeNull();
    expect((await refusalOf(supervisor.report.publish({ year: 2025 }))).code).toBe('CONFLICT');

    now = new Date('2026-02-10T10:00:00+08:00');
    const corrected = await supervisor.report.publish({ year: 2025, correction: true });
    expect(corrected.correctsId).toBe(published.id);
    // The first publication decides whether it went up in time; a later correction does not undo that.
    expect(corrected.status.state).toBe('ON_TIME');
    expect((await supervisor.report.status())[0]).toMatchObject({ year: 2025, state: 'ON_TIME' });

    const events = await database.prisma.auditEvent.findMany({ where: { tenantId: alpha.id, entity: 'AnnualReport' }, orderBy: { seq: 'asc' } });
    expect(events.map((event) => event.action)).toEqual(['report.publish', 'report.correct']);
    expect((await verifyAuditChain(database.prisma, alpha.id)).ok).toBe(true);
  });

  it('serves the published files to the public, checked against their recorded hash', async () => {
    const anonymous = createCaller(await createContextInner({ database, blobs }));
    const docx = await anonymous.report.portalFile({ tenantCode: 'alpha', year: 2025, format: 'docx' });
    const row = await database.prisma.annualReport.findFirstOrThrow({ where: { tenantId: alpha.id, year: 2025 }, orderBy: { publishedAt: 'desc' } });
    expect(docx.sha256).toBe(row.docxSha256);
    expect((await refusalOf(anonymous.report.portalFile({ tenantCode: 'beta', year: 2025, format: 'docx' }))).code).toBe('NOT_FOUND');

    // A file changed on disk is reported, never served.
    const file = path.join(blobDir, alpha.id, row.xlsxStorageKey.slice(0, 2), row.xlsxStorageKey);
    await chmod(file, 0o644);
    await writeFile(file, 'tampered');
    const tampered = await refusalOf(anonymous.report.portalFile({ tenantCode: 'alpha', year: 2025, format: 'xlsx' }));
    expect(tampered.code).toBe('INTERNAL');
    expect(tampered.text.en).toContain('SHA-256');
  });

  it('shows another tenant an overdue report when nothing went up by 31 January', async () => {
    const supervisor = await as('beta', 'supervisor');
    expect((await supervisor.report.status())[0]).toMatchObject({ year: 2025, state: 'OVERDUE', due: '2026-01-31' });
  });
});

import { defineAbilityFor } from '@sanxiang/authz';
import { Prisma, scopeToTenant } from '@sanxiang/db';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import { AppError } from '@sanxiang/errors';
import { createCaseEngines, recordEvidence, type EvidenceInput, type WorkflowContext } from '@sanxiang/workflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixtureTenant, type FixtureTenant } from '../../test-fixtures.ts';

// Two corrections of one evidence record must never both be stored: the chain of corrections would fork and nobody
// could say which record is current. The database's unique index on correctsId is the judge, so these tests run on
// PGlite and, with TEST_DATABASE_URL, on PostgreSQL, where the two transactions really overlap.
let database: TestDatabase;
let alpha: FixtureTenant;
let context: WorkflowContext;

const file = (seed: string) => ({ key: seed.repeat(64).slice(0, 64), sha256: seed.repeat(64).slice(0, 64), size: 99, mediaType: 'image/jpeg' });

function evidence(seed: string, correctsId?: string): EvidenceInput {
  return {
    caseId: alpha.caseId, kind: 'PHOTO', fileName: `${seed}.jpg`, file: file(seed), deviceId: 'D1', certificateNumber: 'C1',
    startedAt: new Date('2025-09-02T02:00:00Z'), endedAt: new Date('2025-09-02T03:00:00Z'), place: '门店', correctsId,
  };
}

async function corrections(of: string) {
  return database.prisma.evidenceRecord.findMany({ where: { correctsId: of }, select: { id: true } });
}

function conflictOf(result: PromiseSettledResult<unknown> | undefined): AppError {
  expect(result?.status).toBe('rejected');
  const reason = (result as PromiseRejectedResult).reason;
  expect(reason).toBeInstanceOf(AppError);
  expect(reason).toMatchObject({ code: 'CONFLICT' });
  return reason as AppError;
}

beforeAll(async () => {
  database = await openTestDatabase();
  alpha = await seedFixtureTenant(database, 'alpha');
  const user = await database.prisma.user.findUniqueOrThrow({ where: { id: alpha.users.officer } });
  context = {
    db: scopeToTenant(database.prisma, alpha.id), ability: defineAbilityFor(user), actor: { id: user.id },
    engines: createCaseEngines({ calendarFor: () => { throw new Error('no calendar needed'); } }), now: () => new Date('2025-09-03T09:00:00+08:00'),
  };
});

afterAll(async () => database?.close());

describe(`corrections of one evidence record on ${testDatabaseKind()}`, () => {
  it('stores exactly one of two simultaneous corrections and answers the other CONFLICT naming the one stored', async () => {
    const original = await recordEvidence(context, evidence('a'));
    const auditsBefore = await database.prisma.auditEvent.count({ where: { action: 'evidence.record' } });

    const results = await Promise.allSettled([recordEvidence(context, evidence('b', original.id)), recordEvidence(context, evidence('c', original.id))]);

    const stored = results.filter((result) => result.status === 'fulfilled');
    expect(stored).toHaveLength(1);
    const winner = (stored[0] as PromiseFulfilledResult<{ id: string }>).value.id;
    expect(await corrections(original.id)).toEqual([{ id: winner }]);
    const conflict = conflictOf(results.find((result) => result.status === 'rejected'));
    expect(conflict.details).toMatchObject({ field: 'correctsId', correctsId: original.id, correctedBy: winner, latest: winner });
    expect(conflict.text.zh).toContain(winner);
    expect(conflict.text.en).toContain(winner);
    // The loser left nothing behind: its audit event went with its rolled-back transaction.
    expect(await database.prisma.auditEvent.count({ where: { action: 'evidence.record' } })).toBe(auditsBefore + 1);
  });

  it('refuses a late correction of a corrected record and points to the newest record of the chain', async () => {
    const original = await recordEvidence(context, evidence('d'));
    const first = await recordEvidence(context, evidence('e', original.id));
    const second = await recordEvidence(context, evidence('f', first.id));
    const [late] = await Promise.allSettled([recordEvidence(context, evidence('g', original.id))]);
    expect(conflictOf(late).details).toMatchObject({ correctedBy: first.id, latest: second.id });
    expect(await corrections(original.id)).toEqual([{ id: first.id }]);
  });

  it('is refused by the database itself when no check runs before the insert', async () => {
    const original = await recordEvidence(context, evidence('h'));
    await recordEvidence(context, evidence('i', original.id));
    const { id: _id, createdAt: _createdAt, ...copy } = await database.prisma.evidenceRecord.findFirstOrThrow({ where: { correctsId: original.id } });
    const direct = database.prisma.evidenceRecord.create({ data: { ...copy, sha256: 'f'.repeat(64) } });
    await expect(direct).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    await expect(direct).rejects.toMatchObject({ code: 'P2002' });
    expect(await corrections(original.id)).toHaveLength(1);
  });

  // Deterministic on PostgreSQL: a correction is held uncommitted while recordEvidence passes its own check and then
  // waits on the unique index; once the first commits, the second fails on the index (P2002), which must come back
  // as the same CONFLICT naming the record that won. PGlite runs one transaction at a time, so this cannot overlap there.
  it.skipIf(testDatabaseKind() === 'pglite')('maps the unique violation of a transaction that waited on the index to CONFLICT naming the winner', async () => {
    const original = await recordEvidence(context, evidence('j'));
    const { id: _id, createdAt: _createdAt, ...copy } = await database.prisma.evidenceRecord.findFirstOrThrow({ where: { id: original.id } });
    let release!: () => void;
    const released = new Promise<void>((resolve) => { release = resolve; });
    let held = '';
    const holder = database.prisma.$transaction(async (tx) => {
      held = (await tx.evidenceRecord.create({ data: { ...copy, correctsId: original.id, sha256: 'e'.repeat(64) } })).id;
      await released;
    }, { timeout: 60_000 });
    while (!held) await new Promise((resolve) => setImmediate(resolve));

    const waiting = Promise.allSettled([recordEvidence(context, evidence('k', original.id))]);
    // Wait (by condition, not by time) until the second insert is blocked on the first one's uncommitted key.
    for (;;) {
      const [row] = await database.prisma.$queryRaw<Array<{ blocked: number }>>`
        select count(*)::int as blocked from pg_locks where not granted and locktype = 'transactionid'`;
      if ((row?.blocked ?? 0) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    release();
    await holder;

    const [result] = await waiting;
    const conflict = conflictOf(result);
    expect(conflict.details).toMatchObject({ correctedBy: held, latest: held });
    expect(conflict.cause).toMatchObject({ code: 'P2002' });
    expect(await corrections(original.id)).toEqual([{ id: held }]);
  });
});

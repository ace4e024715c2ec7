import type { DisclosurePush, Prisma, PrismaClient } from '@sanxiang/db';
import type { NewPush, PushRecord, PushStore, PushUpdate } from './push-store.ts';

function recordOf(row: DisclosurePush): PushRecord {
  return {
    id: row.id,
    tenantId: row.tenantId,
    disclosureId: row.disclosureId,
    kind: row.kind,
    idempotencyKey: row.idempotencyKey,
    payload: row.payload,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastError: row.lastError,
    lastStatus: row.lastStatus,
    sentAt: row.sentAt,
    createdAt: row.createdAt,
    version: row.version,
  };
}

// Postgres text columns hold any length, but a receiver's error page can be large; keep what explains the failure.
const ERROR_LIMIT = 2000;

/**
 * The outbox in the database (DisclosurePush). The sender sweeps every tenant, so it takes the unscoped client;
 * the tenant-facing calls (dead letters, re-send) name the tenant in every `where`.
 */
export function prismaPushStore(prisma: PrismaClient): PushStore {
  const table = prisma.disclosurePush;
  return {
    async enqueue(push: NewPush, now: Date) {
      const row = await table.upsert({
        where: { tenantId_idempotencyKey: { tenantId: push.tenantId, idempotencyKey: push.idempotencyKey } },
        create: { ...push, payload: push.payload as Prisma.InputJsonValue, status: 'PENDING', nextAttemptAt: now },
        update: {},
      });
      return recordOf(row);
    },

    async claimDue(now: Date, leaseUntil: Date, limit: number) {
      const due = await table.findMany({
        where: { status: 'PENDING', nextAttemptAt: { lte: now } },
        orderBy: [{ nextAttemptAt: 'asc' }, { createdAt: 'asc' }],
        take: limit,
      });
      const claimed: PushRecord[] = [];
      // A conditional update per row: of two drainers racing for a row, exactly one sees count 1.
      for (const row of due) {
        const { count } = await table.updateMany({
          where: { id: row.id, version: row.version, status: 'PENDING' },
          data: { attempts: { increment: 1 }, nextAttemptAt: leaseUntil, version: { increment: 1 } },
        });
        if (count === 1) claimed.push({ ...recordOf(row), attempts: row.attempts + 1, nextAttemptAt: leaseUntil, version: row.version + 1 });
      }
      return claimed;
    },

    async earlierUnsent(push: PushRecord) {
      const row = await table.findFirst({
        where: {
          tenantId: push.tenantId,
          disclosureId: push.disclosureId,
          id: { not: push.id },
          status: { not: 'SENT' },
          // Queued before it, or in the same instant as a publication it withdraws.
          OR: [{ createdAt: { lt: push.createdAt } }, ...(push.kind === 'WITHDRAW' ? [{ createdAt: push.createdAt, kind: 'PUBLISH' as const }] : [])],
        },
        orderBy: { createdAt: 'asc' },
      });
      return row ? recordOf(row) : null;
    },

    async record(push: PushRecord, update: PushUpdate) {
      const { count } = await table.updateMany({
        where: { id: push.id, version: push.version },
        data: { ...update, lastError: update.lastError?.slice(0, ERROR_LIMIT) ?? null, version: { increment: 1 } },
      });
      return count === 1;
    },

    async deadLetters(tenantId: string, limit: number) {
      const rows = await table.findMany({ where: { tenantId, status: 'DEAD' }, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], take: limit });
      return rows.map(recordOf);
    },

    async resend(tenantId: string, id: string, now: Date) {
      const { count } = await table.updateMany({
        where: { id, tenantId, status: 'DEAD' },
        data: { status: 'PENDING', attempts: 0, nextAttemptAt: now, version: { increment: 1 } },
      });
      if (count !== 1) return null;
      const row = await table.findFirst({ where: { id, tenantId } });
      return row ? recordOf(row) : null;
    },
  };
}

import { accessibleBy } from '@sanxiang/authz';
import type { Prisma, TenantScopedClient } from '@sanxiang/db';
import { loadCaseRecord } from '@sanxiang/workflow';
import { z } from 'zod';
import { createTRPCRouter, tenantProcedure } from '../../trpc.ts';

const ZEvidenceRecord = z.object({
  id: z.string(),
  caseId: z.string(),
  case: z.object({ number: z.string(), title: z.string() }),
  actionId: z.string().nullable(),
  kind: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
  deviceId: z.string().nullable(),
  officerId: z.string(),
  certificateNumber: z.string().nullable(),
  startedAt: z.date().nullable(),
  endedAt: z.date().nullable(),
  place: z.string().nullable(),
  objectKey: z.string().nullable(),
  correctsId: z.string().nullable(),
  /** The record that corrects this one, if any: the newest record of a chain has none. */
  correctedById: z.string().nullable(),
  createdAt: z.date(),
  /** Where the file is downloaded (apps/server/src/upload-route.ts). */
  href: z.string(),
});

const RECORD_INCLUDE = { case: { select: { number: true, title: true } }, correctedBy: { select: { id: true } } } satisfies Prisma.EvidenceRecordInclude;
type RecordRow = Prisma.EvidenceRecordGetPayload<{ include: typeof RECORD_INCLUDE }>;

function viewOf(row: RecordRow): z.infer<typeof ZEvidenceRecord> {
  const { correctedBy, size, tenantId: _tenantId, storageKey: _storageKey, retainUntil: _retainUntil, ...rest } = row;
  return { ...rest, size: Number(size), correctedById: correctedBy?.id ?? null, href: `/api/evidence/${row.id}` };
}

async function readableRecords(db: TenantScopedClient, ability: Parameters<typeof accessibleBy>[0], where: Prisma.EvidenceRecordWhereInput) {
  const rows = await db.evidenceRecord.findMany({
    where: { AND: [accessibleBy(ability).ofType('EvidenceRecord'), where] },
    include: RECORD_INCLUDE,
    orderBy: [{ startedAt: 'asc' }, { createdAt: 'asc' }],
    take: 1000,
  });
  return rows.map(viewOf);
}

/** Evidence records (全过程记录): read-only here; files arrive through the streaming upload route. */
export const evidenceRouter = createTRPCRouter({
  /** Every record of a case, corrections included, each pointing to what it corrects and what corrected it. */
  forCase: tenantProcedure
    .meta({ permission: ['read', 'EvidenceRecord'] })
    .input(z.object({ caseId: z.string().min(1).max(64) }))
    .output(z.array(ZEvidenceRecord))
    .query(async ({ ctx, input }) => {
      const record = await loadCaseRecord(ctx.db, ctx.ability, input.caseId);
      return readableRecords(ctx.db, ctx.ability, { caseId: record.id });
    }),
  /** The records of one enforcement object across the cases this person may read (seed 004: stored together). */
  byObject: tenantProcedure
    .meta({ permission: ['read', 'EvidenceRecord'] })
    .input(z.object({ objectKey: z.string().min(1).max(128) }))
    .output(z.array(ZEvidenceRecord))
    .query(({ ctx, input }) => readableRecords(ctx.db, ctx.ability, { objectKey: input.objectKey })),
});

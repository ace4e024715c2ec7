import { subject } from '@sanxiang/authz';
import { appendAuditEvent } from '@sanxiang/audit';
import { Prisma, type EvidenceKind, type TenantScopedClient } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';
import { loadCaseRecord, type WorkflowContext } from './transition.ts';

/** A file already streamed to storage: its key, hash, size and the type detected from its content. */
export interface StoredFile {
  key: string;
  sha256: string;
  size: number;
  mediaType: string;
}

export interface EvidenceInput {
  caseId: string;
  /** The enforcement action it records (seizure, inspection…). */
  actionId?: string | undefined;
  kind: EvidenceKind;
  fileName: string;
  file: StoredFile;
  deviceId?: string | undefined;
  certificateNumber?: string | undefined;
  startedAt?: Date | undefined;
  endedAt?: Date | undefined;
  place?: string | undefined;
  /** The enforcement object, so records of one object group across cases (seed 004). */
  objectKey?: string | undefined;
  /** A correction is a new record pointing to the one it corrects; records are never changed. */
  correctsId?: string | undefined;
}

/**
 * Records a piece of evidence on a case, append-only, with an audit event, in one transaction.
 * A correction of a record that is already corrected is refused with CONFLICT: by the check inside the transaction,
 * or, when two corrections race past that check together, by the unique index on `correctsId` (the database decides).
 */
export async function recordEvidence(context: WorkflowContext, input: EvidenceInput) {
  try {
    return await insertEvidence(context, input);
  } catch (error) {
    // The losing transaction is rolled back by now, so the winner is committed and can be named.
    if (input.correctsId && isCorrectionTaken(error)) throw await correctionConflict(context.db, input.correctsId, error);
    throw error;
  }
}

function insertEvidence(context: WorkflowContext, input: EvidenceInput) {
  return context.db.$transaction(async (tx) => {
    const record = await loadCaseRecord(tx, context.ability, input.caseId);
    if (!context.ability.can('update', subject('Case', record))) {
      throw new AppError('FORBIDDEN', { zh: '只有承办本案的执法人员可以上传证据', en: 'only the officers of the case may add evidence' });
    }
    if (input.actionId && !record.actions.some((action) => action.id === input.actionId)) {
      throw new AppError('BAD_INPUT', { zh: '所指的执法行为不属于本案', en: 'the action named is not one of this case' }, { details: { problems: [{ pointer: '/actionId', message: 'not an action of the case' }] } });
    }
    const client = tx as unknown as TenantScopedClient;
    if (input.correctsId && !(await client.evidenceRecord.findFirst({ where: { id: input.correctsId, caseId: record.id } }))) {
      throw new AppError('BAD_INPUT', { zh: '被更正的记录不属于本案', en: 'the record corrected is not one of this case' }, { details: { problems: [{ pointer: '/correctsId', message: 'not a record of the case' }] } });
    }
    if (input.correctsId) await assertNotCorrected(client, input.correctsId);
    const created = await client.evidenceRecord.create({
      data: {
        tenantId: record.tenantId, caseId: record.id, actionId: input.actionId ?? null, kind: input.kind, fileName: input.fileName,
        mediaType: input.file.mediaType, size: BigInt(input.file.size), sha256: input.file.sha256, storageKey: input.file.key,
        deviceId: input.deviceId ?? null, officerId: context.actor.id, certificateNumber: input.certificateNumber ?? null,
        startedAt: input.startedAt ?? null, endedAt: input.endedAt ?? null, place: input.place ?? null,
        objectKey: input.objectKey ?? null, correctsId: input.correctsId ?? null,
      },
    });
    await appendAuditEvent(tx as unknown as Prisma.TransactionClient, record.tenantId, {
      actorId: context.actor.id, action: 'evidence.record', entity: 'EvidenceRecord', entityId: created.id,
      data: { caseId: record.id, actionId: input.actionId ?? null, sha256: input.file.sha256, size: input.file.size, mediaType: input.file.mediaType, correctsId: input.correctsId ?? null },
    });
    return { id: created.id, sha256: created.sha256 };
  });
}

/** Refuses a correction of a record that another record already corrects: corrections form a chain, never a fork. */
export async function assertNotCorrected(db: TenantScopedClient, correctsId: string): Promise<void> {
  const winner = await db.evidenceRecord.findFirst({ where: { correctsId }, select: { id: true } });
  if (winner) throw await correctionConflict(db, correctsId, undefined, winner.id);
}

// Postgres names the index (adapter-pg reports it); PGlite's adapter reports only the key's columns, quoted.
const CORRECTION_INDEX = 'EvidenceRecord_correctsId_key';

interface UniqueViolationCause {
  constraint?: { index?: string; fields?: string[] };
}

/** Prisma's P2002 raised by the unique index on EvidenceRecord.correctsId, and by nothing else. */
function isCorrectionTaken(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return false;
  const meta = error.meta as { modelName?: unknown; driverAdapterError?: { cause?: UniqueViolationCause } } | undefined;
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  if (constraint?.index !== undefined) return constraint.index === CORRECTION_INDEX;
  const fields = constraint?.fields?.map((field) => field.replaceAll('"', ''));
  return meta?.modelName === 'EvidenceRecord' && fields?.length === 1 && fields[0] === 'correctsId';
}

/** How many links of a chain are followed to find its newest record; a real chain is a handful of corrections. */
const CHAIN_LIMIT = 100;

/**
 * The one refusal for "already corrected": names the record that corrected it (the winner of a race, if there was
 * one) and the newest record of the chain, which is the one to correct instead.
 */
async function correctionConflict(db: TenantScopedClient, correctsId: string, cause?: unknown, knownWinner?: string): Promise<AppError> {
  const winner = knownWinner ?? (await db.evidenceRecord.findFirst({ where: { correctsId }, select: { id: true } }))?.id;
  let latest = winner;
  for (let step = 0; latest && step < CHAIN_LIMIT; step += 1) {
    const next = await db.evidenceRecord.findFirst({ where: { correctsId: latest }, select: { id: true } });
    if (!next) break;
    latest = next.id;
  }
  const details = { field: 'correctsId', correctsId, correctedBy: winner ?? null, latest: latest ?? null, problems: [{ pointer: '/correctsId', message: 'already corrected' }] };
  if (!winner) {
    // Only if the winner vanished after committing, which append-only rows cannot do; still a clear answer.
    return new AppError('CONFLICT', {
      zh: `证据记录 ${correctsId} 已被另一条记录更正，不能再次更正。请刷新后更正最新的记录。`,
      en: `Evidence record ${correctsId} has already been corrected by another record and cannot be corrected again. Reload and correct the latest record.`,
    }, { details, cause });
  }
  const newest = latest === winner ? '' : `；该更正链最新的记录是 ${latest}`;
  const newestEn = latest === winner ? '' : `; the latest record of that chain is ${latest}`;
  return new AppError('CONFLICT', {
    zh: `证据记录 ${correctsId} 已被记录 ${winner} 更正，不能再次更正${newest}。请更正最新的记录 ${latest}，本次更正未保存。`,
    en: `Evidence record ${correctsId} has already been corrected by record ${winner}, so it cannot be corrected again${newestEn}. Correct the latest record, ${latest}, instead; this correction was not stored.`,
  }, { details, cause });
}

import { subject } from '@sanxiang/authz';
import { appendAuditEvent } from '@sanxiang/audit';
import type { EvidenceKind, Prisma, TenantScopedClient } from '@sanxiang/db';
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

/** Records a piece of evidence on a case, append-only, with an audit event, in one transaction. */
export async function recordEvidence(context: WorkflowContext, input: EvidenceInput) {
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

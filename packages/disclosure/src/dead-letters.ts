/**
 * The pushes to the provincial platform that failed for good (packages/connector marks them DEAD after its last
 * attempt or on a permanent refusal), and putting one back in the queue. A re-sent push keeps its idempotency key, so a
 * platform that did receive it after all recognises the repeat.
 */
import { appendAuditEvent } from '@sanxiang/audit';
import { accessibleBy } from '@sanxiang/authz';
import { AppError } from '@sanxiang/errors';
import { auditClientOf, type DisclosureContext } from './disclosure-context.ts';

export interface DeadPush {
  id: string;
  disclosureId: string;
  kind: 'PUBLISH' | 'WITHDRAW';
  idempotencyKey: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  failedAt: Date;
  version: number;
}

/** The tenant's dead letters, newest first. */
export async function listDeadPushes(context: DisclosureContext, limit = 100): Promise<DeadPush[]> {
  const rows = await context.db.disclosurePush.findMany({
    where: { AND: [accessibleBy(context.ability).ofType('DisclosurePush'), { status: 'DEAD' }] },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: Math.min(Math.max(1, limit), 500),
  });
  return rows.map((row) => ({
    id: row.id, disclosureId: row.disclosureId, kind: row.kind, idempotencyKey: row.idempotencyKey, attempts: row.attempts,
    lastStatus: row.lastStatus, lastError: row.lastError, failedAt: row.updatedAt, version: row.version,
  }));
}

/** Puts a dead letter back in the queue, due now, with a fresh attempt budget; an audit event records who did it. */
export async function resendDeadPush(context: DisclosureContext, input: { id: string; expectedVersion: number }): Promise<{ id: string; version: number }> {
  return context.db.$transaction(async (tx) => {
    const row = await tx.disclosurePush.findFirst({ where: { AND: [accessibleBy(context.ability, 'update').ofType('DisclosurePush'), { id: input.id }] } });
    if (!row) {
      throw new AppError('NOT_FOUND', { zh: `没有找到推送记录 ${input.id}`, en: `Push ${input.id} was not found` });
    }
    if (row.status !== 'DEAD' || row.version !== input.expectedVersion) {
      throw new AppError(
        'CONFLICT',
        {
          zh: `推送记录 ${input.id} 已变更（当前状态 ${row.status}，版本 ${row.version}），请刷新后再试`,
          en: `Push ${input.id} has changed (now ${row.status}, version ${row.version}); reload and try again`,
        },
        { details: { currentVersion: row.version, status: row.status } },
      );
    }
    const updated = await tx.disclosurePush.update({
      where: { id: row.id },
      data: { status: 'PENDING', attempts: 0, nextAttemptAt: context.now(), version: { increment: 1 } },
    });
    await appendAuditEvent(auditClientOf(tx), row.tenantId, {
      actorId: context.actor.id, action: 'disclosure.push.resend', entity: 'DisclosurePush', entityId: row.id,
      data: { disclosureId: row.disclosureId, kind: row.kind, idempotencyKey: row.idempotencyKey, lastStatus: row.lastStatus },
    });
    return { id: updated.id, version: updated.version };
  });
}

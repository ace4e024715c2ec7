import { canonicalJson, sha256Hex } from '@sanxiang/canonical';
import type { Prisma, PrismaClient } from '@sanxiang/db';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEventInput {
  actorId?: string | null;
  /** What happened, e.g. `config.publish`, `case.transition`. */
  action: string;
  entity: string;
  entityId?: string | null;
  data?: unknown;
}

/** Everything the hash covers. The row's columns repeat some of it so it can be queried; verify checks they agree. */
interface ChainedEvent extends AuditEventInput {
  tenantId: string;
  seq: number;
  prevHash: string;
  at: string;
}

type Tx = Prisma.TransactionClient;

/**
 * Appends one event to the tenant's chain, inside the caller's transaction, so the event commits or rolls back
 * with the change it records. A transaction-scoped advisory lock per tenant serialises appends, so two writers
 * never take the same sequence number and the chain never forks.
 */
export async function appendAuditEvent(tx: Tx, tenantId: string, input: AuditEventInput): Promise<{ seq: number; hash: string }> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`audit:${tenantId}`}, 0))`;
  const head = await tx.auditHead.findUnique({ where: { tenantId } });
  const event: ChainedEvent = {
    tenantId,
    seq: (head?.seq ?? 0) + 1,
    prevHash: head?.hash ?? GENESIS_HASH,
    at: new Date().toISOString(),
    actorId: input.actorId ?? null,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId ?? null,
    data: input.data ?? null,
  };
  const canonical = canonicalJson(event);
  const hash = sha256Hex(canonical);
  await tx.auditEvent.create({
    data: {
      tenantId,
      seq: event.seq,
      prevHash: event.prevHash,
      hash,
      canonical,
      actorId: event.actorId ?? null,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId ?? null,
      at: new Date(event.at),
    },
  });
  await tx.auditHead.upsert({
    where: { tenantId },
    create: { tenantId, seq: event.seq, hash },
    update: { seq: event.seq, hash },
  });
  return { seq: event.seq, hash };
}

export type AuditVerification =
  | { ok: true; events: number; headHash: string }
  | { ok: false; events: number; firstBadSeq: number; reason: string };

/**
 * Walks the tenant's chain from the first event and names the first sequence number that does not hold:
 * an edited event (its hash no longer matches its canonical form, or its columns disagree with it), a deleted
 * or inserted one (a gap or a broken link), a reordered one (links out of order), or a missing tail (the head
 * says there should be more).
 */
export async function verifyAuditChain(prisma: PrismaClient, tenantId: string): Promise<AuditVerification> {
  const rows = await prisma.auditEvent.findMany({ where: { tenantId }, orderBy: { seq: 'asc' } });
  const head = await prisma.auditHead.findUnique({ where: { tenantId } });
  let prevHash = GENESIS_HASH;
  const bad = (seq: number, reason: string): AuditVerification => ({ ok: false, events: rows.length, firstBadSeq: seq, reason });
  for (const [index, row] of rows.entries()) {
    const expectedSeq = index + 1;
    if (row.seq !== expectedSeq) return bad(expectedSeq, `expected sequence ${expectedSeq}, found ${row.seq} (an event was deleted or inserted)`);
    if (row.prevHash !== prevHash) return bad(row.seq, 'the link to the previous event is broken (an event was changed, inserted or reordered)');
    if (sha256Hex(row.canonical) !== row.hash) return bad(row.seq, 'the hash does not match the recorded event (the event was changed)');
    let event: ChainedEvent;
    try {
      event = JSON.parse(row.canonical) as ChainedEvent;
    } catch {
      return bad(row.seq, 'the recorded event is not JSON');
    }
    const columnsAgree =
      event.tenantId === tenantId &&
      event.seq === row.seq &&
      event.prevHash === row.prevHash &&
      event.action === row.action &&
      event.entity === row.entity &&
      (event.entityId ?? null) === row.entityId &&
      (event.actorId ?? null) === row.actorId &&
      event.at === row.at.toISOString();
    if (!columnsAgree) return bad(row.seq, "the row's columns disagree with the recorded event (the row was changed)");
    prevHash = row.hash;
  }
  const lastSeq = rows.length;
  const headSeq = head?.seq ?? 0;
  if (headSeq !== lastSeq || (head?.hash ?? GENESIS_HASH) !== prevHash) {
    // Past the head, the first event it never recorded is the bad one; otherwise the table lost its tail (the first
    // missing number) or its last event is not the one the head recorded.
    const appended = headSeq < lastSeq && rows[headSeq - 1]?.hash === head?.hash;
    const firstBadSeq = appended || !head ? headSeq + 1 : Math.min(lastSeq + 1, headSeq);
    return bad(firstBadSeq, `the chain head records sequence ${headSeq}, the table ends at ${lastSeq} (events at the end were ${headSeq < lastSeq ? 'added without the head' : 'deleted or rewritten'})`);
  }
  return { ok: true, events: rows.length, headHash: prevHash };
}

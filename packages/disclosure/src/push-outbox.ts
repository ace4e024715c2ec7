/**
 * The outbox of the provincial push: each publication or withdrawal writes its message in its own transaction, and
 * packages/connector sends the rows (retries with back-off, dead letters). The idempotency key names the event, not
 * the attempt, so a receiver that sees it twice keeps one.
 */
import type { DisclosurePushKind, Prisma } from '@sanxiang/db';
import { scopedClientOf, type ScopedTx } from './disclosure-context.ts';

export interface PushMessage {
  tenantId: string;
  disclosureId: string;
  kind: DisclosurePushKind;
  payload: Prisma.InputJsonObject;
  at: Date;
}

/** `PUBLISH:<disclosure id>` or `WITHDRAW:<disclosure id>`: a disclosure is published once and withdrawn once. */
export function pushIdempotencyKey(kind: DisclosurePushKind, disclosureId: string): string {
  return `${kind}:${disclosureId}`;
}

/** Queues the message; a second call for the same event is a no-op (ON CONFLICT DO NOTHING keeps the transaction usable). */
export async function enqueuePush(tx: ScopedTx, message: PushMessage): Promise<void> {
  await scopedClientOf(tx).disclosurePush.createMany({
    data: [{
      tenantId: message.tenantId,
      disclosureId: message.disclosureId,
      kind: message.kind,
      idempotencyKey: pushIdempotencyKey(message.kind, message.disclosureId),
      payload: message.payload,
      status: 'PENDING',
      nextAttemptAt: message.at,
    }],
    skipDuplicates: true,
  });
}

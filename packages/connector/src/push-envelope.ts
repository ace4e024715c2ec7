import { canonicalJson } from '@sanxiang/canonical';
import type { PushKind } from './push-store.ts';

/**
 * What a tenant's provincial platform receives (README.md documents it; schemas/disclosure-push.schema.json states it).
 * Seed 001 asks cities to hook up to the provincial disclosure platform (task rows 1 and 16; 二、（四）: 执法决定实时推送),
 * and 行政处罚法 第四十八条第二款 requires a withdrawal within 3 days once a published decision is changed or revoked,
 * so both events travel.
 *
 * The event itself is written by packages/disclosure into the outbox row, in the same transaction as the publication
 * or withdrawal (publication.ts, withdrawal.ts). The connector wraps it in this envelope at send time, from columns of
 * the row that never change, so every retry sends, and signs, the same bytes.
 */
export const PUSH_SCHEMA_VERSION = '1';

export interface PushEnvelope {
  schemaVersion: typeof PUSH_SCHEMA_VERSION;
  kind: PushKind;
  /** The same value as the Idempotency-Key header, so a receiver that keeps bodies can deduplicate from them alone. */
  idempotencyKey: string;
  tenant: { id: string; code: string | null };
  disclosureId: string;
  /** When the event was queued: the publication or withdrawal committed at this instant. */
  queuedAt: string;
  event: unknown;
}

export interface EnvelopeSource {
  tenantId: string;
  disclosureId: string;
  kind: PushKind;
  idempotencyKey: string;
  payload: unknown;
  createdAt: Date;
}

export function pushEnvelope(row: EnvelopeSource, tenantCode: string | null): PushEnvelope {
  return {
    schemaVersion: PUSH_SCHEMA_VERSION,
    kind: row.kind,
    idempotencyKey: row.idempotencyKey,
    tenant: { id: row.tenantId, code: tenantCode },
    disclosureId: row.disclosureId,
    queuedAt: row.createdAt.toISOString(),
    event: row.payload,
  };
}

/** The exact bytes sent and signed: canonical JSON, so the same envelope always gives the same body and signature. */
export function pushBody(envelope: unknown): string {
  return canonicalJson(envelope);
}

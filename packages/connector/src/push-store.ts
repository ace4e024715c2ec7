/** A publication, or its withdrawal (the DisclosurePushKind enum). */
export type PushKind = 'PUBLISH' | 'WITHDRAW';

export type PushStatus = 'PENDING' | 'SENT' | 'DEAD';

/** One row of the outbox (the DisclosurePush model in packages/db/prisma/schema.prisma). */
export interface PushRecord {
  id: string;
  tenantId: string;
  disclosureId: string;
  kind: PushKind;
  idempotencyKey: string;
  payload: unknown;
  status: PushStatus;
  /** Attempts started; a claim counts one, so a push that crashes its sender still runs out of attempts. */
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  lastStatus: number | null;
  sentAt: Date | null;
  createdAt: Date;
  version: number;
}

export interface NewPush {
  tenantId: string;
  disclosureId: string;
  kind: PushKind;
  idempotencyKey: string;
  payload: unknown;
}

export interface PushUpdate {
  status: PushStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  lastStatus: number | null;
  sentAt: Date | null;
}

/**
 * Where pushes wait. The Prisma store keeps them in the database (an outbox written in the same transaction as the
 * publication); the in-memory store serves tests. Every write is conditional on `version`, so two drainers
 * never both record an outcome for the same attempt.
 */
export interface PushStore {
  /** Adds a push; an existing push with the same tenant and idempotency key is returned unchanged instead. */
  enqueue(push: NewPush, now: Date): Promise<PushRecord>;
  /**
   * Takes up to `limit` PENDING pushes due at `now`, oldest first, counts an attempt on each and moves their
   * `nextAttemptAt` to `leaseUntil`, so another drainer leaves them alone while they are in flight.
   */
  claimDue(now: Date, leaseUntil: Date, limit: number): Promise<PushRecord[]>;
  /** The oldest push of the same disclosure, created before this one, that is not SENT; null when there is none. */
  earlierUnsent(push: PushRecord): Promise<PushRecord | null>;
  /** Writes an outcome if the row is still at `push.version`; false when something else changed it first. */
  record(push: PushRecord, update: PushUpdate): Promise<boolean>;
  /** The tenant's DEAD pushes, newest first. */
  deadLetters(tenantId: string, limit: number): Promise<PushRecord[]>;
  /** DEAD → PENDING, due now, with a fresh attempt budget; null when the tenant has no such dead push. */
  resend(tenantId: string, id: string, now: Date): Promise<PushRecord | null>;
}

import { pushEnvelope } from './push-envelope.ts';
import { type PushEndpoint, pushOnce } from './push-sender.ts';
import type { PushRecord, PushStore } from './push-store.ts';
import { DEFAULT_RETRY_POLICY, decideAfterAttempt, type RetryPolicy } from './retry-policy.ts';

/** Where a tenant's pushes go, and the tenant code the envelope names (endpoint-settings.ts). */
export interface TenantEndpoint extends PushEndpoint {
  tenantCode?: string | null;
}

export interface DrainOptions {
  /** The tenant's endpoint and secret; null when the tenant has none configured. */
  endpointFor: (tenantId: string) => TenantEndpoint | null | Promise<TenantEndpoint | null>;
  fetch?: typeof fetch;
  timeoutMs?: number;
  policy?: RetryPolicy;
  random?: () => number;
  /** Pushes taken per drain. */
  limit?: number;
  /** Disclosures sent to at the same time; the pushes of one disclosure always go one after the other. */
  concurrency?: number;
}

export interface DrainSummary {
  claimed: number;
  sent: number;
  retrying: number;
  dead: number;
  /** Withdrawals held back until their publication is delivered. */
  deferred: number;
  /** Outcomes not written because the row changed meanwhile (another drainer, a re-send). */
  lost: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const NO_ENDPOINT = 'no provincial platform endpoint is configured for this tenant (未配置省级平台推送地址)';

/**
 * Sends what is due: claims PENDING pushes whose time has come, posts each once, and records SENT, a later
 * attempt, or DEAD. Call it on a timer; it returns when this round is done. `now` is the clock of the whole round.
 */
export async function drainPushes(store: PushStore, now: Date, options: DrainOptions): Promise<DrainSummary> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const limit = options.limit ?? 50;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  // The lease outlasts the slowest possible round, so nothing is claimed twice while still in flight.
  const leaseUntil = new Date(now.getTime() + timeoutMs * (Math.ceil(limit / concurrency) + 1));
  const claimed = await store.claimDue(now, leaseUntil, limit);
  const summary: DrainSummary = { claimed: claimed.length, sent: 0, retrying: 0, dead: 0, deferred: 0, lost: 0 };

  const byDisclosure = new Map<string, PushRecord[]>();
  for (const push of claimed) {
    const key = `${push.tenantId}/${push.disclosureId}`;
    byDisclosure.set(key, [...(byDisclosure.get(key) ?? []), push]);
  }
  const queues = [...byDisclosure.values()].map((pushes) => pushes.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()));
  const endpoints = new Map<string, Promise<TenantEndpoint | null>>();
  const endpointOf = (tenantId: string) => {
    const cached = endpoints.get(tenantId) ?? Promise.resolve(options.endpointFor(tenantId)).catch(() => null);
    endpoints.set(tenantId, cached);
    return cached;
  };

  const sendOne = async (push: PushRecord) => {
    const blocker = await store.earlierUnsent(push);
    if (blocker) {
      // A withdrawal must not overtake its publication: the receiver would withdraw something it never had.
      const retryAt = new Date(Math.max(blocker.nextAttemptAt.getTime(), now.getTime() + policy.baseDelayMs));
      const written = await store.record(push, {
        status: 'PENDING', attempts: push.attempts - 1, nextAttemptAt: retryAt, sentAt: null, lastStatus: push.lastStatus,
        lastError: `waiting for the earlier ${blocker.kind} push ${blocker.idempotencyKey} to be delivered first`,
      });
      if (written) summary.deferred += 1;
      else summary.lost += 1;
      return;
    }
    const endpoint = await endpointOf(push.tenantId);
    const outcome = endpoint
      ? await pushOnce(endpoint, { idempotencyKey: push.idempotencyKey, payload: pushEnvelope(push, endpoint.tenantCode ?? null) }, { timeoutMs, ...(options.fetch ? { fetch: options.fetch } : {}) })
      : { result: 'REJECTED' as const, status: null, error: NO_ENDPOINT };
    const decision = decideAfterAttempt(outcome, push.attempts, now, policy, options.random);
    const written = await store.record(push, {
      status: decision.status,
      attempts: push.attempts,
      nextAttemptAt: decision.status === 'PENDING' ? decision.nextAttemptAt : now,
      lastStatus: outcome.status,
      lastError: outcome.result === 'DELIVERED' ? null : outcome.error,
      sentAt: decision.status === 'SENT' ? now : null,
    });
    if (!written) summary.lost += 1;
    else if (decision.status === 'SENT') summary.sent += 1;
    else if (decision.status === 'DEAD') summary.dead += 1;
    else summary.retrying += 1;
  };

  let next = 0;
  const worker = async () => {
    while (next < queues.length) {
      const queue = queues[next++] ?? [];
      for (const push of queue) await sendOne(push);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queues.length) }, worker));
  return summary;
}

/** The tenant's dead letters: what failed for good, with the last error and status, newest first. */
export function deadLetters(store: PushStore, tenantId: string, limit = 100): Promise<PushRecord[]> {
  return store.deadLetters(tenantId, Math.min(Math.max(1, limit), 500));
}

/** Puts a dead letter back in the queue, due at once, with its idempotency key unchanged. */
export function resendDeadLetter(store: PushStore, tenantId: string, id: string, now: Date): Promise<PushRecord | null> {
  return store.resend(tenantId, id, now);
}

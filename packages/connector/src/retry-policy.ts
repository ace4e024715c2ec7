import type { PushOutcome } from './push-sender.ts';

export interface RetryPolicy {
  /** Attempts in all, the first included; after the last failed one the push is DEAD. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

// 30 s doubling to a 2 h cap over 10 attempts spans about 4½ hours: a platform down for a morning still gets
// everything, well inside the 7-working-day publication window (国办发〔2018〕118号), and a dead letter surfaces the same day.
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 10, baseDelayMs: 30_000, maxDelayMs: 2 * 60 * 60 * 1000 };

/**
 * The wait before attempt `attempt + 1`, after `attempt` failures: exponential back-off with "equal jitter" — half the
 * step is fixed, half random — so a platform coming back up is not hit by every tenant's queue at the same instant,
 * and no wait collapses to zero. `random` returns [0, 1), as Math.random does; tests pass a fixed one.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  const jitter = Math.min(Math.max(random(), 0), 1);
  return Math.round(step / 2 + (step / 2) * jitter);
}

export type PushDecision =
  | { status: 'SENT' }
  | { status: 'PENDING'; nextAttemptAt: Date }
  | { status: 'DEAD' };

/** What becomes of a push after its `attempts`-th attempt ended in `outcome`. */
export function decideAfterAttempt(outcome: PushOutcome, attempts: number, now: Date, policy: RetryPolicy, random?: () => number): PushDecision {
  if (outcome.result === 'DELIVERED') return { status: 'SENT' };
  if (outcome.result === 'REJECTED' || attempts >= policy.maxAttempts) return { status: 'DEAD' };
  const wait = Math.max(backoffDelay(attempts, policy, random), Math.min(outcome.retryAfterMs ?? 0, policy.maxDelayMs));
  return { status: 'PENDING', nextAttemptAt: new Date(now.getTime() + wait) };
}

import { describe, expect, it } from 'vitest';
import { backoffDelay, decideAfterAttempt, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.ts';

const policy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 10_000 };
const now = new Date('2025-06-03T02:00:00Z');

describe('back-off', () => {
  it('doubles each time, between half the step and the whole step, and stops growing at the cap', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(attempt, policy, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(attempt, policy, () => 0.999_999))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelay(5, policy, () => 0.999_999)).toBe(10_000);
    expect(backoffDelay(60, policy, () => 0)).toBe(5000);
  });

  it('spreads retries that fail at the same moment', () => {
    const delays = new Set(Array.from({ length: 20 }, (_, index) => backoffDelay(3, policy, () => index / 20)));
    expect(delays.size).toBe(20);
  });

  it('keeps a broken random source inside the bounds', () => {
    expect(backoffDelay(2, policy, () => 7)).toBe(2000);
    expect(backoffDelay(2, policy, () => -1)).toBe(1000);
  });

  it('by default spans hours, not days, before a push is dead', () => {
    const worst = Array.from({ length: DEFAULT_RETRY_POLICY.maxAttempts - 1 }, (_, index) => backoffDelay(index + 1, DEFAULT_RETRY_POLICY, () => 0.999_999));
    const hours = worst.reduce((sum, delay) => sum + delay, 0) / 3_600_000;
    expect(hours).toBeGreaterThan(2);
    expect(hours).toBeLessThan(24);
  });
});

describe('what happens after an attempt', () => {
  it('marks a delivery SENT', () => {
    expect(decideAfterAttempt({ result: 'DELIVERED', status: 200 }, 1, now, policy)).toEqual({ status: 'SENT' });
  });

  it('schedules a retry while attempts remain, and gives up at the last', () => {
    const failure = { result: 'RETRY' as const, status: 503, error: 'HTTP 503' };
    expect(decideAfterAttempt(failure, 1, now, policy, () => 0)).toEqual({ status: 'PENDING', nextAttemptAt: new Date(now.getTime() + 500) });
    expect(decideAfterAttempt(failure, 4, now, policy, () => 0).status).toBe('PENDING');
    expect(decideAfterAttempt(failure, 5, now, policy, () => 0)).toEqual({ status: 'DEAD' });
  });

  it('waits at least as long as the receiver asks, but no longer than the cap', () => {
    const asked = decideAfterAttempt({ result: 'RETRY', status: 429, error: 'slow down', retryAfterMs: 7000 }, 1, now, policy, () => 0);
    expect(asked).toEqual({ status: 'PENDING', nextAttemptAt: new Date(now.getTime() + 7000) });
    const greedy = decideAfterAttempt({ result: 'RETRY', status: 503, error: 'later', retryAfterMs: 86_400_000 }, 1, now, policy, () => 0);
    expect(greedy).toEqual({ status: 'PENDING', nextAttemptAt: new Date(now.getTime() + 10_000) });
  });

  it('sends a refusal straight to the dead letters', () => {
    expect(decideAfterAttempt({ result: 'REJECTED', status: 422, error: 'bad field' }, 1, now, policy)).toEqual({ status: 'DEAD' });
  });
});

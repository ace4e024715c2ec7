import { randomUUID } from 'node:crypto';
import type { NewPush, PushRecord, PushStore, PushUpdate } from './push-store.ts';

/** A PushStore in a Map, with the same rules as the database one; for tests and for the CLI's dry runs. */
export class InMemoryPushStore implements PushStore {
  readonly rows = new Map<string, PushRecord>();

  async enqueue(push: NewPush, now: Date): Promise<PushRecord> {
    const existing = [...this.rows.values()].find((row) => row.tenantId === push.tenantId && row.idempotencyKey === push.idempotencyKey);
    if (existing) return { ...existing };
    const row: PushRecord = {
      id: randomUUID(), ...push, status: 'PENDING', attempts: 0, nextAttemptAt: now, lastError: null, lastStatus: null,
      sentAt: null, createdAt: now, version: 1,
    };
    this.rows.set(row.id, row);
    return { ...row };
  }

  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<PushRecord[]> {
    const due = [...this.rows.values()]
      .filter((row) => row.status === 'PENDING' && row.nextAttemptAt.getTime() <= now.getTime())
      .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime())
      .slice(0, limit);
    return due.map((row) => {
      const claimed = { ...row, attempts: row.attempts + 1, nextAttemptAt: leaseUntil, version: row.version + 1 };
      this.rows.set(row.id, claimed);
      return { ...claimed };
    });
  }

  async earlierUnsent(push: PushRecord): Promise<PushRecord | null> {
    const earlier = [...this.rows.values()]
      .filter((row) => row.tenantId === push.tenantId && row.disclosureId === push.disclosureId && row.id !== push.id
        && row.status !== 'SENT' && (row.createdAt.getTime() < push.createdAt.getTime()
          || (row.createdAt.getTime() === push.createdAt.getTime() && row.kind === 'PUBLISH' && push.kind === 'WITHDRAW')))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    return earlier[0] ? { ...earlier[0] } : null;
  }

  async record(push: PushRecord, update: PushUpdate): Promise<boolean> {
    const row = this.rows.get(push.id);
    if (!row || row.version !== push.version) return false;
    this.rows.set(push.id, { ...row, ...update, version: row.version + 1 });
    return true;
  }

  async deadLetters(tenantId: string, limit: number): Promise<PushRecord[]> {
    return [...this.rows.values()]
      .filter((row) => row.tenantId === tenantId && row.status === 'DEAD')
      // A dead row's nextAttemptAt is the moment it died (drain-pushes.ts), standing in for the table's updatedAt.
      .sort((a, b) => b.nextAttemptAt.getTime() - a.nextAttemptAt.getTime())
      .slice(0, limit)
      .map((row) => ({ ...row }));
  }

  async resend(tenantId: string, id: string, now: Date): Promise<PushRecord | null> {
    const row = this.rows.get(id);
    if (!row || row.tenantId !== tenantId || row.status !== 'DEAD') return null;
    const revived = { ...row, status: 'PENDING' as const, attempts: 0, nextAttemptAt: now, version: row.version + 1 };
    this.rows.set(id, revived);
    return { ...revived };
  }
}

import type { AppAbility } from '@sanxiang/authz';
import type { Prisma, TenantScopedClient } from '@sanxiang/db';
import type { LocalText } from '@sanxiang/errors';

/** What an officer's disclosure operation needs: a tenant-confined client, what the person may do, and a clock. */
export interface DisclosureContext {
  db: TenantScopedClient;
  ability: AppAbility;
  actor: { id: string };
  now: () => Date;
}

/**
 * The tenant's working calendar, as far as disclosure needs it (packages/calendar WorkingCalendar fits): due dates
 * in working days, the first day not counted (《行政处罚法》第八十五条).
 */
export interface WorkingDays {
  addWorkingDays(from: string, days: number): { date: string; provisional: boolean };
}

/** A transaction of the tenant-scoped client: its model methods are scoped like the client's own. */
export type ScopedTx = Parameters<Parameters<TenantScopedClient['$transaction']>[0]>[0];

/**
 * The scoped transaction as the scoped client type, for functions that run either inside a caller's transaction or on
 * their own; the extension scopes both the same way (packages/db tenant-scope.ts). Same cast the workflow package makes.
 */
export function scopedClientOf(tx: ScopedTx | TenantScopedClient): TenantScopedClient {
  return tx as unknown as TenantScopedClient;
}

/** The audit chain wants Prisma's own transaction type; the extended one carries the same methods. */
export function auditClientOf(tx: ScopedTx | TenantScopedClient): Prisma.TransactionClient {
  return tx as unknown as Prisma.TransactionClient;
}

export const DISCLOSURE: LocalText = { zh: '公示事项', en: 'Disclosure' };

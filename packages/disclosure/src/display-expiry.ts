/**
 * The end of the display period (公示期限): the entry leaves the portal, the record stays (status EXPIRED, payload
 * kept). The portal also hides an entry whose last day has passed by itself, so a late run of this job never keeps
 * one up; the job makes the status say so and leaves an audit event per tenant.
 */
import { appendAuditEvent } from '@sanxiang/audit';
import { scopeToTenant, type PrismaClient } from '@sanxiang/db';
import { beijingDay, dayColumn } from './beijing-day.ts';
import { auditClientOf } from './disclosure-context.ts';

export interface ExpiryReport {
  expired: number;
  tenants: number;
}

/** Marks EXPIRED every published disclosure whose last day of display is before today (Beijing). */
export async function expireDisplayed(prisma: PrismaClient, now: Date): Promise<ExpiryReport> {
  const today = dayColumn(beijingDay(now));
  const due = await prisma.disclosure.groupBy({ by: ['tenantId'], where: { status: 'PUBLISHED', displayUntil: { lt: today } }, _count: { _all: true } });
  let expired = 0;
  for (const { tenantId } of due) {
    const db = scopeToTenant(prisma, tenantId);
    expired += await db.$transaction(async (tx) => {
      const rows = await tx.disclosure.findMany({ where: { status: 'PUBLISHED', displayUntil: { lt: today } }, select: { id: true } });
      const ids = rows.map((row) => row.id);
      const updated = await tx.disclosure.updateMany({ where: { id: { in: ids }, status: 'PUBLISHED' }, data: { status: 'EXPIRED', version: { increment: 1 } } });
      await appendAuditEvent(auditClientOf(tx), tenantId, {
        actorId: null, action: 'disclosure.expire', entity: 'Disclosure', data: { count: updated.count, ids, on: beijingDay(now) },
      });
      return updated.count;
    });
  }
  return { expired, tenants: due.length };
}

/**
 * Scheduling: the disclosures a decision creates, one per item the engine's `disclosure` answer lists, each with the
 * due date the engine counted on the tenant calendar (7 or 20 working days by 国办发〔2018〕118号, or the tenant's own
 * rule), its channels, fields and display period. An item the engine excludes (a minor, secrets, privacy) is kept as
 * NOT_PUBLISHED with its reason, so the judicial bureau sees why a decision never went up. Runs inside the decision's
 * own transaction; scheduling the same decision and item twice does nothing.
 */
import { appendAuditEvent } from '@sanxiang/audit';
import type { Prisma } from '@sanxiang/db';
import type { LocalText } from '@sanxiang/errors';
import { dayColumn } from './beijing-day.ts';
import { auditClientOf, scopedClientOf, type ScopedTx } from './disclosure-context.ts';

/** The part of the engine's DisclosureObligation scheduling reads (packages/engine evaluation.ts), due date resolved. */
export interface ScheduledObligation {
  id: string;
  name: string;
  channels: readonly string[];
  fields: readonly string[];
  due: { date: string; provisional: boolean };
  excluded: boolean;
  exclusionReasons: readonly LocalText[];
  displayMonths: number | null;
  /** The item's legal basis, as the engine cites it. */
  basis: readonly object[];
}

export interface ScheduleInput {
  tenantId: string;
  caseId: string;
  decisionId: string;
  obligations: readonly ScheduledObligation[];
  actorId: string | null;
}

export interface ScheduledDisclosure {
  id: string;
  itemKey: string;
  status: 'SCHEDULED' | 'NOT_PUBLISHED';
  dueDate: string;
}

export async function scheduleDisclosures(tx: ScopedTx, input: ScheduleInput): Promise<ScheduledDisclosure[]> {
  if (input.obligations.length === 0) return [];
  const client = scopedClientOf(tx);
  await client.disclosure.createMany({
    data: input.obligations.map((item) => ({
      tenantId: input.tenantId,
      caseId: input.caseId,
      decisionId: input.decisionId,
      itemKey: item.id,
      itemName: item.name,
      channel: item.channels[0] ?? 'GOV_WEBSITE',
      channels: [...item.channels],
      fields: [...item.fields],
      basis: item.basis as Prisma.InputJsonArray,
      dueDate: dayColumn(item.due.date),
      dueProvisional: item.due.provisional,
      displayMonths: item.displayMonths,
      status: item.excluded ? 'NOT_PUBLISHED' as const : 'SCHEDULED' as const,
      reason: item.excluded ? item.exclusionReasons.map((reason) => reason.zh).join('；') || '依法不予公开' : null,
    })),
    skipDuplicates: true,
  });
  const rows = await client.disclosure.findMany({
    where: { decisionId: input.decisionId, itemKey: { in: input.obligations.map((item) => item.id) } },
    select: { id: true, itemKey: true, status: true, dueDate: true },
    orderBy: { itemKey: 'asc' },
  });
  const scheduled = rows.map((row) => ({
    id: row.id, itemKey: row.itemKey, status: row.status === 'NOT_PUBLISHED' ? 'NOT_PUBLISHED' as const : 'SCHEDULED' as const, dueDate: row.dueDate.toISOString().slice(0, 10),
  }));
  await appendAuditEvent(auditClientOf(tx), input.tenantId, {
    actorId: input.actorId, action: 'disclosure.schedule', entity: 'Decision', entityId: input.decisionId, data: { disclosures: scheduled },
  });
  return scheduled;
}

/**
 * What the public portal (/p/<tenant>, no login) may read, in one place: published or withdrawn entries whose display
 * period has not ended, the payload of a published entry only (a withdrawn one shows its notice), and never a field
 * the tenant's redaction policy marks private, even one published before the policy said so.
 */
import { scopeToTenant, type CaseType, type Prisma, type PrismaClient, type TenantScopedClient } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';
import { beijingDay, dayColumn } from './beijing-day.ts';
import type { PublishedDecision } from './decision-summary.ts';
import { readDisclosureSettings } from './disclosure-settings.ts';

export interface Portal {
  tenant: { id: string; code: string; name: string };
  db: TenantScopedClient;
  privateFields: readonly string[];
  nameHidden: boolean;
  creditCodeHidden: boolean;
  today: string;
  /** The rows the public may see today. */
  visible: Prisma.DisclosureWhereInput;
}

const TENANT_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/u;

/** The portal of one tenant, by the code in its path; NOT_FOUND for a code that names no tenant. */
export async function openPortal(prisma: PrismaClient, tenantCode: string, now: Date): Promise<Portal> {
  const tenant = TENANT_CODE.test(tenantCode) ? await prisma.tenant.findUnique({ where: { code: tenantCode }, select: { id: true, code: true, name: true } }) : null;
  if (!tenant) throw AppError.notFound({ zh: `公示平台“${tenantCode.slice(0, 64)}”`, en: `Disclosure portal "${tenantCode.slice(0, 64)}"` });
  const db = scopeToTenant(prisma, tenant.id);
  const { redactionPolicy } = await readDisclosureSettings(db);
  const privateFields = redactionPolicy.privateFields;
  const today = beijingDay(now);
  return {
    tenant, db, privateFields, today,
    nameHidden: privateFields.some((path) => path === 'party.name'),
    creditCodeHidden: privateFields.some((path) => path === 'party.creditCode'),
    visible: {
      status: { in: ['PUBLISHED', 'WITHDRAWN'] },
      publishedAt: { not: null },
      OR: [{ displayUntil: null }, { displayUntil: { gte: dayColumn(today) } }],
    },
  };
}

export const PORTAL_SELECT = {
  id: true, status: true, itemKey: true, itemName: true, decisionNumber: true, partyName: true, creditCode: true,
  itemCode: true, caseType: true, decidedOn: true, publishedAt: true, displayUntil: true, withdrawnAt: true,
  reason: true, withdrawalBasis: true, payload: true,
} satisfies Prisma.DisclosureSelect;

export type PortalRow = Prisma.DisclosureGetPayload<{ select: typeof PORTAL_SELECT }>;

export interface PortalEntry {
  id: string;
  status: 'PUBLISHED' | 'WITHDRAWN';
  /** The disclosure-list item: 行政处罚决定信息… */
  itemName: string | null;
  decisionNumber: string | null;
  partyName: string | null;
  creditCode: string | null;
  itemCode: string | null;
  caseType: CaseType | null;
  decidedOn: string | null;
  publishedOn: string | null;
  displayUntil: string | null;
  agency: string | null;
  withdrawal: { withdrawnAt: Date; reason: string; basis: string | null } | null;
}

/** A row as the public sees it in a list. */
export function entryOf(row: PortalRow, portal: Portal): PortalEntry {
  const published = row.status === 'PUBLISHED';
  const payload = published ? payloadOf(row) : null;
  return {
    id: row.id,
    status: published ? 'PUBLISHED' : 'WITHDRAWN',
    itemName: row.itemName,
    decisionNumber: row.decisionNumber,
    partyName: published && !portal.nameHidden ? row.partyName : null,
    creditCode: published && !portal.creditCodeHidden ? row.creditCode : null,
    itemCode: row.itemCode,
    caseType: row.caseType,
    decidedOn: row.decidedOn ? beijingDay(row.decidedOn) : null,
    publishedOn: row.publishedAt ? beijingDay(row.publishedAt) : null,
    displayUntil: row.displayUntil ? beijingDay(row.displayUntil) : null,
    agency: payload && !portal.privateFields.includes('agency') && typeof payload.agency === 'string' ? payload.agency : null,
    withdrawal: !published && row.withdrawnAt ? { withdrawnAt: row.withdrawnAt, reason: row.reason ?? '', basis: row.withdrawalBasis } : null,
  };
}

/** The published payload with today's private fields removed; null for anything but a published entry. */
export function publicPayload(row: PortalRow, portal: Portal): PublishedDecision | null {
  const payload = row.status === 'PUBLISHED' ? payloadOf(row) : null;
  if (!payload) return null;
  const copy = structuredClone(payload);
  for (const path of portal.privateFields) deletePath(copy, path.split('.'));
  return copy;
}

function payloadOf(row: PortalRow): PublishedDecision | null {
  return isPublishedDecision(row.payload) ? row.payload : null;
}

function isPublishedDecision(value: unknown): value is PublishedDecision {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return typeof record.decisionNumber === 'string' && typeof record.party === 'object' && record.party !== null;
}

function deletePath(node: unknown, keys: string[]): void {
  const [head, ...rest] = keys;
  if (head === undefined || typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (rest.length === 0) delete record[head];
  else deletePath(record[head], rest);
}

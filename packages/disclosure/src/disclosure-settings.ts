/**
 * A tenant's disclosure settings: whether scheduled disclosures publish themselves when due, its redaction policy
 * (redaction-policy.ts; the default is the Zhejiang rule) and how far ahead a due date counts as soon due.
 */
import { appendAuditEvent } from '@sanxiang/audit';
import { Prisma, type TenantScopedClient } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';
import { auditClientOf, type DisclosureContext } from './disclosure-context.ts';
import { DEFAULT_REDACTION_POLICY, parseRedactionPolicy, type RedactionPolicy } from './redaction-policy.ts';

export interface DisclosureSettingsView {
  autoPublish: boolean;
  soonDueWorkingDays: number;
  redactionPolicy: RedactionPolicy;
  /** No policy of its own: the default applies. */
  defaultPolicy: boolean;
  /** 0 while nothing is stored. */
  version: number;
}

export const DEFAULT_SOON_DUE_WORKING_DAYS = 3;

export async function readDisclosureSettings(db: TenantScopedClient): Promise<DisclosureSettingsView> {
  const row = await db.disclosureSettings.findFirst();
  const stored = row?.redactionPolicy ?? null;
  return {
    autoPublish: row?.autoPublish ?? false,
    soonDueWorkingDays: row?.soonDueWorkingDays ?? DEFAULT_SOON_DUE_WORKING_DAYS,
    // Checked when written; parsing again means a policy edited in the database by hand cannot slip through.
    redactionPolicy: stored === null ? DEFAULT_REDACTION_POLICY : parseRedactionPolicy(stored),
    defaultPolicy: stored === null,
    version: row?.version ?? 0,
  };
}

export interface UpdateDisclosureSettingsInput {
  expectedVersion: number;
  autoPublish?: boolean | undefined;
  soonDueWorkingDays?: number | undefined;
  /** A redaction policy as JSON; null returns to the default. */
  redactionPolicy?: unknown;
}

export async function updateDisclosureSettings(context: DisclosureContext, input: UpdateDisclosureSettingsInput): Promise<DisclosureSettingsView> {
  const policy = input.redactionPolicy === undefined || input.redactionPolicy === null ? input.redactionPolicy : parseRedactionPolicy(input.redactionPolicy);
  if (input.soonDueWorkingDays !== undefined && (!Number.isInteger(input.soonDueWorkingDays) || input.soonDueWorkingDays < 0 || input.soonDueWorkingDays > 60)) {
    throw new AppError('BAD_INPUT', { zh: '“即将到期”的提前工作日数应为 0 至 60 的整数。', en: 'The soon-due window must be a whole number of working days from 0 to 60.' });
  }
  const tenantId = context.db.$tenantId;
  await context.db.$transaction(async (tx) => {
    const data = {
      ...(input.autoPublish !== undefined ? { autoPublish: input.autoPublish } : {}),
      ...(input.soonDueWorkingDays !== undefined ? { soonDueWorkingDays: input.soonDueWorkingDays } : {}),
      ...(policy !== undefined ? { redactionPolicy: policy === null ? Prisma.DbNull : policyJson(policy) } : {}),
      updatedById: context.actor.id,
    };
    const current = await tx.disclosureSettings.findFirst({ select: { version: true } });
    if ((current?.version ?? 0) !== input.expectedVersion) throw conflict(input.expectedVersion, current?.version ?? 0);
    if (!current) {
      await tx.disclosureSettings.create({ data: { tenantId, ...data, version: 1 } });
    } else {
      const updated = await tx.disclosureSettings.updateMany({ where: { version: current.version }, data: { ...data, version: current.version + 1 } });
      if (updated.count !== 1) throw conflict(input.expectedVersion, -1);
    }
    await appendAuditEvent(auditClientOf(tx), tenantId, {
      actorId: context.actor.id, action: 'disclosure.settings', entity: 'DisclosureSettings', entityId: tenantId,
      data: { autoPublish: input.autoPublish ?? null, soonDueWorkingDays: input.soonDueWorkingDays ?? null, policy: policy === undefined ? 'unchanged' : policy === null ? 'default' : policy },
    });
  });
  return readDisclosureSettings(context.db);
}

/** The policy as stored: exactly its own fields, so nothing else rides along into the database. */
function policyJson(policy: RedactionPolicy): Prisma.InputJsonObject {
  return {
    ...(policy.$schema ? { $schema: policy.$schema } : {}),
    naturalPersonName: policy.naturalPersonName,
    privateFields: [...policy.privateFields],
    publicNumbers: [...policy.publicNumbers],
    basis: policy.basis.map((entry) => (entry.article ? { law: entry.law, article: entry.article } : { law: entry.law })),
  };
}

function conflict(expected: number, current: number): AppError {
  return new AppError('CONFLICT', {
    zh: `公示设置已被他人修改（您看到的是第 ${expected} 版${current >= 0 ? `，当前为第 ${current} 版` : ''}），请刷新后重试。`,
    en: `The disclosure settings changed since you loaded them (you saw version ${expected}${current >= 0 ? `, it is now ${current}` : ''}); reload and try again.`,
  }, { details: { currentVersion: current } });
}

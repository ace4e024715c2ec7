import { z } from 'zod';

export const ZId = z.string().min(1).max(64);
export const ZLocalText = z.object({ zh: z.string(), en: z.string() });
export const ZDay = z.iso.date();
export const ZDisclosureStatus = z.enum(['SCHEDULED', 'PUBLISHED', 'WITHDRAWN', 'NOT_PUBLISHED', 'EXPIRED']);

export const ZListDisclosuresInput = z.object({
  status: ZDisclosureStatus.optional(),
  departmentId: ZId.optional(),
  caseId: ZId.optional(),
  take: z.number().int().min(1).max(200).optional(),
  skip: z.number().int().min(0).max(10_000).optional(),
}).optional();

export const ZDisclosureListItem = z.object({
  id: z.string(),
  itemKey: z.string(),
  itemName: z.string().nullable(),
  channel: z.string(),
  status: ZDisclosureStatus,
  dueDate: z.string(),
  dueProvisional: z.boolean(),
  displayUntil: z.string().nullable(),
  publishedAt: z.date().nullable(),
  withdrawnAt: z.date().nullable(),
  withdrawalDue: z.string().nullable(),
  reason: z.string().nullable(),
  version: z.number(),
  case: z.object({ id: z.string(), number: z.string(), title: z.string() }).nullable(),
  department: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  decision: z.object({ id: z.string(), number: z.string(), status: z.string() }).nullable(),
});

export const ZDueList = z.object({
  today: z.string(),
  soonUntil: z.string(),
  overdue: z.array(ZDisclosureListItem.extend({ daysLate: z.number() })),
  soonDue: z.array(ZDisclosureListItem),
  byDepartment: z.array(z.object({
    department: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
    overdue: z.number(),
    soonDue: z.number(),
  })),
});

const ZPayload = z.record(z.string(), z.unknown());

export const ZPreview = z.object({
  id: z.string(),
  version: z.number(),
  status: z.string(),
  itemKey: z.string(),
  itemName: z.string().nullable(),
  dueDate: z.string(),
  payload: ZPayload.nullable(),
  redactedFields: z.array(z.string()),
  withheld: z.object({ code: z.string(), reason: ZLocalText, basis: z.string() }).nullable(),
  leaks: z.array(z.object({ kind: z.string(), source: z.string(), field: z.string() })),
});

export const ZPublishOutcome = z.object({
  id: z.string(),
  status: z.enum(['PUBLISHED', 'NOT_PUBLISHED']),
  version: z.number(),
  publishedAt: z.date().nullable(),
  displayUntil: z.string().nullable(),
  reason: ZLocalText.nullable(),
});

export const ZWithdrawInput = z.object({
  id: ZId,
  expectedVersion: z.number().int().min(1),
  reason: z.string().trim().min(2).max(2000),
  basis: z.string().trim().min(2).max(500),
  changedOn: ZDay,
});

export const ZWithdrawalOutcome = z.object({
  due: z.string(),
  dueProvisional: z.boolean(),
  withdrawn: z.array(z.string()),
  cancelled: z.array(z.string()),
});

export const ZRedactionPolicy = z.object({
  $schema: z.string().optional(),
  naturalPersonName: z.enum(['KEEP', 'SURNAME_ONLY', 'HIDE']),
  privateFields: z.array(z.string()),
  publicNumbers: z.array(z.string()),
  basis: z.array(z.object({ law: z.string(), article: z.string().optional() })),
});

export const ZSettings = z.object({
  autoPublish: z.boolean(),
  soonDueWorkingDays: z.number(),
  redactionPolicy: ZRedactionPolicy,
  defaultPolicy: z.boolean(),
  version: z.number(),
});

export const ZUpdateSettingsInput = z.object({
  expectedVersion: z.number().int().min(0),
  autoPublish: z.boolean().optional(),
  soonDueWorkingDays: z.number().int().min(0).max(60).optional(),
  // Checked in full by parseRedactionPolicy, which names every problem at once.
  redactionPolicy: z.record(z.string(), z.unknown()).nullable().optional(),
});

export const ZDeadPush = z.object({
  id: z.string(),
  disclosureId: z.string(),
  kind: z.enum(['PUBLISH', 'WITHDRAW']),
  idempotencyKey: z.string(),
  attempts: z.number().int(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  failedAt: z.date(),
  version: z.number().int(),
});

import { z } from 'zod';

export const ZTenantCode = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/u, 'a tenant code: lower-case letters, digits and hyphens');
const ZLocalText = z.object({ zh: z.string(), en: z.string() });
const ZCaseType = z.enum(['PENALTY', 'COERCION', 'INSPECTION', 'LICENCE', 'EXPROPRIATION', 'CONFIRMATION', 'OTHER']);

export const ZPortalSearchInput = z.object({
  tenantCode: ZTenantCode,
  partyName: z.string().trim().min(1).max(100).optional(),
  creditCode: z.string().trim().min(1).max(40).optional(),
  decisionNumber: z.string().trim().min(1).max(200).optional(),
  itemCode: z.string().trim().min(1).max(80).optional(),
  caseType: ZCaseType.optional(),
  decidedFrom: z.iso.date().optional(),
  decidedTo: z.iso.date().optional(),
  page: z.number().int().min(1).max(10_001).optional(),
  pageSize: z.number().int().min(1).max(50).optional(),
  after: z.string().min(1).max(200).optional(),
});

export const ZPortalEntry = z.object({
  id: z.string(),
  status: z.enum(['PUBLISHED', 'WITHDRAWN']),
  itemName: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  partyName: z.string().nullable(),
  creditCode: z.string().nullable(),
  itemCode: z.string().nullable(),
  caseType: ZCaseType.nullable(),
  decidedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  displayUntil: z.string().nullable(),
  agency: z.string().nullable(),
  withdrawal: z.object({ withdrawnAt: z.date(), reason: z.string(), basis: z.string().nullable() }).nullable(),
});

export const ZPortalSearchResult = z.object({
  items: z.array(ZPortalEntry),
  page: z.number(),
  pageSize: z.number(),
  total: z.number().nullable(),
  totalIsLowerBound: z.boolean(),
  nextCursor: z.string().nullable(),
});

export const ZPortalDetail = ZPortalEntry.extend({ content: z.record(z.string(), z.unknown()).nullable() });

export const ZFeedInput = z.object({
  tenantCode: ZTenantCode,
  kind: z.enum(['published', 'withdrawn', 'all']).optional(),
  limit: z.number().int().min(1).max(100).optional(),
});

export const ZFeedItem = z.object({
  id: z.string(),
  event: z.enum(['published', 'withdrawn']),
  at: z.date(),
  title: z.string(),
  summary: z.string(),
  entry: ZPortalEntry,
});

const ZBasisList = z.array(z.string());
const ZRange = z.object({ kind: z.enum(['ABSOLUTE', 'MULTIPLE']), of: z.string().optional(), min: z.number(), max: z.number() });

export const ZBeforeTheAct = z.object({
  tenant: z.object({ code: z.string(), name: z.string(), region: z.string() }),
  configVersion: z.object({ sequence: z.number(), hash: z.string(), effectiveFrom: z.date(), publishedAt: z.date() }).nullable(),
  bodies: z.array(z.object({
    code: z.string(), name: z.string(), domain: z.string().nullable(),
    powers: z.array(z.object({ code: z.string(), name: z.string(), category: z.string(), department: z.string().nullable(), legalBasis: z.array(z.unknown()) })),
  })),
  officers: z.array(z.object({ name: z.string(), unit: z.string().nullable(), certificateNumber: z.string(), domain: z.string(), area: z.string(), validUntil: z.string() })),
  items: z.array(z.object({ code: z.string(), name: z.string(), category: z.string(), department: z.string().nullable(), legalBasis: z.array(z.unknown()) })),
  serviceGuides: z.array(z.object({
    itemCode: z.string(), itemName: z.string(), acceptingBody: z.string().nullable(), legalBasis: z.array(z.unknown()),
    // Each of these is null (or empty) until the tenant configures it; the page then says "not yet published".
    timeLimit: z.object({ days: z.number(), unit: z.enum(['WORKING', 'CALENDAR']), basis: ZBasisList, note: z.string().nullable() }).nullable(),
    supervision: z.array(z.object({ body: z.string(), phone: z.string() })),
    officeHours: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    remedies: z.array(z.object({ zh: z.string(), basis: z.string(), body: z.string().nullable() })),
  })),
  flowCharts: z.array(z.object({
    caseType: z.string(), procedure: z.string(),
    stages: z.array(z.object({ key: z.string(), label: ZLocalText })),
    steps: z.array(z.object({ key: z.string(), label: ZLocalText, from: z.array(z.string()), to: z.string().nullable(), basis: z.string() })),
    mermaid: z.string(),
  })),
  randomInspections: z.array(z.object({
    id: z.string(), subject: z.string(), object: z.string(), content: z.string(), ratio: z.number(), method: z.string(),
    frequency: z.string(), implementingBody: z.string(), basis: ZBasisList,
  })),
  discretionBenchmarks: z.array(z.object({
    id: z.string(), violation: z.string(), itemCodes: z.array(z.string()), basis: ZBasisList,
    tiers: z.array(z.object({ level: z.string(), description: ZLocalText, range: ZRange })),
  })),
  lenientLists: z.array(z.object({
    id: z.string(), kind: z.string(), basis: ZBasisList,
    entries: z.array(z.object({ id: z.string(), itemCodes: z.array(z.string()), description: ZLocalText, basis: ZBasisList })),
  })),
  disclosureItems: z.array(z.object({ id: z.string(), name: z.string(), fields: z.array(z.string()), channels: z.array(z.string()), basis: ZBasisList })),
});

export const ZAnnualReport = z.object({
  year: z.number(),
  firstPublishedAt: z.date(),
  deadline: z.string(),
  onTime: z.boolean(),
  latest: z.object({ publishedAt: z.date(), xlsxSha256: z.string(), docxSha256: z.string(), corrections: z.number() }),
});

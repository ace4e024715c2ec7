import { AppError } from '@sanxiang/errors';
import { z } from 'zod';
import { createTRPCRouter, publicProcedure, tenantProcedure } from '../../trpc.ts';
import { annualReportFiles, annualReportStatuses, publishAnnualReport, publishedReportFile, type ReportContext } from './published-reports.ts';

const ZLocalText = z.object({ zh: z.string(), en: z.string() });
const ZYear = z.number().int().min(2000).max(2100);
const ZFormat = z.enum(['xlsx', 'docx']);

const ZReportFile = z.object({ fileName: z.string(), mediaType: z.string(), sha256: z.string(), size: z.number(), base64: z.string() });

const ZPublicationStatus = z.object({
  year: z.number(),
  due: z.string(),
  state: z.enum(['ON_TIME', 'LATE', 'NOT_YET_DUE', 'OVERDUE']),
  publishedAt: z.string().nullable(),
  label: ZLocalText,
});

const ZAnnualReport = z.object({
  year: z.number(),
  title: ZLocalText,
  organisation: z.string().nullable(),
  departments: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  tables: z.array(z.object({
    key: z.string(),
    title: ZLocalText,
    basis: z.string(),
    rows: z.array(z.object({
      key: z.string(), label: ZLocalText, unit: z.enum(['CASES', 'TIMES', 'YUAN']), level: z.union([z.literal(0), z.literal(1)]), basis: z.string(),
      total: z.number(), byDepartment: z.record(z.string(), z.number()),
    })),
  })),
  notes: z.array(z.object({ caseNumber: z.string(), text: ZLocalText })),
  notesOmitted: z.number(),
  publicationDue: z.string(),
  casesConsidered: z.number(),
});

type TenantCtx = {
  db: ReportContext['db']; ability: ReportContext['ability']; tenant: { id: string; name: string };
  user: { id: string; roles: readonly string[] }; blobs: ReportContext['blobs']; now: () => Date;
};

/**
 * The report is for the judicial bureau (the whole tenant) and for a department head (their department). The CASL
 * pair `read Case` also admits officers and reviewers, who read single cases, not statistics, so the roles are
 * checked as well until authz has a subject of its own for reports.
 */
function reportContext(ctx: TenantCtx): ReportContext {
  if (!ctx.user.roles.some((role) => role === 'SUPERVISOR' || role === 'DEPARTMENT_HEAD')) {
    throw new AppError('FORBIDDEN', { zh: '统计年报仅供司法局监督人员和部门负责人查看。', en: 'Annual reports are for the judicial bureau supervisors and department heads.' });
  }
  return { db: ctx.db, ability: ctx.ability, tenant: ctx.tenant, actorId: ctx.user.id, blobs: ctx.blobs, now: ctx.now };
}

/** The annual enforcement statistics report (年度行政执法统计年报, issue 7): download, publish, and its state. */
export const reportRouter = createTRPCRouter({
  // A report is a few dozen kilobytes per file, so both travel as base64 inside tRPC, as generated documents do.
  annual: tenantProcedure
    .meta({ permission: ['read', 'Case'] })
    .input(z.object({ year: ZYear }))
    .output(z.object({ report: ZAnnualReport, xlsx: ZReportFile, docx: ZReportFile }))
    .query(({ ctx, input }) => annualReportFiles(reportContext(ctx), input.year)),
  // Publication is the tenant's act (本机关), so only the judicial bureau's supervisor, who reads every department, publishes.
  publish: tenantProcedure
    .meta({ permission: ['supervise', 'Case'] })
    .input(z.object({ year: ZYear, correction: z.boolean().default(false) }))
    .output(z.object({
      id: z.string(), year: z.number(), publishedAt: z.date(), correctsId: z.string().nullable(),
      xlsxSha256: z.string(), docxSha256: z.string(), status: ZPublicationStatus,
    }))
    .mutation(({ ctx, input }) => publishAnnualReport(reportContext(ctx), input)),
  status: tenantProcedure
    .meta({ permission: ['read', 'Case'] })
    .output(z.array(ZPublicationStatus))
    .query(({ ctx }) => annualReportStatuses(reportContext(ctx).db, ctx.now())),
  // The portal's download of a published report (the portal router lists them with their on-time state).
  portalFile: publicProcedure
    .meta({ public: 'a published annual report, as the portal offers it' })
    .input(z.object({ tenantCode: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/u), year: ZYear, format: ZFormat }))
    .output(ZReportFile)
    .query(({ ctx, input }) => publishedReportFile(ctx.prisma, ctx.blobs, input)),
});

import { listCertificates, reinstateCertificate, reviewerRatioReport, revokeCertificate, suspendCertificate } from '@sanxiang/workflow';
import { z } from 'zod';
import { createTRPCRouter, tenantProcedure } from '../../trpc.ts';
import { workflowContext } from '../workflow-context.ts';

const id = z.string().min(1).max(64);
const version = z.number().int().min(1);
const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'YYYY-MM-DD');
const reason = z.string().max(2000);
const ZStatus = z.enum(['VALID', 'SUSPENDED', 'REVOKED']);

export const ZCertificate = z.object({
  id: z.string(),
  number: z.string(),
  domain: z.string(),
  area: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  status: ZStatus,
  suspendedUntil: z.string().nullable(),
  statusReason: z.string().nullable(),
  version: z.number(),
  standing: z.enum(['VALID', 'SUSPENDED', 'REVOKED', 'EXPIRED', 'NOT_YET_VALID']),
  holder: z.object({ id: z.string(), displayName: z.string(), department: z.object({ code: z.string(), name: z.string() }).nullable() }),
});

const ZBasis = z.object({
  law: z.string().optional(), article: z.string().optional(), document: z.string().optional(),
  seed: z.string().optional(), section: z.string().optional(), note: z.string().optional(),
});

const ZStaffingCount = z.object({
  officers: z.number(),
  certifiedOfficers: z.number(),
  reviewers: z.number(),
  qualifiedReviewers: z.number(),
  ratio: z.number().nullable(),
  rule: z.object({ min: z.number(), minCount: z.number().nullable(), basis: z.array(ZBasis), scope: z.enum(['department', 'tenant']) }).nullable(),
  required: z.number().nullable(),
  shortfall: z.number(),
  meets: z.boolean().nullable(),
});

export const ZReviewerRatio = z.object({
  asOf: z.string(),
  configSequence: z.number().nullable(),
  units: z.array(ZStaffingCount.extend({ department: z.object({ id: z.string(), code: z.string(), name: z.string() }) })),
  tenant: ZStaffingCount.extend({ unitsFailing: z.number() }),
});

const ZListInput = z.object({ userId: id.optional(), status: ZStatus.optional() }).optional();
const ZSuspendInput = z.object({ certificateId: id, expectedVersion: version, reason, ground: z.enum(['MISUSE', 'OTHER']), until: day.optional() });
const ZRevokeInput = z.object({ certificateId: id, expectedVersion: version, reason });
const ZReinstateInput = z.object({ certificateId: id, expectedVersion: version, reason: reason.optional() });

/** Officers' certificates (执法证管理, seed 003 一（一）4) and the reviewer ratio (seed 001 二（三）2, seed 003 一（二）11). */
export const officerRouter = createTRPCRouter({
  /** The bureau and admins see every certificate of the tenant; an officer sees their own. */
  list: tenantProcedure
    .meta({ permission: ['read', 'OfficerCertificate'] })
    .input(ZListInput)
    .output(z.array(ZCertificate))
    .query(({ ctx, input }) => listCertificates(workflowContext(ctx), { userId: input?.userId, status: input?.status })),
  suspend: tenantProcedure
    .meta({ permission: ['update', 'OfficerCertificate'] })
    .input(ZSuspendInput)
    .output(ZCertificate)
    .mutation(({ ctx, input }) => suspendCertificate(workflowContext(ctx), input)),
  revoke: tenantProcedure
    .meta({ permission: ['update', 'OfficerCertificate'] })
    .input(ZRevokeInput)
    .output(ZCertificate)
    .mutation(({ ctx, input }) => revokeCertificate(workflowContext(ctx), input)),
  reinstate: tenantProcedure
    .meta({ permission: ['update', 'OfficerCertificate'] })
    .input(ZReinstateInput)
    .output(ZCertificate)
    .mutation(({ ctx, input }) => reinstateCertificate(workflowContext(ctx), input)),
  reviewerRatio: tenantProcedure
    .meta({ permission: ['read', 'StaffingReport'] })
    .input(z.void())
    .output(ZReviewerRatio)
    .query(({ ctx }) => reviewerRatioReport(workflowContext(ctx))),
});

import { assignReviewer, coordinateReview, loadCaseRecord, overdueReviews, resubmitReview, submitOpinion } from '@sanxiang/workflow';
import { z } from 'zod';
import { createTRPCRouter, tenantProcedure } from '../../trpc.ts';
import { workflowContext } from '../workflow-context.ts';

const id = z.string().min(1).max(64);
const version = z.number().int().min(1);

/** Legal review (法制审核, art. 58): assignment, opinions in numbered rounds, resubmission, coordination, overdue list. */
export const reviewRouter = createTRPCRouter({
  forCase: tenantProcedure
    .meta({ permission: ['read', 'LegalReview'] })
    .input(z.object({ caseId: id }))
    .query(async ({ ctx, input }) => {
      const record = await loadCaseRecord(ctx.db, ctx.ability, input.caseId);
      return ctx.db.legalReview.findMany({ where: { caseId: record.id }, include: { rounds: { orderBy: { number: 'asc' } } }, orderBy: { createdAt: 'asc' } });
    }),
  assign: tenantProcedure
    .meta({ permission: ['approve', 'Case'] })
    .input(z.object({ reviewId: id, reviewerId: id, expectedVersion: version }))
    .mutation(({ ctx, input }) => assignReviewer(workflowContext(ctx), input)),
  opinion: tenantProcedure
    .meta({ permission: ['review', 'LegalReview'] })
    .input(z.object({
      reviewId: id,
      expectedVersion: version,
      checklist: z.array(z.object({ id: z.string().min(1).max(80), passed: z.boolean(), note: z.string().max(2000).optional() })).max(200),
      opinion: z.enum(['AGREE', 'PROBLEMS_FOUND', 'DISAGREE']),
      problems: z.array(z.string().max(2000)).max(100).optional(),
    }))
    .mutation(({ ctx, input }) => submitOpinion(workflowContext(ctx), input)),
  resubmit: tenantProcedure
    .meta({ permission: ['update', 'Case'] })
    .input(z.object({ reviewId: id, expectedVersion: version, response: z.string().max(20_000), materials: z.array(z.string().max(80)).max(200).optional() }))
    .mutation(({ ctx, input }) => resubmitReview(workflowContext(ctx), input)),
  coordinate: tenantProcedure
    .meta({ permission: ['approve', 'Case'] })
    .input(z.object({ reviewId: id, expectedVersion: version, by: z.enum(['HEAD', 'COLLECTIVE_DISCUSSION']), outcome: z.enum(['PROCEED', 'DO_NOT_PROCEED']), note: z.string().min(1).max(20_000) }))
    .mutation(({ ctx, input }) => coordinateReview(workflowContext(ctx), input)),
  overdue: tenantProcedure
    .meta({ permission: ['read', 'LegalReview'] })
    .query(({ ctx }) => overdueReviews(workflowContext(ctx))),
});

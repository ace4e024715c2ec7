import {
  listDeadPushes,
  listDisclosures,
  listDue,
  previewDisclosure,
  publishDisclosure,
  readDisclosureSettings,
  resendDeadPush,
  updateDisclosureSettings,
  withdrawDisclosure,
  type DisclosureContext,
} from '@sanxiang/disclosure';
import { tenantWorkingDays } from '@sanxiang/workflow';
import { z } from 'zod';
import { createTRPCRouter, tenantProcedure } from '../../trpc.ts';
import { workflowContext } from '../workflow-context.ts';
import {
  ZDeadPush,
  ZDisclosureListItem,
  ZDueList,
  ZId,
  ZListDisclosuresInput,
  ZPreview,
  ZPublishOutcome,
  ZSettings,
  ZUpdateSettingsInput,
  ZWithdrawalOutcome,
  ZWithdrawInput,
} from './schemas.ts';

type WorkflowCtx = Parameters<typeof workflowContext>[0];

function disclosureContext(ctx: WorkflowCtx): DisclosureContext {
  return { db: ctx.db, ability: ctx.ability, actor: { id: ctx.user.id }, now: ctx.now };
}

/**
 * After-the-act disclosure for officers and the judicial bureau: lists, the redacted preview, publishing, withdrawal
 * and the overdue and soon-due lists. CASL: officers (and heads) their department's, the supervisor every
 * department's, read-only; settings belong to the tenant's admins.
 */
export const disclosureRouter = createTRPCRouter({
  list: tenantProcedure
    .meta({ permission: ['read', 'Disclosure'] })
    .input(ZListDisclosuresInput)
    .output(z.array(ZDisclosureListItem))
    .query(({ ctx, input }) => listDisclosures(disclosureContext(ctx), input ?? {})),
  preview: tenantProcedure
    .meta({ permission: ['read', 'Disclosure'] })
    .input(z.object({ id: ZId }))
    .output(ZPreview)
    .query(({ ctx, input }) => previewDisclosure(disclosureContext(ctx), input.id)),
  publish: tenantProcedure
    .meta({ permission: ['publish', 'Disclosure'] })
    .input(z.object({ id: ZId, expectedVersion: z.number().int().min(1) }))
    .output(ZPublishOutcome)
    .mutation(({ ctx, input }) => publishDisclosure(disclosureContext(ctx), input)),
  withdraw: tenantProcedure
    .meta({ permission: ['publish', 'Disclosure'] })
    .input(ZWithdrawInput)
    .output(ZWithdrawalOutcome)
    .mutation(({ ctx, input }) => withdrawDisclosure(disclosureContext(ctx), input, () => tenantWorkingDays(workflowContext(ctx)))),
  due: tenantProcedure
    .meta({ permission: ['read', 'Disclosure'] })
    .input(z.object({ departmentId: ZId.optional() }).optional())
    .output(ZDueList)
    .query(async ({ ctx, input }) => listDue(disclosureContext(ctx), input ?? {}, await tenantWorkingDays(workflowContext(ctx)))),
  settings: tenantProcedure
    .meta({ permission: ['read', 'Configuration'] })
    .input(z.void())
    .output(ZSettings)
    .query(({ ctx }) => readDisclosureSettings(ctx.db)),
  updateSettings: tenantProcedure
    .meta({ permission: ['publish', 'Configuration'] })
    .input(ZUpdateSettingsInput)
    .output(ZSettings)
    .mutation(({ ctx, input }) => updateDisclosureSettings(disclosureContext(ctx), input)),
  /** Pushes to the provincial platform that failed for good (the judicial bureau watches these). */
  deadLetters: tenantProcedure
    .meta({ permission: ['read', 'DisclosurePush'] })
    .input(z.object({ limit: z.number().int().min(1).max(500).optional() }).optional())
    .output(z.array(ZDeadPush))
    .query(({ ctx, input }) => listDeadPushes(disclosureContext(ctx), input?.limit)),
  resendPush: tenantProcedure
    .meta({ permission: ['update', 'DisclosurePush'] })
    .input(z.object({ id: ZId, expectedVersion: z.number().int().min(1) }))
    .output(z.object({ id: z.string(), version: z.number().int() }))
    .mutation(({ ctx, input }) => resendDeadPush(disclosureContext(ctx), input)),
});

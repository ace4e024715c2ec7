import {
  caseOpeningOptions, checkStep, headInbox, openCase, recordCollectiveDiscussion, recordParticulars, reviewInbox, searchCatalogue,
} from '@sanxiang/workflow';
import { z } from 'zod';
import { createTRPCRouter, tenantProcedure } from '../../trpc.ts';
import { workflowContext } from '../workflow-context.ts';
import { saveStageForm, stageForms } from './case-forms.ts';
import { caseWorkspace } from './case-workspace.ts';
import { ZCaseWorkspace, ZCatalogueItem, ZHeadInbox, ZLocalText, ZReviewInbox } from './schemas.ts';

const id = z.string().min(1).max(64);
const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'YYYY-MM-DD');

/**
 * The officer's, reviewer's and head's pages (issue 6): opening a case from the catalogue, the case page in one call,
 * the particulars the documents print, a dry run of a step, the review inbox, and what waits for the head.
 */
export const workspaceRouter = createTRPCRouter({
  catalogue: tenantProcedure
    .meta({ permission: ['create', 'Case'] })
    .input(z.object({ query: z.string().max(100), take: z.number().int().min(1).max(50).optional() }))
    .output(z.array(ZCatalogueItem))
    .query(({ ctx, input }) => searchCatalogue(workflowContext(ctx), input)),
  openingOptions: tenantProcedure
    .meta({ permission: ['create', 'Case'] })
    .output(z.object({
      department: z.object({ code: z.string(), name: z.string() }),
      certificateNumber: z.string().nullable(),
      coOfficers: z.array(z.object({ id: z.string(), displayName: z.string(), certificateNumber: z.string() })),
    }))
    .query(({ ctx }) => caseOpeningOptions(workflowContext(ctx))),
  openCase: tenantProcedure
    .meta({ permission: ['create', 'Case'] })
    .input(z.object({
      enforcementItemId: id,
      title: z.string().trim().min(1).max(200),
      procedure: z.enum(['GENERAL', 'SIMPLE']),
      actDate: day.optional(),
      violationAt: day.optional(),
      discoveredAt: day.optional(),
      party: z.object({
        kind: z.enum(['INDIVIDUAL', 'ORGANISATION']),
        name: z.string().trim().min(1).max(200),
        identifier: z.string().trim().max(64).optional(),
        address: z.string().trim().max(500).optional(),
        phone: z.string().trim().max(64).optional(),
        business: z.boolean().optional(),
      }),
      coOfficerId: id,
      facts: z.record(z.string(), z.union([z.number(), z.boolean(), z.null()])).optional(),
    }))
    .output(z.object({ id: z.string(), number: z.string() }))
    .mutation(({ ctx, input }) => openCase(workflowContext(ctx), input)),
  case: tenantProcedure
    .meta({ permission: ['read', 'Case'] })
    .input(z.object({ id }))
    .output(ZCaseWorkspace)
    .query(({ ctx, input }) => caseWorkspace(workflowContext(ctx), input.id)),
  saveParticulars: tenantProcedure
    .meta({ permission: ['update', 'Case'] })
    .input(z.object({
      caseId: id,
      expectedVersion: z.number().int().min(1),
      facts: z.record(z.string(), z.union([z.number(), z.boolean(), z.null()])).optional(),
      // Checked field by field in the workflow (ZCaseParticulars), which names each bad field as a JSON pointer.
      particulars: z.record(z.string(), z.unknown()).optional(),
    }))
    .output(z.object({ id: z.string(), version: z.number() }))
    .mutation(({ ctx, input }) => recordParticulars(workflowContext(ctx), input)),
  forms: tenantProcedure
    .meta({ permission: ['read', 'Case'] })
    .input(z.object({ caseId: id }))
    .output(z.array(z.object({
      kind: z.string(),
      schema: z.record(z.string(), z.unknown()),
      uiSchema: z.record(z.string(), z.unknown()),
      overlay: z.object({
        kind: z.string().optional(), required: z.array(z.string()), visible: z.array(z.string()),
        reasons: z.record(z.string(), z.array(z.object({ ruleId: z.string(), text: ZLocalText }))).optional(),
      }),
      data: z.record(z.string(), z.unknown()),
      saved: z.boolean(),
    })))
    .query(({ ctx, input }) => stageForms({ ...workflowContext(ctx), configRoots: ctx.configRoots }, input.caseId)),
  saveForm: tenantProcedure
    .meta({ permission: ['update', 'Case'] })
    .input(z.object({ caseId: id, expectedVersion: z.number().int().min(1), kind: z.string().min(2).max(80), data: z.record(z.string(), z.unknown()) }))
    .output(z.object({ id: z.string(), version: z.number() }))
    .mutation(({ ctx, input }) => saveStageForm({ ...workflowContext(ctx), configRoots: ctx.configRoots }, input)),
  // A dry run: GATE_BLOCKED with every gate, as the step itself would answer, or what the step needs (its permission).
  checkStep: tenantProcedure
    .meta({ permission: ['read', 'Case'] })
    .input(z.object({ caseId: id, transition: z.string().min(1).max(64) }))
    .output(z.object({ key: z.string(), label: ZLocalText, permitted: z.boolean(), offeredNow: z.boolean() }))
    .query(({ ctx, input }) => checkStep(workflowContext(ctx), input)),
  reviewInbox: tenantProcedure
    .meta({ permission: ['review', 'LegalReview'] })
    .output(ZReviewInbox)
    .query(({ ctx }) => reviewInbox(workflowContext(ctx))),
  headInbox: tenantProcedure
    .meta({ permission: ['approve', 'Case'] })
    .output(ZHeadInbox)
    .query(({ ctx }) => headInbox(workflowContext(ctx))),
  recordDiscussion: tenantProcedure
    .meta({ permission: ['approve', 'Case'] })
    .input(z.object({
      caseId: id,
      heldAt: z.iso.datetime({ offset: true }),
      participants: z.array(z.object({ name: z.string().trim().min(1).max(100), role: z.string().trim().max(100) })).min(1).max(50),
      record: z.string().max(20_000),
      conclusion: z.string().max(5_000),
    }))
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => recordCollectiveDiscussion(workflowContext(ctx), { ...input, heldAt: new Date(input.heldAt) })),
});

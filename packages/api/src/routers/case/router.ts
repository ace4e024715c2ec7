import { availableTransitions, getCase, listCases, performTransition } from '@sanxiang/workflow';
import { z } from 'zod';
import { createTRPCRouter, tenantProcedure } from '../../trpc.ts';
import { workflowContext } from '../workflow-context.ts';

const ZLocalText = z.object({ zh: z.string(), en: z.string() });

const ZCaseListItem = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  type: z.string(),
  procedure: z.string(),
  stage: z.string(),
  actDate: z.date(),
  department: z.object({ code: z.string(), name: z.string() }),
});

const ZCaseDetail = ZCaseListItem.extend({
  facts: z.unknown(),
  enforcementItem: z
    .object({ code: z.string(), name: z.string(), category: z.string(), legalBasis: z.unknown() })
    .nullable(),
  parties: z.array(
    z.object({ id: z.string(), kind: z.string(), name: z.string(), identifier: z.string().nullable(), address: z.string().nullable() }),
  ),
  officers: z.array(z.object({ userId: z.string(), lead: z.boolean(), user: z.object({ displayName: z.string(), username: z.string() }) })),
  stages: z.array(z.object({ key: z.string(), label: ZLocalText })),
  stageIndex: z.number(),
  version: z.number(),
});

export const ZGetCaseInput = z.object({ id: z.string().min(1).max(64) });

const ZTransitionInput = z.object({
  id: z.string().min(1).max(64),
  transition: z.string().min(1).max(64),
  expectedVersion: z.number().int().min(1),
  detail: z.record(z.string(), z.unknown()).optional(),
});

function transitionRequest(input: z.infer<typeof ZTransitionInput>) {
  return { caseId: input.id, transition: input.transition, expectedVersion: input.expectedVersion, detail: input.detail };
}

export const caseRouter = createTRPCRouter({
  list: tenantProcedure
    .meta({ permission: ['read', 'Case'] })
    .input(z.object({ take: z.number().int().min(1).max(200).optional() }).optional())
    .output(z.array(ZCaseListItem))
    .query(({ ctx, input }) => listCases(ctx.db, ctx.ability, { take: input?.take })),
  get: tenantProcedure
    .meta({ permission: ['read', 'Case'] })
    .input(ZGetCaseInput)
    .output(ZCaseDetail)
    .query(({ ctx, input }) => getCase(ctx.db, ctx.ability, input.id)),
  transitions: tenantProcedure
    .meta({ permission: ['read', 'Case'] })
    .input(ZGetCaseInput)
    .query(({ ctx, input }) => availableTransitions(ctx, input.id)),
  // Two doors to one workflow step, so CASL checks the procedure as well as the step: officers move cases along,
  // the head approves (filing, decisions, measures, extensions). performTransition checks the step's own permission.
  transition: tenantProcedure
    .meta({ permission: ['update', 'Case'] })
    .input(ZTransitionInput)
    .mutation(({ ctx, input }) => performTransition(workflowContext(ctx), transitionRequest(input))),
  approve: tenantProcedure
    .meta({ permission: ['approve', 'Case'] })
    .input(ZTransitionInput)
    .mutation(({ ctx, input }) => performTransition(workflowContext(ctx), transitionRequest(input))),
});

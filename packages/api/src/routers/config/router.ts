import { formatIssue } from '@sanxiang/config';
import { AppError } from '@sanxiang/errors';
import { diffConfigVersions, listConfigVersions, publishEffectiveConfig, rollbackConfigVersion } from '@sanxiang/tenancy';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { createTRPCRouter, tenantProcedure } from '../../trpc.ts';

const ZVersion = z.object({
  sequence: z.number(),
  hash: z.string(),
  effectiveFrom: z.date(),
  publishedAt: z.date(),
  publishedById: z.string().nullable(),
  note: z.string().nullable(),
});
const ZPublishResult = z.object({ created: z.boolean(), sequence: z.number(), hash: z.string() });
const ZChange = z.object({
  kind: z.string(),
  id: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  fields: z.array(z.string()).optional(),
  department: z.string().optional(),
});
const ZSequence = z.number().int().min(1).max(1_000_000);

/** Compiles the signed-in tenant's configuration, or refuses with every issue (file:line:col pointer message). */
async function compileOrRefuse(ctx: Pick<Context, 'compileTenantConfig'>, tenantCode: string) {
  const { config, issues } = await ctx.compileTenantConfig(tenantCode);
  if (config) return config;
  throw new AppError(
    'CONFIG_INVALID',
    { zh: `配置有 ${issues.length} 处错误，现行版本不变。`, en: `The configuration has ${issues.length} problem(s); the live version stays.` },
    { details: issues.map((issue) => ({ ...issue, line: formatIssue(issue) })) },
  );
}

export const configRouter = createTRPCRouter({
  effective: tenantProcedure
    .meta({ permission: ['read', 'Configuration'] })
    .input(z.void())
    .output(z.unknown())
    .query(({ ctx }) => compileOrRefuse(ctx, ctx.tenant.code)),
  versions: tenantProcedure
    .meta({ permission: ['read', 'Configuration'] })
    .input(z.void())
    .output(z.array(ZVersion))
    .query(({ ctx }) => listConfigVersions(ctx.prisma, ctx.tenant.id)),
  publish: tenantProcedure
    .meta({ permission: ['publish', 'Configuration'] })
    .input(z.object({ note: z.string().max(500).optional() }))
    .output(ZPublishResult)
    .mutation(async ({ ctx, input }) => {
      const config = await compileOrRefuse(ctx, ctx.tenant.code);
      const { version, created } = await publishEffectiveConfig(ctx.prisma, { tenantId: ctx.tenant.id, config, publishedById: ctx.user.id, note: input.note });
      return { created, sequence: version.sequence, hash: version.hash };
    }),
  diff: tenantProcedure
    .meta({ permission: ['read', 'Configuration'] })
    .input(z.object({ from: ZSequence, to: ZSequence }))
    .output(z.array(ZChange))
    .query(({ ctx, input }) => diffConfigVersions(ctx.prisma, ctx.tenant.id, input.from, input.to)),
  rollback: tenantProcedure
    .meta({ permission: ['publish', 'Configuration'] })
    .input(z.object({ sequence: ZSequence, note: z.string().max(500).optional() }))
    .output(ZPublishResult)
    .mutation(async ({ ctx, input }) => {
      const { version, created } = await rollbackConfigVersion(ctx.prisma, { tenantId: ctx.tenant.id, sequence: input.sequence, publishedById: ctx.user.id, note: input.note });
      return { created, sequence: version.sequence, hash: version.hash };
    }),
});

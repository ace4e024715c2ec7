import { listTenantDirectory } from '@sanxiang/tenancy';
import { z } from 'zod';
import { createTRPCRouter, publicProcedure } from '../../trpc.ts';

const ZDepartment = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  domain: z.string().nullable(),
  parentCode: z.string().nullable(),
});
export const ZTenantSummary = z.object({
  code: z.string(),
  name: z.string(),
  region: z.string(),
  level: z.string(),
  departments: z.array(ZDepartment),
});

export const tenantRouter = createTRPCRouter({
  /** Enforcement bodies are disclosed before the act (事前公开), so the directory is public. */
  directory: publicProcedure
    .meta({ public: 'the list of tenants and departments people choose from before signing in' })
    .input(z.void())
    .output(z.array(ZTenantSummary))
    .query(({ ctx }) => listTenantDirectory(ctx.prisma)),
});

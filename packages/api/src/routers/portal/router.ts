import { openPortal, portalAnnualReports, portalDetail, portalFeed, renderAtomFeed, searchPortal } from '@sanxiang/disclosure';
import { beforeTheActDisclosure } from '@sanxiang/workflow';
import { z } from 'zod';
import { createTRPCRouter, publicProcedure } from '../../trpc.ts';
import {
  ZAnnualReport,
  ZBeforeTheAct,
  ZFeedInput,
  ZFeedItem,
  ZPortalDetail,
  ZPortalSearchInput,
  ZPortalSearchResult,
  ZTenantCode,
} from './schemas.ts';

/**
 * The public portal at /p/<tenant>: no login, the tenant named by the path. Only what was published, redacted and
 * still within its display period; a withdrawn decision shows its notice and reason, never its content
 * (packages/disclosure portal-view.ts decides what is visible).
 */
export const portalRouter = createTRPCRouter({
  search: publicProcedure
    .meta({ public: 'the public portal: published, redacted data only (issue 7)' })
    .input(ZPortalSearchInput)
    .output(ZPortalSearchResult)
    .query(async ({ ctx, input }) => {
      const { tenantCode, ...filters } = input;
      return searchPortal(await openPortal(ctx.prisma, tenantCode, ctx.now()), filters);
    }),
  detail: publicProcedure
    .meta({ public: 'the public portal: published, redacted data only (issue 7)' })
    .input(z.object({ tenantCode: ZTenantCode, id: z.string().min(1).max(64) }))
    .output(ZPortalDetail)
    .query(async ({ ctx, input }) => portalDetail(await openPortal(ctx.prisma, input.tenantCode, ctx.now()), input.id)),
  feed: publicProcedure
    .meta({ public: 'the public portal: published, redacted data only (issue 7)' })
    .input(ZFeedInput)
    .output(z.array(ZFeedItem))
    .query(async ({ ctx, input }) => portalFeed(await openPortal(ctx.prisma, input.tenantCode, ctx.now()), input)),
  atom: publicProcedure
    .meta({ public: 'the public portal: published, redacted data only (issue 7)' })
    .input(ZFeedInput.extend({ baseUrl: z.url().max(200).optional() }))
    .output(z.string())
    .query(async ({ ctx, input }) => {
      const portal = await openPortal(ctx.prisma, input.tenantCode, ctx.now());
      return renderAtomFeed(portal, await portalFeed(portal, input), { baseUrl: input.baseUrl ?? '', now: ctx.now() });
    }),
  beforeTheAct: publicProcedure
    .meta({ public: 'the public portal: published, redacted data only (issue 7)' })
    .input(z.object({ tenantCode: ZTenantCode }))
    .output(ZBeforeTheAct)
    .query(({ ctx, input }) => beforeTheActDisclosure(ctx.prisma, input.tenantCode, ctx.now())),
  annualReports: publicProcedure
    .meta({ public: 'the public portal: published, redacted data only (issue 7)' })
    .input(z.object({ tenantCode: ZTenantCode }))
    .output(z.array(ZAnnualReport))
    .query(async ({ ctx, input }) => portalAnnualReports(await openPortal(ctx.prisma, input.tenantCode, ctx.now()))),
});

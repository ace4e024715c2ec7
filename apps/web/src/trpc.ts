import type { AppRouter } from '@sanxiang/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';

/**
 * The one tRPC client. Only the router's *type* crosses from the server; the transformer must match the
 * server's (superjson) so Dates such as `actDate` arrive as Dates. Same origin, so the session cookie rides along.
 */
export const trpc = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc', transformer: superjson, maxItems: 16 })],
});

export type TenantSummary = Awaited<ReturnType<typeof trpc.tenant.directory.query>>[number];
export type SessionUser = NonNullable<Awaited<ReturnType<typeof trpc.auth.me.query>>>;
export type CaseListItem = Awaited<ReturnType<typeof trpc.case.list.query>>[number];
export type CaseDetail = Awaited<ReturnType<typeof trpc.case.get.query>>;
export type CaseWorkspace = Awaited<ReturnType<typeof trpc.workspace.case.query>>;
export type Requirements = NonNullable<CaseWorkspace['requirements']>;
export type GateLine = Requirements['gates']['failing'][number];
export type StepRequirement = Requirements['steps'][number];
export type ReviewInboxItem = Awaited<ReturnType<typeof trpc.workspace.reviewInbox.query>>[number];
export type HeadInbox = Awaited<ReturnType<typeof trpc.workspace.headInbox.query>>;
export type CatalogueItem = Awaited<ReturnType<typeof trpc.workspace.catalogue.query>>[number];
export type TemplateEntry = Awaited<ReturnType<typeof trpc.document.templates.query>>[number];
export type DocumentKindEntry = Awaited<ReturnType<typeof trpc.document.kinds.query>>[number];

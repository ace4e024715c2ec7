import { authRouter } from './routers/auth/router.ts';
import { caseRouter } from './routers/case/router.ts';
import { configRouter } from './routers/config/router.ts';
import { evidenceRouter } from './routers/evidence/router.ts';
import { officerRouter } from './routers/officer/router.ts';
import { reviewRouter } from './routers/review/router.ts';
import { systemRouter } from './routers/system/router.ts';
import { tenantRouter } from './routers/tenant/router.ts';
import { documentRouter } from './routers/document/router.ts';
import { disclosureRouter } from './routers/disclosure/router.ts';
import { portalRouter } from './routers/portal/router.ts';
import { workspaceRouter } from './routers/workspace/router.ts';
import { reportRouter } from './routers/report/router.ts';
import { createCallerFactory, createTRPCRouter } from './trpc.ts';

export const appRouter = createTRPCRouter({
  system: systemRouter,
  auth: authRouter,
  tenant: tenantRouter,
  case: caseRouter,
  config: configRouter,
  review: reviewRouter,
  document: documentRouter,
  workspace: workspaceRouter,
  officer: officerRouter,
  evidence: evidenceRouter,
  disclosure: disclosureRouter,
  portal: portalRouter,
  report: reportRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

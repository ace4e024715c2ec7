import { authRouter } from './routers/auth/router.ts';
import { caseRouter } from './routers/case/router.ts';
import { configRouter } from './routers/config/router.ts';
import { reviewRouter } from './routers/review/router.ts';
import { systemRouter } from './routers/system/router.ts';
import { tenantRouter } from './routers/tenant/router.ts';
import { createCallerFactory, createTRPCRouter } from './trpc.ts';

export const appRouter = createTRPCRouter({
  system: systemRouter,
  auth: authRouter,
  tenant: tenantRouter,
  case: caseRouter,
  config: configRouter,
  review: reviewRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

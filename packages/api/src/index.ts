export { appRouter, createCaller } from './root.ts';
export type { AppRouter } from './root.ts';
export { createContextInner } from './context.ts';
export type { Context, CreateContextOptions, SessionCookieJar, TenantConfigCompiler } from './context.ts';
export type { ProcedureMeta } from './trpc.ts';
export type { THealth } from './routers/system/router.ts';

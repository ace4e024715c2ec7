import { type Action, type AppSubjects, defineAbilityFor } from '@sanxiang/authz';
import { scopeToTenant } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import type { Context } from './context.ts';
import { toAppError, TRPC_CODE_OF } from './errors.ts';

/**
 * What a procedure declares about itself. A tenant procedure without a `permission` refuses to run,
 * so a new procedure cannot forget its CASL check; the router tests enumerate these declarations.
 */
export interface ProcedureMeta {
  permission?: [Action, Extract<AppSubjects, string>];
  /** Why anyone may call it without a tenant permission; a procedure declares this or `permission`, never both. */
  public?: string;
}

const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const appError = error.cause instanceof AppError ? error.cause : null;
    return {
      ...shape,
      message: appError ? appError.message : shape.message,
      data: {
        ...shape.data,
        // Never leak stack traces to clients.
        stack: undefined,
        appError: appError ? { code: appError.code, text: appError.text, details: appError.details } : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

// Every procedure passes through here: domain errors become transport errors in exactly one place.
const errorMapping = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    const appError =
      result.error.code === 'BAD_REQUEST' && !(cause instanceof AppError)
        ? new AppError(
            'BAD_INPUT',
            { zh: `输入不符合要求：${result.error.message}`, en: `Invalid input: ${result.error.message}` },
            { cause, details: cause && 'issues' in cause ? cause.issues : undefined },
          )
        : toAppError(cause ?? result.error);
    if (appError.code === 'INTERNAL') console.error(result.error);
    throw new TRPCError({ code: TRPC_CODE_OF[appError.code], message: appError.message, cause: appError });
  }
  return result;
});

/** Anyone, including the public. */
export const publicProcedure = t.procedure.use(errorMapping);

/** A signed-in person. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) {
    throw new AppError('UNAUTHENTICATED', { zh: '请先登录。', en: 'Please sign in first.' });
  }
  return next({ ctx: { user: ctx.user } });
});

/**
 * A signed-in person acting inside their own tenant. The tenant comes from the session, never from the
 * request; `db` is confined to that tenant and `ability` says what this person may do within it.
 */
export const tenantProcedure = authedProcedure.use(async ({ ctx, meta, next }) => {
  if (!meta?.permission) {
    throw new AppError('INTERNAL', { zh: '该接口未声明所需权限。', en: 'This procedure declares no permission.' });
  }
  const tenant = await ctx.prisma.tenant.findUnique({ where: { id: ctx.user.tenantId } });
  if (!tenant) throw new AppError('UNAUTHENTICATED', { zh: '所属单位不存在，请重新登录。', en: 'Your tenant no longer exists; sign in again.' });
  const ability = defineAbilityFor(ctx.user);
  const [action, subject] = meta.permission;
  if (!ability.can(action, subject)) {
    throw new AppError('FORBIDDEN', { zh: '您的角色无权执行此操作。', en: 'Your role may not do this.' });
  }
  return next({
    ctx: {
      tenant,
      ability,
      db: scopeToTenant(ctx.prisma, tenant.id),
    },
  });
});

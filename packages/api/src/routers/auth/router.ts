import { loginWithPassword, revokeSession } from '@sanxiang/identity';
import { z } from 'zod';
import { authedProcedure, createTRPCRouter, publicProcedure } from '../../trpc.ts';

const ZSessionUser = z.object({
  id: z.string(),
  tenantId: z.string(),
  tenantCode: z.string(),
  departmentId: z.string().nullable(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
});

export const ZLoginInput = z.object({
  tenantCode: z.string().min(1).max(64),
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type TLoginInput = z.infer<typeof ZLoginInput>;

export const authRouter = createTRPCRouter({
  login: publicProcedure
    .meta({ public: 'signing in comes before any session' })
    .input(ZLoginInput)
    .output(ZSessionUser)
    .mutation(async ({ ctx, input }) => {
      const { token, expiresAt, user } = await loginWithPassword(ctx.prisma, input);
      ctx.cookies.set(token, expiresAt);
      return user;
    }),
  me: publicProcedure
    .meta({ public: 'answers only about the caller’s own session, or null' })
    .input(z.void())
    .output(ZSessionUser.nullable())
    .query(({ ctx }) => ctx.user),
  logout: authedProcedure
    .meta({ public: 'ends the caller’s own session' })
    .input(z.void())
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx }) => {
      if (ctx.sessionToken) await revokeSession(ctx.prisma, ctx.sessionToken);
      ctx.cookies.clear();
      return { ok: true as const };
    }),
});

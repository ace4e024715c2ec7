import { migrationStatus } from '@sanxiang/db';
import { z } from 'zod';
import { createTRPCRouter, publicProcedure } from '../../trpc.ts';

export const ZHealth = z.object({
  status: z.enum(['ok', 'degraded']),
  db: z.enum(['pglite', 'postgresql']),
  migrations: z.object({ state: z.string(), applied: z.number(), pending: z.array(z.string()) }),
  version: z.string(),
  uptimeSeconds: z.number(),
});
export type THealth = z.infer<typeof ZHealth>;

export const systemRouter = createTRPCRouter({
  health: publicProcedure
    .meta({ public: 'liveness for operators; names no tenant data' })
    .input(z.void())
    .output(ZHealth)
    .query(async ({ ctx }) => {
      const status = await migrationStatus(ctx.database);
      return {
        status: status.state === 'up-to-date' ? 'ok' : 'degraded',
        db: ctx.database.kind,
        migrations: { state: status.state, applied: status.applied.length, pending: status.pending },
        version: ctx.info.version,
        uptimeSeconds: Math.round((Date.now() - ctx.info.startedAt.getTime()) / 1000),
      };
    }),
});

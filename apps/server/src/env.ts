// The one place this app reads process.env.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgresql:// or postgres://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SANXIANG_DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  SANXIANG_TENANT_CONFIGS: z.string().default(path.join(repoRoot, 'tenant-configs')),
  SANXIANG_RULESETS: z.string().default(path.join(repoRoot, 'rulesets')),
  SANXIANG_WEB_DIST: z.string().default(path.join(repoRoot, 'apps/web/dist')),
  /** Development only: the password the seed gives every demo user. */
  SANXIANG_DEMO_PASSWORD: z.string().min(8).default('sanxiang-demo-2026'),
  SANXIANG_COOKIE_SECURE: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  /** Development and tests only: the server's clock starts at this instant and runs on (server-clock.ts). */
  SANXIANG_CLOCK: z.iso.datetime({ offset: true }).optional().or(z.literal('').transform(() => undefined)),
  /** How often disclosure jobs run (seconds): auto-publishing due entries, ending display periods, sending pushes; 0 turns them off. */
  SANXIANG_JOBS_INTERVAL_S: z.coerce.number().int().min(0).max(86_400).default(30),
}).superRefine((env, context) => {
  // A production server that ran on a moved clock would date real decisions and deadlines wrongly.
  if (env.NODE_ENV === 'production' && env.SANXIANG_CLOCK !== undefined) {
    context.addIssue({ code: 'custom', path: ['SANXIANG_CLOCK'], message: 'is for development and tests only; unset it in production / 仅供开发和测试使用，生产环境请删除' });
  }
});

export type Env = z.infer<typeof ZEnv> & {
  /** `SANXIANG_PUSH_SECRET_<TENANT>`: each tenant's key for signing its pushes (packages/connector). */
  pushSecrets: Record<string, string>;
};

const PUSH_SECRET_PREFIX = 'SANXIANG_PUSH_SECRET_';

/** Parses the environment; a bad value ends the process with one line per problem, never a stack. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      console.error(`环境变量 ${issue.path.join('.')} 无效 / invalid environment variable ${issue.path.join('.')}: ${issue.message}`);
    }
    process.exit(1);
  }
  const pushSecrets = Object.fromEntries(
    Object.entries(source).flatMap(([name, value]) => (name.startsWith(PUSH_SECRET_PREFIX) && value ? [[name, value] as const] : [])),
  );
  return { ...parsed.data, pushSecrets };
}

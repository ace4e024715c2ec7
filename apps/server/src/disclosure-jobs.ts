// Disclosure's timed work, for every tenant: publish what is due where the tenant chose automatic publishing, take down
// entries whose display period ended, and send the queued pushes to each tenant's provincial platform. The push queue
// (DisclosurePush) is filled by packages/disclosure in the same transaction as the publication or withdrawal; this only
// drains it, so a crash here loses nothing: the rows stay PENDING and the next tick sends them.
import { autoPublishDue, expireDisplayed } from '@sanxiang/disclosure';
import { drainPushes, prismaPushStore, resolvePushEndpoint, type DrainSummary, type TenantEndpoint } from '@sanxiang/connector';
import type { Database } from '@sanxiang/db';
import { configVersionInForce, storedConfig } from '@sanxiang/tenancy';

export interface DisclosureJobOptions {
  database: Database;
  now: () => Date;
  secrets: Readonly<Record<string, string | undefined>>;
  intervalMs: number;
  log: (line: string) => void;
}

/** Where a tenant's pushes go, read from the configuration in force today; null (and one log line) when it has none. */
export async function tenantEndpoint(options: Omit<DisclosureJobOptions, 'intervalMs'>, tenantId: string): Promise<TenantEndpoint | null> {
  const { prisma } = options.database;
  const tenant = await prisma.tenant.findUnique({ where: { id: tenantId }, select: { code: true } });
  if (!tenant) return null;
  const version = await configVersionInForce(prisma, tenantId, options.now());
  const channels = version ? storedConfig(version).tenant.disclosureChannels : undefined;
  const resolved = resolvePushEndpoint({ tenantCode: tenant.code, channels, secrets: options.secrets });
  if (resolved.ok) return resolved.endpoint;
  options.log(`省级平台推送：${resolved.problem.zh} / provincial push: ${resolved.problem.en}`);
  return null;
}

/** One drain of every tenant's due pushes. */
export function drainPushesOnce(options: Omit<DisclosureJobOptions, 'intervalMs'>): Promise<DrainSummary> {
  const endpoints = new Map<string, Promise<TenantEndpoint | null>>();
  return drainPushes(prismaPushStore(options.database.prisma), options.now(), {
    endpointFor: (tenantId) => {
      let endpoint = endpoints.get(tenantId);
      if (!endpoint) endpoints.set(tenantId, (endpoint = tenantEndpoint(options, tenantId)));
      return endpoint;
    },
  });
}

/** One tick: publications first, so that their pushes go out in the same tick. */
export async function runDisclosureJobs(options: Omit<DisclosureJobOptions, 'intervalMs'>) {
  const { prisma } = options.database;
  const published = await autoPublishDue(prisma, options.now());
  const expired = await expireDisplayed(prisma, options.now());
  const pushed = await drainPushesOnce(options);
  return { published, expired, pushed };
}

/** Runs the jobs on a timer; ticks never overlap, and a failed tick is logged and retried at the next one. */
export function startDisclosureJobs(options: DisclosureJobOptions): { stop(): Promise<void> } {
  if (options.intervalMs <= 0) return { stop: async () => {} };
  let running: Promise<unknown> = Promise.resolve();
  const fail = (error: unknown) => options.log(`公示定时任务失败，下次重试 / disclosure jobs failed, retrying next time: ${error instanceof Error ? error.message : String(error)}`);
  const timer = setInterval(() => {
    running = running.then(() => runDisclosureJobs(options)).then((result) => {
      if (result.published.published + result.published.withheld + result.published.failed.length + result.pushed.claimed > 0) {
        options.log(`公示定时任务 / disclosure jobs: ${JSON.stringify(result)}`);
      }
    }, fail);
  }, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

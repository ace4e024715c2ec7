// `pnpm start`: migrate, load every tenant folder, seed demo users (development only), serve.
import { loadTenants, openMigratedDatabase } from './bootstrap.ts';
import { compileTenantFromDisk, configSourcesOf, loadVendorExtensions, tenantCalendar } from './config-sources.ts';
import { createCaseEngines } from '@sanxiang/workflow';
import { createLocalBlobStore } from '@sanxiang/api';
import path from 'node:path';
import { readEnv } from './env.ts';
import { exitWithError } from './fail.ts';
import { seedDemoData } from './seed/demo.ts';
import { buildServer } from './server.ts';
import { serverClock } from './server-clock.ts';
import { startDisclosureJobs } from './disclosure-jobs.ts';

const log = (line: string) => console.log(line);

async function main() {
  const env = readEnv();
  const now = serverClock(env.SANXIANG_CLOCK);
  if (env.SANXIANG_CLOCK) log(`时钟已调整（仅供测试）/ clock moved for testing: now ${now().toISOString()}`);
  const database = await openMigratedDatabase(env, log);
  const tenants = await loadTenants(database, configSourcesOf(env), log, now);
  if (env.NODE_ENV !== 'production') {
    await seedDemoData(database, tenants.map((t) => t.code), env.SANXIANG_DEMO_PASSWORD, log);
  }
  const sources = configSourcesOf(env);
  const caseEngines = createCaseEngines({ calendarFor: (config) => tenantCalendar(sources, config.tenant.code), extensions: await loadVendorExtensions(sources.rulesetsDir) });
  const app = await buildServer({
    database,
    webDist: env.SANXIANG_WEB_DIST,
    secureCookies: env.SANXIANG_COOKIE_SECURE,
    version: process.env.npm_package_version ?? 'dev',
    compileTenantConfig: (code) => compileTenantFromDisk(sources, code),
    caseEngines,
    now,
    configRoots: sources,
    // Evidence files beside the embedded database; an S3-compatible store (createS3BlobStore) plugs in here.
    evidence: { store: createLocalBlobStore(path.join(env.SANXIANG_DATA_DIR, 'evidence')) },
  });
  const jobs = startDisclosureJobs({ database, now, secrets: env.pushSecrets, intervalMs: env.SANXIANG_JOBS_INTERVAL_S * 1000, log });
  const shutdown = async () => {
    await jobs.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: env.PORT, host: env.HOST });
  log(`三项制度平台已启动 / Sanxiang is serving http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`);
}

main().catch(exitWithError);

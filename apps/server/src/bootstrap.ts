import { compileTenant, formatIssue, loadTenantFolders } from '@sanxiang/config';
import { type Database, migrate, openDatabase } from '@sanxiang/db';
import { publishEffectiveConfig, syncTenantDirectory, type DirectorySyncResult } from '@sanxiang/tenancy';
import { type ConfigSources, loadVendorExtensions } from './config-sources.ts';
import type { Env } from './env.ts';

export type Log = (line: string) => void;

/** Opens the database the environment names and brings it to the latest migration. */
export async function openMigratedDatabase(env: Env, log: Log): Promise<Database> {
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.SANXIANG_DATA_DIR });
  log(`数据库 / database: ${database.kind} (${database.location})`);
  try {
    const { applied } = await migrate(database);
    log(applied.length ? `已应用迁移 / applied migrations: ${applied.join(', ')}` : '迁移已是最新 / migrations up to date');
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Loads every tenant folder, compiles its configuration through its layers, and, when it compiles cleanly,
 * writes its directory and publishes it (a new version only when something changed). A folder that does not
 * load or compile is reported with its path and left as it was: its live version stays, the others load.
 */
export async function loadTenants(
  database: Database, sources: ConfigSources, log: Log,
  // The server's clock (server-clock.ts): a version published at start-up governs acts from "now" on.
  now: () => Date = () => new Date(),
): Promise<DirectorySyncResult[]> {
  const { tenants, issues } = loadTenantFolders(sources.tenantsDir);
  for (const issue of issues) log(`配置错误 / config error: ${formatIssue(issue)}`);
  const extensions = await loadVendorExtensions(sources.rulesetsDir);
  const results: DirectorySyncResult[] = [];
  for (const loaded of tenants) {
    const code = loaded.tenant.code;
    const compiled = compileTenant({ ...sources, tenantCode: code, extensions });
    if (!compiled.config) {
      for (const issue of compiled.issues) log(`配置错误 / config error: ${formatIssue(issue)}`);
      log(`租户 ${code} 未更新，现行版本不变 / tenant ${code} not updated: its live version stays`);
      continue;
    }
    const result = await syncTenantDirectory(database.prisma, loaded);
    const { version, created } = await publishEffectiveConfig(database.prisma, { tenantId: result.tenantId, config: compiled.config, note: 'loaded at start-up', effectiveFrom: now() });
    log(
      `租户 / tenant ${code}: ${result.departments} 个部门 departments, ${result.items} 个执法事项 enforcement items, ` +
        `配置版本 / config version ${version.sequence}${created ? ' (new)' : ''} ${version.hash.slice(0, 12)}`,
    );
    results.push(result);
  }
  return results;
}

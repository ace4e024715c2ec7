import { formatIssue, loadTenantFolders } from '@sanxiang/config';
import { type Database, migrate, openDatabase } from '@sanxiang/db';
import { syncTenantDirectory, type DirectorySyncResult } from '@sanxiang/tenancy';
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
 * Loads every tenant folder and writes its directory to the database. A malformed folder is reported
 * with its path and skipped; the other tenants still load.
 */
export async function loadTenants(database: Database, root: string, log: Log): Promise<DirectorySyncResult[]> {
  const { tenants, issues } = loadTenantFolders(root);
  for (const issue of issues) log(`配置错误 / config error: ${formatIssue(issue)}`);
  const results: DirectorySyncResult[] = [];
  for (const loaded of tenants) {
    const result = await syncTenantDirectory(database.prisma, loaded);
    log(`租户 / tenant ${result.code}: ${result.departments} 个部门 departments, ${result.items} 个执法事项 enforcement items`);
    results.push(result);
  }
  return results;
}

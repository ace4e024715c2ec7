import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compareIssues, type ConfigIssue } from './issues.ts';
import { readJsonSource } from './json-source.ts';
import { checkEnforcementItemsFile, checkTenantFile } from './schemas.ts';
import type { EnforcementItemsFile, LoadedTenant, TenantConfig, TenantFolderResult } from './tenant-config.ts';
import { referenceIssues, type CheckedFile } from './tenant-references.ts';

export const TENANT_FILE = 'tenant.json';
/** Optional: a tenant that has just been onboarded may not list any items yet. */
export const ENFORCEMENT_ITEMS_FILE = 'enforcement-items.json';

/** A tenant folder's tenant.json and enforcement-items.json, each kept with its parse tree when it passed. */
export interface TenantFolderFiles {
  tenant?: CheckedFile<TenantConfig>;
  items?: CheckedFile<EnforcementItemsFile>;
  issues: ConfigIssue[];
}

/** Reads and checks tenant.json and enforcement-items.json, keeping the sources so later checks can locate things. */
export function readTenantFolder(dir: string): TenantFolderFiles {
  const tenantRead = readJsonSource(join(dir, TENANT_FILE));
  const itemsRead = readJsonSource(join(dir, ENFORCEMENT_ITEMS_FILE), { optional: true });

  const tenantChecked = tenantRead.source ? checkTenantFile(tenantRead.source) : undefined;
  const itemsChecked = itemsRead.source ? checkEnforcementItemsFile(itemsRead.source) : undefined;

  let tenant: CheckedFile<TenantConfig> | undefined;
  if (tenantRead.source && tenantChecked?.value) {
    // "$schema" only tells editors where the schema is; it is not part of the configuration.
    const { $schema: _editorSchema, ...config } = tenantChecked.value;
    tenant = { source: tenantRead.source, value: config };
  }
  const items = itemsRead.source && itemsChecked?.value ? { source: itemsRead.source, value: itemsChecked.value } : undefined;

  const issues = [
    ...tenantRead.issues,
    ...(tenantChecked?.issues ?? []),
    ...itemsRead.issues,
    ...(itemsChecked?.issues ?? []),
    ...referenceIssues(basename(dir), tenant, items),
  ].sort(compareIssues);
  return { tenant, items, issues };
}

/** Loads one tenant folder. */
export function loadTenantFolder(dir: string): { tenant?: LoadedTenant; issues: ConfigIssue[] } {
  const { tenant, items, issues } = readTenantFolder(dir);
  // A folder with any issue is left out whole: loading half a tenant would hide the problem until a case hits it.
  if (issues.length > 0 || !tenant) return { issues };
  return { tenant: { dir, tenant: tenant.value, items: items?.value.items ?? [] }, issues };
}

/**
 * Loads every immediate subfolder of `root` as a tenant. A malformed folder yields issues naming its file and is
 * left out; the others still load. Never throws on bad content (only if `root` itself is unreadable).
 */
export function loadTenantFolders(root: string): TenantFolderResult {
  const names = readdirSync(root, { withFileTypes: true })
    // Hidden folders belong to editors and version control (.vscode, .git), not to tenants.
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  const result: TenantFolderResult = { tenants: [], issues: [] };
  for (const name of names) {
    const { tenant, issues } = loadTenantFolder(join(root, name));
    if (tenant) result.tenants.push(tenant);
    result.issues.push(...issues);
  }
  return result;
}

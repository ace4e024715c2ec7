import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileTenant, type ConfigIssue, type EffectiveConfig, ExtensionRegistry, type FactDefinition, type OperatorDefinition } from '@sanxiang/config';
import type { Env } from './env.ts';

/** Where configuration lives on disk. */
export interface ConfigSources {
  rulesetsDir: string;
  tenantsDir: string;
}

export const configSourcesOf = (env: Env): ConfigSources => ({ rulesetsDir: env.SANXIANG_RULESETS, tenantsDir: env.SANXIANG_TENANT_CONFIGS });

/**
 * Vendor extensions: a ruleset folder may hold `extensions.ts` whose default export is
 * `{ operators?: defineOperator(...)[], facts?: defineFact(...)[] }` (see packages/config/README.md).
 * They are code, so they load only from the installed rulesets folder, never from uploaded data.
 */
export async function loadVendorExtensions(rulesetsDir: string): Promise<ExtensionRegistry> {
  const registry = new ExtensionRegistry();
  if (!fs.existsSync(rulesetsDir)) return registry;
  for (const name of fs.readdirSync(rulesetsDir).sort()) {
    const file = path.join(rulesetsDir, name, 'extensions.ts');
    if (!fs.existsSync(file)) continue;
    const module = (await import(pathToFileURL(file).href)) as { default?: { operators?: OperatorDefinition[]; facts?: FactDefinition[] } };
    for (const operator of module.default?.operators ?? []) registry.addOperator(operator);
    for (const fact of module.default?.facts ?? []) registry.addFact(fact);
  }
  return registry;
}

/** Compiles one tenant's configuration from disk, with every installed vendor extension. */
export async function compileTenantFromDisk(sources: ConfigSources, tenantCode: string): Promise<{ config?: EffectiveConfig; issues: ConfigIssue[] }> {
  const extensions = await loadVendorExtensions(sources.rulesetsDir);
  return compileTenant({ ...sources, tenantCode, extensions });
}

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CalendarOverlay, loadCalendarOverlay, loadCalendarYears, WorkingCalendar } from '@sanxiang/calendar';
import { compileTenant, type ConfigIssue, type EffectiveConfig, ExtensionRegistry, type FactDefinition, type OperatorDefinition } from '@sanxiang/config';
import { AppError } from '@sanxiang/errors';
import type { Env } from './env.ts';
import { formSchemaFileProblems } from './form-schema-check.ts';

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
  // Not a vendor's, but carried the same way into every compile: tenant form schemas are checked as untrusted input.
  const registry = new ExtensionRegistry().checkFormSchemasWith(formSchemaFileProblems);
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

/**
 * The tenant's working calendar: the national years, plus the regional overlay its `calendar.json` names
 * (national years alone when no tenant is named, for rulesets).
 * Problems in the data are printed as warnings; a year with a broken file counts as unpublished (provisional).
 */
export function tenantCalendar(sources: ConfigSources, tenantCode?: string): WorkingCalendar {
  const { years, issues } = loadCalendarYears(path.join(sources.rulesetsDir, 'national/calendar'));
  if (tenantCode === undefined) return WorkingCalendar.from(years);
  const tenantDir = path.join(sources.tenantsDir, tenantCode);
  if (!fs.existsSync(path.join(tenantDir, 'tenant.json'))) {
    throw new AppError('NOT_FOUND', { zh: `找不到租户目录 ${tenantDir}`, en: `no tenant folder ${tenantDir}` });
  }
  const overlays: CalendarOverlay[] = [];
  const reference = path.join(tenantDir, 'calendar.json');
  if (fs.existsSync(reference)) {
    const { overlay: overlayPath } = JSON.parse(fs.readFileSync(reference, 'utf8')) as { overlay?: string };
    if (overlayPath) {
      const loaded = loadCalendarOverlay(path.resolve(tenantDir, overlayPath));
      issues.push(...loaded.issues);
      if (loaded.overlay) overlays.push(loaded.overlay);
    }
  }
  for (const issue of issues) console.error(`警告 / warning: ${issue.file} ${issue.pointer} ${issue.message.zh} / ${issue.message.en}`);
  return WorkingCalendar.from(years, overlays);
}

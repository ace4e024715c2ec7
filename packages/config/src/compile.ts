import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileIssue, missingMessage } from './bounded-file.ts';
import { tenantReferenceIssues, thresholdReferenceIssues, unsetThresholdIssues } from './cross-references.ts';
import type { EffectiveConfig, EffectiveDepartment, EffectiveRuleset, LayerSummary } from './effective-config.ts';
import { vocabularyOf, type ExtensionRegistry, type Vocabulary } from './extension.ts';
import { capIssuesPerFile, formatIssue, type ConfigIssue } from './issues.ts';
import { issueAt } from './json-source.ts';
import { itemsWithGuideDefaults } from './kinds/enforcement-items.ts';
import { readLayerFolder, type LayerRead } from './layer-folder.ts';
import { MergeState } from './merge.ts';
import { declaredExtensions, readRuleset, resolveRulesetChain, RULESET_FILE, type LoadedRuleset } from './ruleset-chain.ts';
import type { DepartmentConfig } from './tenant-config.ts';
import { readTenantFolder } from './tenant-folder.ts';

export interface CompileTenantOptions {
  /** The folder holding one folder per ruleset (rulesets/). */
  rulesetsDir: string;
  /** The folder holding one folder per tenant (tenant-configs/). */
  tenantsDir: string;
  tenantCode: string;
  /** Vendor operators and facts; a ruleset in the chain must also declare each one it uses. */
  extensions?: ExtensionRegistry;
}

export interface CompileResult<T> {
  /** Present only when there are no issues: half a configuration is never handed on. */
  config?: T;
  issues: ConfigIssue[];
}

/** The folder under departments/ that holds a department's own layer. */
export const DEPARTMENTS_FOLDER = 'departments';

/**
 * Compiles a tenant's effective configuration: national → provinces → … → tenant, and for each department with a
 * layer of its own, that layer (and its parent departments' layers) on top. Never throws on bad content.
 */
export function compileTenant(options: CompileTenantOptions): CompileResult<EffectiveConfig> {
  const { rulesetsDir, tenantsDir, tenantCode } = options;
  const tenantDir = join(tenantsDir, tenantCode);
  const files = readTenantFolder(tenantDir);
  const issues: ConfigIssue[] = [...files.issues];
  const tenant = files.tenant;
  if (!tenant) return { issues: finish(issues) };

  const chain = resolveRulesetChain(rulesetsDir, { names: tenant.value.extends, source: tenant.source, pointer: '/extends' });
  issues.push(...chain.issues);
  // Merging a broken hierarchy would only add echoes of the break (layers in the wrong order, thresholds never set).
  if (chain.issues.length > 0) return { issues: finish(issues) };
  // Without the national layer every rule the law fixes would be dropped without a word.
  if (!chain.rulesets.some((ruleset) => ruleset.manifest.kind === 'national')) {
    issues.push(issueAt(tenant.source, '/extends', 'NATIONAL_LAYER_MISSING', {
      zh: `extends 应（直接或间接）包含国家层（kind 为 national 的规则层），实际为：${tenant.value.extends.join('、') || '空'}`,
      en: `expected extends to include, directly or through another ruleset, the national layer (a ruleset of kind national), found ${tenant.value.extends.join(', ') || 'none'}`,
    }));
    return { issues: finish(issues) };
  }
  const { vocabulary, extensions } = vocabularyFor(chain.rulesets, options.extensions, issues);
  const reads = chain.rulesets.map((ruleset) => readRulesetLayer(rulesetsDir, ruleset, vocabulary));

  const tenantPath = `${basename(tenantsDir)}/${tenantCode}`;
  const tenantRead = readLayerFolder({ dir: tenantDir, name: tenantCode, kind: 'tenant', path: tenantPath, vocabulary, skip: ['enforcement-items.json'] });
  const items = files.items;
  if (items) tenantRead.layer.content.enforcementItems = itemsWithGuideDefaults(items.value).map((value, index) => ({ value, source: items.source, pointer: `/items/${index}` }));
  reads.push(tenantRead);
  for (const read of reads) issues.push(...read.issues);

  const base = MergeState.empty();
  for (const read of reads) base.apply(read.layer, issues);
  const baseReferences = reads.flatMap((read) => read.thresholds);
  issues.push(...thresholdReferenceIssues(baseReferences, base), ...unsetThresholdIssues(baseReferences, base, tenant));
  issues.push(...tenantReferenceIssues(base, tenant.value, tenantPath));

  const departmentReads = readDepartmentLayers(tenantDir, tenantPath, tenant.value.departments, vocabulary, issues, tenant.source.file);
  const departments: EffectiveDepartment[] = [];
  for (const department of [...tenant.value.departments].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    const own = ancestry(department, tenant.value.departments).flatMap((code) => departmentReads.get(code) ?? []);
    if (own.length === 0) continue;
    const state = base.fork();
    for (const read of own) state.apply(read.layer, issues);
    const references = [...baseReferences, ...own.flatMap((read) => read.thresholds)];
    issues.push(...thresholdReferenceIssues(references, state), ...tenantReferenceIssues(state, tenant.value, tenantPath));
    departments.push({ code: department.code, layers: [...reads, ...own].map(summary), kinds: state.kinds(), removed: state.removed() });
  }

  const finished = finish(issues);
  if (finished.length > 0) return { issues: finished };
  return {
    config: { tenant: tenant.value, layers: reads.map(summary), kinds: base.kinds(), removed: base.removed(), extensions, departments },
    issues: [],
  };
}

/** Compiles one ruleset with everything it extends, as a vendor or province checks its layer before shipping it. */
export function compileRuleset(options: { rulesetsDir: string; name: string; extensions?: ExtensionRegistry }): CompileResult<EffectiveRuleset> {
  const { rulesetsDir, name } = options;
  const own = readRuleset(rulesetsDir, name);
  if (!own.ruleset) {
    const file = join(rulesetsDir, name, RULESET_FILE);
    return { issues: finish(own.missing ? [fileIssue(file, 'FILE_MISSING', missingMessage(file))] : own.issues) };
  }
  const issues: ConfigIssue[] = [];
  const chain = resolveRulesetChain(rulesetsDir, { names: [name], source: own.ruleset.source, pointer: '/name' });
  issues.push(...chain.issues);
  if (chain.issues.length > 0) return { issues: finish(issues) };
  const { vocabulary, extensions } = vocabularyFor(chain.rulesets, options.extensions, issues);
  const reads = chain.rulesets.map((ruleset) => readRulesetLayer(rulesetsDir, ruleset, vocabulary));
  const state = MergeState.empty();
  for (const read of reads) {
    issues.push(...read.issues);
    state.apply(read.layer, issues);
  }
  issues.push(...thresholdReferenceIssues(reads.flatMap((read) => read.thresholds), state));
  const finished = finish(issues);
  if (finished.length > 0) return { issues: finished };
  return { config: { layers: reads.map(summary), kinds: state.kinds(), removed: state.removed(), extensions }, issues: [] };
}

function vocabularyFor(rulesets: readonly LoadedRuleset[], registry: ExtensionRegistry | undefined, issues: ConfigIssue[]): {
  vocabulary: Vocabulary; extensions: { operators: string[]; facts: string[] };
} {
  const declared = declaredExtensions(rulesets, registry);
  issues.push(...declared.issues);
  const extensions = { operators: [...declared.operators].sort(), facts: [...declared.facts].sort() };
  return { vocabulary: vocabularyOf(registry, extensions), extensions };
}

function readRulesetLayer(rulesetsDir: string, ruleset: LoadedRuleset, vocabulary: Vocabulary): LayerRead {
  return readLayerFolder({ dir: ruleset.dir, name: ruleset.name, kind: ruleset.manifest.kind, path: `${basename(rulesetsDir)}/${ruleset.name}`, vocabulary });
}

/** Reads departments/<code>/ folders; a folder not named after a department of tenant.json is an issue. */
function readDepartmentLayers(
  tenantDir: string, tenantPath: string, departments: readonly DepartmentConfig[], vocabulary: Vocabulary, issues: ConfigIssue[], tenantFile: string,
): Map<string, LayerRead> {
  const reads = new Map<string, LayerRead>();
  const root = join(tenantDir, DEPARTMENTS_FOLDER);
  let names: string[] = [];
  try {
    names = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name).sort();
  } catch {
    // A tenant without department layers has no departments/ folder.
  }
  const known = new Set(departments.map((department) => department.code));
  for (const name of names) {
    if (!known.has(name)) {
      issues.push(fileIssue(tenantFile, 'UNKNOWN_DEPARTMENT_LAYER', {
        zh: `文件夹 ${DEPARTMENTS_FOLDER}/${name} 应以 tenant.json 中的部门代码命名（${[...known].join('、')}），实际没有部门 "${name}"`,
        en: `expected the folder ${DEPARTMENTS_FOLDER}/${name} to be named after a department in tenant.json (${[...known].join(', ')}), found no department "${name}"`,
      }));
      continue;
    }
    const read = readLayerFolder({ dir: join(root, name), name: `${basename(tenantDir)}/${name}`, kind: 'department', path: `${tenantPath}/${DEPARTMENTS_FOLDER}/${name}`, vocabulary });
    issues.push(...read.issues);
    reads.set(name, read);
  }
  return reads;
}

/** A department's codes from the top of its parent chain down to itself; a loop (reported elsewhere) stops it. */
function ancestry(department: DepartmentConfig, departments: readonly DepartmentConfig[]): string[] {
  const byCode = new Map(departments.map((one) => [one.code, one]));
  const chain: string[] = [];
  for (let current: DepartmentConfig | undefined = department; current && !chain.includes(current.code); current = current.parent ? byCode.get(current.parent) : undefined) {
    chain.unshift(current.code);
  }
  return chain;
}

function summary(read: LayerRead): LayerSummary {
  return { name: read.layer.name, kind: read.layer.kind, path: read.layer.path };
}

/** The same issue can arise once per department that inherits a layer; each is reported once, in file order. */
function finish(issues: readonly ConfigIssue[]): ConfigIssue[] {
  const seen = new Set<string>();
  const unique = issues.filter((issue) => {
    const key = `${issue.code} ${formatIssue(issue)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return capIssuesPerFile(unique);
}


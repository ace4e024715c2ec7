/**
 * The real Zhongshan tenant (tenant-configs/zhongshan) as the benchmark needs it: compiled by @sanxiang/config, its
 * enforcement items gathered from every department's layer (the tenant level holds none), and the whole catalogue
 * the peers hold: every review entry and discretion benchmark of the tenant and department layers, once each.
 */
import { existsSync } from 'node:fs';
import {
  compileTenant, formatIssue, type Condition, type DiscretionBenchmark, type EffectiveConfig, type EnforcementItemConfig, type ReviewEntry, type Threshold,
} from '../../packages/config/src/index.ts';
import { canonicalJson } from '../../packages/config/src/index.ts';

export interface Catalogue {
  entries: ReviewEntry[];
  benchmarks: DiscretionBenchmark[];
  thresholds: Map<string, Threshold>;
  tiers: number;
}

/** Compiles tenant-configs/zhongshan, or prints its issues and exits 1: the benchmark measures nothing else. */
export function loadZhongshan(root: string): EffectiveConfig {
  if (!existsSync(`${root}tenant-configs/zhongshan/tenant.json`)) {
    console.error('tenant-configs/zhongshan/tenant.json is missing: the engine benchmark runs on the Zhongshan tenant only');
    process.exit(1);
  }
  const compiled = compileTenant({ rulesetsDir: `${root}rulesets`, tenantsDir: `${root}tenant-configs`, tenantCode: 'zhongshan' });
  if (!compiled.config) {
    console.error(`tenant-configs/zhongshan does not compile (${compiled.issues.length} issues):`);
    for (const issue of compiled.issues) console.error(`  ${formatIssue(issue)}`);
    process.exit(1);
  }
  return compiled.config;
}

/**
 * Every enforcement item a case can name, once each. A legal-review section carries a copy of its agency's layer,
 * so the same item appears under two departments; the item's own `department` says who files its cases.
 */
export function enforcementItems(config: EffectiveConfig): EnforcementItemConfig[] {
  const byCode = new Map<string, EnforcementItemConfig>();
  for (const kinds of [config.kinds, ...config.departments.map((department) => department.kinds)]) {
    for (const item of kinds.enforcementItems) if (!byCode.has(item.value.code)) byCode.set(item.value.code, item.value);
  }
  return [...byCode.values()];
}

/**
 * Items of one id, gathered across layers. The same id must mean the same thing everywhere (a department's copy of
 * a national entry, a review section's copy of its agency's): a peer holding one of two different versions would not
 * be holding the same catalogue as ours, so a conflict stops the benchmark.
 */
function unique<T>(lists: readonly (readonly { value: T }[])[], idOf: (value: T) => string, kind: string): T[] {
  const byId = new Map<string, { value: T; text: string }>();
  for (const list of lists) {
    for (const { value } of list) {
      const id = idOf(value);
      const seen = byId.get(id);
      if (!seen) {
        byId.set(id, { value, text: canonicalJson(value) });
        continue;
      }
      if (seen.value !== value && seen.text !== canonicalJson(value)) {
        console.error(`${kind} ${id} differs between departments; the peers cannot hold one catalogue`);
        process.exit(1);
      }
    }
  }
  return [...byId.values()].map((each) => each.value);
}

function thresholdsRead(condition: Condition, into: Set<string>): void {
  if ('all' in condition) for (const child of condition.all) thresholdsRead(child, into);
  else if ('any' in condition) for (const child of condition.any) thresholdsRead(child, into);
  else if ('not' in condition) thresholdsRead(condition.not, into);
  else if (condition.operator === 'atLeastThreshold' || condition.operator === 'withinThreshold') into.add(String(condition.value));
}

/** The whole review catalogue and discretion benchmark, tenant and department layers together. */
export function wholeCatalogue(config: EffectiveConfig): Catalogue {
  const layers = [config.kinds, ...config.departments.map((department) => department.kinds)];
  const entries = unique(layers.map((kinds) => kinds.reviewCatalogue), (entry) => entry.id, 'review entry');
  const benchmarks = unique(layers.map((kinds) => kinds.discretionBenchmarks), (benchmark) => benchmark.id, 'discretion benchmark')
    .filter((benchmark) => !benchmark.disabled);
  // Only the thresholds the catalogue reads: a department may tighten another one (public security's hearing amount).
  const read = new Set<string>();
  const conditions = [...entries.flatMap((entry) => entry.criteria.map((criterion) => criterion.condition)), ...benchmarks.flatMap((benchmark) => benchmark.tiers.map((tier) => tier.condition))];
  for (const condition of conditions) thresholdsRead(condition, read);
  const thresholds = unique(layers.map((kinds) => kinds.thresholds.filter((threshold) => read.has(threshold.id))), (threshold) => threshold.id, 'threshold');
  return {
    entries, benchmarks, thresholds: new Map(thresholds.map((threshold) => [threshold.id, threshold])),
    tiers: benchmarks.reduce((sum, benchmark) => sum + benchmark.tiers.length, 0),
  };
}

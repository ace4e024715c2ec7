/**
 * Configuration benchmark (not a test): load, validate and compile the zhongshan tenant, the largest in the
 * repository (seed 002's sizes: 754 review-catalogue entries, 10,523 discretion tiers).
 *
 *   pnpm bench:config                       (from the repository root)
 *   pnpm bench:config -- --tenant shaoyang  (another tenant)
 *
 * Each cold run is a fresh child process, so file reads, JSON Schema compilation and the JIT all start cold, as when
 * the server starts; its peak RSS is the process's own (getrusage maxrss). Warm runs repeat the compile in one process.
 * The last line is one JSON object: {"tenant":…, "cold_p50_ms":…, "warm_p50_ms":…, "peak_rss_mb":…, …}.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compileTenant } from '../../packages/config/src/index.ts';
import { WorkingCalendar } from '../../packages/calendar/src/index.ts';
import { compileTenantEngines } from '../../packages/engine/src/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const tenantCode = args.includes('--tenant') ? args[args.indexOf('--tenant') + 1] ?? 'zhongshan' : 'zhongshan';
const COLD_RUNS = 5;
const WARM_RUNS = 10;

interface Sample {
  /** compileTenant: read every file of the chain, check each against its schema, merge the layers. */
  config_ms: number;
  /** compileTenantEngines plus one department's engine (the largest): what the first case of a department costs. */
  engine_ms: number;
  total_ms: number;
  peak_rss_mb: number;
  heap_mb: number;
  counts: Record<string, number>;
}

function measureOnce(): Sample {
  const started = performance.now();
  const compiled = compileTenant({ rulesetsDir: `${root}rulesets`, tenantsDir: `${root}tenant-configs`, tenantCode });
  const configDone = performance.now();
  if (!compiled.config) throw new Error(`${tenantCode} does not compile: ${compiled.issues.length} issues`);
  const engines = compileTenantEngines(compiled.config, WorkingCalendar.from([], []));
  const largest = [...compiled.config.departments].sort((a, b) => size(b.kinds) - size(a.kinds))[0];
  engines.forDepartment(largest?.code);
  const done = performance.now();
  // The tenant's items and every department's, each id once (a department sees the tenant's items as well as its own).
  const all = [compiled.config.kinds, ...compiled.config.departments.map((department) => department.kinds)];
  const distinct = <T extends { id: string }>(pick: (kinds: (typeof all)[number]) => readonly T[]): T[] =>
    [...new Map(all.flatMap((kinds) => pick(kinds)).map((item) => [item.id, item])).values()];
  const benchmarks = distinct((kinds) => kinds.discretionBenchmarks);
  return {
    config_ms: configDone - started,
    engine_ms: done - configDone,
    total_ms: done - started,
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    heap_mb: process.memoryUsage().heapUsed / 1048576,
    counts: {
      departments: compiled.config.departments.length,
      departmentsWithLayers: engines.departments.length,
      reviewEntries: distinct((kinds) => kinds.reviewCatalogue).length,
      discretionBenchmarks: benchmarks.length,
      discretionTiers: benchmarks.reduce((sum, benchmark) => sum + benchmark.value.tiers.length, 0),
      enforcementItems: distinct((kinds) => kinds.enforcementItems).length,
    },
  };
}

function size(kinds: { reviewCatalogue: readonly unknown[]; discretionBenchmarks: readonly unknown[]; enforcementItems: readonly unknown[] }): number {
  return kinds.reviewCatalogue.length + kinds.discretionBenchmarks.length + kinds.enforcementItems.length;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const round = (value: number): number => Math.round(value * 10) / 10;

if (args.includes('--child')) {
  console.log(JSON.stringify(measureOnce()));
} else {
  console.log(`Configuration benchmark: tenant ${tenantCode}, ${COLD_RUNS} cold runs (fresh processes), ${WARM_RUNS} warm runs`);
  const cold: Sample[] = [];
  for (let run = 1; run <= COLD_RUNS; run += 1) {
    const output = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', '--tenant', tenantCode], { encoding: 'utf8' });
    const sample = JSON.parse(output.trim().split('\n').at(-1)!) as Sample;
    cold.push(sample);
    console.log(`  cold ${run}/${COLD_RUNS}: config ${sample.config_ms.toFixed(0)} ms + engine ${sample.engine_ms.toFixed(0)} ms = ${sample.total_ms.toFixed(0)} ms, peak RSS ${sample.peak_rss_mb.toFixed(0)} MB`);
  }
  const warm: Sample[] = [];
  for (let run = 1; run <= WARM_RUNS; run += 1) warm.push(measureOnce());
  const first = cold[0]!;
  console.log(`  counts: ${Object.entries(first.counts).map(([name, value]) => `${name} ${value}`).join(', ')}`);
  const coldTotals = cold.map((sample) => sample.total_ms);
  const warmTotals = warm.map((sample) => sample.total_ms);
  console.log(`  cold: p50 ${percentile(coldTotals, 50).toFixed(0)} ms, max ${Math.max(...coldTotals).toFixed(0)} ms (config p50 ${percentile(cold.map((s) => s.config_ms), 50).toFixed(0)} ms, engine p50 ${percentile(cold.map((s) => s.engine_ms), 50).toFixed(0)} ms)`);
  console.log(`  warm: p50 ${percentile(warmTotals, 50).toFixed(0)} ms, max ${Math.max(...warmTotals).toFixed(0)} ms`);
  console.log(`  peak RSS of a cold process: ${Math.max(...cold.map((sample) => sample.peak_rss_mb)).toFixed(0)} MB; target: at most 1,000 ms cold`);
  console.log(JSON.stringify({
    tenant: tenantCode,
    cold_p50_ms: round(percentile(coldTotals, 50)),
    cold_max_ms: round(Math.max(...coldTotals)),
    config_p50_ms: round(percentile(cold.map((sample) => sample.config_ms), 50)),
    engine_p50_ms: round(percentile(cold.map((sample) => sample.engine_ms), 50)),
    warm_p50_ms: round(percentile(warmTotals, 50)),
    peak_rss_mb: round(Math.max(...cold.map((sample) => sample.peak_rss_mb))),
    ...first.counts,
  }));
}

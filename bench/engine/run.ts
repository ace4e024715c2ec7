/**
 * Engine benchmark (not a test): a zhongshan-sized tenant, a realistic case mix, full evaluations (all answers),
 * side by side with (a) one json-rules-engine Engine holding the whole catalogue and (b) @gorules/zen-engine.
 *
 *   npx tsx bench/engine/run.ts                          (from the repository root)
 *   node --expose-gc --import tsx bench/engine/run.ts    (memory after GC)
 *
 * The last line is one JSON object: {"p50_ms":…, "p99_ms":…, "zen_p50_ms":…, "naive_p50_ms":…, "cases":…}.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileRuleset, compileTenant, type DiscretionBenchmark, type ReviewEntry, type Threshold } from '../../packages/config/src/index.ts';
import { loadCalendarYears, WorkingCalendar } from '../../packages/calendar/src/index.ts';
import { compileEngine, evaluate, fromEffectiveConfig, type CompiledTenant, type EngineConfig } from '../../packages/engine/src/index.ts';
import { FactBook } from '../../packages/engine/src/fact-book.ts';
import { caseMix, type BenchCase } from './case-mix.ts';
import { naivePeer, zenPeer, type Facts } from './peers.ts';
import { zhongshanConfig } from './zhongshan-synthetic.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const gc = (globalThis as { gc?: () => void }).gc;
const heap = (): number => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
const ms = (value: number): string => `${value.toFixed(3)} ms`;

function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function time(cases: readonly BenchCase[], run: (item: BenchCase) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const item of cases) {
    const started = performance.now();
    await run(item);
    times.push(performance.now() - started);
  }
  return times;
}

function loadConfig(): { config: EngineConfig; source: string } {
  if (existsSync(`${root}tenant-configs/zhongshan/tenant.json`)) {
    const tenant = compileTenant({ rulesetsDir: `${root}rulesets`, tenantsDir: `${root}tenant-configs`, tenantCode: 'zhongshan' });
    if (tenant.config) return { config: fromEffectiveConfig(tenant.config), source: 'tenant-configs/zhongshan (compileTenant)' };
    console.log(`tenant-configs/zhongshan does not compile (${tenant.issues.length} issues); using the synthetic tenant`);
  }
  const national = compileRuleset({ rulesetsDir: `${root}rulesets`, name: 'national' });
  if (!national.config) throw new Error(`rulesets/national does not compile: ${national.issues.length} issues`);
  return { config: zhongshanConfig(fromEffectiveConfig(national.config)), source: 'rulesets/national + synthetic Zhongshan bulk (bench/engine/zhongshan-synthetic.ts)' };
}

/** The facts the peers' catalogue reads, flattened by the engine's own resolvers (outside the peers' timing). */
function flatFacts(tenant: CompiledTenant, item: BenchCase, names: readonly string[]): Facts {
  const book = new FactBook({ snapshot: item.snapshot, action: item.action, at: item.at, actDate: item.at, tenant: tenant.view }, tenant.resolvers);
  return Object.fromEntries(names.map((name) => [name, book.get(name) ?? null]));
}

const { years } = loadCalendarYears(`${root}rulesets/national/calendar`);
const calendar = WorkingCalendar.from(years);
const beforeConfig = heap();
const { config, source } = loadConfig();
const configBytes = heap() - beforeConfig;
const items = (config.enforcementItems ?? []).map((item) => item.value);
const domains = new Map((config.tenant.departments ?? []).flatMap((department) => (department.domain ? [[department.code, department.domain] as const] : [])));
// Enough warm-up cases to name every item once: an item's Rules are built the first time a case names it.
const warm = caseMix(items, domains, 8000, 1);
const measured = caseMix(items, domains, 3000, 2);

const before = heap();
const compileStarted = performance.now();
const compiled = compileEngine(config, calendar);
const compileMs = performance.now() - compileStarted;
const compiledBytes = heap() - before;

const run = (tenant: CompiledTenant) => (item: BenchCase) => evaluate({ config: tenant, case: item.snapshot, action: item.action, at: item.at });

const cold = await time(warm, run(compiled));
const ours = await time(measured, run(compiled));
// What the tenant holds once it has served these cases: Rules built on first use, remembered results, candidate lists.
const warmedBytes = heap() - before;
const withoutMemo = compileEngine(config, calendar, { memoEntries: 0 });
await time(warm, run(withoutMemo));
const oursWithoutMemo = await time(measured, run(withoutMemo));
const sample = await evaluate({ config: compiled, case: measured[0]!.snapshot, action: measured[0]!.action, at: measured[0]!.at });
const serialised = await time(measured.slice(0, 500), async (item) => JSON.stringify(await evaluate({ config: compiled, case: item.snapshot, action: item.action, at: item.at })));

const entries: ReviewEntry[] = (config.reviewCatalogue ?? []).map((entry) => entry.value);
const benchmarks: DiscretionBenchmark[] = (config.discretionBenchmarks ?? []).map((benchmark) => benchmark.value);
const thresholds = new Map<string, Threshold>((config.thresholds ?? []).map((threshold) => [threshold.value.id, threshold.value]));
const factNames = ['itemCode', 'category', 'department', 'partyType', 'business', ...compiled.stats.facts];
const facts = new Map(measured.map((item) => [item, flatFacts(compiled, item, factNames)]));

const zenBuild = performance.now();
const zenCatalogue = zenPeer(entries, benchmarks, thresholds);
const zenBuildMs = performance.now() - zenBuild;
const zenCases = measured.slice(0, 600);
await time(zenCases.slice(0, 50), (item) => zenCatalogue.run(facts.get(item) ?? {}));
const zenTimes = await time(zenCases, (item) => zenCatalogue.run(facts.get(item) ?? {}));

const naiveBuild = performance.now();
const naive = naivePeer(entries, benchmarks, thresholds);
const naiveBuildMs = performance.now() - naiveBuild;
const naiveCases = measured.slice(0, 25);
await time(naiveCases.slice(0, 2), (item) => naive.run(facts.get(item) ?? {}));
const naiveTimes = await time(naiveCases, (item) => naive.run(facts.get(item) ?? {}));

const p50 = percentile(ours, 50);
const p99 = percentile(ours, 99);
const zenP50 = percentile(zenTimes, 50);
const naiveP50 = percentile(naiveTimes, 50);
const stats = compiled.stats;
console.log(`tenant: ${source}`);
console.log(`  ${stats.reviewEntries} review entries, ${stats.discretionTiers} discretion tiers, ${stats.rules} compiled rules sharing ${stats.distinctConditions} distinct conditions (${stats.conditions} comparisons), ${stats.indexBuckets} index buckets; compile ${compileMs.toFixed(0)} ms`);
console.log(`  memory: configuration ${mb(configBytes)}, compiled tenant +${mb(compiledBytes)}, after serving ${warm.length + measured.length} cases (rules built on first use, memo, candidate lists) +${mb(warmedBytes)}${gc ? ' (after GC)' : ' (no --expose-gc: heap deltas without GC)'}`);
console.log(`cases: ${measured.length} measured after ${warm.length} warm-up cases (another seed); a full evaluation per case (validation, all answers, traces)`);
console.log(`  per evaluation: ${sample.trace.counts.rulesEvaluated} rules evaluated by json-rules-engine, ${sample.trace.counts.rulesRemembered} remembered, ${sample.trace.counts.rulesIndexed} settled by the guard index (first measured case)`);
console.log('');
console.log('                              p50          p99');
console.log(`ours (indexes + memo)         ${ms(p50).padEnd(12)} ${ms(p99)}`);
console.log(`ours without memo             ${ms(percentile(oursWithoutMemo, 50)).padEnd(12)} ${ms(percentile(oursWithoutMemo, 99))}`);
console.log(`ours, first 1,000 cases       ${ms(percentile(cold.slice(0, 1000), 50)).padEnd(12)} ${ms(percentile(cold.slice(0, 1000), 99))}   (cold: Rules built on first use, caches empty)`);
console.log(`ours + JSON.stringify         ${ms(percentile(serialised, 50)).padEnd(12)} ${ms(percentile(serialised, 99))}   (every sentence rendered)`);
console.log(`zen decision table            ${ms(zenP50).padEnd(12)} ${ms(percentile(zenTimes, 99))}   (${zenCatalogue.rows} rows, built in ${zenBuildMs.toFixed(0)} ms, ${zenCases.length} cases; review + tiers only)`);
console.log(`naive: one Engine             ${ms(naiveP50).padEnd(12)} ${ms(percentile(naiveTimes, 99))}   (${naive.rules} rules, built in ${naiveBuildMs.toFixed(0)} ms, ${naiveCases.length} cases; review + tiers only)`);
console.log('');
console.log(`ratios at p50: naive / ours ${(naiveP50 / p50).toFixed(0)}×, zen / ours ${(zenP50 / p50).toFixed(1)}×, naive / zen ${(naiveP50 / zenP50).toFixed(0)}×`);
console.log(`targets (2 cores): p50 ≤ 0.2 ms ${p50 <= 0.2 ? 'met' : 'missed'}, p99 ≤ 2 ms ${p99 <= 2 ? 'met' : 'missed'}`);
console.log(JSON.stringify({ p50_ms: Number(p50.toFixed(4)), p99_ms: Number(p99.toFixed(4)), zen_p50_ms: Number(zenP50.toFixed(4)), naive_p50_ms: Number(naiveP50.toFixed(3)), cases: measured.length }));

/**
 * Engine benchmark (not a test): the real Zhongshan tenant (tenant-configs/zhongshan), a realistic case mix drawn
 * from every department's items, full evaluations (all answers) on each case's department engine, side by side with
 * (a) one json-rules-engine Engine holding the whole catalogue and (b) @gorules/zen-engine.
 *
 *   pnpm bench:engine                                    (from the repository root; memory after GC)
 *   pnpm bench:engine -- --departments                   (also one line per department compiled)
 *
 * The last line is one JSON object: {"p50_ms":…, "p99_ms":…, "zen_p50_ms":…, "naive_p50_ms":…, "cases":…}.
 */
import { fileURLToPath } from 'node:url';
import { loadCalendarYears, WorkingCalendar } from '../../packages/calendar/src/index.ts';
import { compileTenantEngines, evaluate, type CompiledTenant, type TenantEngines } from '../../packages/engine/src/index.ts';
import { FactBook } from '../../packages/engine/src/fact-book.ts';
import { caseMix, everyItem, type BenchCase } from './case-mix.ts';
import { collected, heap, mb, ms, percentile, time, timeBesideProbe } from './measure.ts';
import { naivePeer, zenPeer, type Facts } from './peers.ts';
import { enforcementItems, loadZhongshan, wholeCatalogue } from './zhongshan-tenant.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const listDepartments = process.argv.includes('--departments');

interface DepartmentCompile {
  code: string;
  ms: number;
  bytes: number;
  engine: CompiledTenant;
}

/** Compiles each department's engine through forDepartment, one at a time, with its time and heap growth. */
function compileDepartments(engines: TenantEngines, codes: readonly string[]): DepartmentCompile[] {
  return codes.map((code) => {
    const before = heap();
    const started = performance.now();
    const engine = engines.forDepartment(code);
    const elapsed = performance.now() - started;
    return { code, ms: elapsed, bytes: heap() - before, engine };
  });
}

/** The facts the peers' catalogue reads, flattened by the department engine's own resolvers (outside their timing). */
function flatFacts(engine: CompiledTenant, item: BenchCase, names: readonly string[]): Facts {
  const book = new FactBook({ snapshot: item.snapshot, action: item.action, at: item.at, actDate: item.at, tenant: engine.view }, engine.resolvers);
  return Object.fromEntries(names.map((name) => [name, book.get(name) ?? null]));
}

const median = (values: readonly number[]): number => percentile(values, 50);
const largest = <T>(list: readonly T[], by: (each: T) => number): T => list.reduce((best, each) => (by(each) > by(best) ? each : best));

const { years } = loadCalendarYears(`${root}rulesets/national/calendar`);
const calendar = WorkingCalendar.from(years);

// The configuration: compileTenant (every layer, every department).
const beforeConfig = heap();
const configStarted = performance.now();
const config = loadZhongshan(root);
const configMs = performance.now() - configStarted;
const configBytes = heap() - beforeConfig;
const items = enforcementItems(config);
const domains = new Map((config.tenant.departments ?? []).flatMap((department) => (department.domain ? [[department.code, department.domain] as const] : [])));
// The warm-up names every item once, then mixes: an item's candidate lists, and the Rules of conditions no earlier
// item shared, are built the first time a case names it, and the measured cases are meant to see a server in use.
const warm = [...everyItem(items, domains, 3), ...caseMix(items, domains, 8000, 1)];
const measured = caseMix(items, domains, 3000, 2);

// The tenant engine, then each department a case names, compiled before anything is measured.
const beforeTenant = heap();
const tenantStarted = performance.now();
const engines = compileTenantEngines(config, calendar);
const tenantMs = performance.now() - tenantStarted;
const tenantBytes = heap() - beforeTenant;
const used = [...new Set([...warm, ...measured].map((item) => item.department))].sort();
const withoutLayer = used.filter((code) => !engines.departments.includes(code));
if (withoutLayer.length > 0) {
  console.error(`cases name departments without a layer of their own (${withoutLayer.join(', ')}): their items should not exist`);
  process.exit(1);
}
const departments = compileDepartments(engines, used);
const usedBytes = heap() - beforeTenant;

const run = (of: TenantEngines) => (item: BenchCase) => evaluate({ config: of.forDepartment(item.department), case: item.snapshot, action: item.action, at: item.at });
const cold = await time(warm, run(engines));
const { times: ours, probes } = await timeBesideProbe(measured, run(engines));
// What the engines hold once they have served these cases: Rules built on first use, remembered results, candidate lists.
const servedBytes = heap() - beforeTenant;
const first = measured[0]!;
const sample = await evaluate({ config: engines.forDepartment(first.department), case: first.snapshot, action: first.action, at: first.at });
const serialised = await time(measured.slice(0, 500), async (item) => JSON.stringify(await run(engines)(item)));

let withoutMemo: TenantEngines | undefined = compileTenantEngines(config, calendar, { memoEntries: 0, ...(engines.tenant.version ? { version: engines.tenant.version } : {}) });
for (const code of used) withoutMemo.forDepartment(code);
await time(warm, run(withoutMemo));
const oursWithoutMemo = await time(measured, run(withoutMemo));
withoutMemo = undefined;

// The peers hold the whole catalogue, every department's at once, and get the facts already flattened.
const catalogue = wholeCatalogue(config);
const factNames = [...new Set(['itemCode', 'category', 'department', 'partyType', 'business', ...engines.tenant.stats.facts, ...departments.flatMap((each) => each.engine.stats.facts)])];
const facts = new Map(measured.map((item) => [item, flatFacts(engines.forDepartment(item.department), item, factNames)]));

const zenBuild = performance.now();
const zen = zenPeer(catalogue.entries, catalogue.benchmarks, catalogue.thresholds);
const zenBuildMs = performance.now() - zenBuild;
const zenCases = measured.slice(0, 600);
await time(zenCases.slice(0, 50), (item) => zen.run(facts.get(item) ?? {}));
const zenTimes = await time(zenCases, (item) => zen.run(facts.get(item) ?? {}));

const naiveBuild = performance.now();
const naive = naivePeer(catalogue.entries, catalogue.benchmarks, catalogue.thresholds);
const naiveBuildMs = performance.now() - naiveBuild;
const naiveCases = measured.slice(0, 25);
await time(naiveCases.slice(0, 2), (item) => naive.run(facts.get(item) ?? {}));
const naiveTimes = await time(naiveCases, (item) => naive.run(facts.get(item) ?? {}));

// Last, every remaining department (the legal-review sections, which carry a copy of their agency's layer).
const rest = compileDepartments(engines, engines.departments.filter((code) => !used.includes(code)));
const allBytes = heap() - beforeTenant;

const p50 = percentile(ours, 50);
const p99 = percentile(ours, 99);
const zenP50 = percentile(zenTimes, 50);
const naiveP50 = percentile(naiveTimes, 50);
const tenantStats = engines.tenant.stats;
const biggest = largest(departments, (each) => each.engine.stats.rules);
const slowest = largest(departments, (each) => each.ms);
const heaviest = largest(departments, (each) => each.bytes);
const compileTotal = departments.reduce((sum, each) => sum + each.ms, 0);
const departmentTiers = departments.reduce((sum, each) => sum + each.engine.stats.discretionTiers, 0);
const departmentCases = new Set(measured.map((item) => item.department)).size;
const gcNote = collected ? 'after GC' : 'no --expose-gc: heap deltas without GC';

console.log(`tenant: tenant-configs/zhongshan (compileTenant ${configMs.toFixed(0)} ms, effective configuration ${mb(configBytes)}; ${gcNote})`);
console.log(`  whole catalogue: ${catalogue.entries.length} review entries, ${catalogue.tiers} discretion tiers in ${catalogue.benchmarks.length} benchmarks, ${items.length} enforcement items, ${engines.departments.length} departments with layers`);
console.log(`  tenant engine: ${tenantStats.rules} rules, ${tenantStats.reviewEntries} review entries, ${tenantStats.discretionTiers} tiers; compile ${tenantMs.toFixed(0)} ms (version hash included), +${mb(tenantBytes)}`);
console.log(`  departments named by the cases: ${departments.length}, ${departmentTiers} tiers between them; compile ${compileTotal.toFixed(0)} ms in all, median ${median(departments.map((each) => each.ms)).toFixed(0)} ms, slowest ${slowest.code} ${slowest.ms.toFixed(0)} ms`);
console.log(`    memory per department: median ${mb(median(departments.map((each) => each.bytes)))}, largest ${heaviest.code} ${mb(heaviest.bytes)}; tenant + these departments ${mb(usedBytes)}`);
console.log(`    largest: ${biggest.code}, ${biggest.engine.stats.rules} rules (${biggest.engine.stats.distinctConditions} distinct conditions, ${biggest.engine.stats.conditions} comparisons), ${biggest.engine.stats.reviewEntries} review entries, ${biggest.engine.stats.discretionTiers} tiers, ${biggest.engine.stats.indexBuckets} index buckets`);
if (listDepartments) {
  for (const each of [...departments, ...rest]) {
    const stats = each.engine.stats;
    console.log(`    ${each.code.padEnd(14)} ${String(stats.reviewEntries).padStart(4)} entries ${String(stats.discretionTiers).padStart(5)} tiers  ${each.ms.toFixed(0).padStart(5)} ms  ${mb(each.bytes)}`);
  }
}
console.log(`  after serving ${warm.length + measured.length} cases (rules built on first use, memo, candidate lists): tenant + departments ${mb(servedBytes)}`);
console.log(`  all ${engines.departments.length} departments compiled (the other ${rest.length}, legal-review sections, in ${rest.reduce((sum, each) => sum + each.ms, 0).toFixed(0)} ms): ${mb(allBytes)} in all`);
console.log(`cases: ${measured.length} measured after ${warm.length} warm-up cases (every item once, then the mix with another seed), over ${departmentCases} departments; a full evaluation per case (validation, all answers, traces) on engines.forDepartment(its department)`);
console.log(`  per evaluation: ${sample.trace.counts.rulesEvaluated} rules evaluated by json-rules-engine, ${sample.trace.counts.rulesRemembered} remembered, ${sample.trace.counts.rulesIndexed} settled by the guard index (first measured case)`);
console.log('');
console.log('                              p50          p99');
console.log(`ours (indexes + memo)         ${ms(p50).padEnd(12)} ${ms(p99)}`);
console.log(`machine probe                 ${ms(percentile(probes, 50)).padEnd(12)} ${ms(percentile(probes, 99))}   (the same arithmetic after each case: what the machine adds)`);
console.log(`ours without memo             ${ms(percentile(oursWithoutMemo, 50)).padEnd(12)} ${ms(percentile(oursWithoutMemo, 99))}`);
console.log(`ours, first 1,000 cases       ${ms(percentile(cold.slice(0, 1000), 50)).padEnd(12)} ${ms(percentile(cold.slice(0, 1000), 99))}   (cold: Rules built on first use, caches empty)`);
console.log(`ours + JSON.stringify         ${ms(percentile(serialised, 50)).padEnd(12)} ${ms(percentile(serialised, 99))}   (every sentence rendered)`);
console.log(`zen decision table            ${ms(zenP50).padEnd(12)} ${ms(percentile(zenTimes, 99))}   (${zen.rows} rows, built in ${zenBuildMs.toFixed(0)} ms, ${zenCases.length} cases; review + tiers only)`);
console.log(`naive: one Engine             ${ms(naiveP50).padEnd(12)} ${ms(percentile(naiveTimes, 99))}   (${naive.rules} rules, built in ${naiveBuildMs.toFixed(0)} ms, ${naiveCases.length} cases; review + tiers only)`);
console.log('');
console.log(`ratios at p50: naive / ours ${(naiveP50 / p50).toFixed(0)}×, zen / ours ${(zenP50 / p50).toFixed(1)}×, naive / zen ${(naiveP50 / zenP50).toFixed(0)}×`);
console.log(`targets (2 cores): p50 ≤ 0.2 ms ${p50 <= 0.2 ? 'met' : 'missed'}, p99 ≤ 2 ms ${p99 <= 2 ? 'met' : 'missed'}`);
console.log(JSON.stringify({ p50_ms: Number(p50.toFixed(4)), p99_ms: Number(p99.toFixed(4)), zen_p50_ms: Number(zenP50.toFixed(4)), naive_p50_ms: Number(naiveP50.toFixed(3)), cases: measured.length }));

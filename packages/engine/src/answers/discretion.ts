import { cite, formatAmount } from '../citation.ts';
import type { DiscretionTier, LocalText } from '../config-kinds.ts';
import type { DiscretionAnswer, TierMatch } from '../evaluation.ts';
import type { EvaluationRun, Traced } from '../evaluation-run.ts';
import { apl } from '../law/statutes.ts';

const ART_34 = apl('第三十四条');
const ART_34_CITATION = cite([ART_34]);

function allowedRange(run: EvaluationRun, tier: DiscretionTier): { min: number; max: number } | null {
  const range = tier.range;
  if (range.kind === 'ABSOLUTE') return { min: range.min, max: range.max };
  const base = range.of ? run.book.get(range.of) : undefined;
  return typeof base === 'number' ? { min: range.min * base, max: range.max * base } : null;
}

function tierMatch(run: EvaluationRun, traced: Traced<DiscretionTier>): TierMatch {
  const tier = traced.run.compiled.item;
  return { id: traced.run.compiled.id, level: tier.level, description: tier.description, range: tier.range, allowed: allowedRange(run, tier), trace: traced.trace };
}

function fitText(fine: number | null, tier: TierMatch | null, fits: boolean | null): LocalText {
  if (!tier) return { zh: '未找到与事实相符的裁量档次', en: 'no discretion tier matches the facts' };
  const range = tier.allowed
    ? { zh: `${formatAmount(tier.allowed.min)} 元至 ${formatAmount(tier.allowed.max)} 元`, en: `${formatAmount(tier.allowed.min)} to ${formatAmount(tier.allowed.max)} yuan` }
    : { zh: `${tier.range.min} 至 ${tier.range.max} 倍（基数未知）`, en: `${tier.range.min} to ${tier.range.max} times (base unknown)` };
  const head = { zh: `适用「${tier.description.zh}」档次，罚款幅度 ${range.zh}`, en: `the "${tier.description.en}" tier applies, range ${range.en}` };
  if (fine === null || fits === null) return head;
  const amount = formatAmount(fine);
  return fits
    ? { zh: `${head.zh}；拟罚款 ${amount} 元在幅度内`, en: `${head.en}; the intended ${amount} yuan fits` }
    : { zh: `${head.zh}；拟罚款 ${amount} 元超出幅度，须说明理由`, en: `${head.en}; the intended ${amount} yuan lies outside it and must be justified` };
}

/** The benchmark tier the facts match, the range it allows, whether the intended fine fits, and lenient lists. */
export async function discretionAnswer(run: EvaluationRun): Promise<DiscretionAnswer> {
  const tenant = run.tenant;
  const itemCode = run.book.get('itemCode');
  const code = typeof itemCode === 'string' ? itemCode : '';
  const benchmarks = tenant.discretion.get(code) ?? [];
  const lenientRules = [...tenant.lenient.general, ...(tenant.lenient.byItem.get(code) ?? [])];
  const [tierRuns, lenientRuns] = await Promise.all([
    run.evaluate(benchmarks.flatMap((benchmark) => benchmark.tiers), '1-discretion/a'),
    run.evaluate(lenientRules, '1-discretion/b'),
  ]);
  const matchedTiers = tierRuns.filter((traced) => traced.run.fired).map((traced) => tierMatch(run, traced));
  const tier = matchedTiers[0] ?? null;
  const fineValue = run.book.get('intendedFine');
  const intendedFine = typeof fineValue === 'number' ? fineValue : null;
  const fits = tier?.allowed && intendedFine !== null ? intendedFine >= tier.allowed.min && intendedFine <= tier.allowed.max : null;
  const stated = run.book.run.snapshot.facts?.outsideBenchmark;
  const outsideBenchmark = typeof stated === 'boolean' ? stated : fits === null ? null : !fits;
  const first = benchmarks[0];
  const lenient = lenientRuns.filter((traced) => traced.run.fired).map((traced) => ({
    id: traced.run.compiled.id, kind: traced.run.compiled.item.list.kind, description: traced.run.compiled.item.entry.description,
    basis: traced.run.compiled.basis, trace: traced.trace,
  }));
  const basis = first?.basis ?? [ART_34];
  const citation = first?.citation ?? ART_34_CITATION;
  const text = first ? fitText(intendedFine, tier, fits) : { zh: '该执法事项未关联裁量基准', en: 'no discretion benchmark is linked to this item' };
  return {
    benchmark: first ? { id: first.benchmark.value.id, violation: first.benchmark.value.violation, provenance: first.benchmark.provenance } : null,
    tier,
    matchedTiers,
    intendedFine,
    fits,
    outsideBenchmark,
    justificationRequired: outsideBenchmark === true,
    reviewMayBeRequired: outsideBenchmark === true && tenant.stats.facts.includes('outsideBenchmark'),
    lenient,
    reason: { zh: `${text.zh}（${citation.zh}）`, en: `${text.en} (${citation.en}).` },
    basis,
  };
}

import type { CompiledRule } from '../compiled-rule.ts';
import type { CompiledTenant } from '../compiled-tenant.ts';
import type { ReviewEntry } from '../config-kinds.ts';
import type { Provided } from '../engine-config.ts';
import type { DueDate, ReviewAnswer, ReviewMatch } from '../evaluation.ts';
import { lazyText } from '../lazy-text.ts';
import type { EvaluationRun, Traced } from '../evaluation-run.ts';
import { apl, gbf118 } from '../law/statutes.ts';
import { isLeaf } from '../trace.ts';

const CACHE_LIMIT = 100_000;

/**
 * The catalogue entries that can apply: those listing the item, plus those of its category and of every category.
 * What the case does not say cannot exclude anything: without a category every category's entries are candidates,
 * without an item code every item's, without a department every department's.
 */
export function reviewCandidates(tenant: CompiledTenant, itemCode: string, category: string, department: string): CompiledRule<Provided<ReviewEntry>>[] {
  const key = `${itemCode}\u0000${category}\u0000${department}`;
  const cached = tenant.candidateCache.get(key);
  if (cached) return cached;
  const { byCategory, byItem } = tenant.review;
  const categories = category ? [...(byCategory.get('ALL') ?? []), ...(byCategory.get(category) ?? [])] : [...byCategory.values()].flat();
  const items = itemCode ? byItem.get(itemCode) ?? [] : [...new Set([...byItem.values()].flat())];
  const candidates = [...new Set([...categories, ...items])]
    .filter((rule) => !department || !rule.item.value.departments || rule.item.value.departments.includes(department));
  // Bounded: the keys come from case files, and an endless stream of invented item codes must not grow memory.
  if (tenant.candidateCache.size < CACHE_LIMIT) tenant.candidateCache.set(key, candidates);
  return candidates;
}

function match(run: EvaluationRun, traced: Traced<Provided<ReviewEntry>>): ReviewMatch {
  const { value: entry, provenance } = traced.run.compiled.item;
  const condition = traced.trace.condition;
  const held = new Set(condition && !isLeaf(condition) ? condition.children.filter((child) => child.result === true).map((child) => (isLeaf(child) ? undefined : child.name)) : []);
  const snapshot = run.book.run.snapshot;
  const complete = snapshot.review?.materialsCompleteAt;
  let due: DueDate | null;
  if (entry.timeLimit) due = run.due(complete ?? run.book.run.at, { days: entry.timeLimit.workingDays, unit: 'WORKING' }, complete === undefined);
  // Without its own limit, a review must still finish inside the statutory decision deadline.
  else due = run.due(snapshot.filedAt, run.tenant.view.decisionPeriod);
  return {
    id: entry.id,
    name: entry.name,
    category: entry.category,
    matchedCriteria: entry.criteria.filter((criterion) => held.has(criterion.id)).map((criterion) => ({ id: criterion.id, description: criterion.description })),
    materials: entry.materials,
    checklist: entry.checklist,
    timeLimit: entry.timeLimit ?? null,
    due,
    basis: traced.run.compiled.basis,
    provenance,
    trace: traced.trace,
  };
}

function text(run: EvaluationRun, name: string): string {
  const value = run.book.get(name);
  return typeof value === 'string' ? value : '';
}

/** Art. 58 and the tenant's catalogue: must this decision be reviewed before it is made? */
export async function reviewAnswer(run: EvaluationRun): Promise<ReviewAnswer> {
  const candidates = reviewCandidates(run.tenant, text(run, 'itemCode'), text(run, 'category'), text(run, 'department'));
  const runs = await run.evaluate(candidates, '4-review');
  const entries = runs.filter((traced) => traced.run.fired).map((traced) => match(run, traced));
  const required = entries.length > 0;
  const due = entries.reduce<DueDate | null>((earliest, entry) => (entry.due && (!earliest || entry.due.date < earliest.date) ? entry.due : earliest), null);
  const basis = required ? entries.flatMap((entry) => entry.basis) : [apl('第五十八条'), gbf118('四')];
  const reason = lazyText(() => (required
    ? { zh: entries.map((entry) => entry.trace.sentence.zh).join('；'), en: entries.map((entry) => entry.trace.sentence.en).join(' ') }
    : { zh: `不属于法制审核目录所列情形（已核对 ${candidates.length} 项），无须法制审核（《行政处罚法》第五十八条）`, en: `none of the ${candidates.length} catalogue entries that could apply holds: no legal review is required (Administrative Penalty Law art. 58).` }));
  return {
    required, status: run.book.run.snapshot.review?.status ?? null, entries, due, basis,
    get reason() {
      return reason();
    },
  };
}

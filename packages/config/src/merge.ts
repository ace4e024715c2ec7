import { canonicalJson } from './canonical-json.ts';
import type { CollectionSpec } from './collection-spec.ts';
import { COLLECTION_NAMES, SPECS, type CollectionName, type CollectionTypes, type Located } from './collections.ts';
import type { EffectiveItem, EffectiveKinds, ProvenanceStep, RemovedItem } from './effective-config.ts';
import type { ConfigIssue } from './issues.ts';
import { issueAt } from './json-source.ts';
import type { BasisEntry } from './kinds/layering.ts';
import type { Layer } from './layer-folder.ts';
import { Comparison } from './tightness.ts';

interface Entry<T> {
  item: EffectiveItem<T>;
  /** Where the standing version was written, so later checks can point at it. */
  origin: Located<T>;
  /** The layer that made it mandatory, for messages. */
  mandatoryBy?: { layer: string; basis: BasisEntry[] };
}

type Entries = { [K in CollectionName]: Map<string, Entry<CollectionTypes[K]>> };

function buildEntries(make: <K extends CollectionName>(name: K) => Map<string, Entry<CollectionTypes[K]>>): Entries {
  return {
    enforcementItems: make('enforcementItems'), reviewCatalogue: make('reviewCatalogue'), disclosure: make('disclosure'),
    recording: make('recording'), discretionBenchmarks: make('discretionBenchmarks'), lenientLists: make('lenientLists'),
    thresholds: make('thresholds'), rules: make('rules'), deadlines: make('deadlines'), forms: make('forms'),
    documents: make('documents'), randomInspections: make('randomInspections'), staffing: make('staffing'), calendar: make('calendar'),
  };
}

/**
 * The configuration as merged so far, layer by layer. Each layer may add ids and tighten existing ones; loosening
 * or replacing needs an override with a reason; a mandatory item can be neither removed nor loosened.
 */
export class MergeState {
  private constructor(private readonly entries: Entries, private readonly removedItems: RemovedItem[]) {}

  static empty(): MergeState {
    return new MergeState(buildEntries(() => new Map()), []);
  }

  /** A copy to merge further layers into (a department's) without touching this one. Entries are never mutated. */
  fork(): MergeState {
    return new MergeState(buildEntries((name) => new Map(this.entries[name])), [...this.removedItems]);
  }

  apply(layer: Layer, issues: ConfigIssue[]): void {
    const one = <K extends CollectionName>(name: K): void => {
      applyCollection(name, SPECS[name], this.entries[name], layer.content[name], layer, issues, this.removedItems);
    };
    for (const name of COLLECTION_NAMES) one(name);
  }

  kinds(): EffectiveKinds {
    const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const list = <K extends CollectionName>(name: K): EffectiveItem<CollectionTypes[K]>[] =>
      [...this.entries[name].values()].map((entry) => entry.item).sort(byId);
    return {
      enforcementItems: list('enforcementItems'), reviewCatalogue: list('reviewCatalogue'), disclosure: list('disclosure'),
      recording: list('recording'), discretionBenchmarks: list('discretionBenchmarks'), lenientLists: list('lenientLists'),
      thresholds: list('thresholds'), rules: list('rules'), deadlines: list('deadlines'), forms: list('forms'),
      documents: list('documents'), randomInspections: list('randomInspections'), staffing: list('staffing'), calendar: list('calendar'),
    };
  }

  /** The standing items of one kind with where each was written. */
  located<K extends CollectionName>(name: K): { item: EffectiveItem<CollectionTypes[K]>; origin: Located<CollectionTypes[K]> }[] {
    return [...this.entries[name].values()];
  }

  removed(): RemovedItem[] {
    return [...this.removedItems];
  }
}

function applyCollection<T extends object>(
  kind: CollectionName, spec: CollectionSpec<T>, entries: Map<string, Entry<T>>, items: readonly Located<T>[],
  layer: Layer, issues: ConfigIssue[], removed: RemovedItem[],
): void {
  const file = `${layer.path}/${spec.file}`;
  const seen = new Set<string>();
  for (const item of items) {
    const id = spec.idOf(item.value);
    // A second item with the same id in one layer is reported as a duplicate; merging it onto the first would echo that.
    if (seen.has(id)) continue;
    seen.add(id);
    const existing = entries.get(id);
    const reason = overrideReason(item.value);
    const basis = basisOf(item.value);
    const step = (action: ProvenanceStep['action']): ProvenanceStep => ({ layer: layer.name, file, action, ...(reason === undefined ? {} : { reason }) });
    const issue = (at: string, code: ConfigIssue['code'], zh: string, en: string): void => {
      issues.push(issueAt(item.source, at, code, { zh, en }, at.endsWith('/disabled') ? 'key' : 'value'));
    };
    const label = spec.label;

    if (Reflect.get(item.value, 'disabled') === true) {
      if (!existing) {
        issue(`${item.pointer}/disabled`, 'NOTHING_TO_DISABLE', `要删除的${label.zh} "${id}" 应存在于上层，实际上层没有`, `expected a ${label.en} "${id}" in a layer above to remove, found none`);
      } else if (existing.mandatoryBy) {
        const by = existing.mandatoryBy;
        issue(`${item.pointer}/disabled`, 'MANDATORY_REMOVED',
          `${by.layer} 层的强制${label.zh} "${id}"（依据：${basisText(by.basis)}）应保留，实际被删除；强制规则即使写明 override 也不能删除`,
          `expected the mandatory ${label.en} "${id}" of layer ${by.layer} (basis: ${basisText(by.basis)}) to stay, found it removed; mandatory rules cannot be removed, even with an override`);
      } else if (reason !== undefined) {
        entries.delete(id);
        removed.push({ kind, id, layer: layer.name, file, reason });
      }
      continue;
    }

    const own = Reflect.get(item.value, 'mandatory') === true;
    if (!existing) {
      const provenance = { layer: layer.name, file, pointer: item.pointer, history: [step('defined')] };
      entries.set(id, { item: { id, value: item.value, mandatory: own, basis, provenance }, origin: item, ...(own ? { mandatoryBy: { layer: layer.name, basis } } : {}) });
      continue;
    }

    const comparison = compareItems(spec, existing.item.value, item.value, existing.item.mandatory);
    const verdict = comparison.verdict();
    const upperLayer = existing.item.provenance.layer;
    if (verdict === 'looser' || verdict === 'replaced') {
      const field = comparison.firstProblem() ?? '';
      const how = verdict === 'looser'
        ? { zh: `在 ${field || '/'} 处被放宽`, en: `loosened at ${field || '/'}` }
        : { zh: `在 ${field || '/'} 处被替换（既非收紧也非放宽）`, en: `replaced at ${field || '/'} (neither tighter nor looser)` };
      if (existing.mandatoryBy) {
        const by = existing.mandatoryBy;
        issue(`${item.pointer}${field}`, 'MANDATORY_LOOSENED',
          `${by.layer} 层的强制${label.zh} "${id}"（依据：${basisText(by.basis)}）只能保持或收紧，实际${how.zh}；强制规则即使写明 override 也不能放宽或替换`,
          `expected the mandatory ${label.en} "${id}" of layer ${by.layer} (basis: ${basisText(by.basis)}) to be kept or tightened, found it ${how.en}; mandatory rules cannot be loosened or replaced, even with an override`);
        continue;
      }
      if (reason === undefined) {
        issue(`${item.pointer}${field}`, 'OVERRIDE_REQUIRED',
          `放宽或替换 ${upperLayer} 层的${label.zh} "${id}" 应写明 "override": { "reason": … }，实际没有；本层${how.zh}`,
          `expected "override": { "reason": … } to loosen or replace the ${label.en} "${id}" of layer ${upperLayer}, found none; it is ${how.en}`);
        continue;
      }
      const provenance = { layer: layer.name, file, pointer: item.pointer, history: [...existing.item.provenance.history, step('overridden')] };
      entries.set(id, { item: { id, value: item.value, mandatory: own, basis, provenance }, origin: item, ...(own ? { mandatoryBy: { layer: layer.name, basis } } : {}) });
      continue;
    }

    // Tighter or the same: the lower layer's version stands, and every basis that supports it is kept.
    const provenance = {
      layer: layer.name, file, pointer: item.pointer,
      history: [...existing.item.provenance.history, step(verdict === 'tighter' ? 'tightened' : 'restated')],
    };
    const mandatoryBy = existing.mandatoryBy ?? (own ? { layer: layer.name, basis } : undefined);
    entries.set(id, {
      item: { id, value: item.value, mandatory: existing.item.mandatory || own, basis: unionBasis(existing.item.basis, basis), provenance },
      origin: item,
      ...(mandatoryBy ? { mandatoryBy } : {}),
    });
  }
}

/** How the item below compares with the one above, field by field. */
export function compareItems<T extends object>(spec: CollectionSpec<T>, upper: T, lower: T, upperMandatory: boolean): Comparison {
  const c = new Comparison();
  spec.compare(upper, lower, c);
  for (const key of new Set([...Object.keys(upper), ...Object.keys(lower)])) {
    if (!c.isHandled(key)) c.equal(`/${key}`, Reflect.get(upper, key), Reflect.get(lower, key));
  }
  // Leaving "mandatory" out keeps it; only writing false tries to undo it.
  if (upperMandatory && Reflect.get(lower, 'mandatory') === false) c.note('/mandatory', 'looser');
  return c;
}

function overrideReason(value: object): string | undefined {
  const override: unknown = Reflect.get(value, 'override');
  const reason: unknown = typeof override === 'object' && override !== null ? Reflect.get(override, 'reason') : undefined;
  return typeof reason === 'string' ? reason : undefined;
}

function isBasisEntry(value: unknown): value is BasisEntry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function basisOf(value: object): BasisEntry[] {
  const basis: unknown = Reflect.get(value, 'basis');
  return Array.isArray(basis) ? basis.filter(isBasisEntry) : [];
}

function unionBasis(a: readonly BasisEntry[], b: readonly BasisEntry[]): BasisEntry[] {
  const seen = new Set(a.map((value) => canonicalJson(value)));
  return [...a, ...b.filter((entry) => !seen.has(canonicalJson(entry)))];
}

/** The first (principal) basis in one line, e.g. 《中华人民共和国行政处罚法》第五十一条. */
export function basisText(basis: readonly BasisEntry[]): string {
  const [first] = basis;
  if (!first) return '—';
  const text = first.law ? `${first.law}${first.article ?? ''}` : first.document ? `${first.document}${first.section ? ` ${first.section}` : ''}` : `seed ${first.seed ?? ''}${first.section ? ` ${first.section}` : ''}`;
  return text;
}

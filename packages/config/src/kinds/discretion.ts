import type { CollectionSpec } from '../collection-spec.ts';
import type { Comparison } from '../tightness.ts';
import type { BasisEntry, Condition, ItemLayering, LocalText } from './layering.ts';

export type DiscretionLevel = 'SLIGHT' | 'ORDINARY' | 'SERIOUS' | 'PARTICULARLY_SERIOUS';

/** ABSOLUTE in yuan; MULTIPLE of the illegal gains or goods value (the loader checks that `of` is given). */
export interface FineRange {
  kind: 'ABSOLUTE' | 'MULTIPLE';
  of?: 'illegalGains' | 'goodsValue';
  min: number;
  max: number;
}

export interface DiscretionTier {
  id: string;
  level: DiscretionLevel;
  condition: Condition;
  range: FineRange;
  description: LocalText;
}

export interface DiscretionBenchmark extends ItemLayering {
  id: string;
  violation: string;
  itemCodes?: string[];
  tiers: DiscretionTier[];
  basis: BasisEntry[];
}

export interface LenientEntry {
  id: string;
  itemCodes?: string[];
  condition: Condition;
  description: LocalText;
  basis: BasisEntry[];
}

export interface LenientList extends ItemLayering {
  id: string;
  kind: 'NO_PENALTY' | 'REDUCED' | 'LIGHTER' | 'NO_COERCION';
  entries: LenientEntry[];
  basis: BasisEntry[];
}

export interface DiscretionFile {
  $schema?: string;
  benchmarks?: DiscretionBenchmark[];
  lenientLists?: LenientList[];
}

/** A narrower range inside the one above is what a local benchmark is for: it constrains discretion. */
function compareRange(c: Comparison, pointer: string, upper: FineRange, lower: FineRange): void {
  if (upper.kind !== lower.kind || upper.of !== lower.of) {
    c.note(pointer, 'changed');
    return;
  }
  if (upper.min === lower.min && upper.max === lower.max) return;
  const inside = lower.min >= upper.min && lower.max <= upper.max;
  const around = lower.min <= upper.min && lower.max >= upper.max;
  c.note(pointer, inside ? 'tighter' : around ? 'looser' : 'changed');
}

export const discretionBenchmarkSpec: CollectionSpec<DiscretionBenchmark> = {
  label: { zh: '裁量基准', en: 'discretion benchmark' },
  file: 'discretion.json',
  listPointer: '/benchmarks',
  idField: 'id',
  idOf: (benchmark) => benchmark.id,
  conditions: ['tiers/*/condition'],
  compare(upper, lower, c) {
    c.handle('itemCodes', 'tiers');
    c.set('/itemCodes', upper.itemCodes, lower.itemCodes, 'tighter', 'all');
    // Adding or dropping a tier redraws the benchmark rather than tightening it.
    c.keyed('/tiers', upper.tiers, lower.tiers, { added: 'changed', removed: 'changed' }, (u, l, at) => {
      c.equal(`${at}/level`, u.level, l.level);
      c.equal(`${at}/condition`, u.condition, l.condition);
      c.equal(`${at}/description`, u.description, l.description);
      compareRange(c, `${at}/range`, u.range, l.range);
    });
  },
};

export const lenientListSpec: CollectionSpec<LenientList> = {
  label: { zh: '包容审慎清单', en: 'lenient list' },
  file: 'discretion.json',
  listPointer: '/lenientLists',
  idField: 'id',
  idOf: (list) => list.id,
  conditions: ['entries/*/condition'],
  compare(upper, lower, c) {
    c.handle('entries');
    // More lenient entries protect more parties.
    c.keyed('/entries', upper.entries, lower.entries, { added: 'tighter', removed: 'looser' });
  },
};

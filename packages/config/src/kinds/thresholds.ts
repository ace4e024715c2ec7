import type { CollectionSpec } from '../collection-spec.ts';
import type { Comparison } from '../tightness.ts';
import type { BasisEntry, ItemLayering } from './layering.ts';

export type ThresholdKind = 'HEARING_LARGE_FINE' | 'SIMPLE_PROCEDURE_LIMIT' | 'REVIEW_TRIGGER' | 'COLLECTIVE_DISCUSSION_TRIGGER';

/** `inclusive` true is 以上/以下 (the amount itself counts); false is 超过/不满 (it does not). */
export interface Bound {
  amount: number;
  inclusive: boolean;
}

export interface Threshold extends ItemLayering {
  id: string;
  kind: ThresholdKind;
  sector?: string;
  delegated?: boolean;
  individual?: Bound;
  organisation?: Bound;
  businessIndividual?: Bound;
  businessOrganisation?: Bound;
  nonBusinessIndividual?: Bound;
  nonBusinessOrganisation?: Bound;
  basis: BasisEntry[];
}

export interface ThresholdsFile {
  $schema?: string;
  thresholds: Threshold[];
}

/**
 * A trigger grants a protection at or above its amount (a hearing, a review), so a lower amount is tighter. An
 * allowance permits a shortcut at or below its amount (the simple procedure), so a lower amount is tighter too,
 * but at the same amount "inclusive" is tighter for a trigger and looser for an allowance.
 */
export const ALLOWANCE_KINDS: ReadonlySet<ThresholdKind> = new Set(['SIMPLE_PROCEDURE_LIMIT']);

export const BASE_BOUNDS = ['individual', 'organisation'] as const;
export const VARIANT_BOUNDS = [
  ['businessIndividual', 'individual'],
  ['businessOrganisation', 'organisation'],
  ['nonBusinessIndividual', 'individual'],
  ['nonBusinessOrganisation', 'organisation'],
] as const;

function compareBound(c: Comparison, pointer: string, upper: Bound | undefined, lower: Bound | undefined, allowance: boolean): void {
  if (upper === undefined || lower === undefined) {
    if (upper === lower) return;
    // No amount means a trigger never fires (loosest) and an allowance never applies (tightest).
    c.note(pointer, (lower !== undefined) !== allowance ? 'tighter' : 'looser');
    return;
  }
  if (upper.amount !== lower.amount) {
    c.note(`${pointer}/amount`, lower.amount < upper.amount ? 'tighter' : 'looser');
  } else if (upper.inclusive !== lower.inclusive) {
    c.note(`${pointer}/inclusive`, lower.inclusive !== allowance ? 'tighter' : 'looser');
  }
}

export const thresholdSpec: CollectionSpec<Threshold> = {
  label: { zh: '金额标准', en: 'threshold' },
  file: 'thresholds.json',
  listPointer: '/thresholds',
  idField: 'id',
  idOf: (threshold) => threshold.id,
  conditions: [],
  compare(upper, lower, c) {
    const allowance = ALLOWANCE_KINDS.has(upper.kind);
    c.handle('delegated', ...BASE_BOUNDS, ...VARIANT_BOUNDS.map(([variant]) => variant));
    for (const field of BASE_BOUNDS) compareBound(c, `/${field}`, upper[field], lower[field], allowance);
    // A variant left out falls back to its base amount, so that is what it is compared as.
    for (const [variant, base] of VARIANT_BOUNDS) {
      compareBound(c, `/${variant}`, upper[variant] ?? upper[base], lower[variant] ?? lower[base], allowance);
    }
  },
};

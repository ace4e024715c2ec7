import { canonicalJson, sameJson } from './canonical-json.ts';
import { childPointer } from './json-pointer.ts';

/**
 * "Tighter" means more protective of the party or more constraining on the agency, which is what the three systems
 * are for: a lower hearing threshold, a shorter deadline for the agency, a longer window for the party, more
 * recording, more review. A lower layer may tighten freely; loosening or replacing needs an override.
 */
export type Verdict = 'same' | 'tighter' | 'looser' | 'replaced';

/** Fields every item may carry that say how it layers rather than what it requires. */
const LAYERING_FIELDS = new Set(['id', 'basis', 'override', 'disabled', 'mandatory']);

/** Collects field-by-field findings while a kind compares the item above with the item below. */
export class Comparison {
  readonly tightened: string[] = [];
  readonly loosened: string[] = [];
  readonly changed: string[] = [];
  private readonly handled = new Set<string>();

  /** Top-level fields the kind compares itself; every other field must stay equal. */
  handle(...fields: string[]): void {
    for (const field of fields) this.handled.add(field);
  }

  isHandled(field: string): boolean {
    return this.handled.has(field) || LAYERING_FIELDS.has(field);
  }

  note(pointer: string, finding: 'tighter' | 'looser' | 'changed'): void {
    (finding === 'tighter' ? this.tightened : finding === 'looser' ? this.loosened : this.changed).push(pointer);
  }

  equal(pointer: string, upper: unknown, lower: unknown): void {
    if (!sameJson(upper, lower)) this.note(pointer, 'changed');
  }

  /**
   * Compares two numbers. `stricter` says which way is tighter; an absent number counts as `absent` (for example
   * no time limit at all is the loosest a time limit can be).
   */
  number(pointer: string, upper: number | undefined, lower: number | undefined, stricter: 'lower' | 'higher', absent: 'loosest' | 'tightest'): void {
    if (upper === lower) return;
    const worst = stricter === 'lower' ? Infinity : -Infinity;
    const value = (n: number | undefined): number => (n !== undefined ? n : absent === 'loosest' ? worst : -worst);
    const [a, b] = [value(upper), value(lower)];
    if (a === b) return;
    const tighter = stricter === 'lower' ? b < a : b > a;
    this.note(pointer, tighter ? 'tighter' : 'looser');
  }

  /** An optional part (a condition, a time limit): whether having it rather than not is tighter or looser. */
  optional(pointer: string, upper: unknown, lower: unknown, present: 'tighter' | 'looser'): boolean {
    if (upper === undefined && lower === undefined) return false;
    if (upper === undefined || lower === undefined) {
      this.note(pointer, (lower !== undefined) === (present === 'tighter') ? 'tighter' : 'looser');
      return false;
    }
    // Both present: the caller compares them.
    return true;
  }

  /** Compares positions in an order that runs from loosest to tightest. */
  ordered(pointer: string, upper: string, lower: string, order: readonly string[]): void {
    if (upper === lower) return;
    const [a, b] = [order.indexOf(upper), order.indexOf(lower)];
    if (a < 0 || b < 0) this.note(pointer, 'changed');
    else this.note(pointer, b > a ? 'tighter' : 'looser');
  }

  /**
   * Compares two sets of values. `more` says whether a bigger set is tighter; an absent set means `absent`
   * ("all", as for a scope that applies everywhere, or "none").
   */
  set(pointer: string, upper: readonly unknown[] | undefined, lower: readonly unknown[] | undefined, more: 'tighter' | 'looser', absent: 'all' | 'none'): void {
    if (upper === undefined && lower === undefined) return;
    const grow = more;
    const shrink = more === 'tighter' ? 'looser' : 'tighter';
    if (upper === undefined || lower === undefined) {
      // "all" is the biggest set there is, "none" the smallest.
      const lowerIsBigger = (lower === undefined) === (absent === 'all');
      this.note(pointer, lowerIsBigger ? grow : shrink);
      return;
    }
    const a = new Set(upper.map((value) => canonicalJson(value)));
    const b = new Set(lower.map((value) => canonicalJson(value)));
    const added = [...b].some((entry) => !a.has(entry));
    const removed = [...a].some((entry) => !b.has(entry));
    if (added && removed) this.note(pointer, 'changed');
    else if (added) this.note(pointer, grow);
    else if (removed) this.note(pointer, shrink);
  }

  /**
   * Compares two lists of entries keyed by id: entries added or removed count as `added`/`removed`, and entries
   * kept are compared by `each` (by default they must stay equal).
   */
  keyed<T extends { id: string }>(
    pointer: string,
    upper: readonly T[] | undefined,
    lower: readonly T[] | undefined,
    findings: { added: 'tighter' | 'looser' | 'changed'; removed: 'tighter' | 'looser' | 'changed' },
    each?: (upper: T, lower: T, pointer: string) => void,
  ): void {
    const below = new Map((lower ?? []).map((entry, index) => [entry.id, { entry, index }]));
    const above = new Set((upper ?? []).map((entry) => entry.id));
    for (const entry of upper ?? []) {
      const match = below.get(entry.id);
      if (!match) {
        this.note(pointer, findings.removed);
        continue;
      }
      const at = childPointer(pointer, match.index);
      if (each) each(entry, match.entry, at);
      else this.equal(at, entry, match.entry);
    }
    (lower ?? []).forEach((entry, index) => {
      if (!above.has(entry.id)) this.note(childPointer(pointer, index), findings.added);
    });
  }

  verdict(): Verdict {
    if (this.changed.length > 0) return 'replaced';
    if (this.loosened.length > 0) return 'looser';
    if (this.tightened.length > 0) return 'tighter';
    return 'same';
  }

  /** Where the first change that needs an override is, for the pointer. */
  firstProblem(): string | undefined {
    return this.changed[0] ?? this.loosened[0];
  }
}

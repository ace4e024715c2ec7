import type { Bound, Threshold, ThresholdKind } from './config-kinds.ts';
import type { Provided } from './engine-config.ts';

/** Which bound of a threshold applied to the case, and why, for the operator and for the sentence. */
export interface ResolvedBound extends Bound {
  threshold: string;
  kind: ThresholdKind;
  layer: string;
  party: 'INDIVIDUAL' | 'ORGANISATION';
  variant: keyof Pick<Threshold, 'individual' | 'organisation' | 'businessIndividual' | 'businessOrganisation' | 'nonBusinessIndividual' | 'nonBusinessOrganisation'>;
}

/** A condition names a threshold by id (config) or, in the engine's law table, by kind (`kind:HEARING_LARGE_FINE`). */
export type ThresholdRef = { id: string } | { kind: ThresholdKind };

export function thresholdRef(value: unknown): ThresholdRef | undefined {
  if (typeof value !== 'string' || value.length === 0) return undefined;
  if (value.startsWith('kind:')) {
    const kind = value.slice(5);
    return isThresholdKind(kind) ? { kind } : undefined;
  }
  return { id: value };
}

function isThresholdKind(value: string): value is ThresholdKind {
  return value === 'HEARING_LARGE_FINE' || value === 'SIMPLE_PROCEDURE_LIMIT' || value === 'REVIEW_TRIGGER' || value === 'COLLECTIVE_DISCUSSION_TRIGGER';
}

export class ThresholdTable {
  private readonly byId = new Map<string, Provided<Threshold>>();
  private readonly byKind = new Map<ThresholdKind, Provided<Threshold>[]>();

  constructor(thresholds: readonly Provided<Threshold>[]) {
    for (const provided of thresholds) {
      this.byId.set(provided.value.id, provided);
      // A delegated threshold states no amount: a lower layer (province, ministry) supplies it.
      if (provided.value.delegated) continue;
      const list = this.byKind.get(provided.value.kind) ?? [];
      list.push(provided);
      this.byKind.set(provided.value.kind, list);
    }
  }

  get(id: string): Provided<Threshold> | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get size(): number {
    return this.byId.size;
  }

  /**
   * The threshold of a kind for a case's sector. The lowest layer that sets one wins (a province's standard displaces
   * a ministry's default: 地方性法规、规章另有规定的，从其规定); within one layer a sector's own beats the general one.
   * The merge lists higher layers before lower ones, so "lowest" is "last".
   */
  find(ref: ThresholdRef, sector: string | undefined): Provided<Threshold> | undefined {
    if ('id' in ref) return this.byId.get(ref.id);
    let best: Provided<Threshold> | undefined;
    for (const candidate of this.byKind.get(ref.kind) ?? []) {
      const own = candidate.value.sector;
      if (own !== undefined && own !== sector) continue;
      if (!best || candidate.provenance.layer !== best.provenance.layer || own !== undefined || best.value.sector === undefined) best = candidate;
    }
    return best;
  }
}

/** The bound for the party: business or non-business variants fall back to the base amount (config's rule too). */
export function boundFor(provided: Provided<Threshold>, party: unknown, business: unknown): ResolvedBound | undefined {
  if (party !== 'INDIVIDUAL' && party !== 'ORGANISATION') return undefined;
  const threshold = provided.value;
  const base = party === 'INDIVIDUAL' ? 'individual' : 'organisation';
  const variant =
    business === true ? (party === 'INDIVIDUAL' ? 'businessIndividual' : 'businessOrganisation')
    : business === false ? (party === 'INDIVIDUAL' ? 'nonBusinessIndividual' : 'nonBusinessOrganisation')
    : undefined;
  const chosen = variant && threshold[variant] ? variant : base;
  const bound = threshold[chosen];
  if (!bound) return undefined;
  return { amount: bound.amount, inclusive: bound.inclusive, threshold: threshold.id, kind: threshold.kind, layer: provided.provenance.layer, party, variant: chosen };
}

export function isResolvedBound(value: unknown): value is ResolvedBound {
  return typeof value === 'object' && value !== null && 'threshold' in value && 'amount' in value && 'inclusive' in value;
}

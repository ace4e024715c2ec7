import type { CollectionName, CollectionTypes } from './collections.ts';
import type { BasisEntry } from './kinds/layering.ts';
import type { LayerKind } from './ruleset-types.ts';
import type { TenantConfig } from './tenant-config.ts';

export type ProvenanceAction = 'defined' | 'tightened' | 'restated' | 'overridden';

/** One step in an item's history: which layer touched it, in which file, and how. */
export interface ProvenanceStep {
  layer: string;
  file: string;
  action: ProvenanceAction;
  /** The override's reason, when the layer gave one. */
  reason?: string;
}

/**
 * Where the effective item came from. `file` is relative to the configuration roots ("rulesets/hunan/thresholds.json"),
 * so that the same configuration hashes the same on every machine.
 */
export interface Provenance {
  layer: string;
  file: string;
  pointer: string;
  history: ProvenanceStep[];
}

export interface EffectiveItem<T> {
  id: string;
  /** The item as the layer that last defined, tightened or overrode it wrote it. */
  value: T;
  /** Set by any layer above; a lower layer cannot unset it. */
  mandatory: boolean;
  /** Every basis that supports the item as it stands, across the layers that defined, tightened or restated it. */
  basis: BasisEntry[];
  provenance: Provenance;
}

/** Every kind, as lists sorted by id. */
export type EffectiveKinds = { [K in CollectionName]: EffectiveItem<CollectionTypes[K]>[] };

/** An item a lower layer removed with "disabled": true and an override. */
export interface RemovedItem {
  kind: CollectionName;
  id: string;
  layer: string;
  file: string;
  reason: string;
}

export interface LayerSummary {
  name: string;
  kind: LayerKind;
  path: string;
}

/** The result of merging a chain of rulesets, without a tenant. */
export interface EffectiveRuleset {
  layers: LayerSummary[];
  kinds: EffectiveKinds;
  removed: RemovedItem[];
  /** Vendor operators and facts the chain declares (and the registry provides). */
  extensions: { operators: string[]; facts: string[] };
}

/** A department with a layer of its own (or under one): the tenant's configuration with its layers on top. */
export interface EffectiveDepartment {
  code: string;
  layers: LayerSummary[];
  kinds: EffectiveKinds;
  removed: RemovedItem[];
}

/** What a tenant's cases are decided under: every layer merged, with the provenance of every item. */
export interface EffectiveConfig extends EffectiveRuleset {
  tenant: TenantConfig;
  departments: EffectiveDepartment[];
}

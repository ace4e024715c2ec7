import type { CaseSnapshot } from './case-snapshot.ts';
import type { DepartmentConfig, EnforcementItemConfig, LocalText, ProvenanceStep } from '@sanxiang/config';
import type { BasisEntry } from './config-kinds.ts';
import type {
  Deadline,
  DisclosureItem,
  DiscretionBenchmark,
  DocumentRef,
  FormRef,
  LegalRule,
  LenientList,
  RecordingRule,
  ReviewEntry,
  StaffingRules,
  Threshold,
} from './config-kinds.ts';

/**
 * Where an effective item came from, so a trace can send a reviewer to the exact line of configuration. Config's
 * Provenance, plus the version of the published configuration it belongs to; `history` is empty for the engine's law table.
 */
export interface Provenance {
  /** `national`, `hunan`, a tenant code, a department code, or `engine` for the engine's own law table. */
  layer: string;
  file: string;
  pointer: string;
  /** Content hash of the published configuration, or the law table's version. */
  version?: string;
  history?: ProvenanceStep[];
}

/** An item of the effective configuration with its provenance (config's EffectiveItem, reduced to what the engine reads). */
export interface Provided<T> {
  value: T;
  provenance: Provenance;
  /** Every basis that supports the item across the layers that defined, tightened or restated it. */
  basis?: BasisEntry[];
}

/** A vendor operator, as `defineOperator` from @sanxiang/config returns it (only what the engine calls). */
export interface EngineOperator {
  name: string;
  evaluate(factValue: unknown, value: unknown): boolean;
}

/** A vendor fact: the engine asks `resolve` for its value from the raw case snapshot. */
export interface EngineFact {
  name: string;
  resolve(snapshot: Readonly<CaseSnapshot>): unknown;
}

/**
 * What the engine needs from a tenant's effective configuration: every kind merged by id, each item with its
 * provenance. `fromEffectiveConfig` will build it from config's compiled `EffectiveConfig` once that exists; tests
 * and the benchmark build it directly.
 */
export type { ProvenanceStep };

export interface EngineConfig {
  tenant: {
    code: string;
    name: { zh: string; en?: string };
    /** Administrative region, e.g. 湖南省邵阳市; a certificate's area must contain it. */
    region: string;
    departments?: DepartmentConfig[];
  };
  /** Content hash of the published configuration version the evaluation uses. */
  version?: string;
  /** Human titles of layers (`hunan` → 湖南省), for sentences. */
  layerTitles?: Record<string, LocalText>;
  enforcementItems?: Provided<EnforcementItemConfig>[];
  reviewCatalogue?: Provided<ReviewEntry>[];
  disclosure?: Provided<DisclosureItem>[];
  recording?: Provided<RecordingRule>[];
  discretionBenchmarks?: Provided<DiscretionBenchmark>[];
  lenientLists?: Provided<LenientList>[];
  thresholds?: Provided<Threshold>[];
  rules?: Provided<LegalRule>[];
  deadlines?: Provided<Deadline>[];
  forms?: Provided<FormRef>[];
  documents?: Provided<DocumentRef>[];
  staffing?: Provided<StaffingRules>;
  /** Vendor operators and facts from config's ExtensionRegistry; never taken from tenant JSON. */
  extensions?: { operators?: readonly EngineOperator[]; facts?: readonly EngineFact[] };
}

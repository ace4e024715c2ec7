import type { EnforcementItemConfig } from '@sanxiang/config';
import type { CompiledRule } from './compiled-rule.ts';
import type { CompileIssue } from './condition-compiler.ts';
import type {
  BasisEntry, LocalText, DisclosureItem, DiscretionBenchmark, DiscretionTier, DisplayTier, DocumentRef, Exclusion, FormRef, LegalRule, LenientEntry,
  LenientList, RecordingRule, Redaction, ReviewEntry,
} from './config-kinds.ts';
import type { Provided } from './engine-config.ts';
import type { FactResolver, TenantView } from './fact-book.ts';
import type { DocumentRule, FormFieldRule } from './law/form-rules.ts';
import type { LawRule } from './law/legal-rules.ts';
import type { SentenceContext } from './sentence.ts';

export interface CompiledDisclosure {
  trigger: CompiledRule<Provided<DisclosureItem>>;
  exclusions: CompiledRule<Exclusion>[];
  redactions: CompiledRule<Redaction>[];
  tiers: CompiledRule<DisplayTier>[];
}

export interface CompiledBenchmark {
  benchmark: Provided<DiscretionBenchmark>;
  tiers: CompiledRule<DiscretionTier>[];
  /** The benchmark's basis plus art. 34, as sentences cite it. */
  basis: BasisEntry[];
  citation: LocalText;
}

export interface CompiledLenient {
  list: LenientList;
  entry: LenientEntry;
}

export interface CompiledRecording {
  rule: CompiledRule<Provided<RecordingRule>>;
  retention: CompiledRule<RecordingRule> | undefined;
  /** Its conditions read facts of the action itself (premises, emergency…), so each recorded action is judged alone. */
  actionScoped: boolean;
}

/** What a compiled tenant holds, for memory reports: how many rules, how many index buckets. */
export interface CompiledStats {
  rules: number;
  /** Distinct conditions (identical ones are compiled once and shared) and the comparisons they hold. */
  distinctConditions: number;
  conditions: number;
  reviewEntries: number;
  discretionTiers: number;
  indexBuckets: number;
  facts: string[];
  compileMs: number;
}

/**
 * A tenant's configuration compiled once into pre-built json-rules-engine Rules and the indexes that pick the few
 * that can apply to a case: by enforcement item code, category, department, action type and event.
 */
export interface CompiledTenant {
  code: string;
  version: string | undefined;
  view: TenantView;
  sentences: SentenceContext;
  resolvers: ReadonlyMap<string, FactResolver>;
  issues: CompileIssue[];
  items: ReadonlyMap<string, EnforcementItemConfig>;
  review: {
    byItem: ReadonlyMap<string, CompiledRule<Provided<ReviewEntry>>[]>;
    byCategory: ReadonlyMap<string, CompiledRule<Provided<ReviewEntry>>[]>;
  };
  rules: {
    byAction: ReadonlyMap<string, CompiledRule<Provided<LegalRule | LawRule>>[]>;
    hearing: CompiledRule<Provided<LegalRule | LawRule>>[];
    all: CompiledRule<Provided<LegalRule | LawRule>>[];
  };
  recording: ReadonlyMap<string, CompiledRecording[]>;
  disclosure: ReadonlyMap<string, CompiledDisclosure[]>;
  discretion: ReadonlyMap<string, CompiledBenchmark[]>;
  lenient: {
    byItem: ReadonlyMap<string, CompiledRule<CompiledLenient>[]>;
    general: CompiledRule<CompiledLenient>[];
  };
  formFields: ReadonlyMap<string, CompiledRule<FormFieldRule>[]>;
  documents: ReadonlyMap<string, CompiledRule<DocumentRule>[]>;
  formRefs: ReadonlyMap<string, Provided<FormRef>>;
  documentRefs: ReadonlyMap<string, Provided<DocumentRef>>;
  /** Candidate lists per (item, category, department), built on first use and reused. */
  candidateCache: Map<string, CompiledRule<Provided<ReviewEntry>>[]>;
  /** Citations of rule combinations (recording), rendered once. */
  citationCache: Map<string, LocalText>;
  stats: CompiledStats;
}

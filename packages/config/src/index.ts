export { loadTenantFolder, loadTenantFolders } from './tenant-folder.ts';
export { formatIssue } from './issues.ts';
export type { ConfigIssue, ConfigIssueCode, LocalText } from './issues.ts';
export type {
  DepartmentConfig,
  DepartmentType,
  DisclosureChannelConfig,
  EnforcementCategory,
  EnforcementItemConfig,
  DepartmentServiceGuide,
  LegalBasis,
  LoadedTenant,
  RemedyRoute,
  ServiceContact,
  ServiceGuide,
  SupervisionBody,
  TenantConfig,
  TenantFolderResult,
  TenantLevel,
} from './tenant-config.ts';

// Layers, merge and versions.
export { compileRuleset, compileTenant } from './compile.ts';
export type { CompileResult, CompileTenantOptions } from './compile.ts';
export type {
  EffectiveConfig, EffectiveDepartment, EffectiveItem, EffectiveKinds, EffectiveRuleset, LayerSummary, Provenance,
  ProvenanceAction, ProvenanceStep, RemovedItem,
} from './effective-config.ts';
export { canonicalJson } from './canonical-json.ts';
export { hashEffectiveConfig } from './config-hash.ts';
export { diffEffectiveConfigs } from './config-diff.ts';
export type { ConfigChange } from './config-diff.ts';
export { validatePath } from './validate-path.ts';
export type { ValidateOptions } from './validate-path.ts';
export { loadGoldenCases } from './golden-cases.ts';
export type { LoadedGoldenCase } from './golden-cases.ts';
export type { GoldenCase, GoldenExpectation } from './golden-case-types.ts';
export type { CollectionName, CollectionTypes } from './collections.ts';
export type { LayerKind, RulesetKind, RulesetManifest } from './ruleset-types.ts';

// Conditions and vendor extensions.
export { defineFact, defineOperator, ExtensionRegistry } from './extension.ts';
export type { OperatorDefinition } from './extension.ts';
export { ACTION_TYPES, CATEGORIES, FACT_CATALOGUE, STAGES } from './fact-catalogue.ts';
export type { FactDefinition, FactType } from './fact-catalogue.ts';
export { BUILT_IN_OPERATORS, SANXIANG_OPERATORS } from './operator-catalogue.ts';
export type { OperatorInfo, ValueType } from './operator-catalogue.ts';
export { checkRegex, MAX_PATTERN_LENGTH } from './safe-regex.ts';
export type { RegexRejection, RegexVerdict } from './safe-regex.ts';

// The kinds.
export type { BasisEntry, Condition, FactCondition, ItemLayering, Override } from './kinds/layering.ts';
export type { DayCount, DayUnit } from './kinds/periods.ts';
export type { CalendarConfig } from './kinds/calendar.ts';
export type { Deadline, DeadlineType } from './kinds/deadlines.ts';
export type { DisclosureChannel, DisclosureItem, DisclosurePhase, DisplayTier, Exclusion, Redaction, RedactionClass } from './kinds/disclosure.ts';
export type { DiscretionBenchmark, DiscretionLevel, DiscretionTier, FineRange, LenientEntry, LenientList } from './kinds/discretion.ts';
export type { DocumentRef, FormRef } from './kinds/forms.ts';
export type { LegalRule, RuleKind, RuleOutcome } from './kinds/legal-rules.ts';
export type { RandomInspection } from './kinds/random-inspections.ts';
export type { RecordingLevel, RecordingMetadata, RecordingRule } from './kinds/recording.ts';
export type { ReviewCategory, ReviewCheck, ReviewCriterion, ReviewEntry, ReviewMaterial, ReviewTimeLimit } from './kinds/review-catalogue.ts';
export type { StaffingRules } from './kinds/staffing.ts';
export type { Bound, Threshold, ThresholdKind } from './kinds/thresholds.ts';

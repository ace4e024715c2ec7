/** The configuration kinds the engine evaluates, as @sanxiang/config defines them. */
export type {
  BasisEntry, Bound, Condition, DayCount, DayUnit, Deadline, DeadlineType, DisclosureChannel, DisclosureItem, DisclosurePhase,
  DiscretionBenchmark, DiscretionLevel, DiscretionTier, DisplayTier, DocumentRef, EnforcementCategory, Exclusion, FactCondition,
  FineRange, FormRef, ItemLayering, LegalRule, LenientEntry, LenientList, LocalText, Override, RecordingLevel, RecordingMetadata,
  RecordingRule, Redaction, RedactionClass, ReviewCategory, ReviewCheck, ReviewCriterion, ReviewEntry, ReviewMaterial, ReviewTimeLimit,
  RuleKind, RuleOutcome, StaffingRules, Threshold, ThresholdKind,
} from '@sanxiang/config';

import type { Action, ReviewStatus } from './case-snapshot.ts';
import type {
  BasisEntry, DayCount, DisclosureChannel, DisclosurePhase, DiscretionLevel, FineRange, LocalText, RecordingLevel, RecordingMetadata,
  RedactionClass, ReviewCheck, ReviewMaterial, ReviewTimeLimit, RuleKind, RuleOutcome,
} from './config-kinds.ts';
import type { Provenance } from './engine-config.ts';
import type { ResolvedBound } from './thresholds.ts';
import type { RuleTrace, Trace } from './trace.ts';

/** A deadline on the tenant's calendar; `provisional` when it crosses a year without a published holiday notice. */
export interface DueDate {
  date: string;
  from: string;
  period: DayCount;
  provisional: boolean;
  /** The start date was not in the case, so the evaluation date stood in for it. */
  fromAssumed?: boolean;
}

export type EvaluationIssueCode = 'INVALID_CASE' | 'INVALID_INPUT' | 'UNKNOWN_FACT' | 'MISSING_FACT' | 'PROVISIONAL_DATE' | 'RULE_ERROR' | 'DATE_ASSUMED' | 'ENGINE_ERROR';

export interface EvaluationIssue {
  code: EvaluationIssueCode;
  pointer?: string;
  message: LocalText;
}

/** Every answer says why, in a sentence with its legal basis, and links the traces of the rules behind it. */
interface Explained {
  reason: LocalText;
  basis: BasisEntry[];
}

export interface ReviewMatch {
  id: string;
  name: string;
  category: string;
  matchedCriteria: { id: string; description: LocalText }[];
  materials: ReviewMaterial[];
  checklist: ReviewCheck[];
  timeLimit: ReviewTimeLimit | null;
  due: DueDate | null;
  basis: BasisEntry[];
  provenance: Provenance;
  trace: RuleTrace;
}

export interface ReviewAnswer extends Explained {
  required: boolean;
  status: ReviewStatus | null;
  entries: ReviewMatch[];
  /** The earliest due date among the matched entries. */
  due: DueDate | null;
}

export interface HearingAnswer extends Explained {
  right: boolean;
  rules: RuleTrace[];
  /** The large-amount threshold that applied to this party, when a threshold rule decided. */
  threshold: ResolvedBound | null;
  /** Art. 64: the party asks within five working days of being told. */
  requestDeadline: DueDate | null;
  /** Art. 64: the latest day to notify the party of a scheduled hearing (seven working days before it). */
  noticeBy: string | null;
}

export interface RecordingRequirement extends Explained {
  actionId: string | null;
  type: Action;
  /** The action is the one about to be taken, so nothing is attached yet. */
  prospective: boolean;
  level: RecordingLevel;
  metadata: RecordingMetadata[];
  retention: { months: number; permanent: boolean };
  /** null for a prospective action. */
  satisfied: boolean | null;
  missing: { level: boolean; metadata: RecordingMetadata[] };
  rules: RuleTrace[];
}

export interface RecordingAnswer {
  actions: RecordingRequirement[];
  complete: boolean;
}

export interface DisclosureObligation extends Explained {
  id: string;
  name: string;
  phase: DisclosurePhase;
  event: string;
  channels: DisclosureChannel[];
  fields: string[];
  due: DueDate | null;
  excluded: boolean;
  exclusionReasons: LocalText[];
  redaction: { class: RedactionClass; action: 'REMOVE' | 'MASK' }[];
  displayMonths: number | null;
  provenance: Provenance;
  trace: RuleTrace;
}

export interface Withdrawal extends Explained {
  id: string;
  due: DueDate | null;
  reasonRequired: true;
}

export interface DisclosureAnswer {
  items: DisclosureObligation[];
  withdrawals: Withdrawal[];
}

export interface TierMatch {
  id: string;
  level: DiscretionLevel;
  description: LocalText;
  range: FineRange;
  /** The range in yuan for this case; null when it is a multiple of an amount the case does not state. */
  allowed: { min: number; max: number } | null;
  trace: RuleTrace;
}

export interface DiscretionAnswer extends Explained {
  benchmark: { id: string; violation: string; provenance: Provenance } | null;
  tier: TierMatch | null;
  matchedTiers: TierMatch[];
  intendedFine: number | null;
  fits: boolean | null;
  outsideBenchmark: boolean | null;
  justificationRequired: boolean;
  reviewMayBeRequired: boolean;
  lenient: { id: string; kind: string; description: LocalText; basis: BasisEntry[]; trace: RuleTrace }[];
}

export interface RuleFinding {
  code: string;
  kind: RuleKind;
  outcome: RuleOutcome | null;
  message: LocalText;
  basis: BasisEntry[];
  blocks: string[];
  sentence: LocalText;
  details: string[];
  missingFacts: string[];
  due: DueDate | null;
  provenance: Provenance;
  trace: RuleTrace;
}

export interface GatesAnswer {
  action: Action | null;
  blocked: boolean;
  failing: RuleFinding[];
  /** Gates whose facts the case does not state: neither passed nor failed. */
  undetermined: RuleFinding[];
  warnings: RuleFinding[];
  obligations: RuleFinding[];
}

export interface FormAnswer {
  kind: string;
  schema: string | null;
  uiSchema: string | null;
  required: string[];
  visible: string[];
  rules: RuleTrace[];
}

export interface DocumentAnswer extends Explained {
  kind: string;
  name: LocalText;
  template: string | null;
  trace: RuleTrace;
}

export interface Evaluation {
  tenant: string;
  configVersion: string | null;
  lawTableVersion: string;
  at: string;
  actDate: string;
  action: Action | null;
  valid: boolean;
  issues: EvaluationIssue[];
  review: ReviewAnswer;
  hearing: HearingAnswer;
  recording: RecordingAnswer;
  disclosure: DisclosureAnswer;
  discretion: DiscretionAnswer;
  gates: GatesAnswer;
  forms: { forms: FormAnswer[] };
  documents: { documents: DocumentAnswer[] };
  trace: Trace;
}

import type { BasisEntry, LocalText } from './config-kinds.ts';
import type { Provenance } from './engine-config.ts';

export type RuleRole =
  | 'REVIEW' | 'HEARING' | 'GATE' | 'WARNING' | 'OBLIGATION' | 'RECORDING' | 'RETENTION' | 'DISCLOSURE'
  | 'DISCLOSURE_EXCLUSION' | 'REDACTION' | 'DISPLAY_TIER' | 'DISCRETION_TIER' | 'LENIENT' | 'FORM_FIELD' | 'DOCUMENT';

/** One comparison as json-rules-engine evaluated it, with the value it saw. */
export interface LeafTrace {
  fact: string;
  path?: string;
  operator: string;
  /** The condition's value as configured (a threshold id, a literal, or `{ fact }` for engine rules). */
  value: unknown;
  /** What the value resolved to: the threshold bound for this party, or the other fact's value. */
  compared?: unknown;
  /** The fact value seen; null when the case did not state it. */
  seen: unknown;
  known: boolean;
  /** null when json-rules-engine did not reach the comparison. */
  result: boolean | null;
}

export interface GroupTrace {
  op: 'all' | 'any' | 'not';
  name?: string;
  result: boolean | null;
  /** Settled by the guard index on fact values, without json-rules-engine (guards.ts). */
  indexed?: true;
  children: ConditionTrace[];
}

export type ConditionTrace = LeafTrace | GroupTrace;

/**
 * How a rule's result was reached: by json-rules-engine (now, or earlier for the very same values: rule-memo.ts);
 * by the guard index, because an equality or presence test it cannot hold without failed; or it has no condition.
 */
export type RuleVia = 'json-rules-engine' | 'index' | 'unconditional';

/** Why one rule did or did not hold: where it came from, its basis, every comparison, and a sentence. */
export interface RuleTrace {
  ruleId: string;
  role: RuleRole;
  fired: boolean;
  via: RuleVia;
  provenance: Provenance;
  basis: BasisEntry[];
  /** null when the rule has no condition and always holds. */
  condition: ConditionTrace | null;
  sentence: LocalText;
  error?: LocalText;
}

export interface UnknownFact {
  name: string;
  /** NOT_CATALOGUED: no one provides this fact; NOT_STATED: the case file does not give it. */
  reason: 'NOT_CATALOGUED' | 'NOT_STATED';
  rules: string[];
}

export interface Trace {
  rules: RuleTrace[];
  unknownFacts: UnknownFact[];
  /** Every fact the evaluation read, with its value (null when unknown). */
  facts: Record<string, unknown>;
  /**
   * Execution statistics, the one part of an evaluation that depends on what ran before: rules json-rules-engine
   * evaluated in this run, rules whose json-rules-engine result for the same values was remembered, rules the guard
   * index settled, and comparisons in the traces.
   */
  counts: { rulesEvaluated: number; rulesRemembered: number; rulesIndexed: number; conditionsEvaluated: number };
}

export function isLeaf(trace: ConditionTrace): trace is LeafTrace {
  return 'fact' in trace;
}

/// <reference path="./json-rules-engine-internals.ts" />
import { Rule, type Engine, type TopLevelCondition } from 'json-rules-engine';
import type { BasisEntry, LocalText } from './config-kinds.ts';
import type { Provenance } from './engine-config.ts';
import type { CaseAlmanac, FactBook } from './fact-book.ts';
import { failedGuards, ruleGuard, type Guard, type GuardFailure } from './guards.ts';
import { THRESHOLD_FACT } from './operators.ts';
import { RuleMemo, readsOf } from './rule-memo.ts';
import { RuleTraceRecord } from './rule-trace.ts';
import type { SentenceContext } from './sentence.ts';
import { isLeaf, type ConditionTrace, type GroupTrace, type LeafTrace, type RuleRole, type RuleTrace, type RuleVia } from './trace.ts';

/** Who a rule is and where it came from: everything a trace says about it besides the comparisons. */
export interface RuleSource {
  id: string;
  role: RuleRole;
  provenance: Provenance;
  basis: BasisEntry[];
  /** What holding means, e.g. 当事人有权要求听证. */
  message: LocalText;
  /** What not holding means; a generic phrase when absent. */
  negative?: LocalText;
}

/**
 * A checked condition, shared by every rule that has the same one (a benchmark's tiers repeat a few patterns across
 * thousands of items): its guard, its memo, and the json-rules-engine Rule, built on first use and then reused.
 */
export interface CompiledCondition {
  conditions: TopLevelCondition;
  engine: Engine;
  built: Rule | undefined;
  guard: Guard | undefined;
  memo: RuleMemo | undefined;
  /** Traces of recurring guard failures, shared (sharedExcludedTrace). */
  excluded?: Map<string, ConditionTrace>;
}

/** A config item compiled once. */
export interface CompiledRule<T> extends RuleSource {
  /** Absent when the item has no condition: it always holds and json-rules-engine is not asked. */
  condition: CompiledCondition | undefined;
  /** The basis as a sentence cites it, rendered once. */
  citation: LocalText;
  item: T;
}

export interface RuleRun<T> {
  compiled: CompiledRule<T>;
  fired: boolean;
  via: RuleVia;
  remembered?: true;
  condition: ConditionTrace | null;
  error?: unknown;
}

export function compiledCondition(conditions: TopLevelCondition, engine: Engine, memoBudget: { left: number } | undefined): CompiledCondition {
  return { conditions, engine, built: undefined, guard: ruleGuard(conditions), memo: memoBudget ? new RuleMemo(readsOf(conditions), memoBudget) : undefined };
}

/** The json-rules-engine Rule of a condition, built the first time json-rules-engine has to evaluate it. */
function ruleOf(condition: CompiledCondition): Rule {
  if (!condition.built) {
    // The event carries nothing: RuleResult deep-clones it on every evaluation, and traces name rules themselves.
    condition.built = new Rule({ conditions: condition.conditions, event: { type: 'evaluated' } });
    condition.built.setEngine(condition.engine);
  }
  return condition.built;
}

/**
 * Evaluates candidate rules against one Almanac. A rule whose guard fails is settled by the index; the rest go to
 * json-rules-engine. A rule that throws (a vendor operator) is reported, not fatal.
 */
export function runRules<T>(rules: readonly CompiledRule<T>[], book: FactBook, almanacOf: () => CaseAlmanac): RuleRun<T>[] | Promise<RuleRun<T>[]> {
  const runs: RuleRun<T>[] = new Array(rules.length);
  // Rules the index or the memo settle need no promise; only json-rules-engine's are awaited.
  const waits: Promise<void>[] = [];
  for (const [index, compiled] of rules.entries()) {
    const condition = compiled.condition;
    const excluded = condition?.guard ? failedGuards(condition.guard, book) : undefined;
    if (condition && excluded) {
      runs[index] = { compiled, fired: false, via: 'index', condition: sharedExcludedTrace(condition, excluded) };
      continue;
    }
    if (!condition) {
      runs[index] = { compiled, fired: true, via: 'unconditional', condition: null };
      continue;
    }
    const memo = condition.memo;
    const key = memo?.key(book);
    const known = key === undefined ? undefined : memo?.get(key);
    if (known) {
      runs[index] = { compiled, fired: known.fired, via: 'json-rules-engine', remembered: true, condition: known.condition };
      continue;
    }
    waits.push(ruleOf(condition).evaluate(almanacOf()).then(
      (result) => {
        const fired = result.result === true;
        const trace = conditionTrace(result.conditions, fired);
        if (memo && key !== undefined) memo.set(key, { fired, condition: trace });
        runs[index] = { compiled, fired, via: 'json-rules-engine', condition: trace };
      },
      (error: unknown) => {
        runs[index] = { compiled, fired: false, via: 'json-rules-engine', condition: null, error };
      },
    ));
  }
  return waits.length > 0 ? Promise.all(waits).then(() => runs) : runs;
}

function field(node: object, key: string): unknown {
  return Object.hasOwn(node, key) ? Reflect.get(node, key) : undefined;
}

function resultOf(node: object): boolean | null {
  const result = field(node, 'result');
  return typeof result === 'boolean' ? result : null;
}

/** Reads json-rules-engine's evaluated condition tree (Condition objects with factResult and result) into a trace. */
export function conditionTrace(node: object, rootResult?: boolean): ConditionTrace {
  const all = field(node, 'all');
  const any = all === undefined ? field(node, 'any') : undefined;
  const not = all === undefined && any === undefined ? field(node, 'not') : undefined;
  const children = all ?? any ?? not;
  if (children !== undefined) {
    const list: unknown[] = Array.isArray(children) ? children : [children];
    const traces: ConditionTrace[] = [];
    for (const child of list) if (typeof child === 'object' && child !== null) traces.push(conditionTrace(child));
    const name = field(node, 'name');
    // json-rules-engine sets `result` on nested groups only; the root's is the rule's own result.
    const group: GroupTrace = { op: all !== undefined ? 'all' : any !== undefined ? 'any' : 'not', result: resultOf(node) ?? rootResult ?? null, children: traces };
    if (typeof name === 'string') group.name = name;
    return group;
  }
  const rawValue = field(node, 'value');
  const reference = typeof rawValue === 'object' && rawValue !== null && Object.hasOwn(rawValue, 'fact');
  const params = reference ? field(rawValue, 'params') : undefined;
  const threshold = reference && field(rawValue, 'fact') === THRESHOLD_FACT;
  const seen = field(node, 'factResult');
  const leaf: LeafTrace = {
    fact: String(field(node, 'fact')),
    operator: String(field(node, 'operator')),
    value: threshold && typeof params === 'object' && params !== null ? field(params, 'ref') : rawValue,
    seen: seen ?? null,
    known: seen !== undefined && seen !== null,
    result: resultOf(node),
  };
  const path = field(node, 'path');
  if (typeof path === 'string') leaf.path = path;
  if (reference) leaf.compared = field(node, 'valueResult');
  return leaf;
}

/** The trace of a rule the guard index settled: the tests that failed, as json-rules-engine would report them. */
function excludedTrace(excluded: readonly GuardFailure[]): ConditionTrace {
  const children: ConditionTrace[] = excluded.map(({ fact, operator, value, seen }) => ({ fact, operator, value, seen: seen ?? null, known: seen !== undefined && seen !== null, result: false }));
  return { op: 'all', result: false, indexed: true, children };
}

/**
 * The same failures recur (a flag unset, a flag false), so their traces are made once per condition and shared,
 * frozen; failures on amounts, which rarely repeat, are not kept.
 */
function sharedExcludedTrace(condition: CompiledCondition, excluded: readonly GuardFailure[]): ConditionTrace {
  // Which comparisons failed, and on what: an `and` guard stops at its first failing part, which varies by case.
  let key = '';
  for (const failure of excluded) {
    const seen = failure.seen;
    key += `${failure.fact}\u0002${failure.operator}\u0002${String(failure.value)}\u0002`;
    if (seen === undefined || seen === null) key += 'u';
    else if (typeof seen === 'boolean') key += seen ? 't' : 'f';
    else if (typeof seen === 'string' && seen.length <= 40) key += `s${seen}`;
    else return excludedTrace(excluded);
    key += '\u0001';
  }
  condition.excluded ??= new Map();
  let trace = condition.excluded.get(key);
  if (!trace) {
    // Kept traces are copies, so the allocation site of ordinary traces keeps producing short-lived objects.
    trace = condition.excluded.size < 16 ? structuredClone(excludedTrace(excluded)) : excludedTrace(excluded);
    if (condition.excluded.size < 16) {
      if (!isLeaf(trace)) {
        for (const child of trace.children) Object.freeze(child);
        Object.freeze(trace.children);
      }
      condition.excluded.set(key, Object.freeze(trace));
    }
  }
  return trace;
}

/** The trace of one rule run; its sentence is rendered when first read. */
export function traceRun<T>(run: RuleRun<T>, context: SentenceContext): RuleTrace {
  return new RuleTraceRecord(run.compiled, run.fired, run.via, run.condition, context, run.error);
}

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
  /**
   * Traces of recurring guard failures, shared (sharedExcludedTrace): how many are kept, on the failed tests
   * themselves or, when several alternatives failed, by key.
   */
  excluded?: { count: number; byKey: Map<string, ConditionTrace> };
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
  // An index loop: entries() made an iterator result and a pair per rule, on the path every evaluation takes.
  for (let index = 0; index < rules.length; index++) {
    const compiled = rules[index]!;
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

/** Kept traces per condition: enough for the recurring failures (a flag unset, a flag false, another category). */
const SHARED_TRACES = 16;

/** A value whose failures recur, so a trace made for it can be kept: unset, a flag, a short code. */
function recurring(seen: unknown): boolean {
  return seen === undefined || seen === null || typeof seen === 'boolean' || (typeof seen === 'string' && seen.length <= 40);
}

function keep(condition: CompiledCondition, excluded: readonly GuardFailure[], store: (trace: ConditionTrace) => void): ConditionTrace {
  const shared = condition.excluded ??= { count: 0, byKey: new Map() };
  if (shared.count >= SHARED_TRACES) return excludedTrace(excluded);
  // Kept traces are copies, so the allocation site of ordinary traces keeps producing short-lived objects.
  const trace = structuredClone(excludedTrace(excluded));
  if (!isLeaf(trace)) {
    for (const child of trace.children) Object.freeze(child);
    Object.freeze(trace.children);
  }
  shared.count += 1;
  store(Object.freeze(trace));
  return trace;
}

/**
 * The same failures recur (a flag unset, a flag false), so their traces are made once per condition and shared,
 * frozen; failures on amounts, which rarely repeat, are not kept.
 */
function sharedExcludedTrace(condition: CompiledCondition, excluded: readonly GuardFailure[]): ConditionTrace {
  // Mostly one test failed (an `and` guard stops at its first failing part): its trace depends on that test, a
  // compile-time object that keeps it, and on the value seen, so one lookup finds it without building a key.
  if (excluded.length === 1) {
    const { test, seen } = excluded[0]!;
    if (!recurring(seen)) return excludedTrace(excluded);
    return test.failures?.get(seen) ?? keep(condition, excluded, (trace) => {
      test.failures = (test.failures ?? new Map<unknown, ConditionTrace>()).set(seen, trace);
    });
  }
  // Several alternatives of an `or` failed: which ones, and on what.
  let key = '';
  for (const failure of excluded) {
    const seen = failure.seen;
    if (!recurring(seen)) return excludedTrace(excluded);
    key += `${failure.fact}\u0002${failure.operator}\u0002${String(failure.value)}\u0002`;
    key += seen === undefined || seen === null ? 'u' : typeof seen === 'boolean' ? (seen ? 't' : 'f') : `s${String(seen)}`;
    key += '\u0001';
  }
  return condition.excluded?.byKey.get(key) ?? keep(condition, excluded, (trace) => condition.excluded!.byKey.set(key, trace));
}

/** The trace of one rule run; its sentence is rendered when first read. */
export function traceRun<T>(run: RuleRun<T>, context: SentenceContext): RuleTrace {
  return new RuleTraceRecord(run.compiled, run.fired, run.via, run.condition, context, run.error);
}

/// <reference path="./json-rules-engine-internals.ts" />
import { Rule, type Engine, type TopLevelCondition } from 'json-rules-engine';
import { cite } from './citation.ts';
import type { BasisEntry, LocalText } from './config-kinds.ts';
import type { Provenance } from './engine-config.ts';
import type { CaseAlmanac, FactBook } from './fact-book.ts';
import { failedGuards, ruleGuard, type Guard, type GuardFailure } from './guards.ts';
import { THRESHOLD_FACT } from './operators.ts';
import { RuleMemo, readsOf } from './rule-memo.ts';
import { RuleTraceRecord } from './rule-trace.ts';
import { decidingClauses, sentence, type SentenceContext } from './sentence.ts';
import type { ConditionTrace, GroupTrace, LeafTrace, RuleRole, RuleTrace, RuleVia } from './trace.ts';

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
 * A config item compiled once: its checked condition, its guard and memo, and the json-rules-engine Rule, which is
 * built on first use and then reused (a tenant with 10,000 tiers touches only the items its cases name).
 */
export interface CompiledRule<T> extends RuleSource {
  /** Absent when the item has no condition: it always holds and json-rules-engine is not asked. */
  conditions: TopLevelCondition | undefined;
  engine: Engine;
  built: Rule | undefined;
  guard: Guard | undefined;
  memo: RuleMemo | undefined;
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

export function buildRule<T>(source: RuleSource, condition: TopLevelCondition | undefined, item: T, engine: Engine, memoBudget?: { left: number }): CompiledRule<T> {
  const citation = cite(source.basis);
  if (!condition) return { ...source, conditions: undefined, engine, built: undefined, guard: undefined, memo: undefined, citation, item };
  const memo = memoBudget ? new RuleMemo(readsOf(condition), memoBudget) : undefined;
  return { ...source, conditions: condition, engine, built: undefined, guard: ruleGuard(condition), memo, citation, item };
}

/** The rule's json-rules-engine Rule, built the first time json-rules-engine has to evaluate it. */
function ruleOf<T>(compiled: CompiledRule<T>, conditions: TopLevelCondition): Rule {
  if (!compiled.built) {
    // The event carries only the id: RuleResult deep-clones it on every evaluation.
    compiled.built = new Rule({ conditions, event: { type: compiled.id }, name: compiled.id });
    compiled.built.setEngine(compiled.engine);
  }
  return compiled.built;
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
    const conditions = compiled.conditions;
    const excluded = compiled.guard ? failedGuards(compiled.guard, book) : undefined;
    if (excluded) {
      runs[index] = { compiled, fired: false, via: 'index', condition: excludedTrace(excluded) };
      continue;
    }
    if (!conditions) {
      runs[index] = { compiled, fired: true, via: 'unconditional', condition: null };
      continue;
    }
    const memo = compiled.memo;
    const key = memo?.key(book);
    const known = key === undefined ? undefined : memo?.get(key);
    if (known) {
      runs[index] = { compiled, fired: known.fired, via: 'json-rules-engine', remembered: true, condition: known.condition };
      continue;
    }
    waits.push(ruleOf(compiled, conditions).evaluate(almanacOf()).then(
      (result) => {
        const fired = result.result === true;
        const condition = conditionTrace(result.conditions, fired);
        if (memo && key !== undefined) memo.set(key, { fired, condition });
        runs[index] = { compiled, fired, via: 'json-rules-engine', condition };
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

/** The trace of a rule the guard index settled: the equality tests that failed, as json-rules-engine would report them. */
function excludedTrace(excluded: readonly GuardFailure[]): ConditionTrace {
  const children: ConditionTrace[] = excluded.map(({ fact, operator, value, seen }) => ({ fact, operator, value, seen: seen ?? null, known: seen !== undefined && seen !== null, result: false }));
  return { op: 'all', result: false, indexed: true, children };
}

const ERROR_TEXT: LocalText = { zh: '规则无法评估', en: 'the rule could not be evaluated' };

/** The trace of one rule run; its sentence is rendered when first read. */
export function traceRun<T>(run: RuleRun<T>, context: SentenceContext): RuleTrace {
  const { compiled } = run;
  const condition = run.condition;
  const error = run.error === undefined ? undefined : { zh: `${ERROR_TEXT.zh}：${String(run.error)}`, en: `${ERROR_TEXT.en}: ${String(run.error)}` };
  const fields = { ruleId: compiled.id, role: compiled.role, fired: run.fired, via: run.via, provenance: compiled.provenance, basis: compiled.basis, condition };
  return new RuleTraceRecord(error ? { ...fields, error } : fields, (trace) => {
    const outcome = trace.fired ? compiled.message : compiled.negative ?? { zh: `不适用：${compiled.message.zh}`, en: `it does not apply: ${compiled.message.en}` };
    const clauses = trace.condition ? decidingClauses(trace.condition, context) : [];
    return sentence(clauses, trace.error ? ERROR_TEXT : outcome, compiled.citation);
  });
}

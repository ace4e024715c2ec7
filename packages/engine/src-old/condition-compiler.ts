import type { TopLevelCondition } from 'json-rules-engine';
import type { LocalText } from './config-kinds.ts';
import { MAX_PATTERN_LENGTH, PATTERN_OPERATOR, THRESHOLD_FACT, THRESHOLD_OPERATORS } from './operators.ts';
import { thresholdRef, type ThresholdTable } from './thresholds.ts';

export type NestedCondition = Extract<TopLevelCondition, { all: unknown }>['all'][number];

/** A rule the engine could not compile; it is left out and reported, never half-run. */
export interface CompileIssue {
  rule: string;
  pointer: string;
  message: LocalText;
}

export interface ConditionScope {
  operators: ReadonlySet<string>;
  thresholds: ThresholdTable;
  /** Filled as patterns are met, so each is compiled once per tenant. */
  patterns: Map<string, RegExp>;
  /** Every fact a condition names, for the compiled tenant's report. */
  facts: Set<string>;
  /** The engine's own law table may compare one fact with another (`{ fact }` values); tenant data may not. */
  allowFactValues?: boolean;
}

const MAX_DEPTH = 32;
const PLAIN_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/u;

class Refusal extends Error {
  constructor(readonly pointer: string, readonly text: LocalText) {
    super(text.en);
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function leaf(node: Record<string, unknown>, pointer: string, scope: ConditionScope): NestedCondition {
  const { fact, operator, value, path } = node;
  if (typeof fact !== 'string' || fact.length === 0 || fact === THRESHOLD_FACT) {
    throw new Refusal(`${pointer}/fact`, { zh: '条件缺少事实名', en: 'the condition names no fact' });
  }
  if (typeof operator !== 'string' || !scope.operators.has(operator)) {
    throw new Refusal(`${pointer}/operator`, { zh: `未知运算符 ${String(operator)}`, en: `unknown operator ${String(operator)}` });
  }
  if (path !== undefined && (typeof path !== 'string' || !PLAIN_PATH.test(path))) {
    throw new Refusal(`${pointer}/path`, { zh: 'path 只能是以点分隔的字段名', en: 'path must be plain dotted field names' });
  }
  scope.facts.add(fact);
  const compiled: { fact: string; operator: string; value: unknown; path?: string } = { fact, operator, value };
  if (typeof path === 'string') compiled.path = path;
  if (THRESHOLD_OPERATORS.has(operator)) {
    const ref = thresholdRef(value);
    if (!ref || ('id' in ref && !scope.thresholds.has(ref.id))) {
      throw new Refusal(`${pointer}/value`, { zh: `找不到金额标准 ${String(value)}`, en: `no threshold ${String(value)}` });
    }
    // The bound depends on the case's party type, so it is looked up per evaluation through a fact.
    compiled.value = { fact: THRESHOLD_FACT, params: { ref: value } };
  } else if (operator === PATTERN_OPERATOR) {
    if (typeof value !== 'string' || value.length > MAX_PATTERN_LENGTH) {
      throw new Refusal(`${pointer}/value`, { zh: '正则表达式缺失或过长', en: 'the pattern is missing or too long' });
    }
    if (!scope.patterns.has(value)) {
      try {
        scope.patterns.set(value, new RegExp(value, 'u'));
      } catch {
        throw new Refusal(`${pointer}/value`, { zh: '正则表达式无效', en: 'the pattern is not a valid regular expression' });
      }
    }
  } else if (Object.hasOwn(record(value) ?? {}, 'fact') && !scope.allowFactValues) {
    // json-rules-engine would read `{ fact }` as a reference to another fact; tenant values are literals.
    throw new Refusal(`${pointer}/value`, { zh: '条件的值不能引用事实', en: 'a condition value may not reference a fact' });
  }
  return compiled;
}

function node(value: unknown, pointer: string, scope: ConditionScope, depth: number): NestedCondition {
  if (depth > MAX_DEPTH) throw new Refusal(pointer, { zh: `条件嵌套超过 ${MAX_DEPTH} 层`, en: `conditions nest deeper than ${MAX_DEPTH} levels` });
  const object = record(value);
  if (!object) throw new Refusal(pointer, { zh: '条件应为对象', en: 'a condition must be an object' });
  for (const operator of ['all', 'any'] as const) {
    if (!Object.hasOwn(object, operator)) continue;
    const children = object[operator];
    if (!Array.isArray(children)) throw new Refusal(`${pointer}/${operator}`, { zh: `${operator} 应为数组`, en: `${operator} must be an array` });
    const compiled = children.map((child, index) => node(child, `${pointer}/${operator}/${index}`, scope, depth + 1));
    return operator === 'all' ? { all: compiled } : { any: compiled };
  }
  if (Object.hasOwn(object, 'not')) return { not: node(object.not, `${pointer}/not`, scope, depth + 1) };
  if (Object.hasOwn(object, 'condition')) {
    throw new Refusal(pointer, { zh: '不支持引用具名条件', en: 'named condition references are not supported' });
  }
  return leaf(object, pointer, scope);
}

/** A named child of a rule's top-level `any`, e.g. one criterion of a review entry. */
export interface NamedCondition {
  name: string;
  condition: unknown;
  pointer: string;
}

/**
 * Compiles a config condition for json-rules-engine: checks shape, operators and paths again (config checked them,
 * but an engine must not trust its input), routes threshold values through the threshold fact, pre-compiles patterns
 * and wraps a bare fact condition, since json-rules-engine wants all/any/not at the top.
 */
export function compileCondition(condition: unknown, pointer: string, scope: ConditionScope): TopLevelCondition | CompileIssueBody {
  try {
    const compiled = node(condition, pointer, scope, 0);
    if ('all' in compiled || 'any' in compiled || 'not' in compiled) return compiled;
    return { all: [compiled] };
  } catch (error) {
    if (error instanceof Refusal) return { issue: { pointer: error.pointer, message: error.text } };
    throw error;
  }
}

/** Several named conditions as one `any`, so one Rule evaluates them all and the result says which held. */
export function compileNamedAny(children: readonly NamedCondition[], scope: ConditionScope): TopLevelCondition | CompileIssueBody {
  try {
    const any = children.map((child) => ({ ...wrap(node(child.condition, child.pointer, scope, 1)), name: child.name }));
    return { any };
  } catch (error) {
    if (error instanceof Refusal) return { issue: { pointer: error.pointer, message: error.text } };
    throw error;
  }
}

function wrap(compiled: NestedCondition): TopLevelCondition {
  return 'all' in compiled || 'any' in compiled || 'not' in compiled ? compiled : { all: [compiled] };
}

export interface CompileIssueBody {
  issue: { pointer: string; message: LocalText };
}

export function isIssue(value: TopLevelCondition | CompileIssueBody): value is CompileIssueBody {
  return 'issue' in value;
}

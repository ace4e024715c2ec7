import { Engine, type PathResolver } from 'json-rules-engine';
import type { EngineOperator } from './engine-config.ts';
import type { ResolvedBound } from './thresholds.ts';

export const THRESHOLD_OPERATORS: ReadonlySet<string> = new Set(['atLeastThreshold', 'withinThreshold']);
export const PATTERN_OPERATOR = 'matchesPattern';
/** The fact through which a threshold operator's value reaches the case: its params name the threshold. */
export const THRESHOLD_FACT = 'sanxiang:threshold';

/** Patterns longer than this are refused even if config let them through: matching runs on every evaluation. */
export const MAX_PATTERN_LENGTH = 200;

function isBound(value: unknown): value is ResolvedBound {
  return typeof value === 'object' && value !== null && 'amount' in value && 'inclusive' in value;
}

const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Plain dotted paths only (`address.province`): json-rules-engine's default resolver is jsonpath-plus 10, whose
 * code-execution fixes shipped only in 11 (STACK.md). Own properties only, so no path can reach a prototype.
 */
export const plainPathResolver: PathResolver = (value, path) => resolvePath(value, path);

export function resolvePath(value: unknown, path: string): unknown {
  let current: unknown = value;
  let start = 0;
  while (start <= path.length) {
    const end = path.indexOf('.', start);
    const key = path.slice(start, end === -1 ? path.length : end);
    if (FORBIDDEN_SEGMENTS.has(key) || current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = Reflect.get(current, key);
    if (end === -1) break;
    start = end + 1;
  }
  return current;
}

/**
 * An Engine that holds no rules: only the operator registry that a tenant's pre-built Rules evaluate with
 * (json-rules-engine looks operators up through `rule.engine.operators`). One per compiled tenant, because
 * `matchesPattern` reads the tenant's pre-compiled patterns and vendor operators differ per tenant.
 */
export function operatorEngine(patterns: ReadonlyMap<string, RegExp>, vendor: readonly EngineOperator[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: plainPathResolver });
  const amount = (fact: unknown): fact is number => typeof fact === 'number' && Number.isFinite(fact);
  engine.addOperator('atLeastThreshold', (fact: unknown, bound: unknown) =>
    amount(fact) && isBound(bound) && (bound.inclusive ? fact >= bound.amount : fact > bound.amount));
  engine.addOperator('withinThreshold', (fact: unknown, bound: unknown) =>
    amount(fact) && isBound(bound) && (bound.inclusive ? fact <= bound.amount : fact < bound.amount));
  engine.addOperator(PATTERN_OPERATOR, (fact: unknown, pattern: unknown) => {
    const regex = typeof pattern === 'string' ? patterns.get(pattern) : undefined;
    return typeof fact === 'string' && regex !== undefined && regex.test(fact);
  });
  for (const operator of vendor) {
    const evaluate = operator.evaluate;
    engine.addOperator(operator.name, (fact: unknown, value: unknown) => evaluate(fact, value) === true);
  }
  return engine;
}

/** Operator names a condition may use with this tenant: json-rules-engine's own, Sanxiang's, and the vendor's. */
export function operatorNames(vendor: readonly EngineOperator[]): Set<string> {
  return new Set([
    'equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'in', 'notIn',
    'contains', 'doesNotContain', 'atLeastThreshold', 'withinThreshold', PATTERN_OPERATOR, ...vendor.map((operator) => operator.name),
  ]);
}

import type { TopLevelCondition } from 'json-rules-engine';

/**
 * The tests a rule cannot hold without, lifted out of its condition at compile time: a hash index on equalities, an
 * interval index on numeric comparisons with literals, and a presence index (an operator that never holds for a
 * missing fact). Before json-rules-engine is asked, the evaluation looks the facts up; a rule whose guard already
 * fails is not sent to json-rules-engine, and its trace names the comparison that excluded it. Rules the index lets
 * through are evaluated, and traced, by json-rules-engine.
 */
export type Guard =
  | { kind: 'equal'; fact: string; value: string | number | boolean }
  | { kind: 'present'; fact: string; operator: string; value: unknown }
  | { kind: 'range'; fact: string; operator: 'lessThan' | 'lessThanInclusive' | 'greaterThan' | 'greaterThanInclusive'; value: number }
  | { kind: 'and'; parts: Guard[] }
  | { kind: 'or'; parts: Guard[] };

function field(node: object, key: string): unknown {
  return Object.hasOwn(node, key) ? Reflect.get(node, key) : undefined;
}

/**
 * Operators that never hold for a missing fact: json-rules-engine's number validator (parseFloat of undefined is
 * NaN), Array.isArray for contains, `indexOf(undefined)` for in, and Sanxiang's own type checks.
 */
const NEED_A_VALUE: ReadonlySet<string> = new Set([
  'in', 'contains', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'atLeastThreshold', 'withinThreshold', 'matchesPattern',
]);

function leafGuard(node: object): Guard | undefined {
  const value = field(node, 'value');
  const fact = field(node, 'fact');
  const operator = field(node, 'operator');
  if (field(node, 'path') !== undefined || typeof fact !== 'string' || typeof operator !== 'string') return undefined;
  if (operator === 'equal') {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? { kind: 'equal', fact, value } : undefined;
  }
  // An interval index on numeric facts compared with a literal, like a range index in a database.
  if ((operator === 'lessThan' || operator === 'lessThanInclusive' || operator === 'greaterThan' || operator === 'greaterThanInclusive') && typeof value === 'number') {
    return { kind: 'range', fact, operator, value };
  }
  return NEED_A_VALUE.has(operator) ? { kind: 'present', fact, operator, value } : undefined;
}

function guardOf(node: object): Guard | undefined {
  const all = field(node, 'all');
  if (Array.isArray(all)) {
    const parts = all.flatMap((child) => {
      const guard = typeof child === 'object' && child !== null ? guardOf(child) : undefined;
      return guard ? [guard] : [];
    });
    return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { kind: 'and', parts };
  }
  const any = field(node, 'any');
  if (Array.isArray(any)) {
    const parts: Guard[] = [];
    for (const child of any) {
      const guard = typeof child === 'object' && child !== null ? guardOf(child) : undefined;
      // One unguarded alternative means the rule may hold whatever the facts.
      if (!guard) return undefined;
      parts.push(guard);
    }
    return parts.length === 0 ? undefined : { kind: 'or', parts };
  }
  return 'fact' in node ? leafGuard(node) : undefined;
}

export interface GuardFailure {
  fact: string;
  operator: string;
  value: unknown;
  seen: unknown;
}

export function ruleGuard(condition: TopLevelCondition): Guard | undefined {
  return guardOf(condition);
}

/** The equality tests that failed, or undefined when the rule may hold and json-rules-engine must decide. */
export function failedGuards(guard: Guard, facts: { get(fact: string): unknown }): GuardFailure[] | undefined {
  switch (guard.kind) {
    case 'equal': {
      const seen = facts.get(guard.fact);
      return seen === guard.value ? undefined : [{ fact: guard.fact, operator: 'equal', value: guard.value, seen }];
    }
    case 'range': {
      const seen = facts.get(guard.fact);
      if (seen === undefined || seen === null) return [{ fact: guard.fact, operator: guard.operator, value: guard.value, seen }];
      // Only a number is decided here; json-rules-engine's own coercion of other values (parseFloat) is left to it.
      if (typeof seen !== 'number') return undefined;
      return inRange(seen, guard.operator, guard.value) ? undefined : [{ fact: guard.fact, operator: guard.operator, value: guard.value, seen }];
    }
    case 'present': {
      const seen = facts.get(guard.fact);
      return seen === undefined || seen === null ? [{ fact: guard.fact, operator: guard.operator, value: guard.value, seen }] : undefined;
    }
    case 'and':
      for (const part of guard.parts) {
        const failed = failedGuards(part, facts);
        if (failed) return failed;
      }
      return undefined;
    case 'or': {
      const failed: GuardFailure[] = [];
      for (const part of guard.parts) {
        const each = failedGuards(part, facts);
        if (!each) return undefined;
        failed.push(...each);
      }
      return failed;
    }
  }
}

function inRange(seen: number, operator: 'lessThan' | 'lessThanInclusive' | 'greaterThan' | 'greaterThanInclusive', bound: number): boolean {
  switch (operator) {
    case 'lessThan': return seen < bound;
    case 'lessThanInclusive': return seen <= bound;
    case 'greaterThan': return seen > bound;
    case 'greaterThanInclusive': return seen >= bound;
  }
}

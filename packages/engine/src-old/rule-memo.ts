import type { TopLevelCondition } from 'json-rules-engine';
import type { FactBook } from './fact-book.ts';
import { resolvePath, THRESHOLD_FACT } from './operators.ts';
import type { ConditionTrace } from './trace.ts';

/** One value a rule's condition reads: a fact (with its path) or a threshold bound. */
export type Read = { fact: string; path?: string } | { threshold: unknown };

/** Enough for the recurring combinations of one rule (flags, categories), not for every amount ever seen. */
const MAX_PER_RULE = 32;

export interface Outcome {
  fired: boolean;
  condition: ConditionTrace;
}

/**
 * Results of one rule by the exact values it read. A rule is a pure function of those values (operators must be
 * pure: config's defineOperator says so), so json-rules-engine evaluates each distinct combination once per tenant
 * and later evaluations reuse its result and trace. Bounded per rule and per tenant.
 */
export class RuleMemo {
  // Made on the first result: most of a large tenant's rules are never evaluated.
  private outcomes: Map<string, Outcome> | undefined;

  constructor(
    readonly reads: readonly Read[],
    private readonly budget: { left: number },
  ) {}

  /** The key for this evaluation's values, or undefined when a value is not a plain scalar (then never memoised). */
  key(book: FactBook): string | undefined {
    let key = '';
    for (const read of this.reads) {
      const token = 'threshold' in read ? boundToken(book, read.threshold) : valueToken(readFact(book, read.fact, read.path));
      if (token === undefined) return undefined;
      key += token;
      key += '\u0001';
    }
    return key;
  }

  get(key: string): Outcome | undefined {
    return this.outcomes?.get(key);
  }

  set(key: string, outcome: Outcome): void {
    this.outcomes ??= new Map();
    if (this.outcomes.size >= MAX_PER_RULE || this.budget.left <= 0) return;
    this.budget.left -= 1;
    // A copy made here, not the trace the evaluation made: V8 tenures objects by where they were allocated, and the
    // evaluation's traces should stay short-lived garbage.
    this.outcomes.set(key, deepFreeze(structuredClone(outcome)));
  }
}

function readFact(book: FactBook, fact: string, path: string | undefined): unknown {
  const value = book.get(fact);
  return path && value !== null && typeof value === 'object' ? resolvePath(value, path) : value;
}

function valueToken(value: unknown): string | undefined {
  switch (typeof value) {
    case 'undefined': return 'u';
    case 'boolean': return value ? 't' : 'f';
    case 'number': return `d${value}`;
    case 'string': return `s${value.length}:${value}`;
    default:
      if (value === null) return 'n';
      if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return `a${JSON.stringify(value)}`;
      return undefined;
  }
}

function boundToken(book: FactBook, ref: unknown): string {
  const bound = book.threshold(ref);
  return bound ? `b${bound.threshold}|${bound.amount}|${bound.inclusive}|${bound.variant}|${bound.layer}` : 'bu';
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Every value a compiled condition reads, in a fixed order; undefined when it reads something it cannot name. */
export function readsOf(condition: TopLevelCondition): Read[] {
  const reads: Read[] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const key of ['all', 'any'] as const) {
      const children: unknown = Reflect.get(node, key);
      if (Array.isArray(children)) children.forEach(walk);
    }
    walk(Reflect.get(node, 'not'));
    const fact: unknown = Reflect.get(node, 'fact');
    if (typeof fact !== 'string') return;
    const path: unknown = Reflect.get(node, 'path');
    reads.push(typeof path === 'string' ? { fact, path } : { fact });
    const value: unknown = Reflect.get(node, 'value');
    if (typeof value === 'object' && value !== null && 'fact' in value) {
      if (value.fact === THRESHOLD_FACT) {
        const params: unknown = Reflect.get(value, 'params');
        reads.push({ threshold: typeof params === 'object' && params !== null ? Reflect.get(params, 'ref') : undefined });
      } else if (typeof value.fact === 'string') reads.push({ fact: value.fact });
    }
  };
  walk(condition);
  return reads;
}

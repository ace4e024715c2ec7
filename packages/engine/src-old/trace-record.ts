import type { FactBook } from './fact-book.ts';
import { isLeaf, type ConditionTrace, type RuleTrace, type Trace, type UnknownFact } from './trace.ts';

/**
 * An evaluation's trace, assembled when first read: the answers already carry the traces of the rules behind them,
 * and most callers (a gate check in the workflow) never read the whole list. JSON output materialises everything.
 */
export class TraceRecord implements Trace {
  #rules: RuleTrace[] | undefined;
  #unknown: UnknownFact[] | undefined;
  #facts: Record<string, unknown> | undefined;
  #comparisons: number | undefined;
  readonly #collect: () => RuleTrace[];
  readonly #book: FactBook;
  readonly #ran: { evaluated: number; remembered: number; indexed: number };

  constructor(collect: () => RuleTrace[], book: FactBook, ran: { evaluated: number; remembered: number; indexed: number }) {
    this.#collect = collect;
    this.#book = book;
    this.#ran = ran;
  }

  get rules(): RuleTrace[] {
    this.#rules ??= this.#collect();
    return this.#rules;
  }

  get unknownFacts(): UnknownFact[] {
    if (!this.#unknown) {
      const byFact = new Map<string, Set<string>>();
      let comparisons = 0;
      const walk = (trace: ConditionTrace, rule: string): void => {
        if (!isLeaf(trace)) {
          for (const child of trace.children) walk(child, rule);
          return;
        }
        if (trace.result !== null) comparisons += 1;
        if (trace.known) return;
        const rules = byFact.get(trace.fact) ?? new Set<string>();
        rules.add(rule);
        byFact.set(trace.fact, rules);
      };
      for (const rule of this.rules) if (rule.condition) walk(rule.condition, rule.ruleId);
      this.#comparisons = comparisons;
      this.#unknown = [...byFact.keys()].sort().map((name) => ({
        name, reason: this.#book.unknown.has(name) ? 'NOT_CATALOGUED' : 'NOT_STATED', rules: [...(byFact.get(name) ?? [])].sort(),
      }));
    }
    return this.#unknown;
  }

  get facts(): Record<string, unknown> {
    this.#facts ??= this.#book.seen();
    return this.#facts;
  }

  get counts(): Trace['counts'] {
    if (this.#comparisons === undefined) void this.unknownFacts;
    return { rulesEvaluated: this.#ran.evaluated, rulesRemembered: this.#ran.remembered, rulesIndexed: this.#ran.indexed, conditionsEvaluated: this.#comparisons ?? 0 };
  }

  toJSON(): Trace {
    return { rules: this.rules, unknownFacts: this.unknownFacts, facts: this.facts, counts: this.counts };
  }
}

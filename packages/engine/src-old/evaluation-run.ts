import type { PeriodEnd } from '@sanxiang/calendar';
import { runRules, traceRun, type CompiledRule, type RuleRun } from './compiled-rule.ts';
import type { CompiledTenant } from './compiled-tenant.ts';
import type { DayCount } from './config-kinds.ts';
import { periodEnd } from './dates.ts';
import type { DueDate, EvaluationIssue } from './evaluation.ts';
import { CaseAlmanac, type FactBook } from './fact-book.ts';
import type { RuleTrace } from './trace.ts';

export interface Traced<T> {
  run: RuleRun<T>;
  trace: RuleTrace;
}

/** The state of one evaluation: its facts, its Almanac, and every rule trace in the order rules ran. */
export class EvaluationRun {
  /**
   * Traces by slot: each evaluate call names a slot, and the trace lists slots in name order. Answers run
   * concurrently and remembered results resolve sooner, so the order rules finish in is not the order to report.
   */
  private readonly slots = new Map<string, RuleTrace[]>();
  readonly issues: EvaluationIssue[] = [];
  /** Rules json-rules-engine evaluated, remembered from an earlier evaluation, or the guard index settled. */
  evaluated = 0;
  remembered = 0;
  indexed = 0;

  private almanac: CaseAlmanac | undefined;

  constructor(
    readonly tenant: CompiledTenant,
    readonly book: FactBook,
  ) {}

  /** The run's json-rules-engine Almanac, made when a rule first needs json-rules-engine. */
  readonly almanacOf = (): CaseAlmanac => {
    this.almanac ??= new CaseAlmanac(this.book);
    return this.almanac;
  };

  /** Sets a fact derived from an earlier answer, for the rules that follow. */
  provide(name: string, value: unknown): void {
    if (this.almanac) this.almanac.provide(name, value);
    else this.book.provide(name, value);
  }

  /** Every trace, slot by slot. */
  get traces(): RuleTrace[] {
    return [...this.slots.keys()].sort().flatMap((slot) => this.slots.get(slot) ?? []);
  }

  /** Evaluates rules; `slot` places their traces in the evaluation's trace (e.g. '5-gates'). */
  async evaluate<T>(rules: readonly CompiledRule<T>[], slot: string): Promise<Traced<T>[]> {
    if (rules.length === 0) return [];
    const traces = this.slots.get(slot) ?? [];
    this.slots.set(slot, traces);
    const runs = await runRules(rules, this.book, this.almanacOf);
    return runs.map((run) => {
      if (run.remembered) this.remembered += 1;
      else if (run.via === 'json-rules-engine') this.evaluated += 1;
      else if (run.via === 'index') this.indexed += 1;
      const trace = traceRun(run, this.tenant.sentences);
      traces.push(trace);
      if (trace.error) this.issues.push({ code: 'RULE_ERROR', message: trace.error });
      return { run, trace };
    });
  }

  /** Adopts what a run over another Almanac (one recorded action's) found. */
  absorb(other: EvaluationRun): void {
    for (const [slot, traces] of other.slots) this.slots.set(slot, [...(this.slots.get(slot) ?? []), ...traces]);
    this.issues.push(...other.issues);
    this.evaluated += other.evaluated;
    this.remembered += other.remembered;
    this.indexed += other.indexed;
  }

  /** A due date on the tenant calendar, or null (with an issue) when it cannot be computed. */
  due(from: string | undefined, period: DayCount, fromAssumed = false): DueDate | null {
    const end: PeriodEnd | undefined = periodEnd(this.tenant.view.calendar, from, period);
    if (!end || from === undefined) return null;
    if (end.provisional) {
      this.issues.push({
        code: 'PROVISIONAL_DATE',
        message: {
          zh: `期限 ${end.date} 跨越尚未公布节假日安排的年份（${end.missingYears.join('、')}），仅按周末计算`,
          en: `deadline ${end.date} crosses years without a published holiday arrangement (${end.missingYears.join(', ')}); weekends only`,
        },
      });
    }
    return { date: end.date, from: from.slice(0, 10), period: { days: period.days, unit: period.unit }, provisional: end.provisional, ...(fromAssumed ? { fromAssumed } : {}) };
  }
}

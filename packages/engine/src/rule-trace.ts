import type { BasisEntry, LocalText } from './config-kinds.ts';
import type { Provenance } from './engine-config.ts';
import { decidingClauses, sentence, type SentenceContext } from './sentence.ts';
import type { ConditionTrace, RuleRole, RuleTrace, RuleVia } from './trace.ts';

/** What a trace says about its rule besides the comparisons (a CompiledRule is one). */
export interface TraceSource {
  id: string;
  role: RuleRole;
  provenance: Provenance;
  basis: BasisEntry[];
  message: LocalText;
  negative?: LocalText;
  citation: LocalText;
}

const ERROR_TEXT: LocalText = { zh: '规则无法评估', en: 'the rule could not be evaluated' };

/**
 * A rule trace whose sentence is rendered on first read. An evaluation traces every rule it looked at, fired or
 * not, but callers read the sentences of a few; the rest are rendered only if the trace is serialised (toJSON).
 * It keeps references, not copies, and no closure: an evaluation makes dozens of these.
 *
 * The getter lives on the class, never on an object literal: V8 allocates each literal getter's AccessorPair in the
 * old generation, and that pointer keeps the getter's closure (and the whole evaluation it captured) alive through
 * every minor GC until the next full one. With lazy `get reason()` literals on the answers, a fifth of each
 * evaluation was promoted and minor GCs took 3-6 ms instead of 0.4 (bench/engine). The answers' own reasons are
 * therefore rendered at once, which costs less than that.
 */
export class RuleTraceRecord implements RuleTrace {
  readonly fired: boolean;
  readonly via: RuleVia;
  readonly condition: ConditionTrace | null;
  readonly error?: LocalText;
  readonly #source: TraceSource;
  readonly #context: SentenceContext;
  #sentence: LocalText | undefined;

  constructor(source: TraceSource, fired: boolean, via: RuleVia, condition: ConditionTrace | null, context: SentenceContext, error?: unknown) {
    this.#source = source;
    this.#context = context;
    this.fired = fired;
    this.via = via;
    this.condition = condition;
    if (error !== undefined) this.error = { zh: `${ERROR_TEXT.zh}：${String(error)}`, en: `${ERROR_TEXT.en}: ${String(error)}` };
  }

  get ruleId(): string {
    return this.#source.id;
  }

  get role(): RuleRole {
    return this.#source.role;
  }

  get provenance(): Provenance {
    return this.#source.provenance;
  }

  get basis(): BasisEntry[] {
    return this.#source.basis;
  }

  get sentence(): LocalText {
    if (!this.#sentence) {
      const source = this.#source;
      const outcome = this.fired ? source.message : source.negative ?? { zh: `不适用：${source.message.zh}`, en: `it does not apply: ${source.message.en}` };
      const clauses = this.condition ? decidingClauses(this.condition, this.#context) : [];
      this.#sentence = sentence(clauses, this.error ? ERROR_TEXT : outcome, source.citation);
    }
    return this.#sentence;
  }

  toJSON(): RuleTrace {
    const { ruleId, role, fired, via, provenance, basis, condition, error, sentence: text } = this;
    return error ? { ruleId, role, fired, via, provenance, basis, condition, sentence: text, error } : { ruleId, role, fired, via, provenance, basis, condition, sentence: text };
  }
}

import type { BasisEntry, LocalText } from './config-kinds.ts';
import type { Provenance } from './engine-config.ts';
import type { ConditionTrace, RuleRole, RuleTrace, RuleVia } from './trace.ts';

/**
 * A rule trace whose sentence is rendered on first read. An evaluation traces every rule it looked at, fired or
 * not, but callers read the sentences of a few; the rest are rendered only if the trace is serialised (toJSON).
 */
export class RuleTraceRecord implements RuleTrace {
  readonly ruleId: string;
  readonly role: RuleRole;
  readonly fired: boolean;
  readonly via: RuleVia;
  readonly provenance: Provenance;
  readonly basis: BasisEntry[];
  readonly condition: ConditionTrace | null;
  readonly error?: LocalText;
  #sentence: LocalText | undefined;
  readonly #render: (trace: RuleTraceRecord) => LocalText;

  constructor(fields: Omit<RuleTrace, 'sentence'>, render: (trace: RuleTraceRecord) => LocalText) {
    this.ruleId = fields.ruleId;
    this.role = fields.role;
    this.fired = fields.fired;
    this.via = fields.via;
    this.provenance = fields.provenance;
    this.basis = fields.basis;
    this.condition = fields.condition;
    if (fields.error) this.error = fields.error;
    this.#render = render;
  }

  get sentence(): LocalText {
    this.#sentence ??= this.#render(this);
    return this.#sentence;
  }

  toJSON(): RuleTrace {
    const { ruleId, role, fired, via, provenance, basis, condition, error, sentence } = this;
    return error ? { ruleId, role, fired, via, provenance, basis, condition, sentence, error } : { ruleId, role, fired, via, provenance, basis, condition, sentence };
  }
}

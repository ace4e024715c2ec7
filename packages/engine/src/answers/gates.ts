import type { Action } from '../case-snapshot.ts';
import type { LegalRule } from '../config-kinds.ts';
import type { Provided } from '../engine-config.ts';
import type { GatesAnswer, RuleFinding } from '../evaluation.ts';
import type { EvaluationRun, Traced } from '../evaluation-run.ts';
import type { LawRule } from '../law/legal-rules.ts';
import { isLeaf, type ConditionTrace } from '../trace.ts';

type RuleItem = Provided<LegalRule | LawRule>;

function unknownFacts(trace: ConditionTrace | null, out: Set<string>): Set<string> {
  if (!trace) return out;
  if (isLeaf(trace)) {
    if (!trace.known) out.add(trace.fact);
  } else for (const child of trace.children) unknownFacts(child, out);
  return out;
}

// Facts whose values explain a gate better than its comparison does.
const DETAIL_FACTS: Record<string, string> = { 'apl-42.certificate-invalid': 'certificateProblems' };

function finding(run: EvaluationRun, traced: Traced<RuleItem>): RuleFinding {
  const { value: rule, provenance } = traced.run.compiled.item;
  const detailFact = DETAIL_FACTS[rule.id];
  const detail = detailFact ? run.book.get(detailFact) : undefined;
  const due = 'due' in rule && rule.due ? run.due(run.book.run.at, rule.due) : null;
  return {
    code: rule.id,
    kind: rule.kind,
    outcome: rule.outcome ?? null,
    message: rule.message,
    basis: traced.run.compiled.basis,
    blocks: rule.actions,
    sentence: traced.trace.sentence,
    details: Array.isArray(detail) ? detail.map(String) : [],
    missingFacts: [...unknownFacts(traced.trace.condition, new Set())],
    due,
    provenance,
    trace: traced.trace,
  };
}

/**
 * Every gate that blocks the action, at once, with its code, message and basis; warnings and obligations beside
 * them. Without an action, every rule is evaluated and `blocks` says which actions each gate stops.
 */
export async function gatesAnswer(run: EvaluationRun, action: Action | undefined, hearing: readonly Traced<RuleItem>[]): Promise<GatesAnswer> {
  const rules = action ? run.tenant.rules.byAction.get(action) ?? [] : run.tenant.rules.all.filter((rule) => rule.item.value.outcome !== 'HEARING_RIGHT');
  const runs = await run.evaluate(rules, '5-gates');
  const relevantHearing = hearing.filter((traced) => !action || traced.run.compiled.item.value.actions.includes(action));
  const failing: RuleFinding[] = [];
  const undetermined: RuleFinding[] = [];
  const warnings: RuleFinding[] = [];
  const obligations: RuleFinding[] = [];
  for (const traced of [...runs, ...relevantHearing]) {
    const kind = traced.run.compiled.item.value.kind;
    if (traced.run.fired || (kind === 'GATE' && traced.run.error !== undefined)) {
      // A gate that cannot be evaluated blocks: letting an unchecked decision through is the worse failure.
      const target = kind === 'GATE' ? failing : kind === 'WARNING' ? warnings : obligations;
      target.push(finding(run, traced));
    } else if (kind === 'GATE' && unknownFacts(traced.trace.condition, new Set()).size > 0) {
      undetermined.push(finding(run, traced));
    }
  }
  return { action: action ?? null, blocked: failing.length > 0, failing, undetermined, warnings, obligations };
}

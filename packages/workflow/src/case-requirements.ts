import { subject } from '@sanxiang/authz';
import type { BasisEntry } from '@sanxiang/config';
import type { TenantScopedClient } from '@sanxiang/db';
import { evaluate, type Action, type DueDate, type Evaluation, type RuleFinding } from '@sanxiang/engine';
import { AppError, type LocalText } from '@sanxiang/errors';
import { beijingDate } from './beijing-time.ts';
import type { CaseRecord } from './case-snapshot.ts';
import { lifecycleFor } from './lifecycles.ts';
import { engineFor, loadCaseRecord, snapshotFor, type WorkflowContext } from './transition.ts';

// "What the law requires now" (现在法律要求什么): one engine evaluation of the stored case, without an action, so every
// rule runs and each failing gate says which actions it blocks. The case page shows it beside the steps it allows.

/** A requirement's reason and its legal basis, as a person reads them. */
export interface Explained {
  reason: LocalText;
  basis: string[];
}

export interface GateLine extends Explained {
  code: string;
  message: LocalText;
  /** The engine actions this gate stops. */
  blocks: string[];
}

export interface StepRequirement {
  key: string;
  label: LocalText;
  to: string | null;
  basis: string;
  /** Whether this person's role may take the step (officers work the case, the head approves). */
  permitted: boolean;
  /** The gates that block the step now; empty when the engine lets it through. */
  blocked: GateLine[];
}

export interface CaseRequirements {
  evaluatedAt: string;
  configVersion: string | null;
  /** Problems of the evaluation itself (a fact the case lacks, a provisional calendar year). */
  issues: LocalText[];
  review: Explained & {
    required: boolean;
    entries: Array<{
      id: string;
      name: string;
      criteria: LocalText[];
      materials: Array<{ id: string; name: string; required: boolean }>;
      checklist: Array<{ id: string; question: LocalText; basis: string[] }>;
      timeLimitDays: number | null;
    }>;
    due: string | null;
  };
  hearing: Explained & { right: boolean; requestDeadline: string | null; noticeBy: string | null };
  recording: { complete: boolean; actions: Array<Explained & { type: string; level: string; prospective: boolean; satisfied: boolean | null; missing: string[] }> };
  disclosure: Array<Explained & { id: string; name: string; phase: string; due: string | null; excluded: boolean }>;
  discretion: Explained & { tier: { level: string; description: LocalText; allowed: { min: number; max: number } | null } | null; fits: boolean | null; justificationRequired: boolean };
  gates: { failing: GateLine[]; warnings: GateLine[]; obligations: GateLine[] };
  steps: StepRequirement[];
  /** The engine's overlay per form of this stage: fields the facts make required or visible, and the rules that did. */
  forms: Array<{ kind: string; required: string[]; visible: string[]; rules: Array<{ ruleId: string; fired: boolean; sentence: LocalText }> }>;
}

/** A basis entry in one line: 《法》第几条, a policy document and its section, or a seed document. */
export function basisLine(entry: BasisEntry): string {
  if (entry.law) return `${entry.law}${entry.article ?? ''}`;
  if (entry.document) return `${entry.document}${entry.section ? ` ${entry.section}` : ''}`;
  return `种子文件 ${entry.seed ?? ''}${entry.section ? ` ${entry.section}` : ''}`.trim();
}

const lines = (basis: readonly BasisEntry[] | undefined): string[] => (basis ?? []).map(basisLine);
const dueOf = (due: DueDate | null | undefined): string | null => due?.date ?? null;

function gateLine(finding: RuleFinding): GateLine {
  return { code: finding.code, message: finding.message, basis: lines(finding.basis), reason: finding.sentence, blocks: [...finding.blocks] };
}

function summarise(evaluation: Evaluation, record: CaseRecord, context: Pick<WorkflowContext, 'ability'>): CaseRequirements {
  const lifecycle = lifecycleFor(record.type, record.procedure);
  // Evaluated without an action, every rule runs; a penalty case need not hear about gates on demolition or seizure.
  const actions = new Set(lifecycle.transitions.flatMap((each) => [...(each.action ? [each.action] : []), ...(each.choices ?? [])]));
  const relevant = (gate: GateLine) => gate.blocks.length === 0 || gate.blocks.some((action) => actions.has(action as Action));
  const failing = evaluation.gates.failing.map(gateLine).filter(relevant);
  const steps = lifecycle.transitions.filter((each) => each.from.includes(record.stage)).map((each) => ({
    key: each.key,
    label: each.label,
    to: each.to,
    basis: each.basis,
    permitted: context.ability.can(each.permission, subject('Case', record)),
    blocked: each.action ? failing.filter((gate) => gate.blocks.includes(each.action as string)) : [],
  }));
  const { review, hearing, recording, disclosure, discretion } = evaluation;
  return {
    evaluatedAt: evaluation.at,
    configVersion: evaluation.configVersion,
    issues: evaluation.issues.filter((issue) => issue.code !== 'UNKNOWN_FACT').map((issue) => issue.message),
    review: {
      required: review.required,
      reason: review.reason,
      basis: lines(review.basis),
      due: dueOf(review.due),
      entries: review.entries.map((entry) => ({
        id: entry.id,
        name: entry.name,
        criteria: entry.matchedCriteria.map((criterion) => criterion.description),
        materials: entry.materials.map((material) => ({ id: material.id, name: material.name, required: material.required !== false })),
        checklist: entry.checklist.map((check) => ({ id: check.id, question: check.question, basis: lines(check.basis) })),
        timeLimitDays: entry.timeLimit?.workingDays ?? null,
      })),
    },
    hearing: { right: hearing.right, reason: hearing.reason, basis: lines(hearing.basis), requestDeadline: dueOf(hearing.requestDeadline), noticeBy: hearing.noticeBy },
    recording: {
      complete: recording.complete,
      actions: recording.actions.map((action) => ({
        type: action.type,
        level: action.level,
        prospective: action.prospective,
        satisfied: action.satisfied,
        missing: [...(action.missing.level ? [action.level] : []), ...action.missing.metadata],
        reason: action.reason,
        basis: lines(action.basis),
      })),
    },
    disclosure: disclosure.items.map((item) => ({
      id: item.id, name: item.name, phase: item.phase, due: dueOf(item.due), excluded: item.excluded, reason: item.reason, basis: lines(item.basis),
    })),
    discretion: {
      reason: discretion.reason,
      basis: lines(discretion.basis),
      tier: discretion.tier ? { level: discretion.tier.level, description: discretion.tier.description, allowed: discretion.tier.allowed } : null,
      fits: discretion.fits,
      justificationRequired: discretion.justificationRequired,
    },
    gates: { failing, warnings: evaluation.gates.warnings.map(gateLine).filter(relevant), obligations: evaluation.gates.obligations.map(gateLine).filter(relevant) },
    steps,
    forms: evaluation.forms.forms.map((form) => ({
      kind: form.kind, required: [...form.required], visible: [...form.visible],
      rules: form.rules.map((rule) => ({ ruleId: rule.ruleId, fired: rule.fired, sentence: rule.sentence })),
    })),
  };
}

async function evaluateStored(context: WorkflowContext, record: CaseRecord, action?: Action) {
  const db = context.db as TenantScopedClient;
  const engine = await engineFor(db, context.engines, record);
  const evaluation = await evaluate({ config: engine, case: await snapshotFor(db, record), ...(action ? { action } : {}), at: beijingDate(context.now()) });
  if (!evaluation.valid) {
    throw new AppError('INTERNAL', {
      zh: '案件数据不能转换为规则引擎的案件格式，请联系管理员',
      en: 'the stored case does not convert to the engine\'s case format; tell an administrator',
    }, { details: { issues: evaluation.issues } });
  }
  return evaluation;
}

/** What the law and the tenant's configuration require of the case now, with every reason and basis. */
export async function caseRequirements(context: WorkflowContext, caseId: string): Promise<CaseRequirements> {
  const record = await loadCaseRecord(context.db, context.ability, caseId);
  return summarise(await evaluateStored(context, record), record, context);
}

/** The same, for a record the caller already loaded (the case page reads it once for everything it shows). */
export async function requirementsOf(context: WorkflowContext, record: CaseRecord): Promise<CaseRequirements> {
  return summarise(await evaluateStored(context, record), record, context);
}

/**
 * Asks, without changing anything, whether a step could be taken now: a step that the stage does not offer yet (an
 * officer trying to decide while the case is still at notice) is judged on the engine's gates for its action, so
 * the answer names every gate and its reason instead of a bare "not now". Refuses with GATE_BLOCKED exactly as the
 * step itself would; answers with the step's permission when nothing blocks it.
 */
export async function checkStep(context: WorkflowContext, input: { caseId: string; transition: string }): Promise<{ key: string; label: LocalText; permitted: boolean; offeredNow: boolean }> {
  const record = await loadCaseRecord(context.db, context.ability, input.caseId);
  const definition = lifecycleFor(record.type, record.procedure).transitions.find((each) => each.key === input.transition);
  if (!definition) {
    throw new AppError('BAD_INPUT', { zh: `“${input.transition}”不是此类案件的办理步骤`, en: `"${input.transition}" is not a step of this kind of case` });
  }
  if (definition.action) {
    const evaluation = await evaluateStored(context, record, definition.action);
    const failing = evaluation.gates.failing.map(gateLine);
    if (failing.length > 0) {
      throw new AppError('GATE_BLOCKED', {
        zh: `不能办理“${definition.label.zh}”：${failing.map((gate) => gate.message.zh).join('；')}`,
        en: `"${definition.label.en}" is blocked: ${failing.map((gate) => gate.message.en).join('; ')}`,
      }, { details: { gates: failing } });
    }
  }
  return {
    key: definition.key,
    label: definition.label,
    permitted: context.ability.can(definition.permission, subject('Case', record)),
    offeredNow: definition.from.includes(record.stage),
  };
}

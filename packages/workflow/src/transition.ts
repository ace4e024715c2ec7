import { accessibleBy, subject, type AppAbility } from '@sanxiang/authz';
import { appendAuditEvent } from '@sanxiang/audit';
import type { Prisma, TenantScopedClient } from '@sanxiang/db';
import { evaluate, type Action, type CompiledTenant, type Evaluation, type RuleFinding } from '@sanxiang/engine';
import { AppError, type LocalText } from '@sanxiang/errors';
import { beijingDate, dateColumn } from './beijing-time.ts';
import { VERSION_REF, versionInForce, type CaseEngines } from './case-engines.ts';
import { CASE_RECORD_INCLUDE, latestDraft, snapshotOf, type CaseRecord } from './case-snapshot.ts';
import { lifecycleFor, type TransitionDefinition } from './lifecycles.ts';
import { checkDetail, type TransitionDetail } from './transition-detail.ts';
import { scheduleDecisionDisclosures } from './disclosure-scheduling.ts';
import { checkWithdrawalDetail, withdrawDecisionStep } from './disclosure-withdrawal.ts';

const CASE: LocalText = { zh: '案件', en: 'Case' };

export interface WorkflowActor {
  id: string;
}

/** What every workflow operation needs: a tenant-confined client, what the person may do, the engines and a clock. */
export interface WorkflowContext {
  db: TenantScopedClient;
  ability: AppAbility;
  actor: WorkflowActor;
  engines: CaseEngines;
  /** The time of the act; tests move it, the server passes the wall clock. */
  now: () => Date;
}

/** A gate as the person sees it: stable code, message in both languages, legal basis, and the sentence explaining why. */
export interface GateReport {
  code: string;
  message: LocalText;
  basis: string[];
  reason: LocalText;
}

export interface TransitionRequest {
  caseId: string;
  transition: string;
  /** The case version the person saw; a stale one gets CONFLICT naming the current version. */
  expectedVersion: number;
  detail?: unknown;
}

type Tx = Parameters<Parameters<TenantScopedClient['$transaction']>[0]>[0];

function basisText(finding: RuleFinding): string[] {
  return finding.basis.map((entry) => ('law' in entry ? `${entry.law}${entry.article ?? ''}` : 'document' in entry ? `${entry.document}${entry.section ? ` ${entry.section}` : ''}` : `种子文件 ${entry.seed}${entry.section ? ` ${entry.section}` : ''}`));
}

export function gateReport(finding: RuleFinding): GateReport {
  return { code: finding.code, message: finding.message, basis: basisText(finding), reason: finding.sentence };
}

/** Loads a case the person may read, with everything the engine reads; NOT_FOUND for any other. */
export async function loadCaseRecord(db: TenantScopedClient | Tx, ability: AppAbility, caseId: string): Promise<CaseRecord> {
  const found = await (db as TenantScopedClient).case.findFirst({
    where: { AND: [accessibleBy(ability).ofType('Case'), { id: caseId }] },
    include: CASE_RECORD_INCLUDE,
  });
  if (!found) throw AppError.notFound(CASE);
  return found;
}

/** The engine's case for a stored record, with certificates and the reviewer it needs. */
export async function snapshotFor(db: TenantScopedClient | Tx, record: CaseRecord) {
  const certificateIds = record.officers.map((officer) => officer.certificateId).filter((id): id is string => id !== null);
  const client = db as TenantScopedClient;
  const certificates = certificateIds.length > 0 ? await client.officerCertificate.findMany({ where: { id: { in: certificateIds } } }) : [];
  const reviewerId = record.reviews.at(-1)?.reviewerId;
  const reviewer = reviewerId ? await client.user.findFirst({ where: { id: reviewerId }, select: { id: true, legalQualification: true } }) : null;
  const earlierReviews = reviewer ? await client.reviewRound.count({ where: { reviewerId: reviewer.id, decidedAt: { not: null }, review: { caseId: { not: record.id } } } }) : 0;
  return snapshotOf(record, { certificates, ...(reviewer ? { reviewer: { ...reviewer, firstTime: earlierReviews === 0 } } : {}) });
}

export async function engineFor(db: TenantScopedClient | Tx, engines: CaseEngines, record: CaseRecord): Promise<CompiledTenant> {
  const client = db as TenantScopedClient;
  const version = record.configVersionId
    ? await client.configVersion.findFirst({ where: { id: record.configVersionId }, select: VERSION_REF })
    : await versionInForce(client, record.actDate);
  if (!version) {
    throw new AppError('UNAVAILABLE', {
      zh: '本单位尚未发布生效的配置，无法判断法定要求；请先由管理员发布配置。',
      en: 'This tenant has no published configuration, so the legal requirements cannot be checked; an admin must publish one first.',
    });
  }
  return engines.forVersion(client, version, record.department.code);
}

function actionFor(definition: TransitionDefinition, detail: TransitionDetail): Action | null {
  const method = detail.method;
  if (method !== undefined && definition.choices?.includes(method)) return method;
  return definition.action;
}

/** The enforcement action an on-site step records, as stored and as the engine sees it before it is stored. */
function actionRow(record: CaseRecord, definition: TransitionDefinition, detail: TransitionDetail, action: Action, at: Date, actorId: string) {
  return {
    tenantId: record.tenantId, caseId: record.id, type: action, stage: record.stage,
    startedAt: detail.startedAt ? new Date(detail.startedAt) : at,
    endedAt: detail.endedAt ? new Date(detail.endedAt) : null,
    place: detail.place ?? null,
    emergency: detail.emergency ?? definition.key.includes('emergency'),
    details: {
      headApproved: record.approvals.some((approval) => approval.kind === 'COERCIVE_MEASURE' && approval.status === 'APPROVED'),
      ...(detail.partyPresent !== undefined ? { partyPresent: detail.partyPresent } : {}),
      ...(detail.inventory ? { inventory: detail.inventory } : {}),
    },
    createdById: actorId,
  };
}

/** The case as it would be once this transition's own act and draft are recorded: the engine judges the act itself. */
function withPending(record: CaseRecord, definition: TransitionDefinition, detail: TransitionDetail, action: Action | null, at: Date, actorId: string): CaseRecord {
  const pending: CaseRecord = { ...record, transitions: [...record.transitions], actions: [...record.actions] };
  if (definition.effect === 'ACTION' && action) {
    pending.actions.push({ id: 'pending', ...actionRow(record, definition, detail, action, at, actorId), createdAt: at, evidence: [] });
  }
  if ((definition.effect === 'DECISION_PROPOSED' || definition.effect === 'DECIDED') && (detail.penalties || detail.amount !== undefined)) {
    pending.transitions.push({
      id: 'pending', tenantId: record.tenantId, caseId: record.id, fromStage: record.stage, toStage: record.stage, action: definition.key,
      actorId, at, caseVersion: record.version + 1, detail: { effect: 'DECISION_PROPOSED', ...detail } as Prisma.JsonObject,
    });
  }
  return pending;
}

/** Checks the workflow itself adds to the engine's gates, for steps the engine has no action for. */
function workflowGates(record: CaseRecord, definition: TransitionDefinition, evaluation: Evaluation): GateReport[] {
  const gates: GateReport[] = [];
  if (definition.key === 'request-hearing' && !evaluation.hearing.right) {
    gates.push({
      code: 'wf.no-hearing-right',
      message: { zh: '拟作出的处罚不属于应当告知听证权利的情形，不能进入听证程序', en: 'the intended penalty gives no right to a hearing, so the case cannot go to a hearing' },
      basis: ['《行政处罚法》第六十三条'],
      reason: evaluation.hearing.reason,
    });
  }
  if (definition.effect === 'EXTENSION_APPROVED' && record.approvals.some((approval) => approval.kind === 'EXTENSION' && approval.status === 'APPROVED')) {
    gates.push({
      code: 'acl-25.extended-once',
      message: { zh: '查封、扣押期限只能延长一次，已经延长过', en: 'a seizure may be extended only once, and this one has been' },
      basis: ['《行政强制法》第二十五条第一款'],
      reason: { zh: '本案已有经批准的延长', en: 'the case already has an approved extension' },
    });
  }
  if (definition.effect === 'DECIDED' && record.type === 'PENALTY' && record.procedure !== 'SIMPLE' && !latestDraft(record)) {
    gates.push({
      code: 'wf.no-draft-decision',
      message: { zh: '尚未拟定处罚决定（处罚种类、金额和说理）', en: 'no decision has been drafted (penalties, amount and reasoning)' },
      basis: ['《行政处罚法》第五十九条'],
      reason: { zh: '本案没有拟定的处罚决定', en: 'the case has no draft decision' },
    });
  }
  return gates;
}

export interface TransitionOutcome {
  case: { id: string; stage: string; version: number };
  warnings: GateReport[];
  obligations: GateReport[];
}

/**
 * Moves a case along its lifecycle, in one database transaction covering the state, the records the step creates and
 * the audit event: a failure part-way leaves the case as it was. The engine judges the step first; a blocked step
 * returns every failing gate at once (GATE_BLOCKED, `details.gates`), never just the first.
 */
export async function performTransition(context: WorkflowContext, request: TransitionRequest): Promise<TransitionOutcome> {
  const { db, ability, actor, engines } = context;
  const at = context.now();
  return db.$transaction(async (tx) => {
    const record = await loadCaseRecord(tx, ability, request.caseId);
    const lifecycle = lifecycleFor(record.type, record.procedure);
    const definition = lifecycle.transitions.find((each) => each.key === request.transition);
    const possible = lifecycle.transitions.filter((each) => each.from.includes(record.stage)).map((each) => each.key);
    if (!definition) {
      throw new AppError('BAD_INPUT', {
        zh: `“${request.transition}”不是此类案件的办理步骤；当前可办理：${possible.join('、') || '无'}`,
        en: `"${request.transition}" is not a step of this kind of case; possible now: ${possible.join(', ') || 'none'}`,
      }, { details: { possible } });
    }
    if (!ability.can(definition.permission, subject('Case', record))) {
      throw new AppError('FORBIDDEN', {
        zh: `您无权办理“${definition.label.zh}”${definition.permission === 'approve' ? '（须由负责人批准）' : ''}`,
        en: `you may not "${definition.label.en}"${definition.permission === 'approve' ? ' (the head approves it)' : ''}`,
      });
    }
    if (record.version !== request.expectedVersion) {
      throw new AppError('CONFLICT', {
        zh: `案件已被他人修改（您看到的是第 ${request.expectedVersion} 版，当前为第 ${record.version} 版），请刷新后重试`,
        en: `the case has changed since you loaded it (you saw version ${request.expectedVersion}, it is now ${record.version}); reload and try again`,
      }, { details: { currentVersion: record.version } });
    }
    if (!definition.from.includes(record.stage)) {
      throw new AppError('CONFLICT', {
        zh: `案件处于“${lifecycle.stages.find((stage) => stage.key === record.stage)?.label.zh ?? record.stage}”阶段，不能办理“${definition.label.zh}”；当前可办理：${possible.join('、') || '无'}`,
        en: `the case is at ${record.stage}, where "${definition.label.en}" is not possible; possible now: ${possible.join(', ') || 'none'}`,
      }, { details: { stage: record.stage, possible, currentVersion: record.version } });
    }
    const detail = definition.effect === 'DECISION_WITHDRAWN' ? checkWithdrawalDetail(definition, request.detail) : checkDetail(definition, request.detail);
    const action = actionFor(definition, detail);
    const engine = await engineFor(tx, engines, record);
    const snapshot = await snapshotFor(tx, withPending(record, definition, detail, action, at, actor.id));
    const evaluation = await evaluate({ config: engine, case: snapshot, ...(action ? { action } : {}), at: beijingDate(at) });
    if (!evaluation.valid) {
      throw new AppError('INTERNAL', {
        zh: '案件数据不能转换为规则引擎的案件格式，请联系管理员',
        en: 'the stored case does not convert to the engine\'s case format; tell an administrator',
      }, { details: { issues: evaluation.issues } });
    }
    const failing = [...(action ? evaluation.gates.failing.map(gateReport) : []), ...workflowGates(record, definition, evaluation)];
    if (failing.length > 0) {
      throw new AppError('GATE_BLOCKED', {
        zh: `不能办理“${definition.label.zh}”：${failing.map((gate) => gate.message.zh).join('；')}`,
        en: `"${definition.label.en}" is blocked: ${failing.map((gate) => gate.message.en).join('; ')}`,
      }, { details: { gates: failing } });
    }

    const to = definition.to ?? record.stage;
    const version = record.version + 1;
    const updated = await tx.case.updateMany({
      where: { id: record.id, version: record.version },
      data: {
        stage: to,
        version,
        ...(definition.effect === 'FILE' ? { filedAt: at } : {}),
        ...(definition.effect === 'CLOSED' || (to === 'ARCHIVED' && record.stage !== 'ARCHIVED') ? { closedAt: at } : {}),
      },
    });
    if (updated.count !== 1) {
      const current = await tx.case.findFirst({ where: { id: record.id }, select: { version: true } });
      throw new AppError('CONFLICT', {
        zh: `案件刚被他人修改（当前为第 ${current?.version ?? '?'} 版），请刷新后重试`,
        en: `the case was changed by someone else just now (it is at version ${current?.version ?? '?'}); reload and try again`,
      }, { details: { currentVersion: current?.version ?? null } });
    }
    await applyEffect(tx, { record, definition, detail, action, at, actorId: actor.id, evaluation, engine });
    const stored = { effect: definition.effect, ...detail, warnings: evaluation.gates.warnings.map((warning) => warning.code) };
    await tx.caseTransition.create({
      data: {
        tenantId: record.tenantId, caseId: record.id, fromStage: record.stage, toStage: to, action: definition.key,
        actorId: actor.id, at, caseVersion: version, detail: stored as Prisma.InputJsonObject,
      },
    });
    await appendAuditEvent(tx as unknown as Prisma.TransactionClient, record.tenantId, {
      actorId: actor.id,
      action: 'case.transition',
      entity: 'Case',
      entityId: record.id,
      data: { transition: definition.key, from: record.stage, to, version, engineAction: action, detail, at: at.toISOString() },
    });
    return {
      case: { id: record.id, stage: to, version },
      warnings: evaluation.gates.warnings.map(gateReport),
      obligations: evaluation.gates.obligations.map(gateReport),
    };
  });
}

interface EffectInput {
  record: CaseRecord;
  definition: TransitionDefinition;
  detail: TransitionDetail;
  action: Action | null;
  at: Date;
  actorId: string;
  evaluation: Evaluation;
  engine: CompiledTenant;
}

/** The rows a step creates besides its transition record. */
async function applyEffect(tx: Tx, input: EffectInput): Promise<void> {
  const { record, definition, detail, action, at, actorId, evaluation, engine } = input;
  const tenantId = record.tenantId;
  const client = tx as unknown as TenantScopedClient;
  switch (definition.effect) {
    case 'ACTION':
      if (!action) return;
      await client.enforcementAction.create({ data: actionRow(record, definition, detail, action, at, actorId) });
      return;
    case 'REVIEW_SUBMITTED': {
      const required = evaluation.review.entries.flatMap((entry) => entry.materials.filter((material) => material.required !== false).map((material) => material.id));
      const provided = new Set(detail.materials ?? []);
      const complete = required.every((id) => provided.has(id));
      await client.legalReview.create({
        data: {
          tenantId, caseId: record.id,
          catalogueEntries: evaluation.review.entries.map((entry) => entry.id),
          materials: [...new Set([...required, ...provided])].map((id) => ({ id, provided: provided.has(id), required: required.includes(id) })),
          status: 'SUBMITTED',
          completeAt: complete ? at : null,
          dueDate: complete && evaluation.review.due ? dateColumn(evaluation.review.due.date) : null,
        },
      });
      return;
    }
    case 'DECIDED': {
      const draft = (detail.penalties || detail.amount !== undefined ? detail : latestDraft(record)) as TransitionDetail | undefined;
      const decision = await client.decision.create({
        data: {
          tenantId, caseId: record.id,
          number: detail.number ?? `${record.number}-决`,
          penalties: (draft?.penalties ?? []) as Prisma.InputJsonArray,
          fineAmount: draft?.amount ?? null,
          decidedAt: at,
          decidedById: actorId,
          evidenceReasoning: draft?.reasoning?.evidence ?? null,
          basisReasoning: draft?.reasoning?.basis ?? null,
          discretionReasoning: draft?.reasoning?.discretion ?? null,
        },
      });
      // The disclosures the engine lists for the decision, due on the tenant calendar (issue 7).
      await scheduleDecisionDisclosures(tx, { record, decisionId: decision.id, evaluation, engine, at, actorId });
      return;
    }
    case 'DECISION_WITHDRAWN':
      await withdrawDecisionStep(tx, { record, detail, engine, at, actorId });
      return;
    case 'MEASURE_APPROVED':
    case 'EXTENSION_APPROVED':
      await client.approval.create({
        data: {
          tenantId, caseId: record.id, kind: definition.effect === 'EXTENSION_APPROVED' ? 'EXTENSION' : 'COERCIVE_MEASURE',
          status: 'APPROVED', requestedById: actorId, approverId: actorId, reason: detail.reason ?? null,
          emergency: record.stage === 'IN_FORCE', requestedAt: at, decidedAt: at,
        },
      });
      return;
    default:
      return;
  }
}

export interface AvailableTransition {
  key: string;
  label: LocalText;
  to: string | null;
  permitted: boolean;
  basis: string;
}

/** The steps the case's stage allows, and whether this person may take each. */
export async function availableTransitions(context: Pick<WorkflowContext, 'db' | 'ability'>, caseId: string): Promise<{ stage: string; version: number; transitions: AvailableTransition[] }> {
  const record = await loadCaseRecord(context.db, context.ability, caseId);
  const lifecycle = lifecycleFor(record.type, record.procedure);
  return {
    stage: record.stage,
    version: record.version,
    transitions: lifecycle.transitions.filter((each) => each.from.includes(record.stage)).map((each) => ({
      key: each.key, label: each.label, to: each.to, basis: each.basis,
      permitted: context.ability.can(each.permission, subject('Case', record)),
    })),
  };
}

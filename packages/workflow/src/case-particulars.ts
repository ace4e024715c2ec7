import { subject } from '@sanxiang/authz';
import { appendAuditEvent } from '@sanxiang/audit';
import { FACT_CATALOGUE, type FactDefinition } from '@sanxiang/config';
import type { Prisma, TenantScopedClient } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';
import { z } from 'zod';
import { loadCaseRecord, type WorkflowContext } from './transition.ts';

// What an officer writes down about a case besides its steps: the facts the engine reads (amounts, review triggers,
// circumstances) and the particulars the documents print (案由, 违法事实, 证据, 依据, 履行方式, 救济途径). Both live in
// `Case.facts`: the engine's facts at the top level, the particulars under `particulars` (an object, which the
// engine's snapshot skips), so a long text can never make the case unreadable to the engine.

/**
 * The facts an officer may state. Everything the structure of the case proves (notices, approvals, review passed,
 * officers present) is left out on purpose: stating it would let a form claim what the record does not show.
 */
const STATED_FACT_NAMES = [
  'intendedFine', 'confiscationValue', 'illegalGains', 'goodsValue',
  'licenceRevocation', 'qualificationDowngrade', 'suspensionOrClosure',
  'majorPublicInterest', 'majorRightsAffected', 'socialImpact', 'complexMultipleRelations', 'lawRequiresReview',
  'majorViolation', 'majorCase', 'crossRegion', 'crossDepartment', 'outsideBenchmark', 'suspectedCrime',
  'firstViolation', 'harmSlight', 'harmCaused', 'correctedPromptly', 'noSubjectiveFault', 'harmToLifeHealthFinance',
  'stateSecret', 'tradeSecret', 'privacyCore',
] as const;

export type StatedFact = Pick<FactDefinition, 'name' | 'type' | 'description'>;

/** The stated facts with their catalogue descriptions, in the catalogue's order, for the case page's form. */
export const STATED_FACTS: readonly StatedFact[] = FACT_CATALOGUE
  .filter((fact) => (STATED_FACT_NAMES as readonly string[]).includes(fact.name))
  .map(({ name, type, description }) => ({ name, type, description }));

const shortText = z.string().trim().max(500);
const longText = z.string().trim().max(20_000);

export const ZCaseParticulars = z.strictObject({
  caseCause: shortText, // 案由
  source: shortText, // 案件来源
  summary: longText, // 案情摘要（立案）
  findings: longText, // 经查明的违法事实
  evidence: z.array(z.strictObject({ name: shortText.default(''), description: longText.default('') })).max(200),
  violatedProvision: shortText, // 违反的规定
  penaltyBasis: shortText, // 处罚依据
  penaltyDescription: longText, // 处罚内容
  statementSummary: longText, // 陈述申辩及采纳情况
  compliance: longText, // 履行方式和期限
  payment: z.strictObject({ bank: shortText.default(''), accountName: shortText.default(''), accountNumber: z.string().trim().max(64).default('') }),
  reconsiderationBody: shortText, // 复议机关
  court: shortText, // 管辖法院
  contact: z.strictObject({ name: shortText.default(''), phone: z.string().trim().max(64).default(''), address: shortText.default('') }),
  legalRepresentative: shortText, // 法定代表人（负责人）
  noticeNumber: shortText, // 事先告知书文号
}).partial();

export type CaseParticulars = z.infer<typeof ZCaseParticulars>;

const factValue = z.union([z.number().finite().min(0).max(1e12), z.boolean(), z.null()]);
export const ZStatedFacts = z.partialRecord(z.enum(STATED_FACT_NAMES), factValue);

export interface RecordParticularsInput {
  caseId: string;
  expectedVersion: number;
  /** Engine facts to set; null removes one. Only the stated facts above are accepted. */
  facts?: Record<string, unknown>;
  /** Replaces the particulars given; those not given stay as they were. */
  particulars?: unknown;
  /**
   * A stage form's data, kept under `facts.forms[kind]`. The caller has validated it against the form's schema with
   * the engine's overlay (@sanxiang/forms/server); the workflow only keeps it with the case's history.
   */
  form?: { kind: string; data: Record<string, unknown> };
}

function refuse(problems: { pointer: string; message: string }[]): never {
  throw new AppError('BAD_INPUT', {
    zh: `案件信息填写有误：${problems.map((problem) => `${problem.pointer} ${problem.message}`).join('；')}`,
    en: `the case particulars are not valid: ${problems.map((problem) => `${problem.pointer} ${problem.message}`).join('; ')}`,
  }, { details: { problems } });
}

const asObject = (value: Prisma.JsonValue): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : {});

/** The stage forms' data stored on a case, by form kind. */
export function formDataOf(facts: Prisma.JsonValue): Record<string, Record<string, unknown>> {
  return asObject(asObject(facts).forms as Prisma.JsonValue) as Record<string, Record<string, unknown>>;
}

/** The particulars stored on a case (empty when none). */
export function particularsOf(facts: Prisma.JsonValue): CaseParticulars {
  const parsed = ZCaseParticulars.safeParse(asObject(facts).particulars ?? {});
  return parsed.success ? parsed.data : {};
}

/**
 * Records facts and particulars on a case: a new case version, a history row and an audit event, in one transaction.
 * Only the officers of the case (CASL `update`) may write; a stale version is a CONFLICT naming the current one.
 */
export async function recordParticulars(context: WorkflowContext, input: RecordParticularsInput) {
  const facts = ZStatedFacts.safeParse(input.facts ?? {});
  if (!facts.success) refuse(facts.error.issues.map((issue) => ({ pointer: `/facts/${issue.path.join('/')}`, message: issue.message })));
  const particulars = ZCaseParticulars.safeParse(input.particulars ?? {});
  if (!particulars.success) refuse(particulars.error.issues.map((issue) => ({ pointer: `/particulars/${issue.path.join('/')}`, message: issue.message })));
  return context.db.$transaction(async (tx) => {
    const record = await loadCaseRecord(tx, context.ability, input.caseId);
    if (!context.ability.can('update', subject('Case', record))) {
      throw new AppError('FORBIDDEN', { zh: '只有承办本案的执法人员可以填写案件信息', en: 'only the officers of the case may record its particulars' });
    }
    if (record.version !== input.expectedVersion) {
      throw new AppError('CONFLICT', {
        zh: `案件已被他人修改（您看到的是第 ${input.expectedVersion} 版，当前为第 ${record.version} 版），请刷新后重试`,
        en: `the case has changed since you loaded it (you saw version ${input.expectedVersion}, it is now ${record.version}); reload and try again`,
      }, { details: { currentVersion: record.version } });
    }
    const stored = asObject(record.facts);
    const nextFacts: Record<string, unknown> = { ...stored };
    for (const [name, value] of Object.entries(facts.data)) {
      if (value === null) delete nextFacts[name];
      else nextFacts[name] = value;
    }
    nextFacts.particulars = { ...particularsOf(record.facts), ...particulars.data };
    if (input.form) {
      if (!/^[a-z0-9][a-z0-9._-]{1,79}$/.test(input.form.kind)) refuse([{ pointer: '/form/kind', message: 'not a form kind' }]);
      nextFacts.forms = { ...asObject((stored.forms ?? null) as Prisma.JsonValue), [input.form.kind]: input.form.data };
    }
    const version = record.version + 1;
    const client = tx as unknown as TenantScopedClient;
    const updated = await client.case.updateMany({ where: { id: record.id, version: record.version }, data: { facts: nextFacts as Prisma.InputJsonObject, version } });
    if (updated.count !== 1) {
      throw new AppError('CONFLICT', { zh: '案件刚被他人修改，请刷新后重试', en: 'the case was changed by someone else just now; reload and try again' });
    }
    const detail = { effect: 'PARTICULARS', facts: facts.data, particulars: Object.keys(particulars.data), ...(input.form ? { form: input.form.kind } : {}) };
    await client.caseTransition.create({
      data: {
        tenantId: record.tenantId, caseId: record.id, fromStage: record.stage, toStage: record.stage, action: 'record-particulars',
        actorId: context.actor.id, at: context.now(), caseVersion: version, detail: detail as Prisma.InputJsonObject,
      },
    });
    await appendAuditEvent(tx as unknown as Prisma.TransactionClient, record.tenantId, {
      actorId: context.actor.id, action: 'case.particulars', entity: 'Case', entityId: record.id,
      data: { version, facts: facts.data, particulars: particulars.data, ...(input.form ? { form: input.form } : {}) },
    });
    return { id: record.id, version };
  });
}

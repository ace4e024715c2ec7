import { accessibleBy, subject } from '@sanxiang/authz';
import { appendAuditEvent } from '@sanxiang/audit';
import type { Prisma, ReviewOpinion, TenantScopedClient } from '@sanxiang/db';
import { AppError, type LocalText } from '@sanxiang/errors';
import { beijingDate, dateColumn } from './beijing-time.ts';
import type { WorkflowContext } from './transition.ts';

const REVIEW: LocalText = { zh: '法制审核', en: 'Legal review' };

type Tx = Parameters<Parameters<TenantScopedClient['$transaction']>[0]>[0];

const REVIEW_INCLUDE = {
  case: { include: { officers: { where: { removedAt: null } } } },
  rounds: { orderBy: { number: 'asc' } },
} satisfies Prisma.LegalReviewInclude;

async function loadReview(tx: Tx, context: WorkflowContext, reviewId: string) {
  const client = tx as unknown as TenantScopedClient;
  const review = await client.legalReview.findFirst({ where: { id: reviewId }, include: REVIEW_INCLUDE });
  // Readable through the case (officers, head, supervisor) or as the assigned reviewer; anything else is not found.
  const readable = review && (context.ability.can('read', subject('LegalReview', review)) || await client.case.count({ where: { AND: [accessibleBy(context.ability).ofType('Case'), { id: review.caseId }] } }) > 0);
  if (!review || !readable) throw AppError.notFound(REVIEW);
  return review;
}

function checkVersion(current: number, expected: number): void {
  if (current !== expected) {
    throw new AppError('CONFLICT', {
      zh: `法制审核已被他人更新（您看到的是第 ${expected} 版，当前为第 ${current} 版），请刷新后重试`,
      en: `the review has changed since you loaded it (you saw version ${expected}, it is now ${current}); reload and try again`,
    }, { details: { currentVersion: current } });
  }
}

function wrongStatus(status: string, allowed: readonly string[], what: LocalText): AppError {
  return new AppError('CONFLICT', {
    zh: `法制审核处于 ${status} 状态，不能${what.zh}（须为 ${allowed.join('、')}）`,
    en: `the review is ${status}, so it cannot ${what.en} (it must be ${allowed.join(' or ')})`,
  }, { details: { status, allowed } });
}

async function bump(tx: Tx, reviewId: string, version: number, data: Prisma.LegalReviewUpdateManyMutationInput): Promise<void> {
  const client = tx as unknown as TenantScopedClient;
  const updated = await client.legalReview.updateMany({ where: { id: reviewId, version }, data: { ...data, version: version + 1 } });
  if (updated.count !== 1) {
    const current = await client.legalReview.findFirst({ where: { id: reviewId }, select: { version: true } });
    checkVersion(current?.version ?? -1, version);
  }
}

async function audit(tx: Tx, tenantId: string, actorId: string, action: string, reviewId: string, data: unknown): Promise<void> {
  await appendAuditEvent(tx as unknown as Prisma.TransactionClient, tenantId, { actorId, action, entity: 'LegalReview', entityId: reviewId, data });
}

/**
 * Assigns the review to a member of the tenant's legal-review body who is not an officer on the case, and opens its
 * first round. The head of the handling unit assigns.
 */
export async function assignReviewer(context: WorkflowContext, input: { reviewId: string; reviewerId: string; expectedVersion: number }) {
  return context.db.$transaction(async (tx) => {
    const review = await loadReview(tx, context, input.reviewId);
    if (!context.ability.can('approve', subject('Case', review.case))) {
      throw new AppError('FORBIDDEN', { zh: '只有负责人可以指派审核人员', en: 'only the head assigns a reviewer' });
    }
    checkVersion(review.version, input.expectedVersion);
    if (review.status !== 'SUBMITTED') throw wrongStatus(review.status, ['SUBMITTED'], { zh: '指派审核人员', en: 'be assigned' });
    const client = tx as unknown as TenantScopedClient;
    const reviewer = await client.user.findFirst({ where: { id: input.reviewerId, active: true }, include: { department: true } });
    const problems: LocalText[] = [];
    if (!reviewer || !reviewer.roles.includes('LEGAL_REVIEWER') || reviewer.department?.type !== 'LEGAL_REVIEW_BODY') {
      problems.push({ zh: '被指派人不是本单位法制审核机构的审核人员', en: 'the person is not a reviewer of this tenant\'s legal-review body' });
    }
    if (review.case.officers.some((officer) => officer.userId === input.reviewerId)) {
      problems.push({ zh: '审核人员不得是本案的执法人员', en: 'a reviewer may not be an officer on the case' });
    }
    if (problems.length > 0) {
      throw new AppError('GATE_BLOCKED', {
        zh: `不能指派：${problems.map((problem) => problem.zh).join('；')}`,
        en: `cannot assign: ${problems.map((problem) => problem.en).join('; ')}`,
      }, { details: { gates: problems.map((message) => ({ code: 'wf.reviewer-not-eligible', message, basis: ['《行政处罚法》第五十八条'], reason: message })) } });
    }
    await bump(tx, review.id, review.version, { reviewerId: input.reviewerId, status: 'IN_REVIEW' });
    await client.reviewRound.create({ data: { tenantId: review.tenantId, reviewId: review.id, number: 1, submittedAt: context.now() } });
    await audit(tx, review.tenantId, context.actor.id, 'review.assign', review.id, { reviewerId: input.reviewerId });
    return { id: review.id, status: 'IN_REVIEW' as const, version: review.version + 1 };
  });
}

export interface OpinionInput {
  reviewId: string;
  expectedVersion: number;
  /** The tenant's checklist, item by item. */
  checklist: { id: string; passed: boolean; note?: string | undefined }[];
  opinion: ReviewOpinion;
  /** What is wrong, for PROBLEMS_FOUND and DISAGREE. */
  problems?: string[] | undefined;
}

/**
 * The reviewer's opinion on the current round: agree (the review passes), problems found (back to the handling unit,
 * which responds and resubmits as the next round), or disagree (to coordination by the head or collective discussion).
 */
export async function submitOpinion(context: WorkflowContext, input: OpinionInput) {
  return context.db.$transaction(async (tx) => {
    const review = await loadReview(tx, context, input.reviewId);
    if (!context.ability.can('review', subject('LegalReview', review))) {
      throw new AppError('FORBIDDEN', { zh: '只有被指派的审核人员可以出具审核意见，且不得审核本人承办的案件', en: 'only the assigned reviewer gives the opinion, never on their own case' });
    }
    checkVersion(review.version, input.expectedVersion);
    if (review.status !== 'IN_REVIEW') throw wrongStatus(review.status, ['IN_REVIEW'], { zh: '出具审核意见', en: 'take an opinion' });
    if (input.opinion !== 'AGREE' && (input.problems ?? []).filter((problem) => problem.trim()).length === 0) {
      throw new AppError('BAD_INPUT', { zh: '“存在问题”或“不同意”的意见须写明问题', en: 'an opinion of problems found or disagree must state the problems' }, { details: { problems: [{ pointer: '/problems', message: 'required' }] } });
    }
    if (input.opinion === 'AGREE' && input.checklist.some((item) => !item.passed)) {
      throw new AppError('BAD_INPUT', { zh: '审核清单有未通过的项目，不能出具同意意见', en: 'the checklist has items that did not pass, so the opinion cannot be agree' }, { details: { problems: input.checklist.filter((item) => !item.passed).map((item) => ({ pointer: `/checklist/${item.id}`, message: 'not passed' })) } });
    }
    const round = review.rounds.at(-1);
    if (!round) throw wrongStatus(review.status, ['IN_REVIEW'], { zh: '出具审核意见', en: 'take an opinion' });
    const at = context.now();
    const client = tx as unknown as TenantScopedClient;
    await client.reviewRound.updateMany({
      where: { id: round.id, opinion: null },
      data: { opinion: input.opinion, checklist: input.checklist as Prisma.InputJsonArray, problems: (input.problems ?? []) as Prisma.InputJsonArray, reviewerId: context.actor.id, decidedAt: at },
    });
    const status = input.opinion === 'AGREE' ? 'PASSED' : input.opinion === 'PROBLEMS_FOUND' ? 'RETURNED' : 'IN_COORDINATION';
    await bump(tx, review.id, review.version, { status });
    await audit(tx, review.tenantId, context.actor.id, 'review.opinion', review.id, { round: round.number, opinion: input.opinion, problems: input.problems ?? [] });
    return { id: review.id, status, round: round.number, version: review.version + 1 };
  });
}

/** The handling unit answers the problems found and resubmits: the next numbered round, with the same reviewer. */
export async function resubmitReview(context: WorkflowContext, input: { reviewId: string; expectedVersion: number; response: string; materials?: string[] | undefined }) {
  return context.db.$transaction(async (tx) => {
    const review = await loadReview(tx, context, input.reviewId);
    if (!context.ability.can('update', subject('Case', review.case))) {
      throw new AppError('FORBIDDEN', { zh: '只有承办单位可以回复并重新提交', en: 'only the handling unit responds and resubmits' });
    }
    checkVersion(review.version, input.expectedVersion);
    if (review.status !== 'RETURNED') throw wrongStatus(review.status, ['RETURNED'], { zh: '重新提交', en: 'be resubmitted' });
    if (!input.response.trim()) {
      throw new AppError('BAD_INPUT', { zh: '重新提交须回复审核意见指出的问题', en: 'a resubmission must respond to the problems found' }, { details: { problems: [{ pointer: '/response', message: 'required' }] } });
    }
    const number = (review.rounds.at(-1)?.number ?? 0) + 1;
    const client = tx as unknown as TenantScopedClient;
    await client.reviewRound.create({ data: { tenantId: review.tenantId, reviewId: review.id, number, submittedAt: context.now(), response: input.response } });
    const materials = Array.isArray(review.materials) ? review.materials as { id: string; provided: boolean; required: boolean }[] : [];
    const added = new Set(input.materials ?? []);
    const updatedMaterials = materials.map((material) => ({ ...material, provided: material.provided || added.has(material.id) }));
    const complete = updatedMaterials.every((material) => !material.required || material.provided);
    await bump(tx, review.id, review.version, {
      status: 'IN_REVIEW',
      materials: updatedMaterials as Prisma.InputJsonArray,
      ...(complete && !review.completeAt ? { completeAt: context.now() } : {}),
    });
    await audit(tx, review.tenantId, context.actor.id, 'review.resubmit', review.id, { round: number, response: input.response });
    return { id: review.id, status: 'IN_REVIEW' as const, round: number, version: review.version + 1 };
  });
}

/** A disagreement settled by the head or by collective discussion; the outcome is recorded and ends the review. */
export async function coordinateReview(context: WorkflowContext, input: { reviewId: string; expectedVersion: number; by: 'HEAD' | 'COLLECTIVE_DISCUSSION'; outcome: 'PROCEED' | 'DO_NOT_PROCEED'; note: string }) {
  return context.db.$transaction(async (tx) => {
    const review = await loadReview(tx, context, input.reviewId);
    if (!context.ability.can('approve', subject('Case', review.case))) {
      throw new AppError('FORBIDDEN', { zh: '只有负责人可以记录协调结果', en: 'only the head records the outcome of coordination' });
    }
    checkVersion(review.version, input.expectedVersion);
    if (review.status !== 'IN_COORDINATION') throw wrongStatus(review.status, ['IN_COORDINATION'], { zh: '记录协调结果', en: 'record a coordination outcome' });
    const status = input.outcome === 'PROCEED' ? 'PASSED' : 'CLOSED';
    await bump(tx, review.id, review.version, { status, coordination: { by: input.by, outcome: input.outcome, note: input.note, at: context.now().toISOString(), actorId: context.actor.id } });
    await audit(tx, review.tenantId, context.actor.id, 'review.coordinate', review.id, { by: input.by, outcome: input.outcome, note: input.note });
    return { id: review.id, status, version: review.version + 1 };
  });
}

/** Reviews past their due date (or extended due date) and not yet finished, oldest first. */
export async function overdueReviews(context: Pick<WorkflowContext, 'db' | 'ability' | 'now'>) {
  const today = dateColumn(beijingDate(context.now()));
  const open = await context.db.legalReview.findMany({
    where: {
      AND: [accessibleBy(context.ability).ofType('LegalReview')],
      status: { in: ['SUBMITTED', 'IN_REVIEW'] },
      dueDate: { not: null },
    },
    include: { case: { select: { id: true, number: true, title: true } } },
    orderBy: { dueDate: 'asc' },
  });
  return open.filter((review) => (review.extendedDueDate ?? review.dueDate)! < today);
}

import { subject } from '@sanxiang/authz';
import { appendAuditEvent } from '@sanxiang/audit';
import type { Prisma, TenantScopedClient } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';
import { loadCaseRecord, type WorkflowContext } from './transition.ts';

// 集体讨论 (行政处罚法 第五十七条第二款): for complex or major cases the heads of the agency discuss and decide together.
// The record is written once and never changed; a correction is a new record.

export interface CollectiveDiscussionInput {
  caseId: string;
  /** When the meeting was held. */
  heldAt: Date;
  participants: Array<{ name: string; role: string }>;
  /** 讨论记录: what was said, by whom. */
  record: string;
  /** 讨论结论. */
  conclusion: string;
}

/** Records a collective discussion of a case, with an audit event, in one transaction. Only the head may. */
export async function recordCollectiveDiscussion(context: WorkflowContext, input: CollectiveDiscussionInput) {
  const problems = [
    ...(input.participants.length < 2 ? [{ pointer: '/participants', message: { zh: '集体讨论至少须有两名参加人员', en: 'a collective discussion needs at least two participants' } }] : []),
    ...(!input.record.trim() ? [{ pointer: '/record', message: { zh: '须填写讨论记录', en: 'the record of the discussion is required' } }] : []),
    ...(!input.conclusion.trim() ? [{ pointer: '/conclusion', message: { zh: '须填写讨论结论', en: 'the conclusion is required' } }] : []),
    ...(input.heldAt.getTime() > context.now().getTime() + 60_000 ? [{ pointer: '/heldAt', message: { zh: '讨论时间不能晚于现在', en: 'the meeting cannot be in the future' } }] : []),
  ];
  if (problems.length > 0) {
    throw new AppError('BAD_INPUT', {
      zh: `集体讨论记录不完整：${problems.map((problem) => problem.message.zh).join('；')}`,
      en: `the collective-discussion record is incomplete: ${problems.map((problem) => problem.message.en).join('; ')}`,
    }, { details: { problems: problems.map((problem) => ({ pointer: problem.pointer, message: problem.message.en })) } });
  }
  return context.db.$transaction(async (tx) => {
    const record = await loadCaseRecord(tx, context.ability, input.caseId);
    if (!context.ability.can('approve', subject('Case', record))) {
      throw new AppError('FORBIDDEN', { zh: '只有负责人可以记录集体讨论', en: 'only the head records a collective discussion' });
    }
    const client = tx as unknown as TenantScopedClient;
    const created = await client.collectiveDiscussion.create({
      data: {
        tenantId: record.tenantId, caseId: record.id, heldAt: input.heldAt, participants: input.participants as Prisma.InputJsonArray,
        record: input.record, conclusion: input.conclusion, createdById: context.actor.id,
      },
    });
    await appendAuditEvent(tx as unknown as Prisma.TransactionClient, record.tenantId, {
      actorId: context.actor.id, action: 'case.collective-discussion', entity: 'CollectiveDiscussion', entityId: created.id,
      data: { caseId: record.id, heldAt: input.heldAt.toISOString(), participants: input.participants, conclusion: input.conclusion },
    });
    return { id: created.id };
  });
}

/**
 * The revoke-decision step (《行政处罚法》第四十八条第二款): the decision is recorded as changed, revoked, or confirmed
 * illegal or void, with the reason and the basis, and every published disclosure of it is withdrawn in the same
 * transaction, due three working days (art. 85) from the day it changed, on the tenant calendar.
 */
import type { TenantScopedClient } from '@sanxiang/db';
import { WITHDRAWAL_WORKING_DAYS, withdrawForDecision, type WithdrawalOutcome } from '@sanxiang/disclosure';
import type { CompiledTenant } from '@sanxiang/engine';
import { AppError } from '@sanxiang/errors';
import { z } from 'zod';
import { beijingDate } from './beijing-time.ts';
import type { CaseRecord } from './case-snapshot.ts';
import type { TransitionDefinition } from './lifecycles.ts';
import type { TransitionDetail } from './transition-detail.ts';

type Tx = Parameters<Parameters<TenantScopedClient['$transaction']>[0]>[0];

const ZWithdrawalDetail = z.strictObject({
  decisionStatus: z.enum(['CHANGED', 'REVOKED', 'CONFIRMED_ILLEGAL', 'VOID']),
  /** Published with the withdrawal notice. */
  reason: z.string().trim().min(2).max(2000),
  /** The decision or judgment that changed it (复议决定书、判决书文号), or the article relied on. */
  basis: z.string().trim().min(2).max(500),
  /** The day the decision was changed, revoked or confirmed illegal or void: the three days run from it. */
  changedOn: z.iso.date(),
});

export type WithdrawalDetail = z.infer<typeof ZWithdrawalDetail>;

/** Checks the step's detail; BAD_INPUT names each field (as a JSON pointer) and what it should be. */
export function checkWithdrawalDetail(definition: TransitionDefinition, input: unknown): TransitionDetail & WithdrawalDetail {
  const parsed = ZWithdrawalDetail.safeParse(input ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ pointer: `/detail/${issue.path.join('/')}`, message: issue.message }));
    throw new AppError('BAD_INPUT', {
      zh: `“${definition.label.zh}”须写明决定的新状态、理由、依据和日期：${problems.map((problem) => `${problem.pointer} ${problem.message}`).join('；')}`,
      en: `"${definition.label.en}" needs the decision's new status, the reason, the basis and the date: ${problems.map((problem) => `${problem.pointer} ${problem.message}`).join('; ')}`,
    }, { details: { problems } });
  }
  return parsed.data;
}

/** The strictest withdrawal period the tenant's after-the-act items set, never longer than the law's three days. */
function withdrawalDays(engine: CompiledTenant): number {
  let days = WITHDRAWAL_WORKING_DAYS;
  for (const compiled of engine.disclosure.get('DECISION_MADE') ?? []) {
    const period = compiled.trigger.item.value.withdrawal;
    if (period && period.unit === 'WORKING' && period.days >= 0 && period.days < days) days = period.days;
  }
  return days;
}

export async function withdrawDecisionStep(
  tx: Tx,
  input: { record: CaseRecord; detail: unknown; engine: CompiledTenant; at: Date; actorId: string },
): Promise<WithdrawalOutcome> {
  const detail = ZWithdrawalDetail.parse(input.detail);
  const client = tx as unknown as TenantScopedClient;
  const decision = input.record.decisions.filter((each) => each.status === 'IN_FORCE').at(-1);
  if (!decision) {
    throw new AppError('CONFLICT', {
      zh: '本案没有生效的决定，无需撤回公示。',
      en: 'The case has no decision in force, so there is nothing to withdraw.',
    });
  }
  const decidedOn = beijingDate(decision.decidedAt);
  const today = beijingDate(input.at);
  if (detail.changedOn < decidedOn || detail.changedOn > today) {
    throw new AppError('BAD_INPUT', {
      zh: `决定被变更或撤销的日期应在决定作出之日（${decidedOn}）与今天（${today}）之间。`,
      en: `The day the decision changed must fall between the day it was made (${decidedOn}) and today (${today}).`,
    }, { details: { problems: [{ pointer: '/detail/changedOn', message: `between ${decidedOn} and ${today}` }] } });
  }
  const updated = await client.decision.updateMany({
    where: { id: decision.id, version: decision.version },
    data: { status: detail.decisionStatus, statusReason: `${detail.reason}（${detail.basis}）`, version: decision.version + 1 },
  });
  if (updated.count !== 1) {
    throw new AppError('CONFLICT', { zh: '决定刚被他人修改，请刷新后重试。', en: 'The decision was changed by someone else just now; reload and try again.' });
  }
  return withdrawForDecision(tx, {
    decisionId: decision.id, reason: detail.reason, basis: detail.basis, changedOn: detail.changedOn,
    calendar: input.engine.view.calendar, days: withdrawalDays(input.engine), actorId: input.actorId, now: input.at,
  });
}

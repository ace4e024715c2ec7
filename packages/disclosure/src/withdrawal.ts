/**
 * Withdrawal (《行政处罚法》第四十八条第二款): a published decision that is changed, revoked, or confirmed illegal or void
 * is withdrawn within three days, working days by art. 85, with the reason published. The portal entry is taken
 * down at once (taking down never discloses anything) and replaced by a notice with the reason and basis; the
 * due date, counted on the tenant calendar from the day the decision changed, records whether the law's limit was met.
 * Disclosures of that decision not yet published are never published.
 */
import { appendAuditEvent } from '@sanxiang/audit';
import { accessibleBy, subject } from '@sanxiang/authz';
import type { Disclosure } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';
import { dayColumn } from './beijing-day.ts';
import { auditClientOf, DISCLOSURE, scopedClientOf, type DisclosureContext, type ScopedTx, type WorkingDays } from './disclosure-context.ts';
import { bumpDisclosure, checkVersion } from './publication.ts';
import { enqueuePush } from './push-outbox.ts';

/** Three working days (《行政处罚法》第四十八条第二款、第八十五条). */
export const WITHDRAWAL_WORKING_DAYS = 3;

interface WithdrawalTerms {
  /** Published with the notice. */
  reason: string;
  /** The decision or judgment that changed it, or the article relied on. */
  basis: string;
  /** YYYY-MM-DD: the day the decision was changed, revoked or confirmed illegal or void. */
  changedOn: string;
  calendar: WorkingDays;
  /** The disclosure item's own period, when its list gives one; else three working days. */
  days?: number | undefined;
  actorId: string | null;
  now: Date;
}

export interface WithdrawalOutcome {
  /** The last day for the withdrawal. */
  due: string;
  dueProvisional: boolean;
  withdrawn: string[];
  /** Scheduled disclosures of the decision that will now never be published. */
  cancelled: string[];
}

function checkTerms(terms: Pick<WithdrawalTerms, 'reason' | 'basis' | 'changedOn'>): void {
  const problems: string[] = [];
  if (terms.reason.trim().length < 2) problems.push('reason');
  if (terms.basis.trim().length < 2) problems.push('basis');
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(terms.changedOn) || Number.isNaN(Date.parse(terms.changedOn))) problems.push('changedOn');
  if (problems.length > 0) {
    throw new AppError('BAD_INPUT', {
      zh: `撤回公示须写明理由、依据和决定被变更或撤销的日期（YYYY-MM-DD）；有误的项目：${problems.join('、')}`,
      en: `A withdrawal needs its reason, its basis and the day the decision changed (YYYY-MM-DD); wrong: ${problems.join(', ')}`,
    }, { details: { problems: problems.map((field) => ({ pointer: `/${field}`, message: 'required' })) } });
  }
}

async function withdrawRow(tx: ScopedTx, row: Disclosure, terms: WithdrawalTerms, due: { date: string }): Promise<void> {
  await bumpDisclosure(tx, row.id, row.version, {
    status: 'WITHDRAWN', withdrawnAt: terms.now, withdrawnById: terms.actorId, withdrawalDue: dayColumn(due.date),
    reason: terms.reason.trim(), withdrawalBasis: terms.basis.trim(),
    // The party is no longer published, so it can no longer be found by name or code either.
    partyName: null, partyNameKey: null, partyNameTokens: [], creditCode: null,
  });
  await enqueuePush(tx, {
    tenantId: row.tenantId, disclosureId: row.id, kind: 'WITHDRAW', at: terms.now,
    payload: { event: 'disclosure.withdrawn', disclosureId: row.id, decisionNumber: row.decisionNumber, withdrawnAt: terms.now.toISOString(), reason: terms.reason.trim(), basis: terms.basis.trim() },
  });
  await appendAuditEvent(auditClientOf(tx), row.tenantId, {
    actorId: terms.actorId, action: 'disclosure.withdraw', entity: 'Disclosure', entityId: row.id,
    data: { reason: terms.reason.trim(), basis: terms.basis.trim(), changedOn: terms.changedOn, due: due.date },
  });
}

/**
 * Withdraws every published disclosure of a decision and cancels the scheduled ones, inside the caller's
 * transaction (the workflow's revoke-decision step).
 */
export async function withdrawForDecision(tx: ScopedTx, input: WithdrawalTerms & { decisionId: string }): Promise<WithdrawalOutcome> {
  checkTerms(input);
  const due = input.calendar.addWorkingDays(input.changedOn, input.days ?? WITHDRAWAL_WORKING_DAYS);
  const rows = await scopedClientOf(tx).disclosure.findMany({ where: { decisionId: input.decisionId, status: { in: ['SCHEDULED', 'PUBLISHED', 'EXPIRED'] } }, orderBy: { createdAt: 'asc' } });
  const outcome: WithdrawalOutcome = { due: due.date, dueProvisional: due.provisional, withdrawn: [], cancelled: [] };
  for (const row of rows) {
    if (row.status === 'SCHEDULED') {
      await bumpDisclosure(tx, row.id, row.version, { status: 'NOT_PUBLISHED', reason: `决定已于 ${input.changedOn} 被变更或撤销，不再公开：${input.reason.trim()}` });
      await appendAuditEvent(auditClientOf(tx), row.tenantId, {
        actorId: input.actorId, action: 'disclosure.cancel', entity: 'Disclosure', entityId: row.id, data: { reason: input.reason.trim(), changedOn: input.changedOn },
      });
      outcome.cancelled.push(row.id);
    } else {
      await withdrawRow(tx, row, input, due);
      outcome.withdrawn.push(row.id);
    }
  }
  return outcome;
}

export interface WithdrawDisclosureInput {
  id: string;
  expectedVersion: number;
  reason: string;
  basis: string;
  changedOn: string;
}

/**
 * An officer withdraws one published disclosure: for a decision changed outside the case's own steps (by a
 * reconsideration body or a court) or published in error. The decision's own status is the case's business
 * (the revoke-decision step), so it is not touched here.
 */
export async function withdrawDisclosure(
  context: DisclosureContext,
  input: WithdrawDisclosureInput,
  calendarOf: () => Promise<WorkingDays>,
): Promise<WithdrawalOutcome> {
  const unchecked = { reason: input.reason, basis: input.basis, changedOn: input.changedOn, actorId: context.actor.id, now: context.now() };
  checkTerms(unchecked);
  return context.db.$transaction(async (tx) => {
    const row = await scopedClientOf(tx).disclosure.findFirst({ where: { AND: [accessibleBy(context.ability).ofType('Disclosure'), { id: input.id }] }, include: { case: true } });
    if (!row) throw AppError.notFound(DISCLOSURE);
    if (!context.ability.can('publish', subject('Disclosure', row))) {
      throw new AppError('FORBIDDEN', { zh: '您无权撤回本部门以外的公示事项。', en: 'You may withdraw only your own department\'s disclosures.' });
    }
    checkVersion(row.version, input.expectedVersion);
    if (row.status !== 'PUBLISHED' && row.status !== 'EXPIRED') {
      throw new AppError('CONFLICT', {
        zh: `该公示事项的状态为 ${row.status}，只有已公开的事项可以撤回。`,
        en: `This disclosure is ${row.status}; only a published one can be withdrawn.`,
      }, { details: { status: row.status } });
    }
    // The calendar only once the row is known to be the caller's: a foreign id is NOT_FOUND whatever the configuration.
    const calendar = await calendarOf();
    const due = calendar.addWorkingDays(input.changedOn, WITHDRAWAL_WORKING_DAYS);
    const { case: _case, ...disclosure } = row;
    await withdrawRow(tx, disclosure, { ...unchecked, calendar }, due);
    return { due: due.date, dueProvisional: due.provisional, withdrawn: [row.id], cancelled: [] };
  });
}

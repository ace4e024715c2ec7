/**
 * The decision step's hook into disclosure: the publication duties the engine listed for the decision (its
 * `disclosure` answer for the DECISION_MADE event) become Disclosure rows in the decision's own transaction, so a
 * decision is never stored without them.
 */
import type { TenantScopedClient } from '@sanxiang/db';
import { scheduleDisclosures, type ScheduledDisclosure, type ScheduledObligation } from '@sanxiang/disclosure';
import type { CompiledTenant, Evaluation } from '@sanxiang/engine';
import { beijingDate } from './beijing-time.ts';
import type { CaseRecord } from './case-snapshot.ts';

type Tx = Parameters<Parameters<TenantScopedClient['$transaction']>[0]>[0];

/**
 * Where an item names no deadline: 7 working days for licence and penalty decisions, 20 for other enforcement
 * decisions (国办发〔2018〕118号 二、（三）; seeds 000 and 001).
 */
export function defaultDisclosureDays(type: CaseRecord['type']): number {
  return type === 'PENALTY' || type === 'LICENCE' ? 7 : 20;
}

export interface DecisionDisclosureInput {
  record: CaseRecord;
  decisionId: string;
  evaluation: Evaluation;
  engine: CompiledTenant;
  at: Date;
  actorId: string;
}

export async function scheduleDecisionDisclosures(tx: Tx, input: DecisionDisclosureInput): Promise<ScheduledDisclosure[]> {
  const { record, evaluation, engine } = input;
  const decidedOn = beijingDate(input.at);
  const obligations: ScheduledObligation[] = evaluation.disclosure.items
    .filter((item) => item.phase === 'AFTER' && item.event === 'DECISION_MADE')
    .map((item) => ({
      id: item.id,
      name: item.name,
      channels: item.channels,
      fields: item.fields,
      due: item.due ?? engine.view.calendar.addWorkingDays(decidedOn, defaultDisclosureDays(record.type)),
      excluded: item.excluded,
      exclusionReasons: item.exclusionReasons,
      displayMonths: item.displayMonths,
      basis: item.basis,
    }));
  return scheduleDisclosures(tx, { tenantId: record.tenantId, caseId: record.id, decisionId: input.decisionId, obligations, actorId: input.actorId });
}

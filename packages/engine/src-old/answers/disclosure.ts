import type { Action } from '../case-snapshot.ts';
import type { CompiledDisclosure } from '../compiled-tenant.ts';
import type { DisclosureAnswer, DisclosureObligation, Withdrawal } from '../evaluation.ts';
import type { EvaluationRun } from '../evaluation-run.ts';

/** The event an action produces, for the obligations it creates (a decision → publish the decision). */
const EVENT_OF: Partial<Record<Action, string>> = {
  FILE: 'CASE_FILED', DECIDE: 'DECISION_MADE', SIMPLE_PROCEDURE_DECISION: 'DECISION_MADE', LICENCE_DECIDE: 'DECISION_MADE',
  SEIZURE: 'SEIZURE_EXECUTED', FREEZING: 'SEIZURE_EXECUTED', EVIDENCE_PRESERVATION: 'EVIDENCE_PRESERVED', HEARING: 'HEARING_HELD',
  LICENCE_ACCEPT: 'LICENCE_APPLICATION_ACCEPTED', DELIVERY_IN_PERSON: 'DECISION_DELIVERED', DELIVERY_BY_LEAVING: 'DECISION_DELIVERED',
  DELIVERY_BY_POST: 'DECISION_DELIVERED', DELIVERY_BY_NOTICE: 'DECISION_DELIVERED', ELECTRONIC_DELIVERY: 'DECISION_DELIVERED',
};
const ON_SITE: ReadonlySet<string> = new Set(['ON_SITE_INSPECTION', 'RANDOM_INSPECTION', 'INQUIRY', 'EVIDENCE_TAKING', 'EVIDENCE_PRESERVATION', 'SEIZURE', 'FREEZING', 'FORCED_EXECUTION', 'FORCED_DEMOLITION', 'SIMPLE_PROCEDURE_DECISION']);

/** The events of the case with their dates: those recorded, and the one the requested action is about to produce. */
function events(run: EvaluationRun): Map<string, string> {
  const { snapshot, action, at } = run.book.run;
  const found = new Map<string, string>();
  const produced = action ? EVENT_OF[action] : undefined;
  // The first date wins: the action about to be taken, then the record.
  const dated: [string, string | undefined][] = [
    [produced ?? '', produced ? at : undefined],
    ['ACTION_STARTED', action && ON_SITE.has(action) ? at : undefined],
    ['CASE_FILED', snapshot.filedAt],
    ['DECISION_MADE', snapshot.decision?.decidedAt],
    ['DECISION_DELIVERED', snapshot.decision?.deliveredAt],
    ['DECISION_CHANGED', snapshot.decision?.changedAt ?? snapshot.decision?.revokedAt],
    ['SEIZURE_EXECUTED', snapshot.seizure?.startedAt],
    ['HEARING_RIGHT_NOTIFIED', snapshot.notices?.hearingRightNotifiedAt],
    ['HEARING_HELD', snapshot.notices?.hearingHeldAt],
    ['REVIEW_MATERIALS_COMPLETE', snapshot.review?.materialsCompleteAt],
  ];
  for (const [event, date] of dated) if (date !== undefined && !found.has(event)) found.set(event, date.slice(0, 10));
  return found;
}

/** Publication duties the case creates: items, channels, due dates, redaction, display period, and withdrawals. */
export async function disclosureAnswer(run: EvaluationRun): Promise<DisclosureAnswer> {
  const occurred = events(run);
  const candidates: { event: string; compiled: CompiledDisclosure }[] = [];
  for (const event of occurred.keys()) for (const compiled of run.tenant.disclosure.get(event) ?? []) candidates.push({ event, compiled });
  const triggers = await run.evaluate(candidates.map((candidate) => candidate.compiled.trigger), '6-disclosure');
  const fired = candidates.flatMap((candidate, index) => {
    const traced = triggers[index];
    return traced?.run.fired ? [{ ...candidate, trace: traced.trace }] : [];
  });
  const details = await Promise.all(fired.map(({ compiled }, index) => {
    const slot = `6-disclosure/${String(index).padStart(4, '0')}`;
    return Promise.all([run.evaluate(compiled.exclusions, `${slot}/a`), run.evaluate(compiled.redactions, `${slot}/b`), run.evaluate(compiled.tiers, `${slot}/c`)]);
  }));
  const items: DisclosureObligation[] = [];
  const withdrawals: Withdrawal[] = [];
  const changed = occurred.get('DECISION_CHANGED');
  fired.forEach(({ event, compiled, trace }, index) => {
    const { value: item, provenance } = compiled.trigger.item;
    const [exclusions = [], redactions = [], tiers = []] = details[index] ?? [];
    const excluded = exclusions.filter((traced) => traced.run.fired);
    const from = item.deadline ? occurred.get(item.deadline.from) ?? occurred.get(event) : undefined;
    const tier = tiers.find((traced) => traced.run.fired);
    items.push({
      id: item.id, name: item.name, phase: item.phase, event, channels: item.channels, fields: item.fields,
      due: item.deadline && from ? run.due(from, item.deadline) : null,
      excluded: excluded.length > 0,
      exclusionReasons: excluded.map((traced) => traced.run.compiled.item.reason),
      redaction: redactions.filter((traced) => traced.run.fired).map((traced) => ({ class: traced.run.compiled.item.class, action: traced.run.compiled.item.action })),
      displayMonths: tier ? tier.run.compiled.item.months : item.displayPeriod?.months ?? null,
      basis: compiled.trigger.basis, provenance, trace,
      get reason() {
        return trace.sentence;
      },
    });
    // Art. 48: a published decision that is changed or revoked is withdrawn within three working days.
    if (changed && item.withdrawal && run.book.run.snapshot.decision?.publishedAt && event === 'DECISION_MADE') {
      withdrawals.push({
        id: item.id, due: run.due(changed, item.withdrawal), reasonRequired: true, basis: compiled.trigger.basis,
        reason: { zh: `已公开的「${item.name}」被变更或撤销，应当撤回并公开说明理由`, en: `the published "${item.name}" was changed or revoked: withdraw it and publish the reason` },
      });
    }
  });
  return { items, withdrawals };
}

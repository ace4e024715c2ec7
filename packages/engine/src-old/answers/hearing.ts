import type { LegalRule } from '../config-kinds.ts';
import type { Provided } from '../engine-config.ts';
import { workingDaysBefore } from '../dates.ts';
import type { HearingAnswer } from '../evaluation.ts';
import { lazyText } from '../lazy-text.ts';
import type { EvaluationRun, Traced } from '../evaluation-run.ts';
import type { LawRule } from '../law/legal-rules.ts';
import { apl } from '../law/statutes.ts';
import { isResolvedBound, type ResolvedBound } from '../thresholds.ts';
import { isLeaf, type ConditionTrace } from '../trace.ts';

function thresholdSeen(trace: ConditionTrace | null, preferHeld: boolean): ResolvedBound | null {
  if (!trace) return null;
  if (isLeaf(trace)) {
    const bound = trace.compared;
    return trace.operator === 'atLeastThreshold' && isResolvedBound(bound) && (!preferHeld || trace.result === true) ? bound : null;
  }
  for (const child of trace.children) {
    const found = thresholdSeen(child, preferHeld);
    if (found) return found;
  }
  return null;
}

/** Art. 63: whether the intended decision gives a right to a hearing, and the art. 64 deadlines that follow. */
export async function hearingAnswer(run: EvaluationRun): Promise<{ answer: HearingAnswer; runs: Traced<Provided<LegalRule | LawRule>>[] }> {
  const runs = await run.evaluate(run.tenant.rules.hearing, '2-hearing');
  const fired = runs.filter((traced) => traced.run.fired);
  const right = fired.length > 0;
  const notices = run.book.run.snapshot.notices;
  const told = notices?.hearingRightNotifiedAt ?? notices?.penaltyNoticeAt;
  const requestDeadline = right ? run.due(told ?? run.book.run.at, run.tenant.view.defenceWindow, told === undefined) : null;
  const noticeBy = notices?.hearingAt ? workingDaysBefore(run.tenant.view.calendar, notices.hearingAt, 7) ?? null : null;
  const shown = right ? fired : runs;
  const threshold = shown.map((traced) => thresholdSeen(traced.trace.condition, right)).find((bound) => bound !== null) ?? null;
  const reason = lazyText(() => (shown.length > 0
    ? { zh: shown.map((traced) => traced.trace.sentence.zh).join('；'), en: shown.map((traced) => traced.trace.sentence.en).join(' ') }
    : { zh: '未配置听证规则（《行政处罚法》第六十三条）', en: 'no hearing rule is configured (Administrative Penalty Law art. 63).' }));
  return {
    answer: {
      right,
      get reason() {
        return reason();
      },
      basis: right ? fired.flatMap((traced) => traced.run.compiled.basis) : [apl('第六十三条')],
      rules: runs.map((traced) => traced.trace),
      threshold,
      requestDeadline,
      noticeBy,
    },
    runs,
  };
}

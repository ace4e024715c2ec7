import type { Action } from '@sanxiang/engine';
import { AppError } from '@sanxiang/errors';
import { z } from 'zod';
import type { TransitionDefinition } from './lifecycles.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'YYYY-MM-DD');
const instant = z.iso.datetime({ offset: true, local: false });
const shortText = z.string().trim().min(1).max(200);
const longText = z.string().trim().min(1).max(20_000);

/** What a step may carry; each field is read by the effect of the step that names it, the rest must be absent. */
const DETAIL = z.strictObject({
  method: z.string().max(40).optional(),
  // An on-site act.
  startedAt: instant.optional(),
  endedAt: instant.optional(),
  place: shortText.optional(),
  emergency: z.boolean().optional(),
  partyPresent: z.boolean().optional(),
  inventory: z.array(z.strictObject({ name: shortText, quantity: z.number().nonnegative().max(1e9), unit: z.string().max(20).optional() })).max(2000).optional(),
  // Notices.
  hearingRightNotified: z.boolean().optional(),
  defenceDeadline: day.optional(),
  hearingAt: instant.optional(),
  // Legal review.
  materials: z.array(z.string().max(80)).max(200).optional(),
  // The decision.
  penalties: z.array(z.strictObject({ kind: z.string().regex(/^[A-Z_]{2,40}$/u), amount: z.number().nonnegative().max(1e12).optional(), detail: z.string().max(2000).optional() })).min(1).max(20).optional(),
  amount: z.number().nonnegative().max(1e12).optional(),
  reasoning: z.strictObject({ evidence: longText.optional(), basis: longText.optional(), discretion: longText.optional() }).optional(),
  number: shortText.optional(),
  reason: z.string().trim().max(2000).optional(),
  paidAt: day.optional(),
});

export type TransitionDetail = Omit<z.infer<typeof DETAIL>, 'method'> & { method?: Action };

/** Checks a step's detail; a bad one is BAD_INPUT naming each field (as a JSON pointer) and what it should be. */
export function checkDetail(definition: TransitionDefinition, input: unknown): TransitionDetail {
  const parsed = DETAIL.safeParse(input ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ pointer: `/detail/${issue.path.join('/')}`, message: issue.message }));
    throw new AppError('BAD_INPUT', {
      zh: `“${definition.label.zh}”的填写内容有误：${problems.map((problem) => `${problem.pointer} ${problem.message}`).join('；')}`,
      en: `what was entered for "${definition.label.en}" is not valid: ${problems.map((problem) => `${problem.pointer} ${problem.message}`).join('; ')}`,
    }, { details: { problems } });
  }
  const detail = parsed.data;
  if (detail.method !== undefined && !definition.choices?.includes(detail.method as Action)) {
    throw new AppError('BAD_INPUT', {
      zh: `“${definition.label.zh}”的方式应为 ${definition.choices?.join('、') ?? '（无可选方式）'} 之一，实际为 ${detail.method}`,
      en: `the method of "${definition.label.en}" must be one of ${definition.choices?.join(', ') ?? '(none)'}, found ${detail.method}`,
    }, { details: { problems: [{ pointer: '/detail/method', message: 'not a choice of this step' }] } });
  }
  if (detail.startedAt && detail.endedAt && new Date(detail.endedAt) < new Date(detail.startedAt)) {
    throw new AppError('BAD_INPUT', { zh: '结束时间早于开始时间', en: 'the end time is before the start time' }, { details: { problems: [{ pointer: '/detail/endedAt', message: 'before startedAt' }] } });
  }
  return detail as TransitionDetail;
}

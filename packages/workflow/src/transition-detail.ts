import type { Action } from '@sanxiang/engine';
import { AppError } from '@sanxiang/errors';
import { z } from 'zod';
import type { RequiredDetailField, TransitionDefinition } from './lifecycles.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'YYYY-MM-DD');
const instant = z.iso.datetime({ offset: true, local: false });
const shortText = z.string().trim().min(1).max(200);
const longText = z.string().trim().min(1).max(20_000);

const ALL = '《行政许可法》';

/**
 * The licence decision: granted or refused (行政许可法 第三十七条). A refusal is written with its reasons and tells the
 * applicant of the right to reconsideration and to a lawsuit (第三十八条第二款): where and within what time, as told.
 */
const LICENCE_DECISION = z.strictObject({
  outcome: z.enum(['GRANTED', 'REFUSED']),
  reasons: longText.optional(),
  remedies: z.strictObject({ reconsideration: shortText, litigation: shortText }).optional(),
});

export type LicenceDecision = z.infer<typeof LICENCE_DECISION>;

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
  licence: LICENCE_DECISION.optional(),
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
  const missing = requiredProblems(definition, detail);
  if (missing.length > 0) throw invalid(definition, missing);
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

interface Problem {
  pointer: string;
  zh: string;
  en: string;
}

function invalid(definition: TransitionDefinition, problems: Problem[]): AppError {
  return new AppError('BAD_INPUT', {
    zh: `“${definition.label.zh}”的填写内容有误：${problems.map((problem) => `${problem.pointer} ${problem.zh}`).join('；')}`,
    en: `what was entered for "${definition.label.en}" is not valid: ${problems.map((problem) => `${problem.pointer} ${problem.en}`).join('; ')}`,
  }, { details: { problems: problems.map((problem) => ({ pointer: problem.pointer, message: problem.en })) } });
}

const REQUIRED_TEXT: Record<RequiredDetailField, Omit<Problem, 'pointer'>> = {
  licence: { zh: `须选择准予或不予许可（${ALL}第三十七条）`, en: `choose whether the licence is granted or refused (${ALL} art. 37)` },
};

/** Fields the step requires and lacks, fields only other steps read, and a refusal without its reasons or remedies. */
function requiredProblems(definition: TransitionDefinition, detail: z.infer<typeof DETAIL>): Problem[] {
  const requires = definition.requires ?? [];
  const problems: Problem[] = requires.filter((field) => detail[field] === undefined).map((field) => ({ pointer: `/detail/${field}`, ...REQUIRED_TEXT[field] }));
  if (detail.licence && !requires.includes('licence')) {
    problems.push({ pointer: '/detail/licence', zh: '此步骤不作许可决定，不应填写许可结果', en: 'this step makes no licence decision; leave the licence outcome out' });
  }
  const licence = detail.licence;
  if (licence?.outcome === 'REFUSED') {
    if (!licence.reasons) problems.push({ pointer: '/detail/licence/reasons', zh: `不予许可须书面说明理由（${ALL}第三十八条第二款）`, en: `a refusal must state its reasons in writing (${ALL} art. 38(2))` });
    if (!licence.remedies) {
      problems.push({
        pointer: '/detail/licence/remedies',
        zh: `不予许可须告知申请人申请行政复议和提起行政诉讼的权利（${ALL}第三十八条第二款）`,
        en: `a refusal must tell the applicant of the right to administrative reconsideration and to a lawsuit (${ALL} art. 38(2))`,
      });
    }
  }
  if (licence?.outcome === 'GRANTED' && (licence.reasons !== undefined || licence.remedies !== undefined)) {
    problems.push({ pointer: '/detail/licence', zh: '准予许可不填写不予许可的理由和救济途径', en: 'a grant carries no refusal reasons or remedies; leave them out' });
  }
  return problems;
}

/** The grant or refusal a stored licence decision step recorded (CaseTransition.detail), or null when it records none. */
export function licenceOutcomeOf(stored: unknown): LicenceDecision['outcome'] | null {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return null;
  const parsed = LICENCE_DECISION.safeParse((stored as { licence?: unknown }).licence);
  return parsed.success ? parsed.data.outcome : null;
}

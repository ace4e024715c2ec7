import { isIsoDate } from '@sanxiang/calendar';
import { discretionAnswer } from './answers/discretion.ts';
import { disclosureAnswer } from './answers/disclosure.ts';
import { formsAnswer } from './answers/forms.ts';
import { gatesAnswer } from './answers/gates.ts';
import { hearingAnswer } from './answers/hearing.ts';
import { recordingAnswer } from './answers/recording.ts';
import { reviewAnswer } from './answers/review.ts';
import { actionUnderWay } from './case-facts.ts';
import { ACTION_TYPES, type Action, type CaseSnapshot } from './case-snapshot.ts';
import { validateCase } from './case-validator.ts';
import type { CompiledTenant } from './compiled-tenant.ts';
import { dateOf } from './dates.ts';
import { emptyEvaluation } from './empty-evaluation.ts';
import type { Evaluation, EvaluationIssue } from './evaluation.ts';
import { EvaluationRun } from './evaluation-run.ts';
import { FactBook } from './fact-book.ts';
import { LAW_TABLE_VERSION } from './law/statutes.ts';
import type { Trace } from './trace.ts';
import { TraceRecord } from './trace-record.ts';

export interface EvaluateInput {
  config: CompiledTenant;
  /** A parsed case file; checked against schemas/case.schema.json before anything is evaluated. */
  case: CaseSnapshot | unknown;
  action?: Action | string;
  /** The evaluation date, YYYY-MM-DD; the case's act date when absent. */
  at?: string;
}

const isAction = (value: string): value is Action => (ACTION_TYPES as readonly string[]).includes(value);

function beijingToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function trace(run: EvaluationRun): Trace {
  // The counters are read now: the evaluation is finished, and the record must not see later runs.
  const { evaluated, remembered, indexed } = run;
  return new TraceRecord(() => run.traces, run.book, { evaluated, remembered, indexed });
}

/**
 * Everything the three systems require of this case at this point, each answer with its reason and legal basis.
 * Never throws: bad input comes back as issues with JSON pointers, and an internal failure as an ENGINE_ERROR issue.
 */
export async function evaluate(input: EvaluateInput): Promise<Evaluation> {
  const tenant = input.config;
  const validation = validateCase(input.case);
  const issues: EvaluationIssue[] = validation.ok ? [] : validation.issues.map((issue) => ({ code: 'INVALID_CASE', pointer: issue.pointer, message: issue.message }));
  if (input.action !== undefined && !isAction(input.action)) {
    issues.push({ code: 'INVALID_INPUT', pointer: '/action', message: { zh: `未知的执法行为 ${String(input.action)}`, en: `unknown action ${String(input.action)}` } });
  }
  if (input.at !== undefined && !isIsoDate(input.at)) {
    issues.push({ code: 'INVALID_INPUT', pointer: '/at', message: { zh: '评估日期应为 YYYY-MM-DD 格式的真实日期', en: 'the evaluation date must be a real YYYY-MM-DD date' } });
  }
  if (!validation.ok || issues.length > 0) return emptyEvaluation(tenant, issues);
  const snapshot = validation.case;
  const action = input.action !== undefined && isAction(input.action) ? input.action : undefined;
  try {
    return await evaluateValid(tenant, snapshot, action, input.at, issues);
  } catch (error) {
    issues.push({ code: 'ENGINE_ERROR', message: { zh: `引擎内部错误：${String(error)}`, en: `internal engine error: ${String(error)}` } });
    return emptyEvaluation(tenant, issues, input.at ?? '', action ?? null);
  }
}

async function evaluateValid(tenant: CompiledTenant, snapshot: CaseSnapshot, action: Action | undefined, requestedAt: string | undefined, issues: EvaluationIssue[]): Promise<Evaluation> {
  let at = requestedAt ?? snapshot.actDate ?? dateOf(snapshot.decision?.decidedAt) ?? snapshot.filedAt;
  if (at === undefined) {
    at = beijingToday();
    issues.push({ code: 'DATE_ASSUMED', pointer: '/actDate', message: { zh: `案件未写明日期，按今日 ${at} 评估`, en: `the case gives no date; evaluated as of today, ${at}` } });
  }
  const current = actionUnderWay(snapshot, action);
  const actDate = snapshot.actDate ?? dateOf(current?.startedAt) ?? at;
  const book = new FactBook({ snapshot, action, at, actDate, tenant: tenant.view }, tenant.resolvers);
  const run = new EvaluationRun(tenant, book);

  const [discretion, hearing, recording] = await Promise.all([discretionAnswer(run), hearingAnswer(run), recordingAnswer(run, current)]);
  if (typeof snapshot.facts?.outsideBenchmark !== 'boolean' && discretion.outsideBenchmark !== null) run.provide('outsideBenchmark', discretion.outsideBenchmark);
  run.provide('hearingRight', hearing.answer.right);
  run.provide('missingFullAvRecords', recording.missingFullAv);
  const review = await reviewAnswer(run);
  // Derived, never stated: the catalogue decides whether review is required (config's fact catalogue marks it so).
  run.provide('legalReviewRequired', review.required);
  const [gates, disclosure, formsAndDocuments] = await Promise.all([gatesAnswer(run, action, hearing.runs), disclosureAnswer(run), formsAnswer(run, action)]);

  for (const name of [...book.unknown].sort()) {
    issues.push({ code: 'UNKNOWN_FACT', pointer: `/facts/${name}`, message: { zh: `规则引用了未登记的事实 ${name}，按未知处理`, en: `a rule names the uncatalogued fact ${name}; treated as unknown` } });
  }
  // Answers run concurrently, so their issues arrive in any order; report them in one.
  const seenIssues = new Set<string>();
  for (const issue of run.issues.map((each) => ({ each, key: JSON.stringify(each) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    if (!seenIssues.has(issue.key)) issues.push(issue.each);
    seenIssues.add(issue.key);
  }
  return {
    tenant: tenant.code,
    configVersion: tenant.version ?? null,
    lawTableVersion: LAW_TABLE_VERSION,
    at,
    actDate,
    action: action ?? null,
    valid: true,
    issues,
    review,
    hearing: hearing.answer,
    recording: recording.answer,
    disclosure,
    discretion,
    gates,
    forms: formsAndDocuments.forms,
    documents: formsAndDocuments.documents,
    trace: trace(run),
  };
}

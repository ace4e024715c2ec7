import { AppError } from '@sanxiang/errors';
import type { ErrorObject } from 'ajv';
import { guardData } from './data-guard.ts';
import { fieldLabel, isObject, pointerSegments, segmentsPointer } from './field-labels.ts';
import type { FormIssue, FormOverlay, FormSchema, FormUiSchema, JsonObject } from './form-types.ts';
import { describeProblem, REDUNDANT_KEYWORDS } from './messages.ts';
import { requiredSchema } from './overlay.ts';
import { guardFormSchema, type FormSchemaIssue } from './schema-guard.ts';
import { compileStrict } from './strict-ajv.ts';

export interface SubmissionOptions {
  /**
   * The engine's overlay for this form, computed on the server from the stored case. Never one a client sent: the
   * fields the law requires are the server's to decide.
   */
  overlay?: FormOverlay | null;
  /** The form's uiSchema, for English field titles (`ui:enTitle`) in the issues' `en` text. */
  uiSchema?: FormUiSchema | null;
}

export type SubmissionResult = { valid: true; issues: [] } | { valid: false; issues: FormIssue[] };

/** A person reads the issues; past this many the rest add nothing but bytes. */
const MAX_ISSUES = 200;

function compileIssue(error: unknown): FormSchemaIssue {
  const message = error instanceof Error ? error.message : String(error);
  return {
    pointer: '', code: 'COMPILE',
    zh: `表单定义不符合 JSON Schema（draft-07）严格模式：${message}；请部门管理员修改表单文件`,
    en: `The form schema fails JSON Schema (draft-07) strict mode: ${message}; the department admin must correct the form file`,
  };
}

function refused(issues: readonly FormSchemaIssue[]): AppError {
  const first = issues[0];
  return new AppError('CONFIG_INVALID', {
    zh: `表单定义不被接受（${issues.length} 处问题${first ? `，首个：${first.zh}` : ''}），请部门管理员修改表单文件后重新发布`,
    en: `The form schema is refused (${issues.length} problem${issues.length === 1 ? '' : 's'}${first ? `, the first: ${first.en}` : ''}); the department admin must correct the form file and publish again`,
  }, { details: { issues } });
}

/**
 * Everything the server refuses in a tenant's form schema, or nothing: the hostile-input checks of the schema guard,
 * then Ajv's strict-mode compile (the validator is cached, so the first submission does not compile it again).
 * Never throws.
 */
export function checkFormSchema(schema: unknown): FormSchemaIssue[] {
  try {
    const issues = guardFormSchema(schema);
    if (issues.length > 0 || !isObject(schema)) return issues;
    compileStrict(schema);
    return [];
  } catch (error) {
    return [compileIssue(error)];
  }
}

function validatorFor(schema: unknown, overlay: FormOverlay | null | undefined): { schema: FormSchema; validate: (data: unknown) => boolean; errors: () => ErrorObject[] } {
  const issues = guardFormSchema(schema);
  if (issues.length > 0 || !isObject(schema)) throw refused(issues);
  const applied = requiredSchema(schema, overlay);
  if (applied.unknownFields.length > 0) {
    const fields = applied.unknownFields.join('、');
    throw new AppError('CONFIG_INVALID', {
      zh: `表单缺少法律要求的字段：${fields}；请部门管理员在表单文件中加入这些字段后重新发布`,
      en: `The form lacks fields the law requires: ${applied.unknownFields.join(', ')}; the department admin must add them to the form file and publish again`,
    }, { details: { unknownFields: applied.unknownFields } });
  }
  let validate;
  try {
    validate = compileStrict(applied.schema);
  } catch (error) {
    throw refused([compileIssue(error)]);
  }
  return { schema: applied.schema, validate: (data) => validate(data) === true, errors: () => validate.errors ?? [] };
}

function toIssue(error: ErrorObject, schema: FormSchema, uiSchema: FormUiSchema | undefined): FormIssue {
  const params: Record<string, unknown> = error.params;
  const segments = pointerSegments(error.instancePath);
  // Ajv reports a missing field at its parent; the issue points at the field itself, where the form shows it.
  const missing = params['missingProperty'];
  const target = typeof missing === 'string' ? [...segments, missing] : segments;
  const trigger = typeof params['property'] === 'string' && (error.keyword === 'dependencies' || error.keyword === 'dependentRequired')
    ? fieldLabel(schema, uiSchema, [...segments, params['property']])
    : undefined;
  const text = describeProblem(error.keyword, params, {
    label: fieldLabel(schema, uiSchema, target),
    ...(trigger ? { trigger } : {}),
    ...(error.message === undefined ? {} : { message: error.message }),
  });
  return { pointer: segmentsPointer(target), keyword: error.keyword, zh: text.zh, en: text.en };
}

/**
 * Validates a submission against the tenant's form schema with the engine's overlay applied, using the server's
 * strict Ajv. Data is never trusted: anything that is not plain JSON within the caps is an issue, not a crash.
 * Throws AppError CONFIG_INVALID only when the schema itself is refused (the tenant's problem, not the officer's).
 */
export function validateSubmission(schema: unknown, data: unknown, options: SubmissionOptions = {}): SubmissionResult {
  const validator = validatorFor(schema, options.overlay);
  const dataIssues = guardData(data);
  if (dataIssues.length > 0) return { valid: false, issues: dataIssues };
  if (validator.validate(data)) return { valid: true, issues: [] };
  const uiSchema = isObject(options.uiSchema) ? options.uiSchema : undefined;
  const seen = new Set<string>();
  const issues: FormIssue[] = [];
  for (const error of validator.errors()) {
    if (REDUNDANT_KEYWORDS.has(error.keyword)) continue;
    const found = toIssue(error, validator.schema, uiSchema);
    const key = `${found.pointer}\u0000${found.keyword}\u0000${found.zh}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(found);
    if (issues.length >= MAX_ISSUES) break;
  }
  return { valid: false, issues };
}

/** `validateSubmission` for a router: returns the data when it passes, throws AppError BAD_INPUT with the issues. */
export function assertSubmission(schema: unknown, data: unknown, options: SubmissionOptions = {}): JsonObject {
  const result = validateSubmission(schema, data, options);
  if (result.valid && isObject(data)) return data;
  const issues = result.issues;
  const first = issues[0];
  const count = issues.length;
  throw new AppError('BAD_INPUT', {
    zh: `表单有 ${count} 处需要修改${first ? `：${first.zh}${count > 1 ? '，等' : ''}` : ''}`,
    en: `The form has ${count} problem${count === 1 ? '' : 's'} to fix${first ? `: ${first.en}${count > 1 ? ', and more' : ''}` : ''}`,
  }, { details: { issues } });
}

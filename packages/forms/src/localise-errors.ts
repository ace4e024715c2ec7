import { ErrorSchemaBuilder, type ErrorSchema, type RJSFValidationError } from '@rjsf/utils';
import { fieldLabel, pointerSegments } from './field-labels.ts';
import type { FormIssue, FormLanguage, FormSchema, FormUiSchema } from './form-types.ts';
import { describeProblem, REDUNDANT_KEYWORDS } from './messages.ts';

/** RJSF's property ('.inventory.0.name', already ending in the missing field for `required`) as path segments. */
function segmentsOf(property: string | undefined): string[] {
  if (!property) return [];
  return property.replace(/^\./u, '').split('.').filter((segment) => segment !== '');
}

/**
 * Rewrites RJSF's validation errors (English, naming fields by their keys) into sentences in the form's language that
 * name each field by the title the officer sees. `property` and `name` are kept, so RJSF still puts each error
 * under its field. Used as CaseForm's `transformErrors`.
 */
export function localiseErrors(errors: readonly RJSFValidationError[], schema: FormSchema, uiSchema: FormUiSchema | undefined, language: FormLanguage): RJSFValidationError[] {
  return errors.filter((error) => !REDUNDANT_KEYWORDS.has(error.name ?? '')).map((error) => {
    const keyword = error.name ?? '';
    const segments = segmentsOf(error.property);
    const params: Record<string, unknown> = typeof error.params === 'object' && error.params !== null ? error.params : {};
    const trigger = (keyword === 'dependencies' || keyword === 'dependentRequired') && typeof params['property'] === 'string'
      ? fieldLabel(schema, uiSchema, [...segments.slice(0, -1), params['property']])
      : undefined;
    const text = describeProblem(keyword, params, {
      label: fieldLabel(schema, uiSchema, segments),
      ...(trigger ? { trigger } : {}),
      ...(error.message === undefined ? {} : { message: error.message }),
    });
    const message = language === 'en' ? text.en : text.zh;
    return { ...error, message, stack: message };
  });
}

/**
 * The server's issues (from `validateSubmission`) in RJSF's `extraErrors` shape, so a refusal the browser did not
 * foresee still shows under the field it concerns.
 */
export function issuesToErrorSchema(issues: readonly FormIssue[], language: FormLanguage): ErrorSchema {
  const builder = new ErrorSchemaBuilder();
  for (const issue of issues) {
    // A data field called "__errors" has no place of its own in RJSF's tree; its parent shows the issue.
    const segments = pointerSegments(issue.pointer);
    const at = segments.indexOf('__errors');
    builder.addErrors(language === 'en' ? issue.en : issue.zh, at === -1 ? segments : segments.slice(0, at));
  }
  return builder.ErrorSchema;
}

import Form from '@rjsf/antd';
import type { IChangeEvent } from '@rjsf/core';
import type { RJSFValidationError, UiSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { memo, useCallback, useMemo, useRef, useState, type ReactElement } from 'react';
import type { FormIssue, FormLanguage, FormOverlay, FormSchema, FormUiSchema, JsonObject } from './form-types.ts';
import { isObject } from './field-labels.ts';
import { CaseErrorList } from './error-list.tsx';
import { CaseFieldTemplate } from './group-field-template.tsx';
import { issuesToErrorSchema, localiseErrors } from './localise-errors.ts';
import { applyOverlay, HIDDEN_FIELD } from './overlay.ts';
import { stringTranslator, SUBMIT_TEXT } from './rjsf-strings.ts';

export interface CaseFormProps {
  /** The tenant's form schema (the file a FormRef names), as the server sent it. */
  schema: FormSchema;
  uiSchema?: FormUiSchema | null;
  /** The engine's overlay for this form (`overlayFromAnswer(answer)`); without one, engine-shown fields stay hidden. */
  overlay?: FormOverlay | null;
  formData?: JsonObject;
  language: FormLanguage;
  /** Called with the data once the browser's validation passes; the server validates it again regardless. */
  onSubmit: (formData: JsonObject) => void;
  /** Called on every change; leave it out unless the page needs the draft, since each call re-renders the page. */
  onChange?: (formData: JsonObject) => void;
  /** The server's refusal (`validateSubmission`'s issues), shown under the fields they concern. */
  serverIssues?: readonly FormIssue[];
  disabled?: boolean;
  readonly?: boolean;
  id?: string;
}

/** One validator per page: RJSF caches compiled schemas inside it, so a re-render never compiles again. */
const validator = customizeValidator();

/** What a field the overlay keeps hidden renders. */
function HiddenField(): null {
  return null;
}
const FIELDS = { [HIDDEN_FIELD]: HiddenField };
const TEMPLATES = { FieldTemplate: CaseFieldTemplate, ErrorListTemplate: CaseErrorList };
const FORM_CONTEXT: Record<FormLanguage, { language: FormLanguage }> = { 'zh-CN': { language: 'zh-CN' }, en: { language: 'en' } };

function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

/**
 * The overlay as of the last render when its content is the same: pages tend to build it inline
 * (`overlayFromAnswer(answer)`), and a new object would re-apply it to the schema on every render.
 */
function useStableOverlay(overlay: FormOverlay | null | undefined): FormOverlay | null | undefined {
  const previous = useRef<{ key: string; overlay: FormOverlay | null | undefined }>(undefined);
  const key = JSON.stringify(overlay ?? null);
  if (previous.current?.key !== key) previous.current = { key, overlay };
  return previous.current.overlay;
}

/**
 * A case form: RJSF with the antd theme and the ajv8 validator, the engine's overlay applied, messages in Chinese
 * or English naming fields by their titles. Keystrokes do no validation: the form validates on submit, and after a
 * refused submit again as each field loses focus, so a 300-field form stays quick to type in.
 */
function CaseFormComponent(props: CaseFormProps): ReactElement {
  const { schema, uiSchema, language, onSubmit, onChange, serverIssues } = props;
  const overlay = useStableOverlay(props.overlay);
  const [submitted, setSubmitted] = useState(false);
  const applied = useMemo(() => {
    const result = applyOverlay(schema, uiSchema, overlay, { language });
    const buttons = asObject(result.uiSchema['ui:submitButtonOptions']);
    result.uiSchema['ui:submitButtonOptions'] = { ...buttons, submitText: typeof buttons['submitText'] === 'string' ? buttons['submitText'] : SUBMIT_TEXT[language] };
    return result;
  }, [schema, uiSchema, overlay, language]);
  const transformErrors = useCallback(
    (errors: RJSFValidationError[]) => localiseErrors(errors, applied.schema, applied.uiSchema, language),
    [applied, language],
  );
  const translateString = useMemo(() => stringTranslator(language), [language]);
  const extraErrors = useMemo(() => (serverIssues && serverIssues.length > 0 ? issuesToErrorSchema(serverIssues, language) : undefined), [serverIssues, language]);
  // The latest callbacks, behind handlers that never change: a page passing inline functions re-renders nothing.
  const callbacks = useRef({ onSubmit, onChange });
  callbacks.current = { onSubmit, onChange };
  const handleSubmit = useCallback((event: IChangeEvent) => callbacks.current.onSubmit(asObject(event.formData)), []);
  const handleChange = useCallback((event: IChangeEvent) => callbacks.current.onChange?.(asObject(event.formData)), []);
  const handleError = useCallback(() => setSubmitted(true), []);
  const uiForRjsf: UiSchema = applied.uiSchema;
  return (
    <Form
      {...(props.id === undefined ? {} : { id: props.id })}
      schema={applied.schema}
      uiSchema={uiForRjsf}
      validator={validator}
      formData={props.formData}
      fields={FIELDS}
      templates={TEMPLATES}
      formContext={FORM_CONTEXT[language]}
      transformErrors={transformErrors}
      translateString={translateString}
      extraErrors={extraErrors}
      liveValidate={submitted ? 'onBlur' : false}
      showErrorList="top"
      focusOnFirstError
      noHtml5Validate
      disabled={props.disabled ?? false}
      readonly={props.readonly ?? false}
      onSubmit={handleSubmit}
      onError={handleError}
      {...(onChange ? { onChange: handleChange } : {})}
    />
  );
}

export const CaseForm = memo(CaseFormComponent);

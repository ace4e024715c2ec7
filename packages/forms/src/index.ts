// Browser entry: the case form and the pure pieces a page needs around it. The server's strict validation lives in
// ./server.ts (`@sanxiang/forms/server`), which never loads React.
export { CaseForm } from './case-form.tsx';
export type { CaseFormProps } from './case-form.tsx';
export { applyOverlay, HIDDEN_FIELD, overlayFromAnswer } from './overlay.ts';
export type { AppliedOverlay, ApplyOverlayOptions, FormAnswerLike } from './overlay.ts';
export { issuesToErrorSchema, localiseErrors } from './localise-errors.ts';
export { fieldLabel } from './field-labels.ts';
export type { FormIssue, FormLanguage, FormOverlay, FormSchema, FormUiSchema, JsonObject, LocalText, OverlayReason } from './form-types.ts';

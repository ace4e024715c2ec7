// Server entry (`@sanxiang/forms/server`): strict validation of tenant form schemas and of submissions. It never
// loads React, RJSF or antd (.dependency-cruiser.cjs holds it to that); the browser entry is ./index.ts.
export { assertSubmission, checkFormSchema, validateSubmission } from './submission.ts';
export type { SubmissionOptions, SubmissionResult } from './submission.ts';
export type { FormSchemaIssue, FormSchemaIssueCode } from './schema-guard.ts';
export { readFormFiles } from './form-files.ts';
export type { FormFileRef, LoadedForm } from './form-files.ts';
export { applyOverlay, overlayFromAnswer } from './overlay.ts';
export type { AppliedOverlay, FormAnswerLike } from './overlay.ts';
export { cachedValidators, clearValidatorCache } from './strict-ajv.ts';
export { DATA_LIMITS, KNOWN_FORMATS, SCHEMA_LIMITS } from './limits.ts';
export type { FormIssue, FormLanguage, FormOverlay, FormSchema, FormUiSchema, JsonObject, LocalText, OverlayReason } from './form-types.ts';

// Types shared by the browser entry (index.ts) and the server entry (server.ts). Nothing here imports React or RJSF,
// so the server can use the same shapes without pulling the UI in.

/** Text a person reads, in both languages the product speaks (the same shape as @sanxiang/errors' LocalText). */
export interface LocalText {
  zh: string;
  en: string;
}

export type FormLanguage = 'zh-CN' | 'en';

/** A JSON value as it arrives from a tenant's file or a client: nothing is assumed about its shape. */
export type JsonObject = { [key: string]: unknown };

/**
 * A tenant's form schema (JSON Schema draft-07, as RJSF reads it). Kept loose on purpose: tenant files are
 * untrusted and are checked by `checkFormSchema`, not by the type system.
 */
export type FormSchema = JsonObject;

/** An RJSF uiSchema. Besides RJSF's own `ui:` keys, a field may carry `ui:enTitle` (its English label) and
 * `ui:shownByEngine: true` (hidden until the engine's overlay names it visible or required). */
export type FormUiSchema = JsonObject;

/** Why the engine made a field required or visible: the rule's sentence, which ends with its legal basis. */
export interface OverlayReason {
  ruleId: string;
  text: LocalText;
}

/**
 * What the engine's `forms` answer says about one form for the case as it stands: fields (top-level names, or
 * dotted paths into nested objects) that must be filled in, fields to show, and the reasons per field.
 */
export interface FormOverlay {
  /** The form kind the engine names in its sentences (replaced by the form's title when shown). */
  kind?: string;
  required: readonly string[];
  visible: readonly string[];
  reasons?: Readonly<Record<string, readonly OverlayReason[]>>;
}

/** One problem with submitted data: where (JSON pointer into the data), which JSON Schema keyword, and the text. */
export interface FormIssue extends LocalText {
  pointer: string;
  keyword: string;
}

import type { CollectionSpec } from '../collection-spec.ts';
import type { Override } from './layering.ts';

/** An RJSF form; the paths are relative to the folder of the forms.json that names them. */
export interface FormRef {
  kind: string;
  schema: string;
  uiSchema?: string;
  override?: Override;
}

export interface DocumentRef {
  kind: string;
  template: string;
  override?: Override;
}

export interface FormsFile {
  $schema?: string;
  forms?: FormRef[];
  documents?: DocumentRef[];
}

// A form or template has no legal order: a lower layer that brings its own replaces the one above (with a reason).
export const formSpec: CollectionSpec<FormRef> = {
  label: { zh: '表单', en: 'form' },
  file: 'forms.json',
  listPointer: '/forms',
  idField: 'kind',
  idOf: (form) => form.kind,
  conditions: [],
  compare() {},
};

export const documentSpec: CollectionSpec<DocumentRef> = {
  label: { zh: '文书', en: 'document' },
  file: 'forms.json',
  listPointer: '/documents',
  idField: 'kind',
  idOf: (document) => document.kind,
  conditions: [],
  compare() {},
};

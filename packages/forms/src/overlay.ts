import { isObject, ownTitle } from './field-labels.ts';
import type { FormLanguage, FormOverlay, FormSchema, FormUiSchema, JsonObject, LocalText, OverlayReason } from './form-types.ts';

// The engine decides from the facts which fields the law requires or shows (packages/engine/src/answers/forms.ts);
// the tenant's schema stays as written, and this turns the two into what RJSF renders and what the server checks.

/** The RJSF field name CaseForm registers for a field the overlay keeps hidden: it renders nothing. */
export const HIDDEN_FIELD = 'sanxiangHidden';

/** uiSchema keys this package reads and removes before RJSF sees them. */
const OWN_UI_KEYS = ['ui:shownByEngine', 'ui:enTitle', 'ui:enEnumNames', 'ui:enHelp', 'ui:enPlaceholder', 'ui:enDescription'] as const;
/** English replacements: under `language: 'en'` each takes the place of RJSF's key. */
const ENGLISH_KEYS: readonly (readonly [string, string])[] = [
  ['ui:enTitle', 'ui:title'], ['ui:enEnumNames', 'ui:enumNames'], ['ui:enHelp', 'ui:help'],
  ['ui:enPlaceholder', 'ui:placeholder'], ['ui:enDescription', 'ui:description'],
];
/** A tenant's uiSchema is data; it is walked only this deep. */
const MAX_UI_DEPTH = 16;

export interface AppliedOverlay {
  schema: FormSchema;
  uiSchema: FormUiSchema;
  /** Fields the overlay names that the schema does not have: the tenant's form lacks something the law asks for. */
  unknownFields: string[];
}

export interface ApplyOverlayOptions {
  /** Which labels and reasons to put in the uiSchema; the schema itself does not depend on it. Default 'zh-CN'. */
  language?: FormLanguage;
}

/** The engine's `forms` answer for one form (packages/engine's FormAnswer), as far as the overlay needs it. */
export interface FormAnswerLike {
  kind?: string;
  required: readonly string[];
  visible: readonly string[];
  rules: readonly { ruleId: string; fired: boolean; sentence: LocalText }[];
}

function mentions(sentence: string, field: string): boolean {
  // The engine's sentence lists the fields by name ("inventory、avRecordId"); in English the first is capitalised.
  const names = [field, field.charAt(0).toUpperCase() + field.slice(1)];
  return names.some((name) => new RegExp(`(^|[^A-Za-z0-9_.])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}($|[^A-Za-z0-9_])`, 'u').test(sentence));
}

/** Turns the engine's answer for a form into an overlay, with the fired rules that name each field as its reasons. */
export function overlayFromAnswer(answer: FormAnswerLike | null | undefined): FormOverlay {
  if (!answer) return { required: [], visible: [] };
  const kind = answer.kind === undefined ? {} : { kind: answer.kind };
  const fields = [...new Set([...answer.required, ...answer.visible])];
  const reasons: Record<string, OverlayReason[]> = {};
  for (const rule of answer.rules) {
    if (!rule.fired) continue;
    for (const field of fields) {
      const last = field.split('.').at(-1) ?? field;
      if (mentions(rule.sentence.zh, last) || mentions(rule.sentence.en, last)) (reasons[field] ??= []).push({ ruleId: rule.ruleId, text: rule.sentence });
    }
  }
  return { ...kind, required: [...answer.required], visible: [...answer.visible], reasons };
}

interface Located {
  /** The object schema that holds the field, and the field's own schema. */
  parent: JsonObject;
  field: JsonObject;
  name: string;
}

/** Resolves a dotted path through `properties` only: the overlay edits the schema, and must not edit a shared $ref. */
function locate(schema: JsonObject, path: string): Located[] | undefined {
  const chain: Located[] = [];
  let parent = schema;
  for (const name of path.split('.')) {
    const properties = parent['properties'];
    const field = isObject(properties) && Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (!isObject(field)) return undefined;
    chain.push({ parent, field, name });
    parent = field;
  }
  return chain;
}

function uiNode(uiSchema: JsonObject, path: string): JsonObject {
  let node = uiSchema;
  for (const name of path.split('.')) {
    const next = node[name];
    if (isObject(next)) node = next;
    else node = node[name] = {};
  }
  return node;
}

/** Paths of fields whose uiSchema says `ui:shownByEngine: true` (not inside lists: a list item has no single path). */
function shownByEngine(uiSchema: JsonObject): string[] {
  const found: string[] = [];
  const pending: { node: JsonObject; path: string[] }[] = [{ node: uiSchema, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.node['ui:shownByEngine'] === true && next.path.length > 0) found.push(next.path.join('.'));
    if (next.path.length >= MAX_UI_DEPTH) continue;
    for (const [key, child] of Object.entries(next.node)) {
      if (!key.startsWith('ui:') && key !== 'items' && isObject(child)) pending.push({ node: child, path: [...next.path, key] });
    }
  }
  return found;
}

function types(schema: JsonObject): unknown[] {
  const type = schema['type'];
  return Array.isArray(type) ? type : [type];
}

/** A required field must hold something: an empty string or an empty list would satisfy JSON Schema's `required`. */
function requireContent(field: JsonObject): void {
  if (types(field).includes('string') && field['minLength'] === undefined) field['minLength'] = 1;
  if (types(field).includes('array') && field['minItems'] === undefined) field['minItems'] = 1;
}

function markRequired(parent: JsonObject, name: string): void {
  const required = Array.isArray(parent['required']) ? parent['required'] : [];
  if (!required.includes(name)) parent['required'] = [...required, name];
}

/** Replaces field names in the engine's sentence with the titles the officer sees. */
function withTitles(sentence: string, titles: ReadonlyMap<string, string>): string {
  let out = sentence;
  for (const [name, title] of titles) {
    for (const spelled of [name, name.charAt(0).toUpperCase() + name.slice(1)]) {
      out = out.replace(new RegExp(`(^|[^A-Za-z0-9_])${spelled.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?=$|[^A-Za-z0-9_])`, 'gu'), `$1${title}`);
    }
  }
  return out;
}

function helpText(field: string, required: boolean, reasons: readonly OverlayReason[], titles: ReadonlyMap<string, string>, language: FormLanguage): string {
  const lead = language === 'en' ? (required ? 'Required: ' : 'Shown: ') : (required ? '必填：' : '显示：');
  const texts = [...new Set(reasons.map((reason) => withTitles(language === 'en' ? reason.text.en : reason.text.zh, titles)))];
  return texts.length > 0 ? `${lead}${texts.join(language === 'en' ? ' ' : '；')}` : `${lead}${field}`;
}

/** Puts the English labels in RJSF's keys (or drops them for Chinese) and removes this package's own keys. */
function localiseUi(uiSchema: JsonObject, language: FormLanguage): void {
  const pending: { node: JsonObject; depth: number }[] = [{ node: uiSchema, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node } = next;
    if (language === 'en') {
      for (const [english, rjsf] of ENGLISH_KEYS) if (node[english] !== undefined) node[rjsf] = node[english];
    }
    for (const key of OWN_UI_KEYS) delete node[key];
    if (next.depth >= MAX_UI_DEPTH) continue;
    for (const [key, child] of Object.entries(node)) if (!key.startsWith('ui:') && isObject(child)) pending.push({ node: child, depth: next.depth + 1 });
  }
}

/**
 * The schema and uiSchema to render (and, on the server, to validate) for the case as it stands: fields the overlay
 * requires become required (an empty string or list does not count), fields it names are shown, fields marked
 * `ui:shownByEngine` stay hidden unless it names them, and each named field carries the engine's reasons as its help.
 * The inputs are never changed.
 */
export function applyOverlay(schema: FormSchema, uiSchema: FormUiSchema | null | undefined, overlay: FormOverlay | null | undefined, options: ApplyOverlayOptions = {}): AppliedOverlay {
  const language = options.language ?? 'zh-CN';
  const outSchema = structuredClone(schema);
  const outUi: JsonObject = isObject(uiSchema) ? structuredClone(uiSchema) : {};
  const required = new Set(overlay?.required ?? []);
  const shown = new Set([...(overlay?.visible ?? []), ...required]);
  const unknownFields: string[] = [];
  const titles = new Map<string, string>();
  // The engine's sentences name the form by its kind; the officer knows it by its title.
  const formTitle = ownTitle(outSchema, outUi, '')[language === 'en' ? 'en' : 'zh'];
  if (overlay?.kind && formTitle) titles.set(overlay.kind, formTitle);
  for (const path of shown) {
    const chain = locate(outSchema, path);
    if (!chain) {
      unknownFields.push(path);
      continue;
    }
    const last = chain.at(-1);
    if (last) titles.set(last.name, ownTitle(last.field, uiNode(outUi, path), last.name)[language === 'en' ? 'en' : 'zh']);
  }
  for (const path of shownByEngine(outUi)) {
    if (!shown.has(path)) uiNode(outUi, path)['ui:field'] = HIDDEN_FIELD;
  }
  for (const path of shown) {
    const chain = locate(outSchema, path);
    if (!chain) continue;
    const ui = uiNode(outUi, path);
    if (ui['ui:field'] === HIDDEN_FIELD) delete ui['ui:field'];
    const isRequired = required.has(path);
    if (isRequired) {
      // A required nested field needs its parents to be there too, or JSON Schema never looks inside them.
      for (const link of chain) markRequired(link.parent, link.name);
      const last = chain.at(-1);
      if (last) requireContent(last.field);
    }
    const reasons = overlay?.reasons?.[path] ?? [];
    if (reasons.length > 0) {
      const help = helpText(path, isRequired, reasons, titles, language);
      const own = language === 'en' ? ui['ui:enHelp'] ?? ui['ui:help'] : ui['ui:help'];
      ui[language === 'en' ? 'ui:enHelp' : 'ui:help'] = typeof own === 'string' && own !== '' ? `${own}\n${help}` : help;
    }
  }
  localiseUi(outUi, language);
  return { schema: outSchema, uiSchema: outUi, unknownFields };
}

/** The schema the server validates against: the same overlay, without anything that only concerns rendering. */
export function requiredSchema(schema: FormSchema, overlay: FormOverlay | null | undefined): AppliedOverlay {
  return applyOverlay(schema, {}, overlay ? { required: overlay.required, visible: overlay.visible } : null);
}

import type { FormUiSchema, JsonObject, LocalText } from './form-types.ts';

// Error messages name a field by what the officer sees on screen: the schema's Chinese `title`, or the uiSchema's
// `ui:enTitle` in English. Both the browser (RJSF errors) and the server (Ajv errors) use this one lookup.

/** Keywords whose subschemas may declare more properties of the same object. */
const BRANCH_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'then', 'else'] as const;
/** Local `$ref` chains and nested branches are followed this far; a tenant schema is checked, but labels must never loop. */
const MAX_HOPS = 16;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** '/inventory/0/name' → ['inventory', '0', 'name'] (RFC 6901 escapes undone). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export function segmentsPointer(segments: readonly string[]): string {
  return segments.map((segment) => `/${segment.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** Follows a local `$ref` ('#/definitions/x'); anything else (refused by the server anyway) resolves to nothing. */
function dereference(root: JsonObject, node: JsonObject): JsonObject {
  let current = node;
  for (let hop = 0; hop < MAX_HOPS; hop += 1) {
    const ref = own(current, '$ref');
    if (typeof ref !== 'string' || !ref.startsWith('#')) return current;
    let pointer: string;
    try {
      pointer = decodeURIComponent(ref.slice(1));
    } catch {
      // A malformed escape ("#/a%") names nothing; the label falls back to what is known so far.
      return current;
    }
    let target: unknown = root;
    for (const segment of pointerSegments(pointer)) target = isObject(target) ? own(target, segment) : Array.isArray(target) ? target[Number(segment)] : undefined;
    if (!isObject(target)) return current;
    current = target;
  }
  return current;
}

/** The subschema that describes `segment` of data described by `node`. */
export function childSchema(root: JsonObject, node: JsonObject, segment: string, hops = 0): JsonObject | undefined {
  if (hops > MAX_HOPS) return undefined;
  const schema = dereference(root, node);
  const properties = own(schema, 'properties');
  if (isObject(properties)) {
    const property = own(properties, segment);
    if (isObject(property)) return dereference(root, property);
  }
  if (/^(0|[1-9][0-9]*)$/u.test(segment)) {
    const items = own(schema, 'items');
    if (Array.isArray(items)) {
      const item: unknown = items[Number(segment)];
      if (isObject(item)) return dereference(root, item);
    } else if (isObject(items)) return dereference(root, items);
  }
  for (const keyword of BRANCH_KEYWORDS) {
    const branches = own(schema, keyword);
    for (const branch of Array.isArray(branches) ? branches : [branches]) {
      const found = isObject(branch) ? childSchema(root, branch, segment, hops + 1) : undefined;
      if (found) return found;
    }
  }
  const additional = own(schema, 'additionalProperties');
  return isObject(additional) ? dereference(root, additional) : undefined;
}

function childUi(ui: JsonObject | undefined, segment: string, isIndex: boolean): JsonObject | undefined {
  if (!ui) return undefined;
  const next = isIndex ? own(ui, 'items') : own(ui, segment);
  return isObject(next) ? next : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The title a person sees for the field itself (not its parents): Chinese title, English title or its name. */
export function ownTitle(schema: JsonObject | undefined, ui: JsonObject | undefined, name: string): LocalText {
  const zh = text(schema?.['title']) ?? name;
  return { zh, en: text(ui?.['ui:enTitle']) ?? text(ui?.['ui:title']) ?? zh };
}

/**
 * The label of the field at `segments`: its title, preceded by its parents' titles where it sits inside an object or
 * a list ("查封扣押清单 › 第 1 项 › 物品名称"). The form's own title stands for the whole form (no segments).
 */
export function fieldLabel(schema: JsonObject, uiSchema: FormUiSchema | undefined, segments: readonly string[]): LocalText {
  if (segments.length === 0) return ownTitle(schema, uiSchema, '表单');
  const zh: string[] = [];
  const en: string[] = [];
  let node: JsonObject | undefined = schema;
  let ui: JsonObject | undefined = uiSchema;
  for (const segment of segments) {
    const parent: JsonObject | undefined = node ? dereference(schema, node) : undefined;
    const isIndex = /^(0|[1-9][0-9]*)$/u.test(segment) && parent !== undefined && (parent['type'] === 'array' || Object.hasOwn(parent, 'items'));
    node = parent ? childSchema(schema, parent, segment) : undefined;
    ui = childUi(ui, segment, isIndex);
    if (isIndex) {
      zh.push(`第 ${Number(segment) + 1} 项`);
      en.push(`item ${Number(segment) + 1}`);
    } else {
      const title = ownTitle(node, ui, segment);
      zh.push(title.zh);
      en.push(title.en);
    }
  }
  return { zh: zh.join(' › '), en: en.join(' › ') };
}

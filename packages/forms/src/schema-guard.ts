import { checkRegex } from '@sanxiang/config';
import { isObject, segmentsPointer } from './field-labels.ts';
import type { JsonObject, LocalText } from './form-types.ts';
import { KNOWN_FORMATS, SCHEMA_LIMITS } from './limits.ts';

// A tenant's form schema is untrusted: Ajv turns it into code, so anything that could fetch, loop, or backtrack is
// refused before Ajv sees it. The walk is iterative and stops at the caps, so a 10,000-deep schema costs 32 steps;
// it counts shared or cyclic objects (possible only in memory, never in JSON) each time it meets them, so they hit
// the caps too instead of costing Ajv an exponential or endless traversal.

export type FormSchemaIssueCode =
  | 'NOT_OBJECT' | 'NOT_JSON' | 'TOO_DEEP' | 'TOO_LARGE' | 'REMOTE_REF' | 'DATA_REF' | 'ASYNC' | 'SCHEMA_ID'
  | 'META_SCHEMA' | 'UNSAFE_PATTERN' | 'PATTERN_WITHOUT_MAX_LENGTH' | 'UNKNOWN_FORMAT' | 'UNIQUE_WITHOUT_MAX_ITEMS' | 'COMPILE';

/** One reason a form schema is refused: where (JSON pointer into the schema), what, and what to do. */
export interface FormSchemaIssue extends LocalText {
  pointer: string;
  code: FormSchemaIssueCode;
}

/** Keywords whose value maps names to subschemas. */
const MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies', 'dependentSchemas']);
/** Keywords whose value is a subschema, or a list of subschemas. */
const SCHEMA_KEYWORDS = new Set(['items', 'additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'if', 'then', 'else', 'not', 'allOf', 'anyOf', 'oneOf']);
/** The one meta-schema the server's Ajv speaks (RJSF's default too). */
const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/u;

type Position = 'schema' | 'map' | 'data';
interface Pending {
  value: unknown;
  path: string[];
  position: Position;
}

function issue(path: readonly string[], code: FormSchemaIssueCode, zh: string, en: string): FormSchemaIssue {
  const pointer = segmentsPointer(path);
  const where = pointer === '' ? { zh: '表单定义的根', en: 'the root of the form schema' } : { zh: `表单定义的 ${pointer} 处`, en: `${pointer} of the form schema` };
  return { pointer, code, zh: `${where.zh}：${zh}`, en: `At ${where.en}: ${en}` };
}

/** Checks one schema object's own keywords (not its children, which the walk visits). */
function keywordIssues(node: JsonObject, path: readonly string[], isRoot: boolean, issues: FormSchemaIssue[]): void {
  const ref = node['$ref'];
  if (ref !== undefined && (typeof ref !== 'string' || !ref.startsWith('#'))) {
    issues.push(issue([...path, '$ref'], 'REMOTE_REF', `$ref 只能引用本文件内的定义（以 # 开头），实际是 ${JSON.stringify(ref)}；请把被引用的定义放进本文件的 definitions`, `$ref may only point inside this file (starting with #), found ${JSON.stringify(ref)}; copy the definition into this file's definitions`));
  }
  if (node['$async'] !== undefined) issues.push(issue([...path, '$async'], 'ASYNC', '不支持异步校验（$async），请删除', 'asynchronous validation ($async) is not supported: remove it'));
  for (const key of ['$id', 'id', '$anchor', '$recursiveRef', '$recursiveAnchor', '$dynamicRef', '$dynamicAnchor']) {
    if (node[key] !== undefined && (key !== 'id' || typeof node[key] === 'string')) {
      issues.push(issue([...path, key], 'SCHEMA_ID', `不支持 ${key}：表单定义只用 # 开头的本文件内引用，请删除`, `${key} is not supported: a form schema refers only inside itself with #-references; remove it`));
    }
  }
  const meta = node['$schema'];
  if (meta !== undefined && (!isRoot || typeof meta !== 'string' || !DRAFT_07.test(meta))) {
    issues.push(issue([...path, '$schema'], 'META_SCHEMA', `$schema 只能在根处写 http://json-schema.org/draft-07/schema#，实际是 ${JSON.stringify(meta)}`, `$schema may only be http://json-schema.org/draft-07/schema#, at the root; found ${JSON.stringify(meta)}`));
  }
  const pattern = node['pattern'];
  if (typeof pattern === 'string') {
    const verdict = checkRegex(pattern);
    if (!verdict.safe) issues.push(issue([...path, 'pattern'], 'UNSAFE_PATTERN', `正则表达式 ${JSON.stringify(pattern).slice(0, 80)} 不被接受，应为${verdict.message.zh}`, `the pattern ${JSON.stringify(pattern).slice(0, 80)} is refused; expected ${verdict.message.en}`));
    const maxLength = node['maxLength'];
    if (typeof maxLength !== 'number' || maxLength > SCHEMA_LIMITS.maxPatternFieldLength) {
      issues.push(issue([...path, 'pattern'], 'PATTERN_WITHOUT_MAX_LENGTH', `带 pattern 的字段应同时写 maxLength（不超过 ${SCHEMA_LIMITS.maxPatternFieldLength}），实际${typeof maxLength === 'number' ? `是 ${maxLength}` : '没有'}`, `a field with a pattern must also set maxLength (at most ${SCHEMA_LIMITS.maxPatternFieldLength}); found ${typeof maxLength === 'number' ? maxLength : 'none'}`));
    }
  }
  const format = node['format'];
  if (format !== undefined && !(KNOWN_FORMATS as readonly unknown[]).includes(format)) {
    issues.push(issue([...path, 'format'], 'UNKNOWN_FORMAT', `不支持格式 ${JSON.stringify(format)}，可用：${KNOWN_FORMATS.join('、')}`, `the format ${JSON.stringify(format)} is not supported; use one of ${KNOWN_FORMATS.join(', ')}`));
  }
  if (node['uniqueItems'] === true) {
    const maxItems = node['maxItems'];
    if (typeof maxItems !== 'number' || maxItems > SCHEMA_LIMITS.maxUniqueItems) {
      issues.push(issue([...path, 'uniqueItems'], 'UNIQUE_WITHOUT_MAX_ITEMS', `uniqueItems 的列表应写 maxItems（不超过 ${SCHEMA_LIMITS.maxUniqueItems}）`, `a list with uniqueItems must set maxItems (at most ${SCHEMA_LIMITS.maxUniqueItems})`));
    }
  }
  const patternProperties = node['patternProperties'];
  if (isObject(patternProperties)) {
    for (const key of Object.keys(patternProperties)) {
      const verdict = checkRegex(key);
      if (!verdict.safe) issues.push(issue([...path, 'patternProperties', key], 'UNSAFE_PATTERN', `属性名正则 ${JSON.stringify(key).slice(0, 80)} 不被接受，应为${verdict.message.zh}`, `the property-name pattern ${JSON.stringify(key).slice(0, 80)} is refused; expected ${verdict.message.en}`));
    }
  }
}

function childPosition(parent: Position, key: string): Position {
  if (parent === 'map') return 'schema';
  if (parent === 'data') return 'data';
  if (MAP_KEYWORDS.has(key)) return 'map';
  if (SCHEMA_KEYWORDS.has(key)) return 'schema';
  return 'data';
}

/**
 * Everything the server refuses in a form schema before compiling it: remote or non-local `$ref`, `$data`, `$async`,
 * `$id`, meta-schemas other than draft-07, patterns that can backtrack catastrophically (packages/config's check) or
 * that apply to unbounded strings, unknown formats, unbounded `uniqueItems`, and documents beyond the size and depth
 * caps. Never throws; the Ajv strict-mode compile is `checkFormSchema`'s second half (server.ts).
 */
export function guardFormSchema(schema: unknown): FormSchemaIssue[] {
  const issues: FormSchemaIssue[] = [];
  if (!isObject(schema) || schema['type'] !== 'object') {
    return [issue([], 'NOT_OBJECT', '表单定义应为 "type": "object" 的 JSON 对象（每个字段是它的一个属性）', 'a form schema must be a JSON object with "type": "object" (each field one of its properties)')];
  }
  const pending: Pending[] = [{ value: schema, path: [], position: 'schema' }];
  let nodes = 0;
  let chars = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path, position } = next;
    nodes += 1;
    if (nodes > SCHEMA_LIMITS.maxNodes || chars > SCHEMA_LIMITS.maxChars) {
      issues.push(issue([], 'TOO_LARGE', `表单定义过大（上限 ${SCHEMA_LIMITS.maxNodes} 个值、${SCHEMA_LIMITS.maxChars} 个字符），请拆分为多个表单`, `the form schema is too large (at most ${SCHEMA_LIMITS.maxNodes} values and ${SCHEMA_LIMITS.maxChars} characters); split it into several forms`));
      return issues;
    }
    if (typeof value === 'string') {
      chars += value.length;
      continue;
    }
    if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) continue;
    if (typeof value !== 'object') {
      issues.push(issue(path, 'NOT_JSON', `只能是 JSON 值，实际是 ${typeof value}`, `only JSON values are allowed, found a ${typeof value}`));
      continue;
    }
    if (path.length >= SCHEMA_LIMITS.maxDepth) {
      issues.push(issue(path, 'TOO_DEEP', `嵌套超过 ${SCHEMA_LIMITS.maxDepth} 层，请用 definitions 和 $ref 拉平`, `nested more than ${SCHEMA_LIMITS.maxDepth} levels deep; flatten it with definitions and $ref`));
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, path: [...path, String(index)], position: position === 'schema' ? 'schema' : position }));
      continue;
    }
    const entries = Object.entries(value);
    if (position !== 'map' && Object.hasOwn(value, '$data')) {
      issues.push(issue([...path, '$data'], 'DATA_REF', '不支持 $data 引用，请改写为固定值', '$data references are not supported: write a fixed value'));
    }
    if (position === 'schema' && isObject(value)) keywordIssues(value, path, path.length === 0, issues);
    for (const [key, child] of entries) {
      chars += key.length;
      pending.push({ value: child, path: [...path, key], position: childPosition(position, key) });
    }
  }
  return issues;
}

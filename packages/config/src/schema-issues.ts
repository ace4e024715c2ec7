import type { ErrorObject } from 'ajv';
import type { Node } from 'jsonc-parser';
import {
  capIssues, compareIssues, formatIssue, listChoices, MAX_ISSUES_PER_FILE, preview, type ConfigIssue, type LocalText,
} from './issues.ts';
import { childPointer, nodeAtPointer } from './json-pointer.ts';
import { issueAt, type JsonSource } from './json-source.ts';

/** Turns Ajv's errors into issues an administrator can act on: where, what was expected, what was found. */
export function schemaIssues(source: JsonSource, errors: readonly ErrorObject[]): ConfigIssue[] {
  const seen = new Set<string>();
  const issues: ConfigIssue[] = [];
  // "if" only says that its "then" or "else" failed, and "propertyNames" that a key did; the errors that say why are
  // listed beside them.
  const meaningful = errors.filter((error) => error.keyword !== 'if' && error.keyword !== 'propertyNames');
  // Capped before mapping: locating each error walks the tree, and hostile input can yield hundreds of thousands.
  for (const error of meaningful.slice(0, MAX_ISSUES_PER_FILE)) {
    const issue = schemaIssue(source, error);
    const key = `${issue.code} ${formatIssue(issue)}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return capIssues(source.file, issues.sort(compareIssues), meaningful.length);
}

function schemaIssue(source: JsonSource, error: ErrorObject): ConfigIssue {
  if (error.propertyName !== undefined) return propertyNameIssue(source, error, error.propertyName);
  const pointer = error.instancePath;
  const found = describeFound(source, pointer);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params['additionalProperty']);
      const allowed = listed(Object.keys(error.parentSchema?.['properties'] ?? {}));
      return issueAt(source, childPointer(pointer, key), 'SCHEMA_UNKNOWN_FIELD', {
        zh: `未知字段 "${key}"：应为以下字段之一：${allowed.zh}`,
        en: `unknown field "${key}": expected one of ${allowed.en}`,
      }, 'key');
    }
    case 'required': {
      const field = String(error.params['missingProperty']);
      return issueAt(source, pointer, 'SCHEMA_MISSING_FIELD', {
        zh: `应有必填字段 "${field}"，实际缺少`,
        en: `expected the required field "${field}", found it missing`,
      });
    }
    case 'dependencies': {
      const field = String(error.params['missingProperty']);
      const present = String(error.params['property']);
      return issueAt(source, pointer, 'SCHEMA_MISSING_FIELD', {
        zh: `写了 "${present}" 时应同时写 "${field}"，实际缺少`,
        en: `expected "${field}" alongside "${present}", found it missing`,
      });
    }
    case 'minProperties':
      return issueAt(source, pointer, 'SCHEMA_MISSING_FIELD', {
        zh: `应至少有 ${Number(error.params['limit'])} 个字段，实际为空对象`,
        en: `expected at least ${Number(error.params['limit'])} field, found an empty object`,
      });
    case 'type': {
      const expected = typeName(String(error.params['type']));
      return issueAt(source, pointer, 'SCHEMA_TYPE', {
        zh: `类型应为${expected.zh}，实际为${found.zh}`,
        en: `expected ${expected.en}, found ${found.en}`,
      });
    }
    case 'enum': {
      const raw: unknown = error.params['allowedValues'];
      const allowed = listed(Array.isArray(raw) ? raw.map(String) : []);
      return issueAt(source, pointer, 'SCHEMA_ENUM', {
        zh: `取值应为以下之一：${allowed.zh}，实际为${found.zh}`,
        en: `expected one of ${allowed.en}, found ${found.en}`,
      });
    }
    case 'pattern': {
      const hint = patternHint(error);
      return issueAt(source, pointer, 'SCHEMA_PATTERN', {
        zh: `格式不符（${hint.zh}），实际为${found.zh}`,
        en: `wrong format (${hint.en}), found ${found.en}`,
      });
    }
    case 'minLength':
    case 'maxLength': {
      const limit = Number(error.params['limit']);
      const length = typeof error.data === 'string' ? error.data.length : 0;
      const bound = error.keyword === 'minLength' ? { zh: '至少', en: 'at least' } : { zh: '至多', en: 'at most' };
      return issueAt(source, pointer, 'SCHEMA_LENGTH', {
        zh: `长度应${bound.zh} ${limit} 个字符，实际为 ${length} 个字符`,
        en: `expected ${bound.en} ${limit} characters, found ${length}`,
      });
    }
    case 'minItems':
    case 'maxItems': {
      const limit = Number(error.params['limit']);
      const count = Array.isArray(error.data) ? error.data.length : 0;
      const bound = error.keyword === 'minItems' ? { zh: '至少', en: 'at least' } : { zh: '至多', en: 'at most' };
      return issueAt(source, pointer, 'SCHEMA_ITEMS', {
        zh: `应${bound.zh}有 ${limit} 项，实际为 ${count} 项`,
        en: `expected ${bound.en} ${limit} ${limit === 1 ? 'entry' : 'entries'}, found ${count}`,
      });
    }
    case 'uniqueItems': {
      // Ajv scans from the end, so its "j" is the later entry and "i" the earlier one.
      const later = Number(error.params['j']);
      const earlier = Number(error.params['i']);
      return issueAt(source, childPointer(pointer, later), 'SCHEMA_ITEMS', {
        zh: `各项应互不相同，实际第 ${later + 1} 项与第 ${earlier + 1} 项重复`,
        en: `expected distinct entries, found entry ${later + 1} repeating entry ${earlier + 1}`,
      });
    }
    default:
      return issueAt(source, pointer, 'SCHEMA_OTHER', {
        zh: `不符合规则 ${error.keyword}：${error.message ?? ''}`,
        en: `does not satisfy ${error.keyword}: ${error.message ?? ''}`,
      });
  }
}

/** A key of a map (a year in a calendar overlay) that breaks the rule its keys follow: the key itself is pointed at. */
function propertyNameIssue(source: JsonSource, error: ErrorObject, key: string): ConfigIssue {
  const pointer = childPointer(error.instancePath, key);
  const found = { zh: `字段名 ${preview(key)}`, en: `the field name ${preview(key)}` };
  if (error.keyword === 'pattern') {
    const hint = patternHint(error);
    return issueAt(source, pointer, 'SCHEMA_PATTERN', { zh: `字段名格式不符（${hint.zh}），实际为${found.zh}`, en: `wrong field name (${hint.en}), found ${found.en}` }, 'key');
  }
  return issueAt(source, pointer, 'SCHEMA_OTHER', {
    zh: `字段名不符合规则 ${error.keyword}：${error.message ?? ''}，实际为${found.zh}`,
    en: `field name does not satisfy ${error.keyword}: ${error.message ?? ''}, found ${found.en}`,
  }, 'key');
}

function listed(choices: readonly string[]): LocalText {
  return { zh: listChoices(choices, '、'), en: listChoices(choices, ', ') };
}

/** The schema's own patternErrorMessage ("zh / en") is what editors show, so the loader says the same. */
function patternHint(error: ErrorObject): LocalText {
  const hint: unknown = error.parentSchema?.['patternErrorMessage'];
  if (typeof hint === 'string') {
    const [zh = hint, en = hint] = hint.split(' / ');
    return { zh, en };
  }
  const pattern = String(error.params['pattern']);
  return { zh: `应匹配 ${pattern}`, en: `expected to match ${pattern}` };
}

const TYPE_NAMES: Record<string, LocalText> = {
  string: { zh: '字符串', en: 'a string' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  boolean: { zh: '布尔值（true 或 false）', en: 'a boolean (true or false)' },
  object: { zh: '对象 {…}', en: 'an object {…}' },
  array: { zh: '数组 […]', en: 'an array […]' },
  null: { zh: 'null', en: 'null' },
};

function typeName(type: string): LocalText {
  const names = type.split(',').map((one) => TYPE_NAMES[one] ?? { zh: one, en: one });
  return { zh: names.map((name) => name.zh).join('或'), en: names.map((name) => name.en).join(' or ') };
}

function describeFound(source: JsonSource, pointer: string): LocalText {
  const { node, found } = nodeAtPointer(source.root, pointer);
  if (!found) return { zh: '无', en: 'nothing' };
  return describeNode(node);
}

function describeNode(node: Node): LocalText {
  switch (node.type) {
    case 'string':
      return { zh: `字符串 ${preview(node.value)}`, en: `the string ${preview(node.value)}` };
    case 'number':
      return { zh: `数字 ${preview(node.value)}`, en: `the number ${preview(node.value)}` };
    case 'boolean':
      return { zh: `布尔值 ${preview(node.value)}`, en: `the boolean ${preview(node.value)}` };
    case 'null':
      return { zh: '空值 null', en: 'null' };
    case 'object':
      return { zh: '对象 {…}', en: 'an object {…}' };
    case 'array':
      return { zh: `数组（${node.children?.length ?? 0} 项）`, en: `an array of ${node.children?.length ?? 0} entries` };
    default:
      return { zh: node.type, en: node.type };
  }
}

import type { FactDefinition } from './fact-catalogue.ts';
import type { Vocabulary } from './extension.ts';
import { listChoices, preview, type ConfigIssue, type ConfigIssueCode, type LocalText } from './issues.ts';
import { childPointer } from './json-pointer.ts';
import { issueAt, type JsonSource } from './json-source.ts';
import { suggestion } from './name-suggestion.ts';
import type { ValueType } from './operator-catalogue.ts';
import { checkRegex } from './safe-regex.ts';

/** Levels of all/any/not. Real criteria use two or three; deeper ones are unreadable and cost stack in the engine. */
export const MAX_CONDITION_DEPTH = 8;
/** Entries in one all/any list, and nodes in one condition. */
export const MAX_CONDITION_ENTRIES = 100;
const MAX_CONDITION_NODES = 500;
/** json-rules-engine would hand `path` to jsonpath-plus, which has code-execution bugs; only plain dotted names pass. */
const PLAIN_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*){0,7}$/;
const THRESHOLD_ID = /^[a-z0-9][a-z0-9._-]{1,79}$/;
const FACT_CONDITION_FIELDS = ['fact', 'operator', 'value', 'path'];

/** A threshold a condition names, to be checked once every layer has been merged. */
export interface ThresholdReference {
  id: string;
  source: JsonSource;
  pointer: string;
}

export interface ConditionFindings {
  issues: ConfigIssue[];
  thresholds: ThresholdReference[];
}

/**
 * Checks a json-rules-engine condition without evaluating it: its shape, that every fact and operator is known,
 * that values fit the fact and operator, that paths are plain and patterns safe. Walks with an explicit stack, so
 * hostile nesting cannot overflow it.
 */
export function checkCondition(source: JsonSource, pointer: string, condition: unknown, vocabulary: Vocabulary, findings: ConditionFindings): void {
  const issue = (at: string, code: ConfigIssueCode, message: LocalText, target: 'value' | 'key' = 'value'): void => {
    findings.issues.push(issueAt(source, at, code, message, target));
  };
  const pending: { node: unknown; at: string; depth: number }[] = [{ node: condition, at: pointer, depth: 1 }];
  let visited = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, at, depth } = next;
    visited += 1;
    if (visited > MAX_CONDITION_NODES) {
      issue(pointer, 'CONDITION_TOO_DEEP', { zh: `条件应不超过 ${MAX_CONDITION_NODES} 个节点，实际更多`, en: `expected at most ${MAX_CONDITION_NODES} nodes in a condition, found more` });
      return;
    }
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      issue(at, 'CONDITION_SHAPE', { zh: `条件应为对象 { "all" | "any" | "not" | "fact" … }，实际为 ${preview(node)}`, en: `expected a condition object { "all" | "any" | "not" | "fact" … }, found ${preview(node)}` });
      continue;
    }
    const keys = Object.keys(node);
    const heads = keys.filter((key) => key === 'all' || key === 'any' || key === 'not' || key === 'fact');
    const [head] = heads;
    if (heads.length !== 1 || head === undefined) {
      const found = heads.length ? heads.join('、') : '无';
      issue(at, 'CONDITION_SHAPE', { zh: `条件应恰好含 all、any、not、fact 之一，实际为：${found}`, en: `expected exactly one of all, any, not or fact, found ${heads.length ? heads.join(', ') : 'none'}` });
      continue;
    }
    const allowed = head === 'fact' ? FACT_CONDITION_FIELDS : [head];
    for (const key of keys.filter((one) => !allowed.includes(one))) {
      issue(childPointer(at, key), 'CONDITION_SHAPE', { zh: `未知字段 "${key}"：此处应为以下字段之一：${allowed.join('、')}`, en: `unknown field "${key}": expected one of ${allowed.join(', ')}` }, 'key');
    }
    const body: unknown = Reflect.get(node, head);
    if (head === 'fact') {
      checkFactCondition(node, at, vocabulary, findings, issue, source);
      continue;
    }
    if (depth >= MAX_CONDITION_DEPTH) {
      issue(childPointer(at, head), 'CONDITION_TOO_DEEP', { zh: `all/any/not 嵌套应不超过 ${MAX_CONDITION_DEPTH} 层，实际在此处超过`, en: `expected at most ${MAX_CONDITION_DEPTH} levels of all/any/not, found more from here on` });
      continue;
    }
    if (head === 'not') {
      pending.push({ node: body, at: childPointer(at, 'not'), depth: depth + 1 });
      continue;
    }
    if (!Array.isArray(body) || body.length === 0 || body.length > MAX_CONDITION_ENTRIES) {
      const found = Array.isArray(body) ? { zh: `${body.length} 项`, en: `${body.length} entries` } : { zh: preview(body), en: preview(body) };
      issue(childPointer(at, head), 'CONDITION_SHAPE', { zh: `"${head}" 应为 1 至 ${MAX_CONDITION_ENTRIES} 个条件的数组，实际为 ${found.zh}`, en: `expected "${head}" to be an array of 1 to ${MAX_CONDITION_ENTRIES} conditions, found ${found.en}` });
      continue;
    }
    // Pushed in reverse so issues come out in file order.
    for (let index = body.length - 1; index >= 0; index -= 1) {
      pending.push({ node: body[index], at: childPointer(childPointer(at, head), index), depth: depth + 1 });
    }
  }
}

type IssueSink = (at: string, code: ConfigIssueCode, message: LocalText, target?: 'value' | 'key') => void;

function checkFactCondition(node: object, at: string, vocabulary: Vocabulary, findings: ConditionFindings, issue: IssueSink, source: JsonSource): void {
  const factName: unknown = Reflect.get(node, 'fact');
  const operatorName: unknown = Reflect.get(node, 'operator');
  const path: unknown = Reflect.get(node, 'path');
  const fact = typeof factName === 'string' ? vocabulary.fact(factName) : undefined;
  if (!fact) {
    const hint = typeof factName === 'string' ? suggestion(factName, vocabulary.factNames()) : { zh: '', en: '' };
    issue(childPointer(at, 'fact'), 'UNKNOWN_FACT', {
      zh: `事实应为事实目录中的名称（${listChoices(vocabulary.factNames(), '、', 8)}），实际为未知的 ${preview(factName)}${hint.zh}`,
      en: `expected a fact from the catalogue (${listChoices(vocabulary.factNames(), ', ', 8)}), found the unknown ${preview(factName)}${hint.en}`,
    });
  }
  const operator = typeof operatorName === 'string' ? vocabulary.operator(operatorName) : undefined;
  if (!operator) {
    const hint = typeof operatorName === 'string' ? suggestion(operatorName, vocabulary.operatorNames()) : { zh: '', en: '' };
    const where = operatorName === undefined ? childPointer(at, 'fact') : childPointer(at, 'operator');
    issue(where, 'UNKNOWN_OPERATOR', {
      zh: `运算符应为以下之一：${listChoices(vocabulary.operatorNames(), '、', 20)}，实际为${operatorName === undefined ? '缺少' : `未知的 ${preview(operatorName)}`}${hint.zh}`,
      en: `expected an operator, one of ${listChoices(vocabulary.operatorNames(), ', ', 20)}, found ${operatorName === undefined ? 'none' : `the unknown ${preview(operatorName)}`}${hint.en}`,
    });
  }
  if (path !== undefined) {
    if (typeof path !== 'string' || !PLAIN_PATH.test(path)) {
      issue(childPointer(at, 'path'), 'UNSAFE_PATH', {
        zh: `path 应为点号分隔的标识符（例如 address.province，不支持 JSONPath），实际为 ${preview(path)}`,
        en: `expected path to be dotted identifiers such as address.province (JSONPath is not supported), found ${preview(path)}`,
      });
    } else if (fact && fact.type !== 'object') {
      issue(childPointer(at, 'path'), 'CONDITION_SHAPE', {
        zh: `path 只能用于对象类型的事实，实际事实 ${fact.name} 的类型为 ${fact.type}`,
        en: `expected path only on a fact of type object, found ${fact.name} of type ${fact.type}`,
      });
    }
  }
  if (!fact || !operator) return;
  if (operator.factTypes && path === undefined && !operator.factTypes.includes(fact.type)) {
    issue(childPointer(at, 'operator'), 'CONDITION_VALUE', {
      zh: `运算符 ${operator.name} 应用于 ${operator.factTypes.join('、')} 类型的事实，实际事实 ${fact.name} 的类型为 ${fact.type}`,
      en: `expected operator ${operator.name} on a fact of type ${operator.factTypes.join(' or ')}, found ${fact.name} of type ${fact.type}`,
    });
    return;
  }
  if (!('value' in node)) {
    issue(at, 'CONDITION_SHAPE', { zh: '条件应有 "value"，实际缺少', en: 'expected the condition to have a "value", found it missing' });
    return;
  }
  const value: unknown = Reflect.get(node, 'value');
  const valueAt = childPointer(at, 'value');
  if (operator.valueType === 'regex' && typeof value === 'string') {
    const verdict = checkRegex(value);
    if (!verdict.safe) issue(valueAt, 'UNSAFE_REGEX', { zh: `正则表达式应为${verdict.message.zh}，实际为 ${preview(value)}`, en: `expected ${verdict.message.en}, found ${preview(value)}` });
    return;
  }
  if (operator.valueType === 'thresholdId' && typeof value === 'string' && THRESHOLD_ID.test(value)) {
    findings.thresholds.push({ id: value, source, pointer: valueAt });
    return;
  }
  // A { "fact": name } value compares two facts, which json-rules-engine supports.
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'fact' in value) {
    const other: unknown = Reflect.get(value, 'fact');
    if (typeof other !== 'string' || !vocabulary.fact(other)) {
      issue(childPointer(valueAt, 'fact'), 'UNKNOWN_FACT', { zh: `事实应为事实目录中的名称，实际为未知的 ${preview(other)}`, en: `expected a fact from the catalogue, found the unknown ${preview(other)}` });
    }
    return;
  }
  const expected = expectedValue(operator.valueType, path === undefined ? fact : undefined);
  if (!expected.accepts(value)) {
    issue(valueAt, 'CONDITION_VALUE', { zh: `运算符 ${operator.name} 的值应为${expected.text.zh}，实际为 ${preview(value)}`, en: `expected the value of ${operator.name} to be ${expected.text.en}, found ${preview(value)}` });
  }
}

interface Expected {
  accepts(value: unknown): boolean;
  text: LocalText;
}

// A large tenant has tens of thousands of conditions over a few dozen facts, so each expectation is built once.
const expectations = new WeakMap<FactDefinition, Map<ValueType, Expected>>();
const factless = new Map<ValueType, Expected>();

/** What the value must be, given the operator's value type and (unless a path reaches inside it) the fact. */
function expectedValue(valueType: ValueType, fact: FactDefinition | undefined): Expected {
  let byType = fact ? expectations.get(fact) : factless;
  if (!byType) {
    byType = new Map();
    if (fact) expectations.set(fact, byType);
  }
  let expected = byType.get(valueType);
  if (!expected) {
    expected = buildExpectedValue(valueType, fact);
    byType.set(valueType, expected);
  }
  return expected;
}

function buildExpectedValue(valueType: ValueType, fact: FactDefinition | undefined): Expected {
  const one = factValue(fact);
  switch (valueType) {
    case 'fact':
      return one;
    case 'facts':
      return {
        accepts: (value) => Array.isArray(value) && value.length > 0 && value.length <= 200 && value.every((entry) => one.accepts(entry)),
        text: { zh: `非空数组，每项为${one.text.zh}`, en: `a non-empty array, each entry ${one.text.en}` },
      };
    case 'number':
      return { accepts: (value) => typeof value === 'number' && Number.isFinite(value), text: { zh: '数字', en: 'a number' } };
    case 'boolean':
      return { accepts: (value) => typeof value === 'boolean', text: { zh: '布尔值', en: 'a boolean' } };
    case 'string':
      // contains/doesNotContain on a list fact with known values takes one of those values.
      return fact?.type === 'string[]' && fact.values ? enumValue(fact.values) : { accepts: (value) => typeof value === 'string', text: { zh: '字符串', en: 'a string' } };
    case 'number[]':
      return { accepts: (value) => Array.isArray(value) && value.every((entry) => typeof entry === 'number'), text: { zh: '数字数组', en: 'an array of numbers' } };
    case 'string[]':
      return { accepts: (value) => Array.isArray(value) && value.every((entry) => typeof entry === 'string'), text: { zh: '字符串数组', en: 'an array of strings' } };
    case 'thresholdId':
      return { accepts: () => false, text: { zh: '金额标准的编号（字符串）', en: 'the id of a threshold (a string)' } };
    case 'regex':
      return { accepts: () => false, text: { zh: '正则表达式（字符串）', en: 'a regular expression (a string)' } };
    case 'any':
      return { accepts: () => true, text: { zh: '任意值', en: 'any value' } };
  }
}

function factValue(fact: FactDefinition | undefined): Expected {
  switch (fact?.type) {
    case 'number':
      return { accepts: (value) => typeof value === 'number' && Number.isFinite(value), text: { zh: '数字', en: 'a number' } };
    case 'boolean':
      return { accepts: (value) => typeof value === 'boolean', text: { zh: '布尔值 true 或 false', en: 'a boolean, true or false' } };
    case 'string':
      return { accepts: (value) => typeof value === 'string', text: { zh: '字符串', en: 'a string' } };
    case 'enum':
      return enumValue(fact.values ?? []);
    default:
      return { accepts: (value) => value !== null && typeof value !== 'object', text: { zh: '数字、字符串或布尔值', en: 'a number, string or boolean' } };
  }
}

function enumValue(values: readonly string[]): Expected {
  return {
    accepts: (value) => typeof value === 'string' && values.includes(value),
    text: { zh: `以下之一：${listChoices(values, '、')}`, en: `one of ${listChoices(values, ', ')}` },
  };
}

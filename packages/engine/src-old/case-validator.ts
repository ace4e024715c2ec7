import { CASE_SCHEMA, type JsonSchema, type JsonType } from './case-schema.ts';
import type { CaseSnapshot } from './case-snapshot.ts';
import type { LocalText } from './config-kinds.ts';

export type CaseIssueCode = 'SYNTAX' | 'FILE' | 'TYPE' | 'REQUIRED' | 'UNKNOWN_FIELD' | 'ENUM' | 'PATTERN' | 'FORMAT' | 'RANGE' | 'LENGTH' | 'TOO_MANY_ISSUES';

/** One problem in a case file, reported like a config error: RFC 6901 pointer plus a bilingual message. */
export interface CaseIssue {
  pointer: string;
  code: CaseIssueCode;
  message: LocalText;
}

export type CaseValidation = { ok: true; case: CaseSnapshot; issues: [] } | { ok: false; issues: CaseIssue[] };

const MAX_ISSUES = 100;
type Check = (value: unknown, pointer: string, issues: CaseIssue[]) => void;

const TYPE_NAMES: Record<JsonType, LocalText> = {
  object: { zh: '对象', en: 'an object' }, array: { zh: '数组', en: 'an array' }, string: { zh: '字符串', en: 'a string' },
  number: { zh: '数字', en: 'a number' }, integer: { zh: '整数', en: 'an integer' }, boolean: { zh: '布尔值', en: 'a boolean' },
  null: { zh: 'null', en: 'null' },
};

function typeOf(value: unknown): JsonType | 'other' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string': return 'string';
    case 'boolean': return 'boolean';
    case 'number': return Number.isFinite(value) ? (Number.isInteger(value) ? 'integer' : 'number') : 'other';
    case 'object': return 'object';
    default: return 'other';
  }
}

function quote(value: unknown): string {
  let shown: string;
  try {
    shown = typeOf(value) === 'other' ? String(typeof value) : JSON.stringify(value) ?? String(typeof value);
  } catch {
    // BigInt, cycles: the type is enough to say what is wrong.
    shown = Array.isArray(value) ? 'array' : typeof value;
  }
  return shown.length > 60 ? `${shown.slice(0, 59)}…` : shown;
}

function escapePointer(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replaceAll('~', '~0').replaceAll('/', '~1') : key;
}

function push(issues: CaseIssue[], pointer: string, code: CaseIssueCode, zh: string, en: string): void {
  if (issues.length < MAX_ISSUES) issues.push({ pointer, code, message: { zh, en } });
  else if (issues.length === MAX_ISSUES) {
    issues.push({ pointer: '', code: 'TOO_MANY_ISSUES', message: { zh: '问题过多，其余未列出', en: 'Too many issues; the rest are not listed' } });
  }
}

function fits(actual: JsonType | 'other', allowed: readonly JsonType[]): boolean {
  if (actual === 'other') return false;
  return allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'));
}

interface Compiled {
  /** Fast path: no pointers, no messages; most case files are valid. */
  test: (value: unknown) => boolean;
  /** Slow path, run only on invalid input: every issue with its pointer. */
  check: Check;
}

/** Turns a schema into nested closures once, so validating a case walks no schema keywords at run time. */
function compile(schema: JsonSchema): Compiled {
  const types: readonly JsonType[] | undefined = schema.type === undefined ? undefined : typeof schema.type === 'string' ? [schema.type] : schema.type;
  const properties = new Map(Object.entries(schema.properties ?? {}).map(([key, child]) => [key, compile(child)]));
  const extra = typeof schema.additionalProperties === 'object' ? compile(schema.additionalProperties) : undefined;
  const names = schema.propertyNames ? new RegExp(schema.propertyNames.pattern, 'u') : undefined;
  const pattern = schema.pattern ? new RegExp(schema.pattern, 'u') : undefined;
  const items = schema.items ? compile(schema.items) : undefined;
  const allowed = schema.enum ? new Set(schema.enum) : undefined;
  const required = schema.required ?? [];
  const closed = schema.additionalProperties === false;

  const testObject = (record: Record<string, unknown>): boolean => {
    let count = 0;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      count += 1;
      const known = properties.get(key);
      if (known) {
        if (!known.test(record[key])) return false;
      } else if (names && !names.test(key)) return false;
      else if (extra) {
        if (!extra.test(record[key])) return false;
      } else if (closed) return false;
    }
    if (schema.maxProperties !== undefined && count > schema.maxProperties) return false;
    for (const key of required) if (!Object.hasOwn(record, key)) return false;
    return true;
  };
  const test = (value: unknown): boolean => {
    const actual = typeOf(value);
    if (types && !fits(actual, types)) return false;
    switch (actual) {
      case 'object': return testObject(value as Record<string, unknown>);
      case 'array': {
        const array = value as unknown[];
        if (schema.maxItems !== undefined && array.length > schema.maxItems) return false;
        if (items) for (const item of array) if (!items.test(item)) return false;
        return true;
      }
      case 'string': return stringOk(schema, value as string, pattern, allowed);
      case 'number':
      case 'integer': {
        const number = value as number;
        return !((schema.minimum !== undefined && number < schema.minimum) || (schema.maximum !== undefined && number > schema.maximum));
      }
      default: return true;
    }
  };

  const objectCheck: Check = (value, pointer, issues) => {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
      push(issues, pointer, 'LENGTH', `最多 ${schema.maxProperties} 项，实际 ${keys.length} 项`, `at most ${schema.maxProperties} entries, found ${keys.length}`);
    }
    for (const key of required) {
      if (!Object.hasOwn(record, key)) push(issues, `${pointer}/${escapePointer(key)}`, 'REQUIRED', `缺少必填字段 ${key}`, `missing required field ${key}`);
    }
    for (const key of keys) {
      const at = `${pointer}/${escapePointer(key)}`;
      const known = properties.get(key);
      if (known) known.check(record[key], at, issues);
      else if (names && !names.test(key)) push(issues, at, 'PATTERN', `字段名 ${quote(key)} 不符合事实名格式`, `field name ${quote(key)} is not a fact name`);
      else if (extra) extra.check(record[key], at, issues);
      else if (closed) {
        const choices = [...properties.keys()].join(', ');
        push(issues, at, 'UNKNOWN_FIELD', `未知字段 ${quote(key)}，可用字段：${choices}`, `unknown field ${quote(key)}; expected one of ${choices}`);
      }
    }
  };

  const check: Check = (value, pointer, issues) => {
    const actual = typeOf(value);
    if (types && !fits(actual, types)) {
      const zh = types.map((type) => TYPE_NAMES[type].zh).join('或');
      const en = types.map((type) => TYPE_NAMES[type].en).join(' or ');
      push(issues, pointer, 'TYPE', `应为${zh}，实际为 ${quote(value)}`, `expected ${en}, found ${quote(value)}`);
      return;
    }
    if (actual === 'object') objectCheck(value, pointer, issues);
    else if (actual === 'array') {
      const array = value as unknown[];
      if (schema.maxItems !== undefined && array.length > schema.maxItems) {
        push(issues, pointer, 'LENGTH', `最多 ${schema.maxItems} 项，实际 ${array.length} 项`, `at most ${schema.maxItems} items, found ${array.length}`);
        return;
      }
      if (items) array.forEach((item, index) => items.check(item, `${pointer}/${index}`, issues));
    } else if (actual === 'string') stringCheck(schema, value as string, pointer, issues, pattern, allowed);
    else if (actual === 'number' || actual === 'integer') {
      const number = value as number;
      if ((schema.minimum !== undefined && number < schema.minimum) || (schema.maximum !== undefined && number > schema.maximum)) {
        push(issues, pointer, 'RANGE', `应在 ${schema.minimum ?? '-∞'} 至 ${schema.maximum ?? '∞'} 之间，实际为 ${number}`,
          `expected between ${schema.minimum ?? '-∞'} and ${schema.maximum ?? '∞'}, found ${number}`);
      }
    }
  };
  return { test, check };
}

function stringOk(schema: JsonSchema, value: string, pattern?: RegExp, allowed?: ReadonlySet<string>): boolean {
  if (allowed) return allowed.has(value);
  if ((schema.minLength !== undefined && value.length < schema.minLength) || (schema.maxLength !== undefined && value.length > schema.maxLength)) return false;
  if (pattern && !pattern.test(value)) return false;
  return !(schema.format === 'date' || schema.format === 'date-time') || validClock(value);
}

function stringCheck(schema: JsonSchema, value: string, pointer: string, issues: CaseIssue[], pattern?: RegExp, allowed?: ReadonlySet<string>): void {
  if (allowed && !allowed.has(value)) {
    const choices = [...allowed].join(', ');
    push(issues, pointer, 'ENUM', `应为以下之一：${choices}，实际为 ${quote(value)}`, `expected one of ${choices}, found ${quote(value)}`);
    return;
  }
  if ((schema.minLength !== undefined && value.length < schema.minLength) || (schema.maxLength !== undefined && value.length > schema.maxLength)) {
    push(issues, pointer, 'LENGTH', `长度应在 ${schema.minLength ?? 0} 至 ${schema.maxLength ?? '∞'} 之间，实际为 ${value.length}`,
      `length must be ${schema.minLength ?? 0} to ${schema.maxLength ?? '∞'}, found ${value.length}`);
    return;
  }
  if (pattern && !pattern.test(value)) {
    const shape = schema.format === 'date' ? 'YYYY-MM-DD' : schema.format === 'date-time' ? 'YYYY-MM-DDTHH:mm（北京时间）' : pattern.source;
    push(issues, pointer, 'PATTERN', `格式应为 ${shape}，实际为 ${quote(value)}`, `expected the form ${shape.replace('（北京时间）', ' (Beijing time)')}, found ${quote(value)}`);
    return;
  }
  if ((schema.format === 'date' || schema.format === 'date-time') && !validClock(value)) {
    push(issues, pointer, 'FORMAT', `${quote(value)} 不是真实存在的日期或时间`, `${quote(value)} is not a real date or time`);
  }
}

const DIGIT_0 = 48;

/** Two or four ASCII digits at `at`, or -1; dates are checked by hand because the fast path runs on every field. */
function digits(value: string, at: number, count: number): number {
  let number = 0;
  for (let index = at; index < at + count; index++) {
    const digit = value.charCodeAt(index) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** YYYY-MM-DD, or YYYY-MM-DDTHH:mm[:ss][+08:00]: a real day and a real time of day. */
function validClock(value: string): boolean {
  if (value.length < 10 || value[4] !== '-' || value[7] !== '-') return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > days) return false;
  if (value.length === 10) return true;
  const hours = digits(value, 11, 2);
  const minutes = digits(value, 14, 2);
  const seconds = value[16] === ':' ? digits(value, 17, 2) : 0;
  return hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60 && seconds >= 0 && seconds < 60;
}

const validateRoot = compile(CASE_SCHEMA);

/** Checks a parsed case file against schemas/case.schema.json. Never throws, whatever the input. */
export function validateCase(input: unknown): CaseValidation {
  // The schema above is exactly the CaseSnapshot type, so a value it accepts is one.
  if (validateRoot.test(input)) return { ok: true, case: input as CaseSnapshot, issues: [] };
  const issues: CaseIssue[] = [];
  validateRoot.check(input, '', issues);
  return issues.length === 0 ? { ok: true, case: input as CaseSnapshot, issues: [] } : { ok: false, issues };
}

/** `<pointer> <zh> / <en>`, one line, as the CLI prints config errors. */
export function formatCaseIssue(issue: CaseIssue): string {
  return `${issue.pointer || '/'} ${issue.message.zh} / ${issue.message.en}`;
}

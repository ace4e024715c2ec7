import { segmentsPointer } from './field-labels.ts';
import type { FormIssue } from './form-types.ts';
import { DATA_LIMITS } from './limits.ts';

// A submission comes from a client that is never trusted. Before Ajv walks it, this walk (iterative, stopping at the
// caps) makes sure it is plain JSON of a sane size: no Dates or Maps a transformer let through, no non-finite numbers,
// nothing deep enough to exhaust a recursive comparison.

interface Pending {
  value: unknown;
  path: string[];
}

function issue(path: readonly string[], keyword: string, zh: string, en: string): FormIssue {
  const pointer = segmentsPointer(path);
  const where = pointer === '' ? { zh: '提交的数据', en: 'The submitted data' } : { zh: `提交的数据 ${pointer} 处`, en: `The submitted data at ${pointer}` };
  return { pointer, keyword, zh: `${where.zh}${zh}`, en: `${where.en} ${en}` };
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function tooLarge(): FormIssue {
  return issue([], 'maxSize', `过大（上限 ${DATA_LIMITS.maxNodes} 个值、${DATA_LIMITS.maxChars} 个字符），请删减后重新提交`, `is too large (at most ${DATA_LIMITS.maxNodes} values and ${DATA_LIMITS.maxChars} characters): shorten it and submit again`);
}

/** The first reason the data is not plain JSON within the caps, or none. */
export function guardData(data: unknown): FormIssue[] {
  const pending: Pending[] = [{ value: data, path: [] }];
  let nodes = 0;
  let chars = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    nodes += 1;
    // Values already seen plus those waiting: a list of a million items is refused before it is walked.
    if (nodes + pending.length > DATA_LIMITS.maxNodes || chars > DATA_LIMITS.maxChars) return [tooLarge()];
    if (typeof value === 'string') {
      chars += value.length;
      if (value.length > DATA_LIMITS.maxStringLength) {
        return [issue(path, 'maxLength', `的文字过长（上限 ${DATA_LIMITS.maxStringLength} 个字符），请删减`, `is too long (at most ${DATA_LIMITS.maxStringLength} characters): shorten it`)];
      }
      continue;
    }
    if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) continue;
    if (typeof value !== 'object' || !(Array.isArray(value) || isPlainObject(value))) {
      const kind = typeof value === 'number' ? String(value) : typeof value === 'object' ? 'object' : typeof value;
      return [issue(path, 'type', `不是 JSON 值（${kind}），请重新填写后提交`, `is not a JSON value (${kind}): fill it in again and submit`)];
    }
    if (path.length >= DATA_LIMITS.maxDepth) {
      return [issue(path, 'maxDepth', `嵌套超过 ${DATA_LIMITS.maxDepth} 层，不是本表单能产生的数据`, `is nested more than ${DATA_LIMITS.maxDepth} levels deep, which this form cannot produce`)];
    }
    if (Array.isArray(value)) {
      if (value.length > DATA_LIMITS.maxNodes) return [tooLarge()];
      for (let index = 0; index < value.length; index += 1) pending.push({ value: value[index], path: [...path, String(index)] });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key.length > DATA_LIMITS.maxKeyLength) {
        return [issue(path, 'maxKeyLength', `含有过长的字段名（上限 ${DATA_LIMITS.maxKeyLength} 个字符）`, `holds a field name longer than ${DATA_LIMITS.maxKeyLength} characters`)];
      }
      chars += key.length;
      // JSON has no undefined; a JavaScript client's { field: undefined } means the field is absent.
      if (child !== undefined) pending.push({ value: child, path: [...path, key] });
    }
  }
  return [];
}

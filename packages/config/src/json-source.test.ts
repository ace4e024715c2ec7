import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJsonSource } from './json-source.ts';
import { findExcessiveNesting } from './json-depth.ts';
import { makeTempRoot } from './test-tenant-folders.ts';

const temp = makeTempRoot();
afterAll(() => temp.remove());

function sourceOf(name: string, content: string | Uint8Array) {
  const file = join(temp.root, name);
  writeFileSync(file, content);
  return { file, ...readJsonSource(file) };
}

describe('readJsonSource', () => {
  it('accepts a UTF-8 byte-order mark and counts columns after it as an editor does', () => {
    const { source, issues } = sourceOf('bom.json', '\uFEFF{"a": 1}');
    expect(issues).toEqual([]);
    expect(source?.value).toEqual({ a: 1 });
    const bad = sourceOf('bom-bad.json', '\uFEFF{"a" 1}');
    expect(bad.issues[0]).toMatchObject({ line: 1, column: 6, code: 'JSON_SYNTAX' });
  });

  it('counts CRLF, LF and lone CR line endings as one line break each', () => {
    const { issues } = sourceOf('crlf.json', '{\r\n"a": 1,\r"b": 2,\n"c" 3}');
    expect(issues[0]).toMatchObject({ line: 4, column: 5, pointer: '/c', code: 'JSON_SYNTAX' });
  });

  it('allows exactly 64 levels of nesting and refuses 65', () => {
    expect(sourceOf('depth-64.json', `${'['.repeat(64)}${']'.repeat(64)}`).issues).toEqual([]);
    const deeper = sourceOf('depth-65.json', `${'['.repeat(65)}${']'.repeat(65)}`);
    expect(deeper.issues).toEqual([expect.objectContaining({ line: 1, column: 65, pointer: '/0'.repeat(64), code: 'JSON_TOO_DEEP' })]);
  });

  it('refuses a file of five million "[" without overflowing the stack', () => {
    const { issues } = sourceOf('brackets.json', '['.repeat(5 * 1024 * 1024 - 1));
    expect(issues.map((issue) => issue.code)).toEqual(['JSON_TOO_DEEP']);
  });

  it('tracks object keys and array indexes in the pointer of a too-deep value', () => {
    const text = `{"a~b": [0, {"c/d": ${'['.repeat(70)}`;
    expect(findExcessiveNesting(text, 4)).toEqual({ offset: 21, path: ['a~b', 1, 'c/d', 0] });
  });

  it('reports an empty file as a missing value at 1:1', () => {
    expect(sourceOf('empty.json', '').issues).toEqual([
      expect.objectContaining({ line: 1, column: 1, pointer: '', code: 'JSON_SYNTAX', message: expect.objectContaining({ en: 'JSON syntax error: expected a value, found the end of the file' }) }),
    ]);
  });

  it('reports an unclosed string and a second top-level value', () => {
    expect(sourceOf('unclosed.json', '{"a": "x\n}').issues[0]).toMatchObject({ line: 1, column: 7, pointer: '/a' });
    expect(sourceOf('two-values.json', '{}\n{}').issues[0]).toMatchObject({ line: 2, column: 1, message: expect.objectContaining({ zh: expect.stringContaining('应为文件结尾') }) });
  });

  it('reports a folder where a file should be, and a missing file unless it is optional', () => {
    const folder = join(temp.root, 'is-a-folder.json');
    mkdirSync(folder);
    expect(readJsonSource(folder).issues).toEqual([expect.objectContaining({ file: folder, code: 'FILE_UNREADABLE' })]);
    const missing = join(temp.root, 'missing.json');
    expect(readJsonSource(missing).issues).toEqual([expect.objectContaining({ file: missing, code: 'FILE_MISSING' })]);
    expect(readJsonSource(missing, { optional: true })).toEqual({ issues: [] });
  });

  it('reads "__proto__" as plain data without touching any prototype', () => {
    const { source, issues } = sourceOf('proto.json', '{"__proto__": {"polluted": true}}');
    expect(issues).toEqual([]);
    expect(Object.getPrototypeOf(source?.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

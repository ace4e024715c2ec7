import { isAppError } from '@sanxiang/errors';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from './form-types.ts';
import { SCHEMA_LIMITS } from './limits.ts';
import { checkFormSchema, validateSubmission } from './server.ts';
import type { FormSchemaIssueCode } from './schema-guard.ts';

const field = (extra: JsonObject): JsonObject => ({ type: 'object', title: '表', properties: { a: { type: 'string', title: '甲', ...extra } } });

function codes(schema: unknown): FormSchemaIssueCode[] {
  return checkFormSchema(schema).map((issue) => issue.code);
}

/** {"type":"object","properties":{"x":{…}}} nested `depth` times, built without recursion. */
function nested(depth: number): JsonObject {
  const root: JsonObject = { type: 'object', title: '深' };
  let node = root;
  for (let level = 0; level < depth; level += 1) {
    const child: JsonObject = { type: 'object' };
    node['properties'] = { x: child };
    node = child;
  }
  return root;
}

describe('checkFormSchema refuses hostile schemas, each with its place and a way out', () => {
  it.each([
    ['a remote $ref', field({ $ref: 'https://evil.example/schema.json' }), 'REMOTE_REF', '/properties/a/$ref'],
    ['a $ref to another file', field({ $ref: 'definitions.json#/x' }), 'REMOTE_REF', '/properties/a/$ref'],
    ['a $ref that is not a string', field({ $ref: { evil: true } }), 'REMOTE_REF', '/properties/a/$ref'],
    ['$data in a keyword', { type: 'object', properties: { a: { type: 'number', maximum: { $data: '1/b' } }, b: { type: 'number' } } }, 'DATA_REF', '/properties/a/maximum/$data'],
    ['$async', { type: 'object', $async: true, properties: {} }, 'ASYNC', '/$async'],
    ['$id', { type: 'object', $id: 'https://evil.example/x', properties: {} }, 'SCHEMA_ID', '/$id'],
    ['a nested $schema', field({ $schema: 'http://json-schema.org/draft-07/schema#' }), 'META_SCHEMA', '/properties/a/$schema'],
    ['draft 2020-12', { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: {} }, 'META_SCHEMA', '/$schema'],
    ['a catastrophic pattern', field({ maxLength: 100, pattern: '^(a+)+$' }), 'UNSAFE_PATTERN', '/properties/a/pattern'],
    ['a backreference', field({ maxLength: 100, pattern: '^(a)\\1$' }), 'UNSAFE_PATTERN', '/properties/a/pattern'],
    ['a pattern without maxLength', field({ pattern: '^[0-9]+$' }), 'PATTERN_WITHOUT_MAX_LENGTH', '/properties/a/pattern'],
    ['a pattern over too long a field', field({ pattern: '^[0-9]+$', maxLength: 5000 }), 'PATTERN_WITHOUT_MAX_LENGTH', '/properties/a/pattern'],
    ['an unsafe property-name pattern', { type: 'object', patternProperties: { '^(x|x)*$': { type: 'string' } } }, 'UNSAFE_PATTERN', '/patternProperties/^(x|x)*$'],
    ['an unknown format', field({ format: 'uri' }), 'UNKNOWN_FORMAT', '/properties/a/format'],
    ['uniqueItems without maxItems', { type: 'object', properties: { l: { type: 'array', uniqueItems: true, items: { type: 'string' } } } }, 'UNIQUE_WITHOUT_MAX_ITEMS', '/properties/l/uniqueItems'],
    ['a root that is not an object form', { type: 'array', items: { type: 'string' } }, 'NOT_OBJECT', ''],
    ['a function inside', field({ default: () => 1 }), 'NOT_JSON', '/properties/a/default'],
    ['NaN inside', field({ maxLength: Number.NaN }), 'NOT_JSON', '/properties/a/maxLength'],
  ])('%s', (_, schema, code, pointer) => {
    const issues = checkFormSchema(schema);
    expect(issues.map((issue) => [issue.code, issue.pointer])).toContainEqual([code, pointer]);
    for (const issue of issues) {
      expect(issue.zh).toMatch(/\p{Script=Han}/u);
      expect(issue.en).toMatch(/^At /u);
    }
  });

  it.each([null, undefined, 42, 'schema', [], true])('refuses %s as a schema', (schema) => {
    expect(codes(schema)).toEqual(['NOT_OBJECT']);
  });

  it('stops a 10,000-level schema at the depth cap, after a few dozen steps', () => {
    const issues = checkFormSchema(nested(10_000));
    expect(issues.map((issue) => issue.code)).toEqual(['TOO_DEEP']);
    expect(issues[0]?.pointer.split('/').length).toBe(SCHEMA_LIMITS.maxDepth + 1);
  });

  it('refuses a schema with too many values, and one with too much text', () => {
    const properties: JsonObject = {};
    for (let index = 0; index < 30_000; index += 1) properties[`f${index}`] = { type: 'string' };
    expect(codes({ type: 'object', properties })).toEqual(['TOO_LARGE']);
    expect(codes({ type: 'object', title: 'x'.repeat(SCHEMA_LIMITS.maxChars + 1), properties: { a: { type: 'string' } } })).toEqual(['TOO_LARGE']);
  });

  it('refuses an object that contains itself instead of looping', () => {
    const schema: JsonObject = { type: 'object', properties: {} };
    schema['properties'] = { self: schema };
    expect(codes(schema)).toEqual(['TOO_DEEP']);
  });

  it('refuses what Ajv\'s strict mode refuses: unknown keywords, wrong types, ignored keywords', () => {
    expect(codes(field({ enumNames: ['x'] }))).toEqual(['COMPILE']);
    expect(codes(field({ type: 'text' }))).toEqual(['COMPILE']);
    expect(codes({ type: 'object', properties: { a: { minLength: 2 } } })).toEqual(['COMPILE']);
    expect(checkFormSchema(field({ enumNames: ['x'] }))[0]?.zh).toContain('unknown keyword: "enumNames"');
  });

  it('accepts a plain form, a local $ref and draft-07 at the root', () => {
    expect(checkFormSchema({
      $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', title: '表',
      definitions: { officer: { type: 'object', properties: { name: { type: 'string', title: '姓名', maxLength: 20, pattern: '^[^0-9]+$' } } } },
      properties: { lead: { $ref: '#/definitions/officer' }, when: { type: 'string', format: 'date' }, tags: { type: 'array', uniqueItems: true, maxItems: 10, items: { type: 'string' } } },
    })).toEqual([]);
  });

  it('keeps a property called $data or $ref apart from the keywords', () => {
    expect(checkFormSchema({ type: 'object', properties: { $data: { type: 'string', title: '数据' }, $ref: { type: 'string', title: '引用' } } })).toEqual([]);
  });
});

describe('validateSubmission with a refused schema', () => {
  it('throws CONFIG_INVALID with the issues, never a crash, and never compiles the catastrophic pattern', () => {
    const hostile = field({ pattern: '^(a+)+$', maxLength: 100 });
    let thrown: unknown;
    try {
      validateSubmission(hostile, { a: `${'a'.repeat(40)}!` });
    } catch (error) {
      thrown = error;
    }
    expect(isAppError(thrown)).toBe(true);
    if (!isAppError(thrown)) return;
    expect(thrown.code).toBe('CONFIG_INVALID');
    expect(thrown.text.zh).toContain('请部门管理员修改表单文件');
    expect(thrown.details).toMatchObject({ issues: [{ code: 'UNSAFE_PATTERN', pointer: '/properties/a/pattern' }] });
  });
});

describe('properties of the schema check', () => {
  const KEYWORDS = ['type', 'properties', 'items', 'required', 'enum', 'const', 'format', 'pattern', 'maxLength', 'minimum', 'title', '$ref', '$data', '$id', 'allOf', 'oneOf', 'if', 'then', 'additionalProperties', 'uniqueItems', 'maxItems', 'patternProperties', 'definitions'];
  const keywordish: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), fc.dictionary(fc.constantFrom(...KEYWORDS), tie('node'), { maxKeys: 4 })),
  })).node;

  it('never throws on any schema, and validateSubmission throws nothing but AppError', () => {
    fc.assert(fc.property(keywordish, fc.jsonValue({ maxDepth: 3 }), (field, data) => {
      const schema = { type: 'object', title: '表', properties: { a: field } };
      expect(Array.isArray(checkFormSchema(schema))).toBe(true);
      try {
        validateSubmission(schema, { a: data });
      } catch (error) {
        expect(isAppError(error) && error.code).toBe('CONFIG_INVALID');
      }
    }), { numRuns: 1_000 });
  });

  it('accepts no schema the guard refuses, whatever else it holds', () => {
    fc.assert(fc.property(keywordish, fc.constantFrom({ $ref: 'https://evil.example/x' }, { $data: '/x' }, { pattern: '(a+)+$', maxLength: 10 }), (field, hostile) => {
      const schema = { type: 'object', title: '表', properties: { a: field, b: { type: 'string', ...hostile } } };
      expect(checkFormSchema(schema).length).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });
});

import { AppError, isAppError } from '@sanxiang/errors';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from './form-types.ts';
import { nationalForm } from './fixtures/repository-forms.ts';
import { DATA_LIMITS } from './limits.ts';
import { assertSubmission, cachedValidators, clearValidatorCache, validateSubmission } from './server.ts';
import { compileStrict } from './strict-ajv.ts';

const seizure = nationalForm('seizure-record');
const SEIZURE_OVERLAY = { required: ['inventory', 'avRecordId', 'partySignature'], visible: ['inventory', 'avRecordId', 'partySignature'] };
const record: JsonObject = {
  decisionNumber: '邵市监扣〔2025〕3号', measure: 'DETAIN', approval: 'APPROVED_BEFORE', startedAt: '2025-03-20T09:30:00+08:00', place: '邵阳市大祥区某仓库',
  officers: [{ name: '张三', certificateNumber: '43000001' }, { name: '李四', certificateNumber: '43000002' }],
  credentialsShown: true, partyNotified: true, partyPresent: true, partyName: '某商贸有限公司', reasonsInformed: true, periodDays: 30, officerSignatures: true,
};
const complete: JsonObject = { ...record, inventory: [{ name: '白酒', quantity: 12, unit: '箱' }], avRecordId: 'AV-2025-0031', partySignature: 'SIGNED' };

describe('validateSubmission on the national seizure record', () => {
  it('accepts a complete record under the seizure overlay', () => {
    expect(validateSubmission(seizure.schema, complete, { overlay: SEIZURE_OVERLAY })).toEqual({ valid: true, issues: [] });
  });

  it('refuses a record whose client skipped the fields the engine requires, naming each by its title', () => {
    // The same data passes without the overlay: the requirement comes from the facts, and the server applies it itself.
    expect(validateSubmission(seizure.schema, record).valid).toBe(true);
    const result = validateSubmission(seizure.schema, { ...record, inventory: [] }, { overlay: SEIZURE_OVERLAY });
    expect(result.issues.map((issue) => [issue.pointer, issue.keyword, issue.zh])).toEqual([
      ['/avRecordId', 'required', '「音像记录编号」未填写：这是必填项，请填写'],
      ['/partySignature', 'required', '「当事人签名情况」未填写：这是必填项，请填写'],
      ['/inventory', 'minItems', '「查封（扣押）清单」至少应填写 1 项，请添加'],
    ]);
  });

  it('names fields in English from the uiSchema, and points at the field inside a list', () => {
    const result = validateSubmission(seizure.schema, { ...complete, inventory: [{ quantity: 1, unit: '箱' }] }, { overlay: SEIZURE_OVERLAY, uiSchema: seizure.uiSchema });
    expect(result.issues).toEqual([{ pointer: '/inventory/0/name', keyword: 'required', zh: '「查封（扣押）清单 › 第 1 项 › 物品名称」未填写：这是必填项，请填写', en: '"Inventory › item 1 › Name" is empty: it is required, please fill it in' }]);
  });

  it('refuses an overlay naming a field the tenant\'s form lacks, as the tenant\'s problem', () => {
    expect(() => validateSubmission(seizure.schema, complete, { overlay: { required: ['inventoryList'], visible: [] } })).toThrow(AppError);
    try {
      validateSubmission(seizure.schema, complete, { overlay: { required: ['inventoryList'], visible: [] } });
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('CONFIG_INVALID');
      expect(isAppError(error) && error.details).toEqual({ unknownFields: ['inventoryList'] });
    }
  });

  it('assertSubmission returns the data, or throws BAD_INPUT with the issues', () => {
    expect(assertSubmission(seizure.schema, complete, { overlay: SEIZURE_OVERLAY })).toBe(complete);
    let thrown: unknown;
    try {
      assertSubmission(seizure.schema, { ...complete, periodDays: 45 });
    } catch (error) {
      thrown = error;
    }
    expect(isAppError(thrown) && thrown.code).toBe('BAD_INPUT');
    expect(isAppError(thrown) && thrown.text.zh).toBe('表单有 1 处需要修改：「查封（扣押）期限（日）」超出范围：应不大于 30，请修改');
  });
});

describe('validateSubmission with hostile data', () => {
  function deep(depth: number): unknown {
    let value: unknown = 'bottom';
    for (let level = 0; level < depth; level += 1) value = [value];
    return value;
  }

  it.each([
    ['10,000 levels of nesting', { ...complete, inventory: deep(10_000) }, 'maxDepth'],
    ['a million-item list', { ...complete, inventory: new Array<unknown>(1_000_000).fill(0) }, 'maxSize'],
    ['a 200,000-character string', { ...complete, place: 'x'.repeat(200_000) }, 'maxLength'],
    ['a Date', { ...complete, startedAt: new Date() }, 'type'],
    ['a Map', { ...complete, inventory: new Map() }, 'type'],
    ['a BigInt', { ...complete, periodDays: 10n }, 'type'],
    ['NaN', { ...complete, periodDays: Number.NaN }, 'type'],
    ['Infinity', { ...complete, periodDays: Number.POSITIVE_INFINITY }, 'type'],
    ['a function', { ...complete, place: () => 'x' }, 'type'],
    ['a class instance', { ...complete, inventory: [new (class Item { name = 'x'; })()] }, 'type'],
    ['undefined inside a list', { ...complete, officers: [undefined, undefined] }, 'type'],
    ['a field name of 10,000 characters', { ...complete, ['k'.repeat(10_000)]: 1 }, 'maxKeyLength'],
  ])('%s is an issue, not a crash', (_, data, keyword) => {
    const result = validateSubmission(seizure.schema, data, { overlay: SEIZURE_OVERLAY });
    expect(result.valid).toBe(false);
    expect(result.issues.map((issue) => issue.keyword)).toEqual([keyword]);
    expect(result.issues[0]?.zh).toMatch(/^提交的数据/u);
  });

  it.each([null, 'text', 42, [], true])('refuses %s as a whole submission', (data) => {
    const result = validateSubmission(seizure.schema, data);
    expect(result.valid).toBe(false);
    expect(result.issues[0]?.keyword).toBe('type');
  });

  it('does not let "__proto__" reach the prototype, and refuses it as an undeclared field', () => {
    const data: unknown = JSON.parse(`{"__proto__": {"polluted": true}, "inventory": [{"name": "x", "quantity": 1, "unit": "箱", "__proto__": {"admin": true}}]}`);
    const schema = { type: 'object', title: '表', additionalProperties: false, properties: { inventory: seizure.schema['properties'] && (seizure.schema['properties'] as JsonObject)['inventory'] } };
    const result = validateSubmission(schema, data);
    expect(result.valid).toBe(false);
    expect(result.issues.map((issue) => issue.keyword)).toEqual(['additionalProperties', 'additionalProperties']);
    expect(({} as JsonObject)['polluted']).toBeUndefined();
  });

  it('treats a JavaScript client\'s undefined field as absent', () => {
    expect(validateSubmission(seizure.schema, { ...complete, witness: undefined }, { overlay: SEIZURE_OVERLAY }).valid).toBe(true);
  });

  it('caps the issues a person has to read', () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`extra${index}`, index]));
    const result = validateSubmission({ type: 'object', title: '表', additionalProperties: false, properties: {} }, many);
    expect(result.issues).toHaveLength(200);
  });
});

describe('the strict validator', () => {
  it('never lets a pattern see more than the cap, whatever the schema', () => {
    // The guard makes every patterned field declare maxLength ≤ 1,000; the regex engine holds the line on its own.
    const validate = compileStrict({ type: 'string', pattern: '^a+$' });
    expect(validate('a'.repeat(DATA_LIMITS.maxKeyLength))).toBe(true);
    expect(validate('a'.repeat(1_000))).toBe(true);
    expect(validate('a'.repeat(1_001))).toBe(false);
  });

  it('keeps two patterns apart (Ajv caches patterns by their text)', () => {
    const validate = compileStrict({ type: 'object', properties: { a: { type: 'string', pattern: '^a$' }, b: { type: 'string', pattern: '^b$' } } });
    expect(validate({ a: 'a', b: 'b' })).toBe(true);
    expect(validate({ a: 'b', b: 'a' })).toBe(false);
  });

  it('compiles a schema once per overlay, however many submissions', () => {
    clearValidatorCache();
    for (let round = 0; round < 5; round += 1) {
      validateSubmission(seizure.schema, complete);
      validateSubmission(structuredClone(seizure.schema), complete, { overlay: SEIZURE_OVERLAY });
    }
    expect(cachedValidators()).toBe(2);
  });

  it('checks dates and times itself, as the browser does', () => {
    const schema = { type: 'object', properties: { d: { type: 'string', format: 'date' }, t: { type: 'string', format: 'date-time' } } };
    expect(validateSubmission(schema, { d: '2024-02-29', t: '2025-03-20T09:30:00.000Z' }).valid).toBe(true);
    expect(validateSubmission(schema, { d: '2025-02-29' }).issues.map((issue) => issue.keyword)).toEqual(['format']);
    expect(validateSubmission(schema, { t: '2025-03-20T09:30:00' }).issues.map((issue) => issue.keyword)).toEqual(['format']);
    expect(validateSubmission(schema, { t: '2025-03-20T24:30:00Z' }).issues.map((issue) => issue.keyword)).toEqual(['format']);
  });
});

// A small form whose every rule an independent oracle below restates, field by field.
const MODEL = {
  type: 'object', title: '模型', required: ['name', 'days'], additionalProperties: false,
  properties: {
    name: { type: 'string', title: '名称', minLength: 1, maxLength: 10 },
    code: { type: 'string', title: '编码', maxLength: 18, pattern: '^[0-9A-Z]{18}$' },
    days: { type: 'integer', title: '天数', minimum: 1, maximum: 30 },
    kind: { type: 'string', title: '类型', enum: ['A', 'B'] },
    day: { type: 'string', title: '日期', format: 'date' },
    ok: { type: 'boolean', title: '确认', const: true },
    items: { type: 'array', title: '清单', maxItems: 3, items: { type: 'object', title: '项', required: ['n'], additionalProperties: false, properties: { n: { type: 'string', title: '品名', maxLength: 5 } } } },
  },
};

/** One field of a generated submission: its value (or absent) and whether the model forbids it. */
type Draw = { value?: unknown; bad: boolean };
const absent = (bad: boolean): fc.Arbitrary<Draw> => fc.constant({ bad });
const good = (arbitrary: fc.Arbitrary<unknown>): fc.Arbitrary<Draw> => arbitrary.map((value) => ({ value, bad: false }));
const bad = (arbitrary: fc.Arbitrary<unknown>): fc.Arbitrary<Draw> => arbitrary.map((value) => ({ value, bad: true }));
const CODE = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const codeChars = (min: number, max: number) => fc.array(fc.constantFrom(...CODE), { minLength: min, maxLength: max }).map((chars) => chars.join(''));
const isoDay = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

const FIELDS: Record<string, fc.Arbitrary<Draw>> = {
  name: fc.oneof(absent(true), good(fc.string({ minLength: 1, maxLength: 10 })), bad(fc.constant('')), bad(fc.string({ minLength: 11, maxLength: 30 })), bad(fc.integer())),
  code: fc.oneof(absent(false), good(codeChars(18, 18)), bad(codeChars(0, 17)), bad(codeChars(18, 18).map((text) => `${text.slice(0, 17)}a`))),
  days: fc.oneof(absent(true), good(fc.integer({ min: 1, max: 30 })), bad(fc.integer({ min: -1_000, max: 0 })), bad(fc.integer({ min: 31, max: 10_000 })), bad(fc.constant(1.5)), bad(fc.constant('5'))),
  kind: fc.oneof(absent(false), good(fc.constantFrom('A', 'B')), bad(fc.string().filter((text) => text !== 'A' && text !== 'B'))),
  day: fc.oneof(absent(false), good(isoDay), bad(fc.constantFrom('2025-02-29', '2025-13-01', '2025-04-31', 'yesterday', '2025-3-1', ''))),
  ok: fc.oneof(absent(false), good(fc.constant(true)), bad(fc.constantFrom(false, 'true', 1, null))),
  items: fc.oneof(
    absent(false),
    good(fc.array(fc.record({ n: fc.string({ maxLength: 5 }) }), { maxLength: 3 })),
    bad(fc.array(fc.record({ n: fc.string({ maxLength: 5 }) }), { minLength: 4, maxLength: 6 })),
    bad(fc.array(fc.record({ n: fc.string({ maxLength: 5 }), extra: fc.integer() }), { minLength: 1, maxLength: 3 })),
    bad(fc.constant([{}])),
  ),
};

describe('properties of the server\'s validation', () => {
  it('accepts exactly what the model allows, and points at every field it refuses', () => {
    fc.assert(fc.property(fc.record(FIELDS), fc.option(fc.string({ minLength: 1, maxLength: 8 }).filter((key) => !(key in FIELDS) && key !== '__proto__')), (draws, extraKey) => {
      const data: JsonObject = {};
      for (const [name, draw] of Object.entries(draws)) if ('value' in draw) data[name] = draw.value;
      if (extraKey !== null) data[extraKey] = 1;
      const forbidden = Object.entries(draws).filter(([, draw]) => draw.bad).map(([name]) => name);
      const result = validateSubmission(MODEL, data);
      expect(result.valid).toBe(forbidden.length === 0 && extraKey === null);
      const pointers = result.issues.map((issue) => issue.pointer);
      for (const name of forbidden) expect(pointers.some((pointer) => pointer === `/${name}` || pointer.startsWith(`/${name}/`)), name).toBe(true);
      for (const issue of result.issues) expect(issue.zh).toMatch(/「.+」/u);
    }), { numRuns: 1_000 });
  });

  it('never throws and never accepts data outside the schema, whatever a client sends', () => {
    const declared = new Set(Object.keys(MODEL.properties));
    const anything = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, maxDepth: 6 });
    const nearlyValid = fc.record({ name: anything, days: anything, items: anything }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(anything, nearlyValid), (data) => {
      const result = validateSubmission(MODEL, data);
      if (!result.valid) return;
      // Whatever passed is plain JSON that the model allows: checked here without Ajv.
      expect(JSON.parse(JSON.stringify(data))).toEqual(data);
      const object = data as JsonObject;
      expect(Object.keys(object).every((key) => declared.has(key))).toBe(true);
      expect(typeof object['name'] === 'string' && object['name'].length >= 1 && object['name'].length <= 10).toBe(true);
      expect(Number.isInteger(object['days']) && Number(object['days']) >= 1 && Number(object['days']) <= 30).toBe(true);
    }), { numRuns: 2_000 });
  });

  it('never throws on arbitrary JSON against the real seizure record', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), fc.dictionary(fc.constantFrom('inventory', 'officers', 'periodDays', 'partySignature', 'startedAt', 'place'), fc.jsonValue({ maxDepth: 3 })), (json, fields) => {
      expect(() => validateSubmission(seizure.schema, json, { overlay: SEIZURE_OVERLAY, uiSchema: seizure.uiSchema })).not.toThrow();
      const result = validateSubmission(seizure.schema, { ...complete, ...fields }, { overlay: SEIZURE_OVERLAY });
      for (const issue of result.issues) expect(issue.pointer === '' || issue.pointer.startsWith('/')).toBe(true);
    }), { numRuns: 500 });
  });
});

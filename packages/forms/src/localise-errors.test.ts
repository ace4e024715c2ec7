import type { RJSFValidationError } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from './form-types.ts';
import { nationalForm } from './fixtures/repository-forms.ts';
import { issuesToErrorSchema, localiseErrors } from './localise-errors.ts';
import { applyOverlay } from './overlay.ts';

// The errors come from RJSF's own ajv8 validator, as CaseForm gets them, so the test breaks if RJSF changes their shape.
const validator = customizeValidator();
const seizure = nationalForm('seizure-record');
const applied = applyOverlay(seizure.schema, seizure.uiSchema, { required: ['inventory', 'partySignature'], visible: [] });

function rjsfErrors(data: JsonObject): RJSFValidationError[] {
  return validator.validateFormData(data, applied.schema).errors;
}

const base: JsonObject = {
  decisionNumber: '邵市监扣〔2025〕3号', measure: 'DETAIN', approval: 'APPROVED_BEFORE', startedAt: '2025-03-20T09:30:00+08:00', place: '邵阳市大祥区某仓库',
  officers: [{ name: '张三', certificateNumber: '43000001' }, { name: '李四', certificateNumber: '43000002' }],
  credentialsShown: true, partyNotified: true, partyPresent: true, partyName: '某商贸有限公司', reasonsInformed: true, periodDays: 30, officerSignatures: true,
  inventory: [{ name: '白酒', quantity: 12, unit: '箱' }], partySignature: 'SIGNED',
};

function messages(data: JsonObject, language: 'zh-CN' | 'en' = 'zh-CN'): string[] {
  return localiseErrors(rjsfErrors(data), applied.schema, seizure.uiSchema, language).map((error) => error.message ?? '');
}

describe('localiseErrors', () => {
  it('accepts a complete record (the fixture is valid)', () => {
    expect(rjsfErrors(base)).toEqual([]);
  });

  it('names a missing field by its Chinese title and says what to do', () => {
    const { partyName: _, ...data } = base;
    expect(messages(data)).toEqual(['「当事人姓名或者名称」未填写：这是必填项，请填写']);
  });

  it('names the field in English under language en', () => {
    const { partyName: _, ...data } = base;
    expect(messages(data, 'en')).toEqual(['"Name of the party" is empty: it is required, please fill it in']);
  });

  it('names a field inside a list by the list, the item and the field', () => {
    expect(messages({ ...base, inventory: [{ name: '白酒', quantity: 12, unit: '箱' }, { quantity: 0, unit: '瓶' }] })).toEqual([
      '「查封（扣押）清单 › 第 2 项 › 物品名称」未填写：这是必填项，请填写',
      '「查封（扣押）清单 › 第 2 项 › 数量」超出范围：应大于 0，请修改',
    ]);
  });

  it('asks for at least one inventory entry when the overlay requires the inventory', () => {
    expect(messages({ ...base, inventory: [] })).toEqual(['「查封（扣押）清单」至少应填写 1 项，请添加']);
  });

  it('explains limits, formats, options and confirmations', () => {
    expect(messages({ ...base, periodDays: 31, startedAt: '2025-03-20', measure: 'BURN', credentialsShown: false })).toEqual(expect.arrayContaining([
      '「查封（扣押）期限（日）」超出范围：应不大于 30，请修改',
      '「实施时间」格式不对：应为日期和时间，例如 2025-03-20T09:30:00+08:00',
      '「强制措施」应从给定的选项中选择',
      '「已出示执法身份证件」尚未确认：请勾选确认',
    ]));
  });

  it('drops the "if" error and keeps the "then" it stands for', () => {
    const errors = localiseErrors(rjsfErrors({ ...base, partySignature: 'REFUSED' }), applied.schema, seizure.uiSchema, 'zh-CN');
    expect(errors.map((error) => [error.name, error.message])).toEqual([['required', '「拒绝签名情况说明」未填写：这是必填项，请填写']]);
    // RJSF puts the error under its field by `property`, which must survive.
    expect(errors[0]?.property).toBe('refusalNote');
    expect(errors[0]?.stack).toBe(errors[0]?.message);
  });

  it('falls back to ajv-i18n\'s Chinese for keywords without a sentence of its own', () => {
    const out = localiseErrors([{ name: 'contains', property: '.inventory', message: 'must contain at least 1 valid item(s)', params: { minContains: 1 }, stack: '' }], applied.schema, seizure.uiSchema, 'zh-CN');
    expect(out[0]?.message).toBe('「查封（扣押）清单」应当包含一个有效项');
  });
});

describe('issuesToErrorSchema', () => {
  it('puts each server issue under the field its pointer names', () => {
    const tree = issuesToErrorSchema([
      { pointer: '/inventory/1/name', keyword: 'required', zh: '「物品名称」未填写', en: '"Name" is empty' },
      { pointer: '', keyword: 'maxSize', zh: '提交的数据过大', en: 'The submitted data is too large' },
      { pointer: '/a~1b/__errors', keyword: 'type', zh: '类型不对', en: 'wrong type' },
    ], 'zh-CN');
    expect(tree).toEqual({ __errors: ['提交的数据过大'], inventory: { 1: { name: { __errors: ['「物品名称」未填写'] } } }, 'a/b': { __errors: ['类型不对'] } });
  });
});

describe('field labels with odd references', () => {
  it('falls back to the field name when a $ref cannot be followed', () => {
    const schema = { type: 'object', title: '表', properties: { a: { $ref: '#/definitions/%E0%A4%A' }, b: { $ref: '#/definitions/missing' } } };
    const out = localiseErrors([
      { name: 'required', property: '.a.x', message: 'must have required property', params: { missingProperty: 'x' }, stack: '' },
      { name: 'type', property: '.b', message: 'must be string', params: { type: 'string' }, stack: '' },
    ], schema, undefined, 'zh-CN');
    expect(out.map((error) => error.message)).toEqual(['「a › x」未填写：这是必填项，请填写', '「b」填写的类型不对：应为文字']);
  });
});

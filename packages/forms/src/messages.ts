import type { ErrorObject } from 'ajv';
import localizeZh from 'ajv-i18n/localize/zh/index.js';
import type { LocalText } from './form-types.ts';

// One catalogue of validation messages for the browser and the server, so an officer reads the same sentence
// whichever side caught the problem. Each names the field by its label and says what to do.

type Params = Readonly<Record<string, unknown>>;

const TYPE_NAMES: Record<string, LocalText> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是或否', en: 'yes or no' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '一组字段', en: 'a group of fields' },
  null: { zh: '空值', en: 'empty' },
};

const FORMAT_NAMES: Record<string, LocalText> = {
  date: { zh: '日期，例如 2025-03-20', en: 'a date such as 2025-03-20' },
  'date-time': { zh: '日期和时间，例如 2025-03-20T09:30:00+08:00', en: 'a date and time such as 2025-03-20T09:30:00+08:00' },
  time: { zh: '时间，例如 09:30:00+08:00', en: 'a time such as 09:30:00+08:00' },
  email: { zh: '电子邮箱地址', en: 'an email address' },
};

const COMPARISONS: Record<string, LocalText> = {
  '>=': { zh: '不小于', en: 'at least' },
  '>': { zh: '大于', en: 'greater than' },
  '<=': { zh: '不大于', en: 'at most' },
  '<': { zh: '小于', en: 'less than' },
};

function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

function typeNames(value: unknown): LocalText {
  const names = str(value).split(',').map((name) => TYPE_NAMES[name.trim()] ?? { zh: name, en: name });
  return { zh: names.map((name) => name.zh).join('或'), en: names.map((name) => name.en).join(' or ') };
}

/** ajv-i18n's Chinese sentence for a keyword this catalogue does not cover. */
function ajvChinese(keyword: string, params: Params, message: string | undefined): string {
  const error: ErrorObject = { keyword, params: { ...params }, instancePath: '', schemaPath: '', message: message ?? '' };
  localizeZh([error]);
  return error.message ?? '不符合表单要求';
}

export interface MessageContext {
  /** The label of the field the problem is about. */
  label: LocalText;
  /** For `dependencies`: the label of the field whose presence requires this one. */
  trigger?: LocalText;
  /** Ajv's own English message, the fallback for keywords without a sentence here. */
  message?: string;
}

/** The sentence for one failed JSON Schema keyword, in both languages. */
export function describeProblem(keyword: string, params: Params, context: MessageContext): LocalText {
  const { zh: lz, en: le } = context.label;
  const limit = str(params['limit']);
  switch (keyword) {
    case 'required':
      return { zh: `「${lz}」未填写：这是必填项，请填写`, en: `"${le}" is empty: it is required, please fill it in` };
    case 'dependencies':
    case 'dependentRequired': {
      const trigger = context.trigger ?? { zh: str(params['property']), en: str(params['property']) };
      return { zh: `填写了「${trigger.zh}」，还应填写「${lz}」`, en: `"${trigger.en}" is filled in, so "${le}" is required too` };
    }
    case 'minLength':
      return limit === '1'
        ? { zh: `「${lz}」未填写：这是必填项，请填写`, en: `"${le}" is empty: it is required, please fill it in` }
        : { zh: `「${lz}」太短：至少 ${limit} 个字符，请补充`, en: `"${le}" is too short: at least ${limit} characters, please complete it` };
    case 'maxLength':
      return { zh: `「${lz}」太长：最多 ${limit} 个字符，请删减`, en: `"${le}" is too long: at most ${limit} characters, please shorten it` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const comparison = COMPARISONS[str(params['comparison'])] ?? { zh: str(params['comparison']), en: str(params['comparison']) };
      return { zh: `「${lz}」超出范围：应${comparison.zh} ${limit}，请修改`, en: `"${le}" is out of range: it must be ${comparison.en} ${limit}` };
    }
    case 'multipleOf':
      return { zh: `「${lz}」应为 ${str(params['multipleOf'])} 的整数倍，请修改`, en: `"${le}" must be a multiple of ${str(params['multipleOf'])}` };
    case 'type': {
      const expected = typeNames(params['type']);
      return { zh: `「${lz}」填写的类型不对：应为${expected.zh}`, en: `"${le}" has the wrong kind of value: expected ${expected.en}` };
    }
    case 'format': {
      const format = str(params['format']);
      const name = FORMAT_NAMES[format] ?? { zh: `“${format}”格式`, en: `the "${format}" format` };
      return { zh: `「${lz}」格式不对：应为${name.zh}`, en: `"${le}" is not in the right format: expected ${name.en}` };
    }
    case 'pattern':
      return { zh: `「${lz}」格式不符合要求，请按字段下方的说明填写`, en: `"${le}" is not in the expected format: follow the note under the field` };
    case 'enum':
      return { zh: `「${lz}」应从给定的选项中选择`, en: `"${le}" must be one of the listed options` };
    case 'const':
      return params['allowedValue'] === true
        ? { zh: `「${lz}」尚未确认：请勾选确认`, en: `"${le}" is not confirmed: please tick it` }
        : { zh: `「${lz}」应为规定的值：${str(params['allowedValue'])}`, en: `"${le}" must be ${str(params['allowedValue'])}` };
    case 'minItems':
      return { zh: `「${lz}」至少应填写 ${limit} 项，请添加`, en: `"${le}" needs at least ${limit} ${limit === '1' ? 'entry' : 'entries'}: please add ${limit === '1' ? 'one' : 'more'}` };
    case 'maxItems':
      return { zh: `「${lz}」最多 ${limit} 项，请删减`, en: `"${le}" allows at most ${limit} entries: please remove some` };
    case 'uniqueItems': {
      const [i, j] = [Number(params['i']) + 1, Number(params['j']) + 1];
      return { zh: `「${lz}」第 ${j} 项与第 ${i} 项重复，请删除其一`, en: `"${le}": entries ${j} and ${i} are the same, please remove one` };
    }
    case 'additionalProperties':
      return { zh: `「${lz}」含有表单未定义的字段“${str(params['additionalProperty'])}”，请删除后重新提交`, en: `"${le}" holds a field the form does not define ("${str(params['additionalProperty'])}"): remove it and submit again` };
    case 'minProperties':
    case 'maxProperties':
      return { zh: `「${lz}」填写的项数应${keyword === 'minProperties' ? '不少于' : '不多于'} ${limit}`, en: `"${le}" must hold ${keyword === 'minProperties' ? 'at least' : 'at most'} ${limit} fields` };
    case 'oneOf':
    case 'anyOf':
      return { zh: `「${lz}」应符合给定的填写方式之一，请检查`, en: `"${le}" must match one of the allowed ways to fill it in` };
    case 'not':
      return { zh: `「${lz}」填写的内容不被允许，请修改`, en: `"${le}" holds a value that is not allowed: please change it` };
    case 'false schema':
      return { zh: `「${lz}」不应填写，请删除`, en: `"${le}" must be left empty: please remove it` };
    default:
      return { zh: `「${lz}」${ajvChinese(keyword, params, context.message)}`, en: `"${le}" ${context.message ?? 'does not meet the form\'s rules'}` };
  }
}

/**
 * Keywords whose failure only repeats what another error already says (`if` fails because its `then` did), so they
 * are dropped from what a person reads.
 */
export const REDUNDANT_KEYWORDS: ReadonlySet<string> = new Set(['if']);

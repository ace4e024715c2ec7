import type { FactType } from './fact-catalogue.ts';
import type { LocalText } from './issues.ts';

/**
 * What a condition's `value` must be. "fact" means a value of the fact's own type and "facts" an array of them;
 * "thresholdId" the id of a threshold in the effective configuration; "regex" a pattern the safe-regex check passes.
 */
export type ValueType = 'number' | 'string' | 'boolean' | 'number[]' | 'string[]' | 'any' | 'fact' | 'facts' | 'thresholdId' | 'regex';

/** What config needs to know to validate a condition; evaluating it is the engine's job. */
export interface OperatorInfo {
  name: string;
  description: LocalText;
  valueType: ValueType;
  /** The fact types it applies to; any when absent. */
  factTypes?: readonly FactType[];
}

const SCALAR: readonly FactType[] = ['number', 'boolean', 'string', 'enum'];
const NUMBER: readonly FactType[] = ['number'];

/** json-rules-engine's own operators (7.x), without the decorators, which tenant data may not use. */
export const BUILT_IN_OPERATORS: readonly OperatorInfo[] = [
  { name: 'equal', valueType: 'fact', factTypes: SCALAR, description: { zh: '等于', en: 'equals' } },
  { name: 'notEqual', valueType: 'fact', factTypes: SCALAR, description: { zh: '不等于', en: 'does not equal' } },
  { name: 'lessThan', valueType: 'number', factTypes: NUMBER, description: { zh: '小于（不满，不含本数）', en: 'less than (excludes the number)' } },
  { name: 'lessThanInclusive', valueType: 'number', factTypes: NUMBER, description: { zh: '小于或等于（以下，含本数）', en: 'at most (includes the number)' } },
  { name: 'greaterThan', valueType: 'number', factTypes: NUMBER, description: { zh: '大于（超过，不含本数）', en: 'greater than (excludes the number)' } },
  { name: 'greaterThanInclusive', valueType: 'number', factTypes: NUMBER, description: { zh: '大于或等于（以上，含本数）', en: 'at least (includes the number)' } },
  { name: 'in', valueType: 'facts', factTypes: SCALAR, description: { zh: '属于所列值之一', en: 'is one of the listed values' } },
  { name: 'notIn', valueType: 'facts', factTypes: SCALAR, description: { zh: '不属于所列值', en: 'is none of the listed values' } },
  { name: 'contains', valueType: 'string', factTypes: ['string[]'], description: { zh: '列表包含该值', en: 'the list contains the value' } },
  { name: 'doesNotContain', valueType: 'string', factTypes: ['string[]'], description: { zh: '列表不包含该值', en: 'the list does not contain the value' } },
];

/**
 * Operators Sanxiang adds. The threshold operators pick the amount for the case's party type (and business or
 * non-business activity, when the threshold distinguishes them) and honour its inclusive flag, so that a catalogue
 * never restates a province's numbers.
 */
export const SANXIANG_OPERATORS: readonly OperatorInfo[] = [
  {
    name: 'atLeastThreshold', valueType: 'thresholdId', factTypes: NUMBER,
    description: { zh: '达到金额标准：含本数时 ≥，不含本数时 >', en: 'reaches the threshold: ≥ when inclusive, > when exclusive' },
  },
  {
    name: 'withinThreshold', valueType: 'thresholdId', factTypes: NUMBER,
    description: { zh: '在限额以内：含本数时 ≤，不含本数时 <', en: 'within the limit: ≤ when inclusive, < when exclusive' },
  },
  {
    name: 'matchesPattern', valueType: 'regex', factTypes: ['string'],
    description: { zh: '匹配正则表达式（u 模式，须通过安全检查）', en: 'matches a regular expression (u flag, must pass the safety check)' },
  },
];

// @ts-check
// Plain JavaScript (type-checked through JSDoc, see tsconfig `checkJs`) because the render worker imports this file
// and must start under plain Node, tsx and vitest alike; Node 20 cannot load `.ts` in a worker thread.

/** @typedef {{ zh: string, en: string }} BilingualText */

/** A formatter refused its input. The text reaches the officer, so it says which value was wrong in both languages. */
export class FormatterError extends Error {
  /** @param {BilingualText} text */
  constructor(text) {
    super(`${text.zh} / ${text.en}`);
    this.name = 'FormatterError';
    /** @readonly */
    this.text = text;
  }
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const DATE_DIGITS = '〇一二三四五六七八九';
const SMALL_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const MAX_INTEGER_DIGITS = 12; // up to 9999亿: larger amounts never occur in an administrative penalty

/** @param {unknown} value */
function shown(value) {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  try {
    return String(JSON.stringify(value)).slice(0, 40);
  } catch {
    return typeof value;
  }
}

/**
 * Splits an amount of yuan into whole yuan and fen without floating-point arithmetic: numbers are read through their
 * shortest decimal text, so 1234.56 stays 1234.56 and a sum like 0.1 + 0.2 is refused instead of silently rounded.
 * @param {unknown} value
 * @param {string} formatter
 * @returns {{ integer: string, jiao: number, fen: number }}
 */
function splitAmount(value, formatter) {
  let text;
  if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else if (typeof value === 'string') text = value.trim();
  else {
    throw new FormatterError({
      zh: `${formatter} 需要一个金额数字，实际得到 ${shown(value)}。`,
      en: `${formatter} needs an amount, got ${shown(value)}.`,
    });
  }
  if (text.startsWith('-')) {
    throw new FormatterError({ zh: `${formatter}：金额不能为负数（${text}）。`, en: `${formatter}: the amount ${text} is negative.` });
  }
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match || match[1] === undefined) {
    throw new FormatterError({
      zh: `${formatter}：${shown(value)} 不是精确到分的金额。`,
      en: `${formatter}: ${shown(value)} is not an amount in yuan with at most two decimals.`,
    });
  }
  const integer = match[1].replace(/^0+(?=\d)/, '');
  if (integer.length > MAX_INTEGER_DIGITS) {
    throw new FormatterError({ zh: `${formatter}：金额 ${text} 超出范围。`, en: `${formatter}: the amount ${text} is out of range.` });
  }
  const decimals = (match[2] ?? '').padEnd(2, '0');
  return { integer, jiao: Number(decimals[0]), fen: Number(decimals[1]) };
}

/** @param {string} group four digits or fewer, most significant first */
function capitalsOfGroup(group) {
  const units = ['仟', '佰', '拾', ''];
  const digits = group.padStart(4, '0');
  let out = '';
  let zeroPending = false;
  for (let i = 0; i < 4; i += 1) {
    const digit = Number(digits[i]);
    if (digit === 0) {
      zeroPending = out !== '';
      continue;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    out += DIGITS.charAt(digit) + (units[i] ?? '');
  }
  return out;
}

/**
 * 大写金额 as banks and the national document formats write it: 50000 → 伍万元整, 100005 → 壹拾万零伍元整,
 * 1234.56 → 壹仟贰佰叁拾肆元伍角陆分. "壹拾" keeps its 壹 so that nobody can prefix a digit (支付结算办法 附件一).
 * @param {unknown} value yuan, as a number or a decimal string
 */
export function amountInChineseCapitals(value) {
  const { integer, jiao, fen } = splitAmount(value, 'amountInChineseCapitals');
  const sectionUnits = ['', '万', '亿'];
  const groups = [];
  for (let end = integer.length; end > 0; end -= 4) groups.unshift(integer.slice(Math.max(0, end - 4), end));
  let yuan = '';
  let zeroPending = false;
  groups.forEach((group, index) => {
    const unit = sectionUnits[groups.length - 1 - index] ?? '';
    if (Number(group) === 0) {
      zeroPending = yuan !== '';
      return;
    }
    // A gap before this group (a zero group, or leading zeros inside it) is read as one 零.
    if (yuan !== '' && (zeroPending || group.padStart(4, '0').startsWith('0'))) yuan += '零';
    zeroPending = false;
    yuan += capitalsOfGroup(group) + unit;
  });
  if (jiao === 0 && fen === 0) return `${yuan || '零'}元整`;
  let out = yuan ? `${yuan}元` : '';
  if (jiao > 0) out += `${DIGITS.charAt(jiao)}角`;
  else if (yuan) out += '零';
  if (fen > 0) out += `${DIGITS.charAt(fen)}分`;
  return out;
}

/**
 * Thousands separators and two decimals: 50000 → 50,000.00.
 * @param {unknown} value yuan, as a number or a decimal string
 */
export function yuan(value) {
  const { integer, jiao, fen } = splitAmount(value, 'yuan');
  return `${integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${jiao}${fen}`;
}

/**
 * @param {unknown} value
 * @param {string} formatter
 * @returns {{ year: string, month: number, day: number }}
 */
function splitDate(value, formatter) {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  // Only calendar dates: a timestamp would need a time zone to name its day, and a legal document must not guess one.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (!match || probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new FormatterError({
      zh: `${formatter} 需要 YYYY-MM-DD 格式的日期，实际得到 ${shown(value)}。`,
      en: `${formatter} needs a date as YYYY-MM-DD, got ${shown(value)}.`,
    });
  }
  return { year: match[1] ?? '', month, day };
}

/** @param {number} n 1 to 31 */
function smallNumeral(n) {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return SMALL_NUMERALS[ones] ?? '';
  return `${tens === 1 ? '' : SMALL_NUMERALS[tens]}十${SMALL_NUMERALS[ones]}`;
}

/**
 * 2025-10-13 → 二〇二五年十月十三日, the way a decision is dated above the seal.
 * @param {unknown} value
 */
export function chineseDate(value) {
  const { year, month, day } = splitDate(value, 'chineseDate');
  const yearText = [...year].map((digit) => DATE_DIGITS.charAt(Number(digit))).join('');
  return `${yearText}年${smallNumeral(month)}月${smallNumeral(day)}日`;
}

/**
 * 2025-10-13 → 2025年10月13日.
 * @param {unknown} value
 */
export function date(value) {
  const { year, month, day } = splitDate(value, 'date');
  return `${year}年${month}月${day}日`;
}

/** @type {Readonly<Record<string, { type: string, idLabel: string }>>} */
const PARTY_TYPES = Object.freeze({
  INDIVIDUAL: { type: '自然人', idLabel: '公民身份号码' },
  ORGANISATION: { type: '法人或其他组织', idLabel: '统一社会信用代码' },
});

/** @param {unknown} value @param {string} formatter */
function partyTypeEntry(value, formatter) {
  const entry = typeof value === 'string' && Object.hasOwn(PARTY_TYPES, value) ? PARTY_TYPES[value] : undefined;
  if (!entry) {
    throw new FormatterError({
      zh: `${formatter}：当事人类型应为 INDIVIDUAL 或 ORGANISATION，实际得到 ${shown(value)}。`,
      en: `${formatter}: the party type must be INDIVIDUAL or ORGANISATION, got ${shown(value)}.`,
    });
  }
  return entry;
}

/**
 * INDIVIDUAL → 自然人, ORGANISATION → 法人或其他组织.
 * @param {unknown} value
 */
export function partyType(value) {
  return partyTypeEntry(value, 'partyType').type;
}

/**
 * The name of the party's identifier: 公民身份号码 for a person, 统一社会信用代码 for an organisation.
 * @param {unknown} value
 */
export function partyIdLabel(value) {
  return partyTypeEntry(value, 'partyIdLabel').idLabel;
}

/**
 * Joins a list with the enumeration comma 、 (or the separator the template gives).
 * @param {unknown} value
 * @param {unknown} [separator]
 */
export function list(value, separator = '、') {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    throw new FormatterError({
      zh: `list 需要由文字组成的列表，实际得到 ${shown(value)}。`,
      en: `list needs a list of texts, got ${shown(value)}.`,
    });
  }
  return value.join(String(separator));
}

/**
 * For `IF present(path)`: optional data is tested with this, so a missing value is an explicit choice of the
 * template and never "undefined" in a document.
 * @param {unknown} value
 */
export function present(value) {
  if (value === undefined || value === null || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** @param {unknown} value */
export function absent(value) {
  return !present(value);
}

/**
 * The value, or nothing when it is absent: for optional text inside a table cell, where an IF that inserts nothing
 * would make docx-templates drop the whole cell (its rule for conditional columns) and break the table.
 * @param {unknown} value
 */
export function optional(value) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new FormatterError({ zh: `optional 需要文字或数字，实际得到 ${shown(value)}。`, en: `optional needs a text or a number, got ${shown(value)}.` });
}

/**
 * Loop positions count from 0 (`$idx`); documents number items from 1.
 * @param {unknown} value
 */
export function oneBased(value) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new FormatterError({ zh: `oneBased 需要非负整数，实际得到 ${shown(value)}。`, en: `oneBased needs a whole number, got ${shown(value)}.` });
  }
  return value + 1;
}

/**
 * @typedef {object} FormatterSpec
 * @property {(value: unknown, ...literals: Array<string | number>) => unknown} apply
 * @property {number} maxLiterals how many literal arguments may follow the path
 */

/**
 * The whitelist. A null prototype, so that no name such as `constructor` or `toString` can be looked up through it.
 * @type {Readonly<Record<string, FormatterSpec>>}
 */
export const FORMATTERS = Object.freeze(
  Object.assign(Object.create(null), {
    amountInChineseCapitals: { apply: amountInChineseCapitals, maxLiterals: 0 },
    chineseDate: { apply: chineseDate, maxLiterals: 0 },
    date: { apply: date, maxLiterals: 0 },
    yuan: { apply: yuan, maxLiterals: 0 },
    partyType: { apply: partyType, maxLiterals: 0 },
    partyIdLabel: { apply: partyIdLabel, maxLiterals: 0 },
    list: { apply: list, maxLiterals: 1 },
    present: { apply: present, maxLiterals: 0 },
    absent: { apply: absent, maxLiterals: 0 },
    optional: { apply: optional, maxLiterals: 0 },
    oneBased: { apply: oneBased, maxLiterals: 0 },
  }),
);

/** @param {string} name */
export function formatterNamed(name) {
  return Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
}

export const FORMATTER_NAMES = Object.freeze(Object.keys(FORMATTERS));

import { describe, expect, it } from 'vitest';
import {
  absent, amountInChineseCapitals, chineseDate, date, FormatterError, list, oneBased, optional, partyIdLabel, partyType, present, yuan,
} from './formatters.mjs';

describe('amountInChineseCapitals', () => {
  it.each([
    [50000, '伍万元整'],
    [1234.56, '壹仟贰佰叁拾肆元伍角陆分'],
    [100005, '壹拾万零伍元整'],
    [0, '零元整'],
    [10, '壹拾元整'],
    [1010, '壹仟零壹拾元整'],
    [100000000, '壹亿元整'],
    [0.05, '伍分'],
    [0.5, '伍角'],
    [1234.05, '壹仟贰佰叁拾肆元零伍分'],
    [101000, '壹拾万壹仟元整'],
    [100100, '壹拾万零壹佰元整'],
    [1000010, '壹佰万零壹拾元整'],
    [100010000, '壹亿零壹万元整'],
    [100000001, '壹亿零壹元整'],
    [999999999999.99, '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
    ['50000.00', '伍万元整'],
    ['0050000', '伍万元整'],
  ])('%s → %s', (value, expected) => {
    expect(amountInChineseCapitals(value)).toBe(expected);
  });

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY], [0.1 + 0.2], [1.005], ['12.345'], ['1e5'], [1e12], [null], [undefined], ['伍万']])(
    'refuses %s with a bilingual reason',
    (value) => {
      const error = (() => {
        try {
          amountInChineseCapitals(value);
        } catch (caught) {
          return caught;
        }
        return null;
      })();
      expect(error).toBeInstanceOf(FormatterError);
      expect((error as FormatterError).text.zh).toMatch(/amountInChineseCapitals/);
      expect((error as FormatterError).text.en).toMatch(/amountInChineseCapitals/);
    },
  );
});

describe('yuan', () => {
  it.each([[50000, '50,000.00'], [0, '0.00'], [0.05, '0.05'], [1234567.8, '1,234,567.80'], [999, '999.00'], ['1000', '1,000.00'], [100000000, '100,000,000.00']])(
    '%s → %s',
    (value, expected) => {
      expect(yuan(value)).toBe(expected);
    },
  );
  it('refuses negative and imprecise amounts', () => {
    expect(() => yuan(-5)).toThrow(FormatterError);
    expect(() => yuan(0.1 + 0.2)).toThrow(/two decimals/);
  });
});

describe('chineseDate and date', () => {
  it.each([
    ['2025-10-13', '二〇二五年十月十三日', '2025年10月13日'],
    ['2020-01-01', '二〇二〇年一月一日', '2020年1月1日'],
    ['2011-11-30', '二〇一一年十一月三十日', '2011年11月30日'],
    ['2024-02-29', '二〇二四年二月二十九日', '2024年2月29日'],
    ['2009-12-20', '二〇〇九年十二月二十日', '2009年12月20日'],
    ['2025-05-10', '二〇二五年五月十日', '2025年5月10日'],
    ['2025-07-21', '二〇二五年七月二十一日', '2025年7月21日'],
  ])('%s', (value, chinese, arabic) => {
    expect(chineseDate(value)).toBe(chinese);
    expect(date(value)).toBe(arabic);
  });

  it.each([['2025-02-29'], ['2025-13-01'], ['2025-10-13T08:00:00Z'], ['2025/10/13'], [20251013], [null]])('refuses %s', (value) => {
    expect(() => chineseDate(value)).toThrow(FormatterError);
    expect(() => date(value)).toThrow(/YYYY-MM-DD/);
  });
});

describe('party formatters', () => {
  it('names the party type and its identifier', () => {
    expect(partyType('INDIVIDUAL')).toBe('自然人');
    expect(partyType('ORGANISATION')).toBe('法人或其他组织');
    expect(partyIdLabel('INDIVIDUAL')).toBe('公民身份号码');
    expect(partyIdLabel('ORGANISATION')).toBe('统一社会信用代码');
  });
  it.each([['ORGANIZATION'], ['individual'], ['constructor'], ['toString'], [undefined]])('refuses %s', (value) => {
    expect(() => partyType(value)).toThrow(FormatterError);
  });
});

describe('list, present, absent, oneBased', () => {
  it('joins with the enumeration comma or a given separator', () => {
    expect(list(['没收违法所得', '罚款'])).toBe('没收违法所得、罚款');
    expect(list(['a', 'b'], '；')).toBe('a；b');
    expect(list([])).toBe('');
    expect(() => list('罚款')).toThrow(FormatterError);
    expect(() => list([{ name: 'x' }])).toThrow(FormatterError);
  });
  it('treats null, undefined, empty text and empty lists as absent', () => {
    for (const value of [null, undefined, '', []]) {
      expect(present(value)).toBe(false);
      expect(absent(value)).toBe(true);
    }
    for (const value of [0, false, 'x', ['x'], {}]) expect(present(value)).toBe(true);
  });
  it('optional gives nothing for an absent value, and refuses groups', () => {
    expect(optional(null)).toBe('');
    expect(optional(undefined)).toBe('');
    expect(optional('代收')).toBe('代收');
    expect(optional(0)).toBe(0);
    expect(() => optional({ a: 1 })).toThrow(FormatterError);
  });
  it('numbers from one', () => {
    expect(oneBased(0)).toBe(1);
    expect(() => oneBased(-1)).toThrow(FormatterError);
    expect(() => oneBased('0')).toThrow(FormatterError);
  });
});

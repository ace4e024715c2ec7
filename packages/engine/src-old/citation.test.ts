import { describe, expect, it } from 'vitest';
import { chineseNumeral, cite, formatAmount } from './citation.ts';

describe('citations', () => {
  it.each([['十', 10], ['六十三', 63], ['一百二十二', 122], ['第', undefined], ['二百零五', 205]])('reads %s as %s', (text, number) => {
    expect(chineseNumeral(text)).toBe(number);
  });

  it('shortens titles, merges articles of one law and cites documents by number', () => {
    expect(cite([
      { law: '《中华人民共和国行政强制法》', article: '第二十五条' },
      { law: '《中华人民共和国行政强制法》', article: '第二十八条' },
      { document: '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）', section: '三、（二）' },
      { seed: '001' },
      { law: '《中华人民共和国行政强制法》', article: '第二十五条' },
    ])).toEqual({
      zh: '《行政强制法》第二十五条、第二十八条、国办发〔2018〕118号 三、（二）、种子文件 001',
      en: 'Administrative Coercion Law art. 25, art. 28; 国办发〔2018〕118号 三、（二）; seed 001',
    });
  });

  it('names paragraphs and items in English', () => {
    expect(cite([{ law: '《中华人民共和国行政处罚法》', article: '第六十三条第一款第（一）项' }, { seed: '000', section: '二、（二）2' }])).toEqual({
      zh: '《行政处罚法》第六十三条第一款第（一）项、种子文件 000 二、（二）2',
      en: 'Administrative Penalty Law art. 63 para. 1 item (1); seed 000 二、（二）2',
    });
  });

  it.each([[50000, '50,000'], [1234567.891, '1,234,567.89'], [0, '0'], [-2500, '-2,500'], [999, '999']])('formats %d as %s', (amount, text) => {
    expect(formatAmount(amount)).toBe(text);
  });
});

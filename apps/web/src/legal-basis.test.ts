import { describe, expect, it } from 'vitest';
import { citeLaw, readLegalBasis } from './legal-basis.ts';

describe('readLegalBasis', () => {
  it('keeps well-formed provisions and stringifies numeric articles', () => {
    expect(
      readLegalBasis([
        { law: '中华人民共和国食品安全法', article: '第一百二十四条' },
        { law: '中华人民共和国行政处罚法', article: 57 },
      ]),
    ).toEqual([
      { law: '中华人民共和国食品安全法', article: '第一百二十四条' },
      { law: '中华人民共和国行政处罚法', article: '57' },
    ]);
  });

  it('drops entries that name no law, and tolerates a missing article', () => {
    expect(readLegalBasis([{ article: '1' }, null, 'text', { law: '' }, { law: '某条例' }])).toEqual([{ law: '某条例', article: '' }]);
  });

  it('cites a law in book-title marks exactly once', () => {
    expect(citeLaw('中华人民共和国食品安全法')).toBe('《中华人民共和国食品安全法》');
    expect(citeLaw('《中华人民共和国食品安全法》')).toBe('《中华人民共和国食品安全法》');
  });

  it('returns nothing for non-arrays', () => {
    expect(readLegalBasis(null)).toEqual([]);
    expect(readLegalBasis({ law: 'x', article: '1' })).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCodeKey, escapeLikePattern, nameSearchKey, nameSearchTokens, queryTokens } from './search-keys.ts';

/** What the index plus the LIKE recheck find: the query's tokens are all stored, and the key contains the query. */
const matches = (name: string, query: string) => {
  const key = nameSearchKey(name);
  const q = nameSearchKey(query);
  const stored = new Set(nameSearchTokens(key));
  return q.length > 0 && queryTokens(q).every((token) => stored.has(token)) && key.includes(q);
};

describe('name search keys', () => {
  it('folds full-width letters, case and white space', () => {
    expect(nameSearchKey(' ＡＢＣ 食品 有限公司 ')).toBe('abc食品有限公司');
  });

  it('stores every character and every adjacent pair, once', () => {
    expect(nameSearchTokens('张三丰').sort()).toEqual(['三', '三丰', '丰', '张', '张三'].sort());
    expect(nameSearchTokens('哈哈哈').sort()).toEqual(['哈', '哈哈'].sort());
  });

  it('asks for the pairs of a query, or the one character of a one-character query', () => {
    expect(queryTokens('建国')).toEqual(['建国']);
    expect(queryTokens('甲')).toEqual(['甲']);
    expect(queryTokens('宝庆区')).toEqual(['宝庆', '庆区']);
  });

  it('finds a name by exactly its substrings (property)', () => {
    const name = fc.string({ unit: fc.constantFrom('张', '三', '李', '四', '公', '司', 'a', 'B', '1'), minLength: 1, maxLength: 12 });
    fc.assert(fc.property(name, fc.nat(), fc.nat(), (value, start, length) => {
      const chars = Array.from(value);
      const from = start % chars.length;
      const part = chars.slice(from, from + 1 + (length % (chars.length - from))).join('');
      expect(matches(value, part)).toBe(true);
    }));
    fc.assert(fc.property(name, name, (value, query) => {
      expect(matches(value, query)).toBe(nameSearchKey(value).includes(nameSearchKey(query)) && nameSearchKey(query).length > 0);
    }));
  });

  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLikePattern('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });

  it('compares credit codes without case, spaces or hyphens', () => {
    expect(creditCodeKey(' 91430500-ma4l2q8x7 ')).toBe('91430500MA4L2Q8X7');
  });
});

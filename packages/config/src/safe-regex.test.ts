import { describe, expect, it } from 'vitest';
import { checkRegex, MAX_PATTERN_LENGTH } from './safe-regex.ts';

describe('checkRegex', () => {
  it.each([
    '^[0-9]{18}$',
    '^\\d{17}[\\dXx]$',
    '^1[3-9]\\d{9}$',
    '^(SC|JY)\\d{14}$',
    '^[\\p{Script=Han}]{2,20}(市|县|区)$',
    '\\d+(\\.\\d+)?',
    '\\d+\\.?\\d*',
    '.*公司$',
    '^[a-z]+@[a-z]+\\.[a-z]+$',
    '^(a|b)*$',
    '(\\d{3}-){2}\\d{4}',
    '^[^,]+,[^,]+$',
    '\\u{1F600}|\\x41',
  ])('accepts %s', (pattern) => {
    expect(checkRegex(pattern)).toEqual({ safe: true });
  });

  it.each([
    ['(a+)+', 'NESTED_QUANTIFIER'],
    ['(.*)*', 'NESTED_QUANTIFIER'],
    ['^(\\w+\\s?)*$', 'NESTED_QUANTIFIER'],
    ['(a?){30}a{30}', 'NESTED_QUANTIFIER'],
    ['(x+x+)+y', 'NESTED_QUANTIFIER'],
    ['(a|a)*', 'OVERLAPPING_ALTERNATION'],
    ['(a|ab)+c', 'OVERLAPPING_ALTERNATION'],
    ['(\\d|[0-5])+$', 'OVERLAPPING_ALTERNATION'],
    ['(a|)+', 'OVERLAPPING_ALTERNATION'],
    ['(.|\\s)*', 'OVERLAPPING_ALTERNATION'],
    ['a?a?a?a?a?aaaaa', 'AMBIGUOUS_REPEATS'],
    ['.*x.*y', 'AMBIGUOUS_REPEATS'],
    ['.*.*.*=', 'AMBIGUOUS_REPEATS'],
    ['(a)\\1', 'BACKREFERENCE'],
    ['(?<q>a)\\k<q>', 'BACKREFERENCE'],
    ['(?<=a)b', 'LOOKAROUND'],
    ['(?<!a)b', 'LOOKAROUND'],
    ['a(?=b)', 'LOOKAROUND'],
    ['[a-', 'INVALID'],
    ['a{2,1}', 'INVALID'],
    ['a'.repeat(MAX_PATTERN_LENGTH + 1), 'TOO_LONG'],
  ])('rejects %s (%s)', (pattern, reason) => {
    const verdict = checkRegex(pattern);
    expect(verdict).toMatchObject({ safe: false, reason });
    if (!verdict.safe) {
      expect(verdict.message.zh).toMatch(/\p{Script=Han}/u);
      expect(verdict.message.en.length).toBeGreaterThan(10);
    }
  });

  it('accepts a pattern of exactly the maximum length', () => {
    expect(checkRegex('a'.repeat(MAX_PATTERN_LENGTH))).toEqual({ safe: true });
  });

  it('every pattern it accepts in this file also runs fast on a hostile input', () => {
    const hostile = `${'a'.repeat(5_000)}!`;
    for (const pattern of ['\\d+\\.?\\d*', '.*公司$', '^(a|b)*$', '^[^,]+,[^,]+$']) {
      const started = performance.now();
      new RegExp(pattern, 'u').test(hostile);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});

describe('checkRegex on random input', () => {
  it('answers for 20,000 random patterns without throwing, and everything it accepts compiles', () => {
    // A fixed seed keeps the test repeatable; the alphabet is regex syntax plus a few literals.
    let seed = 20_260_401;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const alphabet = ['a', 'b', '中', '(', ')', '[', ']', '{', '}', '*', '+', '?', '|', '^', '$', '.', '\\', 'd', 'w', 's', 'k', '<', '>', '=', '!', ',', '1', '2', '-', ':', 'p', 'u', 'x'];
    for (let index = 0; index < 20_000; index += 1) {
      const length = 1 + Math.floor(random() * 16);
      const pattern = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)] ?? 'a').join('');
      const verdict = checkRegex(pattern);
      if (verdict.safe) expect(() => new RegExp(pattern, 'u')).not.toThrow();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { isMessageKey, LANGUAGES, messages } from './messages.ts';

describe('the web dictionary', () => {
  const zhKeys = Object.keys(messages['zh-CN']).sort();

  it.each(LANGUAGES)('%s names exactly the zh-CN keys', (language) => {
    expect(Object.keys(messages[language]).sort()).toEqual(zhKeys);
  });

  it.each(LANGUAGES)('%s has no empty or untrimmed strings', (language) => {
    const bad = Object.entries(messages[language]).filter(([, text]) => text.trim() === '' || text !== text.trim());
    expect(bad).toEqual([]);
  });

  it('translates rather than copies: English texts contain no Chinese characters', () => {
    const untranslated = Object.entries(messages.en).filter(([, text]) => /\p{Script=Han}/u.test(text));
    expect(untranslated).toEqual([]);
  });

  it('recognises its own keys and nothing else', () => {
    expect(isMessageKey('app.title')).toBe(true);
    expect(isMessageKey('level.NOWHERE')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});

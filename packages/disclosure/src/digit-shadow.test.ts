import { describe, expect, it } from 'vitest';
import { CH_LETTER, CH_OTHER, CH_SEPARATOR, CH_X, classifyCodePoint, foldDigits, scanDigitRuns } from './digit-shadow.ts';

const meaning = (ch: string): number => classifyCodePoint(ch.codePointAt(0) ?? 0);

describe('classifyCodePoint', () => {
  it('reads digits in every form as their value', () => {
    for (const ch of ['7', '７', '𝟕', '٧', '७', '⑦']) expect(meaning(ch)).toBe(7);
  });

  it('knows check characters, separators, letters and the rest', () => {
    for (const ch of ['X', 'x', 'Ｘ', '×']) expect(meaning(ch)).toBe(CH_X);
    for (const ch of [' ', '\u3000', '\n', '-', '－', '—', '.', '。', '·', '(', '）', '\u200b']) expect(meaning(ch)).toBe(CH_SEPARATOR);
    expect(meaning('Ａ')).toBe(CH_LETTER);
    for (const ch of ['电', ',', '元', '*', '\ud800']) expect(meaning(ch)).toBe(CH_OTHER);
  });
});

describe('scanDigitRuns', () => {
  it('keeps an index map from each shadow digit back to the original', () => {
    const text = '电话（０７３９）5201234';
    const [run] = scanDigitRuns(text);
    expect(run?.digits).toBe('07395201234');
    expect(run?.starts.map((at) => text[at]).join('')).toBe('０７３９5201234');
    expect(run?.groupStarts).toEqual([0, 4]);
    expect(run?.separated).toBe(true);
  });

  it('ends a run at an X check character and does not take the X of a word', () => {
    expect(scanDigitRuns('11010519491231002X13807391234').map((r) => r.digits)).toEqual(['11010519491231002X', '13807391234']);
    expect(scanDigitRuns('12345Xiaomi')[0]?.digits).toBe('12345');
  });

  it('notes a leading plus sign', () => {
    const text = '拨 + 86 13807391234';
    expect(scanDigitRuns(text)[0]?.plusAt).toBe(text.indexOf('+'));
  });
});

describe('foldDigits', () => {
  it('drops every separator however many, unlike the scanner', () => {
    expect(foldDigits('１３８      ０７３９\n\n\n\n\n１２３４号')).toBe('13807391234号');
  });
});

import type { LocalText } from './issues.ts';

/** What the parser expected, keyed by jsonc-parser's error name (printParseErrorCode). */
const EXPECTED: Record<string, LocalText> = {
  InvalidSymbol: { zh: '应为合法的 JSON 内容', en: 'expected valid JSON' },
  InvalidNumberFormat: { zh: '应为合法的数字', en: 'expected a valid number' },
  PropertyNameExpected: { zh: '应为带双引号的字段名', en: 'expected a field name in double quotes' },
  ValueExpected: { zh: '应为一个值', en: 'expected a value' },
  ColonExpected: { zh: '应为冒号 ":"', en: 'expected a colon ":"' },
  CommaExpected: { zh: '应为逗号 ","', en: 'expected a comma ","' },
  CloseBraceExpected: { zh: '应为右花括号 "}"', en: 'expected a closing "}"' },
  CloseBracketExpected: { zh: '应为右方括号 "]"', en: 'expected a closing "]"' },
  EndOfFileExpected: {
    zh: '应为文件结尾（一个 JSON 文件只能有一个顶层值）',
    en: 'expected the end of the file (a JSON file holds one top-level value)',
  },
  InvalidCommentToken: { zh: 'JSON 中不允许注释', en: 'comments are not allowed in JSON' },
  UnexpectedEndOfComment: { zh: 'JSON 中不允许注释', en: 'comments are not allowed in JSON' },
  UnexpectedEndOfString: { zh: '应有右双引号结束字符串', en: 'expected a closing double quote' },
  UnexpectedEndOfNumber: { zh: '应为完整的数字', en: 'expected a complete number' },
  InvalidUnicode: { zh: '应为合法的 \\u 转义（4 位十六进制）', en: 'expected a valid \\u escape (4 hex digits)' },
  InvalidEscapeCharacter: { zh: '应为合法的转义字符', en: 'expected a valid escape sequence' },
  InvalidCharacter: {
    zh: '字符串中不允许换行或控制字符',
    en: 'line breaks and control characters are not allowed inside a string',
  },
};

// Chinese input methods produce full-width punctuation that looks right but is not JSON.
const FULL_WIDTH_PUNCTUATION = /[，：；“”‘’｛｝［］、。]/;

export function syntaxMessage(errorName: string, found: string | undefined): LocalText {
  const expected = EXPECTED[errorName] ?? { zh: 'JSON 格式错误', en: 'malformed JSON' };
  const shown = found === undefined ? undefined : `\`${found.replaceAll(/\r?\n|\r/g, '↵')}\``;
  const foundText: LocalText = shown === undefined ? { zh: '文件结尾', en: 'the end of the file' } : { zh: ` ${shown}`, en: shown };
  const hint: LocalText =
    found !== undefined && FULL_WIDTH_PUNCTUATION.test(found)
      ? { zh: '（请改用英文半角标点）', en: ' (use ASCII punctuation instead of full-width)' }
      : { zh: '', en: '' };
  return {
    zh: `JSON 格式错误：${expected.zh}，实际为${foundText.zh}${hint.zh}`,
    en: `JSON syntax error: ${expected.en}, found ${foundText.en}${hint.en}`,
  };
}

export const TRAILING_COMMA_MESSAGE: LocalText = {
  zh: 'JSON 格式错误：最后一项之后不能有逗号，实际为多余的 ","',
  en: 'JSON syntax error: expected no comma after the last entry, found a trailing ","',
};

// @ts-check
// The whole command language a template may use. The upload check and the render worker both parse with this
// file, so a command that reaches docx-templates has been read by the same grammar twice. Plain JavaScript for the
// reason given in formatters.mjs.
import { FORMATTER_NAMES, formatterNamed } from './formatters.mjs';

/** @typedef {import('./formatters.mjs').BilingualText} BilingualText */
/** @typedef {{ kind: 'path', segments: string[] }} PathExpression */
/** @typedef {{ kind: 'call', formatter: string, path: PathExpression, literals: Array<string | number> }} CallExpression */
/** @typedef {PathExpression | CallExpression} Expression */
/**
 * @typedef {{ type: 'INS', expression: Expression }
 *   | { type: 'IF', expression: Expression }
 *   | { type: 'END-IF' }
 *   | { type: 'FOR', variable: string, path: PathExpression }
 *   | { type: 'END-FOR', variable: string }} Command
 */
/** @template T @typedef {{ ok: true, value: T } | { ok: false, reason: BilingualText }} Parsed */

export const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const INDEX = /^(0|[1-9][0-9]{0,8})$/;
const MAX_COMMAND_LENGTH = 300;
// Names of the JavaScript runtime are never data. Refusing them gives the author a clear reason for the classic
// sandbox escapes instead of a puzzling "missing data" at render time.
const RUNTIME_NAMES = new Set(['this', 'globalthis', 'global', 'process', 'require', 'module', 'exports', 'eval',
  'function', 'window', 'self', 'import', 'new', 'async', 'await']);
const QUOTES = /** @type {Record<string, string>} */ ({ "'": "'", '"': '"', '‘': '’', '“': '”' });

/** @param {string} zh @param {string} en @returns {{ ok: false, reason: BilingualText }} */
const fail = (zh, en) => ({ ok: false, reason: { zh, en } });

/**
 * `constructor`, `prototype` and `__proto__` reach the functions behind every object, whatever their case.
 * Anything else starting with `__` names engine or sandbox internals (`__defineGetter__`, docx-templates' `__code__`).
 * @param {string} segment
 */
export function isForbiddenSegment(segment) {
  const lower = segment.toLowerCase();
  return lower === 'constructor' || lower === 'prototype' || lower === '__proto__' || segment.startsWith('__');
}

/** @param {string} segment */
function forbiddenReason(segment) {
  return fail(`不允许访问“${segment}”：constructor、prototype、__proto__ 及以 __ 开头的名称都不能出现在模板中。`,
    `"${segment}" is not allowed: constructor, prototype, __proto__ and names starting with __ never resolve.`);
}

/**
 * Names the first character that takes an expression outside dotted paths, so the author learns what to remove.
 * @param {string} text
 * @returns {{ ok: false, reason: BilingualText } | null}
 */
function disallowedCharacter(text) {
  const found = /[[\]()'"‘’“”`+\-*/%<>=!&|?:~^;{},\s]/.exec(text);
  if (!found) return null;
  const c = found[0];
  if (c === '[' || c === ']') return fail('不允许使用方括号取值，请用点号路径（如 party.name、items.0）。', 'Brackets are not allowed; use a dotted path such as party.name or items.0.');
  if (c === '(' || c === ')') return fail(`只允许调用白名单中的格式化函数：formatter(路径)。可用：${FORMATTER_NAMES.join('、')}。`, `Only whitelisted formatters may be called, as formatter(path). Allowed: ${FORMATTER_NAMES.join(', ')}.`);
  if ('\'"‘’“”`'.includes(c)) return fail('字符串只能作为格式化函数的附加参数出现，不能拼接或单独插入。', 'Strings may only appear as extra formatter arguments; they cannot be inserted or concatenated.');
  if (/\s/.test(c)) return fail('路径中不能有空格。', 'A path cannot contain spaces.');
  if (c === ';' || c === '{' || c === '}' || c === ',') return fail(`不允许使用“${c}”：模板只能引用数据，不能写代码。`, `"${c}" is not allowed: a template refers to data, it cannot contain code.`);
  return fail(`不允许使用运算符“${c}”：模板只能引用数据路径。`, `The operator "${c}" is not allowed: a template can only refer to data paths.`);
}

/**
 * A dotted path: an identifier or `$loopVariable`, then identifiers or numeric indexes.
 * @param {string} source
 * @returns {Parsed<PathExpression>}
 */
export function parsePath(source) {
  const text = source.trim();
  if (text === '') return fail('缺少数据路径。', 'A data path is missing.');
  const segments = text.split('.');
  const forbidden = segments.find(isForbiddenSegment);
  if (forbidden !== undefined) return forbiddenReason(forbidden);
  const bad = disallowedCharacter(text);
  if (bad) return bad;
  for (const [index, segment] of segments.entries()) {
    if (segment === '') return fail(`路径“${text}”中有空的段。`, `The path "${text}" has an empty segment.`);
    const isIndex = index > 0 && INDEX.test(segment);
    if (!isIndex && !IDENTIFIER.test(segment)) {
      return fail(`“${segment}”不是合法的名称（只允许英文字母、数字、_ 和 $，且不能以数字开头）。`,
        `"${segment}" is not a valid name (letters, digits, _ and $, not starting with a digit).`);
    }
    if (index === 0 && RUNTIME_NAMES.has(segment.toLowerCase())) {
      return fail(`“${segment}”是 JavaScript 运行环境的名称，不是数据路径。`, `"${segment}" names the JavaScript runtime, not data.`);
    }
  }
  return { ok: true, value: { kind: 'path', segments } };
}

/**
 * Literal arguments after the path: numbers, or strings in straight or Word's curly quotes, without escapes.
 * @param {string} text the part after the first comma
 * @returns {Parsed<Array<string | number>>}
 */
function parseLiterals(text) {
  /** @type {Array<string | number>} */
  const literals = [];
  let rest = text.trim();
  while (rest !== '') {
    const open = rest[0] ?? '';
    const close = Object.hasOwn(QUOTES, open) ? QUOTES[open] : undefined;
    let consumed;
    if (close !== undefined) {
      const end = rest.indexOf(close, 1);
      if (end < 0) return fail('字符串缺少结束引号。', 'A string is missing its closing quote.');
      literals.push(rest.slice(1, end));
      consumed = end + 1;
    } else {
      const number = /^-?\d{1,15}(\.\d{1,6})?/.exec(rest);
      if (!number) return fail('格式化函数的附加参数只能是数字或带引号的文字。', 'Extra formatter arguments must be numbers or quoted texts.');
      literals.push(Number(number[0]));
      consumed = number[0].length;
    }
    rest = rest.slice(consumed).trim();
    if (rest === '') break;
    if (rest[0] !== ',') return fail('参数之间应以逗号分隔。', 'Arguments must be separated by commas.');
    rest = rest.slice(1).trim();
    if (rest === '') return fail('逗号后缺少参数。', 'An argument is missing after a comma.');
  }
  return { ok: true, value: literals };
}

/**
 * `path` or `formatter(path[, literal…])`.
 * @param {string} source
 * @returns {Parsed<Expression>}
 */
export function parseExpression(source) {
  const text = source.trim();
  if (text.length > MAX_COMMAND_LENGTH) return fail('表达式过长。', 'The expression is too long.');
  const call = /^([A-Za-z_$][A-Za-z0-9_$]*)\s*\(([^()]*)\)$/.exec(text);
  if (!call) return parsePath(text);
  const name = call[1] ?? '';
  const spec = formatterNamed(name);
  if (!spec) {
    return fail(`“${name}”不是允许的格式化函数。可用：${FORMATTER_NAMES.join('、')}。`, `"${name}" is not an allowed formatter. Allowed: ${FORMATTER_NAMES.join(', ')}.`);
  }
  const inner = call[2] ?? '';
  const comma = inner.indexOf(',');
  const path = parsePath(comma < 0 ? inner : inner.slice(0, comma));
  if (!path.ok) return path;
  const literals = comma < 0 ? { ok: /** @type {const} */ (true), value: [] } : parseLiterals(inner.slice(comma + 1));
  if (!literals.ok) return literals;
  if (literals.value.length > spec.maxLiterals) {
    return fail(`${name} 最多接受 ${spec.maxLiterals} 个附加参数。`, `${name} takes at most ${spec.maxLiterals} extra argument(s).`);
  }
  return { ok: true, value: { kind: 'call', formatter: name, path: path.value, literals: literals.value } };
}

/**
 * One command between the delimiters: INS, =, IF, END-IF, FOR … IN, END-FOR. Nothing else.
 * @param {string} source
 * @returns {Parsed<Command>}
 */
export function parseCommand(source) {
  const text = source.trim();
  if (text.length > MAX_COMMAND_LENGTH) return fail('命令过长。', 'The command is too long.');
  // Named first, wherever it hides (a string, brackets): this is the part of an escape a reviewer must see.
  const forbidden = /constructor|prototype|__proto__/i.exec(text);
  if (forbidden) return forbiddenReason(forbidden[0]);
  if (text.startsWith('=')) return wrap('INS', parseExpression(text.slice(1)));
  const keyword = /^\S+/.exec(text)?.[0] ?? '';
  const rest = text.slice(keyword.length).trim();
  switch (keyword) {
    case 'INS':
      return wrap('INS', parseExpression(rest));
    case 'IF':
      return wrap('IF', parseExpression(rest));
    case 'END-IF':
      return rest === '' ? { ok: true, value: { type: 'END-IF' } } : fail('END-IF 后面不能有内容。', 'END-IF takes nothing after it.');
    case 'FOR': {
      const match = /^(\S+)\s+IN\s+([\s\S]+)$/.exec(rest);
      if (!match) return fail('FOR 命令应写作“FOR 变量 IN 路径”。', 'A FOR command reads "FOR name IN path".');
      const variable = match[1] ?? '';
      if (isForbiddenSegment(variable)) return forbiddenReason(variable);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) {
        return fail(`循环变量名“${variable}”不合法。`, `"${variable}" is not a valid loop variable name.`);
      }
      const path = parsePath(match[2] ?? '');
      return path.ok ? { ok: true, value: { type: 'FOR', variable, path: path.value } } : path;
    }
    case 'END-FOR':
      return /^[A-Za-z_][A-Za-z0-9_]*$/.test(rest)
        ? { ok: true, value: { type: 'END-FOR', variable: rest } }
        : fail('END-FOR 后面应写循环变量名。', 'END-FOR must name its loop variable.');
    default:
      return unknownKeyword(keyword);
  }
}

/** @param {'INS' | 'IF'} type @param {Parsed<Expression>} parsed @returns {Parsed<Command>} */
function wrap(type, parsed) {
  return parsed.ok ? { ok: true, value: { type, expression: parsed.value } } : parsed;
}

/** @param {string} keyword */
function unknownKeyword(keyword) {
  const upper = keyword.toUpperCase();
  if (['EXEC', '!', 'IMAGE', 'LINK', 'HTML', 'QUERY', 'ALIAS', 'CMD_NODE'].includes(upper) || keyword.startsWith('!') || keyword.startsWith('*')) {
    return fail(`不允许使用 ${upper.startsWith('!') ? 'EXEC' : upper.startsWith('*') ? 'ALIAS' : upper} 命令：模板只能使用 INS、=、IF/END-IF、FOR/END-FOR。`,
      `The ${upper.startsWith('!') ? 'EXEC' : upper.startsWith('*') ? 'ALIAS' : upper} command is not allowed: templates may only use INS, =, IF/END-IF and FOR/END-FOR.`);
  }
  if (['INS', 'IF', 'END-IF', 'FOR', 'END-FOR'].includes(upper)) {
    return fail(`命令关键字须大写：${upper}。`, `Command keywords are written in capitals: ${upper}.`);
  }
  return fail('命令须以 INS、=、IF、END-IF、FOR 或 END-FOR 开头（例如 +++INS party.name+++）。',
    'A command starts with INS, =, IF, END-IF, FOR or END-FOR (for example +++INS party.name+++).');
}

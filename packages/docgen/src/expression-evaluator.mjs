// @ts-check
// Evaluates the code docx-templates hands to its `runJs` hook. No JavaScript is ever compiled: the code is parsed
// with the template grammar again (a second check behind the upload check) and walked over own properties only.
import { parseExpression, isForbiddenSegment } from './command-grammar.mjs';
import { formatterNamed } from './formatters.mjs';

/** @typedef {import('./command-grammar.mjs').Expression} Expression */
/** @typedef {import('./formatters.mjs').BilingualText} BilingualText */

/** Raised for a command the grammar refuses or a value that cannot go into a document. */
export class EvaluationError extends Error {
  /** @param {BilingualText} text */
  constructor(text) {
    super(`${text.zh} / ${text.en}`);
    this.name = 'EvaluationError';
    /** @readonly */
    this.text = text;
  }
}

// Characters XML 1.0 cannot carry: Word refuses to open a file that contains one, so they are refused here with
// the command named rather than producing a broken document.
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * @param {unknown} root
 * @param {string[]} segments
 */
function resolve(root, segments) {
  /** @type {unknown} */
  let value = root;
  for (const segment of segments) {
    if (isForbiddenSegment(segment)) return undefined;
    // Texts and numbers have no parts a document needs; only objects and lists are walked.
    if (value === null || typeof value !== 'object') return undefined;
    // Own properties only: data arrives through JSON, so anything inherited belongs to the runtime, not the case.
    if (!Object.hasOwn(value, segment)) return undefined;
    value = /** @type {Record<string, unknown>} */ (value)[segment];
  }
  return value;
}

/**
 * @param {string} code
 * @param {unknown} value
 * @param {string} literalXmlDelimiter
 */
function checkResult(code, value, literalXmlDelimiter) {
  if (typeof value === 'function') {
    throw new EvaluationError({ zh: `“${code}”是格式化函数，请写作 ${code}(路径)。`, en: `"${code}" is a formatter; write ${code}(path).` });
  }
  if (typeof value === 'string' && (NOT_IN_XML.test(value) || value.includes(literalXmlDelimiter))) {
    throw new EvaluationError({
      zh: `“${code}”的数据含有文书中不能保存的控制字符。`,
      en: `The data for "${code}" contains control characters a document cannot store.`,
    });
  }
  return value;
}

/**
 * @param {string} literalXmlDelimiter the worker's secret delimiter; no data value may contain it
 * @returns {(code: string, scope: Record<string, unknown>) => unknown}
 */
export function createEvaluator(literalXmlDelimiter) {
  /** @type {Map<string, Expression | BilingualText>} */
  const parsed = new Map();
  return (code, scope) => {
    let entry = parsed.get(code);
    if (entry === undefined) {
      const result = parseExpression(code);
      entry = result.ok ? result.value : result.reason;
      if (parsed.size > 10_000) parsed.clear();
      parsed.set(code, entry);
    }
    if (!('kind' in entry)) throw new EvaluationError(entry);
    if (entry.kind === 'path') return checkResult(code, resolve(scope, entry.segments), literalXmlDelimiter);
    const formatter = formatterNamed(entry.formatter);
    if (!formatter) throw new EvaluationError({ zh: `未知的格式化函数 ${entry.formatter}。`, en: `Unknown formatter ${entry.formatter}.` });
    const value = resolve(scope, entry.path.segments);
    return checkResult(code, formatter.apply(value, ...entry.literals), literalXmlDelimiter);
  };
}

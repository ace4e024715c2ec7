// @ts-check
// The render worker: a thread the pool can terminate when a job overruns its time or memory. Plain ESM JavaScript
// so that it starts under plain Node, tsx and vitest alike (the pool passes `execArgv: []`, no TypeScript loader).
//
// Why docx-templates' internals instead of createReport(): createReport unzips, parses and re-serialises every
// part of the template on every call. Here a template is unzipped and parsed once per SHA-256 and kept; each job
// only walks the parsed parts that contain commands, serialises them and zips. docx-templates is pinned (catalog),
// and render-pool.test.ts compares this path with createReport() so a change in those internals shows up there.
//
// Why neither the vm sandbox nor `noSandbox: true`: STACK.md shows the vm sandbox is no boundary. noSandbox, which
// `eval`s the command text, would be acceptable here only because every command was validated against the grammar
// at upload (and again in assertGrammarOnly below). We go one step further: docx-templates gets a `runJs` hook that
// never compiles anything. It re-parses the code with the same grammar and walks own properties of JSON data
// (expression-evaluator.mjs), so even a command that slipped past both checks could not run JavaScript.
import { createRequire } from 'node:module';
import { createHash, randomBytes } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { strFromU8, unzipSync } from 'fflate';
import { parseCommand } from './command-grammar.mjs';
import { createEvaluator, EvaluationError } from './expression-evaluator.mjs';
import { FormatterError } from './formatters.mjs';
import { compressedItem, writeZip } from './zip-writer.mjs';

const require = createRequire(import.meta.url);
/** @type {typeof import('docx-templates/lib/xml.js')} */
const xml = require('docx-templates/lib/xml.js');
/** @type {typeof import('docx-templates/lib/processTemplate.js')} */
const processTemplate = require('docx-templates/lib/processTemplate.js');
/** @type {typeof import('docx-templates/lib/preprocessTemplate.js')} */
const preprocessModule = require('docx-templates/lib/preprocessTemplate.js');
/** @type {typeof import('docx-templates/lib/errors.js')} */
const errors = require('docx-templates/lib/errors.js');

/** @typedef {import('docx-templates/lib/types.js').Node} TemplateNode */
/** @typedef {import('docx-templates/lib/types.js').CreateReportOptions} CreateReportOptions */
/** @typedef {import('./zip-writer.mjs').ZipItem} ZipItem */
/** @typedef {{ index: number, name: string, template: TemplateNode, imageIdBase: number }} PreparedPart */
/** @typedef {{ items: ZipItem[], parts: PreparedPart[] }} PreparedTemplate */
/** @typedef {{ id: number, templateHash: string, template: Uint8Array, dataJson: string }} RenderJob */

const DELIMITER = '+++';
// Secret per thread: docx-templates copies text between two literal-XML delimiters into the XML unescaped, so a
// delimiter that data could contain would let a party's name inject markup. Nobody can guess this one.
const LITERAL_XML_DELIMITER = `\u2063${randomBytes(12).toString('hex')}\u2063`;
const CACHE_SIZE = 32;
// Parts docx-templates would treat as document text: word/document.xml, headers, footers, footnotes.
const WORD_PART = /^word\/[^/]+\.xml$/;

const evaluate = createEvaluator(LITERAL_XML_DELIMITER);
const NO_STATE = Object.freeze({});

/** @type {CreateReportOptions} */
const OPTIONS = {
  cmdDelimiter: [DELIMITER, DELIMITER],
  literalXmlDelimiter: LITERAL_XML_DELIMITER,
  processLineBreaks: true,
  noSandbox: false,
  // The only way a command is evaluated. Returning an empty state keeps nothing between commands.
  runJs: ({ sandbox }) => ({ modifiedSandbox: { ...NO_STATE, __code__: undefined, __result__: undefined }, result: evaluate(String(sandbox.__code__ ?? ''), sandbox) }),
  // Empty on purpose: formatters are looked up by name in the frozen whitelist (formatters.mjs), never in the
  // sandbox, so no data key can shadow one and no function can be printed into a document.
  additionalJsContext: {},
  failFast: true,
  // A missing value is an error, never the word "undefined" in a legal document; optional data is tested with
  // IF present(path).
  rejectNullish: true,
  errorHandler: null,
  fixSmartQuotes: false,
  processLineBreaksAsNewText: false,
  // The pool's time and memory limits bound a job; docx-templates' own walk counter would only cut long lists short.
  maximumWalkingDepth: Number.POSITIVE_INFINITY,
  indentXml: false,
  preserveSpace: true,
  compressionLevel: 6,
};
const XML_OPTIONS = { literalXmlDelimiter: LITERAL_XML_DELIMITER, indentXml: false };

/** @type {Map<string, Promise<PreparedTemplate>>} */
const cache = new Map();

/**
 * Reads the commands of a parsed part exactly as docx-templates' processText will (the delimiter state runs on
 * across text nodes) and refuses the template if one is outside the grammar. The upload check already did this on
 * the raw XML; repeating it on the very tree docx-templates walks means EXEC, IMAGE, LINK or HTML cannot slip
 * through a difference between two readers of the same file.
 * @param {TemplateNode} root
 * @param {string} part
 */
function assertGrammarOnly(root, part) {
  let inCommand = false;
  let command = '';
  /** @type {TemplateNode[]} */
  const stack = [root];
  while (stack.length > 0) {
    const node = /** @type {TemplateNode} */ (stack.pop());
    if (node._fTextNode) {
      if (node._parent?._fTextNode !== false || node._parent._tag !== 'w:t') continue;
      const segments = node._text.split(DELIMITER);
      segments.forEach((segment, index) => {
        if (inCommand) command += segment;
        if (index === segments.length - 1) return;
        // docx-templates marks emptied text nodes with its own no-op CMD_NODE command.
        if (inCommand && command.trim() !== 'CMD_NODE') {
          const parsed = parseCommand(command);
          if (!parsed.ok) throw new EvaluationError({ zh: `${part} 中的命令“${command.trim()}”不被允许：${parsed.reason.zh}`, en: `The command "${command.trim()}" in ${part} is not allowed: ${parsed.reason.en}` });
        }
        command = '';
        inCommand = !inCommand;
      });
    }
    for (let i = node._children.length - 1; i >= 0; i -= 1) stack.push(/** @type {TemplateNode} */ (node._children[i]));
  }
}

/** @param {Uint8Array} bytes @returns {Promise<PreparedTemplate>} */
async function prepare(bytes) {
  // Safe to inflate with fflate's sizes: the pool only sends templates whose every entry was inflated under the
  // upload limits and matched its declared size (zip-guard.ts).
  const files = Object.entries(unzipSync(bytes));
  /** @type {PreparedPart[]} */
  const parts = [];
  for (const [index, [name, content]] of files.entries()) {
    if (!WORD_PART.test(name)) continue;
    const text = strFromU8(content);
    // A part without a '+' (written out or as a character reference) cannot hold a command: it is copied as it is
    // instead of being parsed and re-serialised for every document.
    if (!text.includes('+') && !/&#(?:0*43|x0*2[bB]);/.test(text)) continue;
    const parsed = await xml.parseXml(text);
    const template = preprocessModule.default(parsed, OPTIONS.cmdDelimiter, OPTIONS.preserveSpace);
    assertGrammarOnly(template, name);
    parts.push({ index, name, template, imageIdBase: processTemplate.findHighestImgId(template) });
  }
  // Compressed once here; each document only compresses the parts it rewrites.
  return { items: files.map(([name, content]) => compressedItem(name, content)), parts };
}

/** @param {string} hash @param {Uint8Array} bytes */
function prepared(hash, bytes) {
  let entry = cache.get(hash);
  if (entry) {
    cache.delete(hash); // least recently used goes first
  } else {
    entry = prepare(bytes);
    entry.catch(() => cache.delete(hash));
  }
  cache.set(hash, entry);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  return entry;
}

/** @param {RenderJob} job */
async function render(job) {
  const { items, parts } = await prepared(job.templateHash, job.template);
  const data = JSON.parse(job.dataJson);
  const output = items.slice();
  for (const part of parts) {
    const ctx = processTemplate.newContext(OPTIONS, part.imageIdBase);
    const result = await processTemplate.produceJsReport(data, part.template, ctx);
    if (result.status === 'errors') throw result.errors[0];
    output[part.index] = compressedItem(part.name, xml.buildXml(result.report, XML_OPTIONS));
  }
  const docx = writeZip(output);
  const sha256 = createHash('sha256').update(docx).digest('hex');
  return { docx, sha256 };
}

/**
 * What the caller learns about a failed job: bilingual text, and the command when one is to blame.
 * @param {unknown} error
 * @returns {{ kind: 'data' | 'internal', text: { zh: string, en: string }, command: string | null }}
 */
function describeFailure(error) {
  if (error instanceof errors.CommandExecutionError) {
    const cause = error.err;
    if (cause instanceof FormatterError || cause instanceof EvaluationError) return { kind: 'data', text: cause.text, command: error.command };
    return { kind: 'data', text: { zh: `命令“${error.command}”执行失败：${cause.message}`, en: `The command "${error.command}" failed: ${cause.message}` }, command: error.command };
  }
  if (error instanceof errors.NullishCommandResultError) {
    return {
      kind: 'data',
      text: { zh: `数据中缺少“${error.command}”的值。可选内容请用 IF present(路径) 包裹。`, en: `The data has no value for "${error.command}". Wrap optional content in IF present(path).` },
      command: error.command,
    };
  }
  if (error instanceof errors.ObjectCommandResultError) {
    return { kind: 'data', text: { zh: `“${error.command}”取到的是一组数据，不是文字。`, en: `"${error.command}" is a group of values, not a text.` }, command: error.command };
  }
  if (error instanceof errors.InvalidCommandError || error instanceof errors.CommandSyntaxError) {
    return { kind: 'data', text: { zh: `模板命令无法执行：${error.message}`, en: `A template command cannot run: ${error.message}` }, command: error.command };
  }
  if (error instanceof FormatterError || error instanceof EvaluationError) return { kind: 'data', text: error.text, command: null };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'internal', text: { zh: `文书生成失败：${message}`, en: `Document generation failed: ${message}` }, command: null };
}

// Listens only when started by the pool, so importing this file anywhere else does nothing.
if (workerData === 'sanxiang-docgen-render-worker') parentPort?.on('message', (/** @type {RenderJob} */ job) => {
  render(job).then(
    ({ docx, sha256 }) => parentPort?.postMessage({ id: job.id, ok: true, docx, sha256 }, [/** @type {ArrayBuffer} */ (docx.buffer)]),
    (error) => parentPort?.postMessage({ id: job.id, ok: false, failure: describeFailure(error) }),
  );
});

// The benchmark's peer: docxtemplater rendering the same penalty decision from its `{…}` twin, which
// packages/docgen/scripts/build-templates.ts writes beside this file. Its parser evaluates the same expressions
// with the same formatters, so both sides do the same work. Loaded from the docgen package, which declares
// docxtemplater and pizzip as dev dependencies.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { parseExpression } from '../../packages/docgen/src/command-grammar.mjs';
import { formatterNamed } from '../../packages/docgen/src/formatters.mjs';

interface ParserContext { scopePathItem: number[] }
interface DocxtemplaterInstance { render(data: unknown): DocxtemplaterInstance; getZip(): { generate(options: object): Buffer } }
type DocxtemplaterClass = new (zip: unknown, options: object) => DocxtemplaterInstance;
type PizZipClass = new (bytes: Uint8Array) => unknown;

const require = createRequire(new URL('../../packages/docgen/package.json', import.meta.url));
const Docxtemplater = require('docxtemplater') as DocxtemplaterClass;
const PizZip = require('pizzip') as PizZipClass;

function resolve(scope: unknown, segments: string[]): unknown {
  let value = scope;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** `$item.x` reads the current loop scope, `$idx` its position, anything else the scope chain docxtemplater walks. */
function parser(tag: string): { get(scope: unknown, context: ParserContext): unknown } {
  const parsed = parseExpression(tag);
  if (!parsed.ok) throw new Error(`${tag}: ${parsed.reason.en}`);
  const expression = parsed.value;
  const path = expression.kind === 'path' ? expression : expression.path;
  const [root, ...rest] = path.segments;
  const read = (scope: unknown, context: ParserContext): unknown => {
    if (root === '$idx') return context.scopePathItem.at(-1);
    if (root?.startsWith('$')) return resolve(scope, rest);
    return resolve(scope, path.segments);
  };
  return {
    get(scope, context) {
      const value = read(scope, context);
      if (expression.kind === 'path') return value;
      if (value === undefined && !['present', 'absent'].includes(expression.formatter)) return undefined;
      return formatterNamed(expression.formatter)?.apply(value, ...expression.literals);
    },
  };
}

export function renderWithDocxtemplater(template: Uint8Array, data: unknown): { docx: Buffer; sha256: string } {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true, parser });
  doc.render(data);
  const docx = doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { docx, sha256: createHash('sha256').update(docx).digest('hex') };
}

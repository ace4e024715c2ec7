import { paragraph, table, writeDocx, type StyleName, type TableCell } from './wordml-package.ts';

// Templates are written once in a neutral notation and emitted in two syntaxes: docx-templates (`+++INS x+++`, the
// product's) and docxtemplater (`{x}`, the benchmark peer's), so both render exactly the same content.
//   {{path}} or {{formatter(path)}}   insert
//   {{#if expression}} … {{/if}}      condition
//   {{#for v in path}} … {{/for v}}   loop; inside, $v is the item and $idx its position

export type Syntax = 'docx-templates' | 'docxtemplater';
export type Block =
  | { kind: 'p'; style: StyleName; text: string }
  | { kind: 'table'; widths: number[]; rows: Array<Array<string | TableCell>> };

export interface TemplateSpec {
  body: Block[];
  footer?: Block[];
}

const p = (style: StyleName) => (text: string): Block => ({ kind: 'p', style, text });
export const agencyLine = p('AgencyName');
export const title = p('Title');
export const docNumber = p('DocNumber');
export const body = p('Body');
export const plain = p('Plain');
export const signature = p('Signature');
export const note = p('Note');
export const footerLine = p('Footer');
export const grid = (widths: number[], rows: Array<Array<string | TableCell>>): Block => ({ kind: 'table', widths, rows });

/** Paragraphs shown only when `expression` is truthy; the IF and END-IF sit in paragraphs of their own, which vanish. */
export const when = (expression: string, ...blocks: Block[]): Block[] => [plain(`{{#if ${expression}}}`), ...blocks, plain('{{/if}}')];
/** Paragraphs repeated for every item of `path`. */
export const each = (variable: string, path: string, ...blocks: Block[]): Block[] => [plain(`{{#for ${variable} in ${path}}}`), ...blocks, plain(`{{/for ${variable}}}`)];

/** The signature block every decision ends with: agency, seal placeholder, date in Chinese numerals. */
export const sealedBy = (agency: string, datePath: string): Block[] => [signature(agency), signature('（印章）'), signature(`{{chineseDate(${datePath})}}`)];

const MARKER = /\{\{(#if |#for |\/if|\/for )?([^}]*)\}\}/g;

/** Rewrites the neutral markers of one text; `open` carries docxtemplater's section names across paragraphs. */
export function toSyntax(text: string, syntax: Syntax, open: string[]): string {
  return text.replace(MARKER, (_whole, keyword: string | undefined, rest: string) => {
    const inner = rest.trim();
    if (syntax === 'docx-templates') {
      if (keyword === '#if ') return `+++IF ${inner}+++`;
      if (keyword === '/if') return '+++END-IF+++';
      if (keyword === '#for ') {
        const [variable, , path] = inner.split(/\s+/);
        return `+++FOR ${variable} IN ${path}+++`;
      }
      if (keyword === '/for ') return `+++END-FOR ${inner}+++`;
      return `+++INS ${inner}+++`;
    }
    if (keyword === '#if ') {
      open.push(inner);
      return `{#${inner}}`;
    }
    if (keyword === '#for ') {
      const path = inner.split(/\s+/)[2] ?? '';
      open.push(path);
      return `{#${path}}`;
    }
    if (keyword === '/if' || keyword === '/for ') return `{/${open.pop() ?? ''}}`;
    return `{${inner}}`;
  });
}

function blockXml(block: Block, syntax: Syntax, open: string[]): string {
  if (block.kind === 'p') return paragraph(toSyntax(block.text, syntax, open), block.style);
  if (syntax === 'docxtemplater' && block.rows.some((row) => row.some((cell) => (typeof cell === 'string' ? cell : cell.text).includes('{{#for')))) {
    // docxtemplater loops rows from a tag in the first cell to one in the last; no benchmark template needs it.
    throw new Error('Table-row loops are only written for docx-templates.');
  }
  const rows = block.rows.map((row) => row.map((cell) => (typeof cell === 'string'
    ? toSyntax(cell, syntax, open)
    : { ...cell, text: toSyntax(cell.text, syntax, open) })));
  return table(block.widths, rows);
}

export function buildTemplate(spec: TemplateSpec, syntax: Syntax): Promise<Buffer> {
  const open: string[] = [];
  const bodyXml = spec.body.map((block) => blockXml(block, syntax, open));
  const footerXml = spec.footer?.map((block) => blockXml(block, syntax, open));
  return writeDocx(footerXml ? { body: bodyXml, footer: footerXml } : { body: bodyXml });
}

import { strToU8, zipSync } from 'fflate';

/**
 * A minimal WordprocessingML package (ECMA-376 Part 1): content types, the package relationship, the main document,
 * its styles and their relationship. Enough for Word, WPS and LibreOffice to open, and small enough to read.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// Chinese text is drawn from the East Asian font slot, so it must be named there (STACK.md, documents);
// the Latin slots keep digits and English in a serif face.
export const BODY_FONT = { latin: 'Times New Roman', eastAsia: '宋体' };
export const HEADING_FONT = { latin: 'Times New Roman', eastAsia: '黑体' };

// Characters XML 1.0 cannot hold at all; a stray one from user data would make the file unreadable.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(value: string): string {
  return value.replace(INVALID_XML, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

export interface RunStyle {
  bold?: boolean;
  /** Half-points, as WordprocessingML counts them: 24 is 12 pt. */
  size?: number;
  font?: { latin: string; eastAsia: string };
}

function runProperties(style: RunStyle): string {
  const font = style.font ?? BODY_FONT;
  return `<w:rPr><w:rFonts w:ascii="${xmlText(font.latin)}" w:hAnsi="${xmlText(font.latin)}" w:eastAsia="${xmlText(font.eastAsia)}" w:hint="eastAsia"/>`
    + `${style.bold ? '<w:b/>' : ''}${style.size ? `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>` : ''}</w:rPr>`;
}

export function paragraph(text: string, style: RunStyle & { align?: 'left' | 'center' | 'right'; spaceAfter?: number } = {}): string {
  const properties = `<w:pPr>${style.spaceAfter !== undefined ? `<w:spacing w:after="${style.spaceAfter}"/>` : ''}${style.align ? `<w:jc w:val="${style.align}"/>` : ''}</w:pPr>`;
  return `<w:p>${properties}<w:r>${runProperties(style)}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;
}

export interface TableCell {
  text: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** First-line indent in twentieths of a point, for 其中 rows. */
  indent?: number;
}

/** A bordered table; `widths` are twentieths of a point and must add up to the text width. */
export function table(widths: readonly number[], rows: readonly TableCell[][], size = 21): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`;
  const grid = `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
  const body = rows.map((cells) => `<w:tr>${cells.map((cell, index) => {
    const indent = cell.indent ? `<w:ind w:firstLine="${cell.indent}"/>` : '';
    return `<w:tc><w:tcPr><w:tcW w:w="${widths[index] ?? 0}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>`
      + `<w:p><w:pPr><w:spacing w:before="40" w:after="40"/>${indent}<w:jc w:val="${cell.align ?? 'left'}"/></w:pPr>`
      + `<w:r>${runProperties({ bold: cell.bold ?? false, size })}<w:t xml:space="preserve">${xmlText(cell.text)}</w:t></w:r></w:p></w:tc>`;
  }).join('')}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((sum, width) => sum + width, 0)}" w:type="dxa"/><w:jc w:val="center"/>${borders}`
    + `<w:tblLayout w:type="fixed"/></w:tblPr>${grid}${body}</w:tbl>`;
}

// A4 portrait with 2.5 cm side margins (1418 twips): 11906 − 2 × 1418 = 9070 twips of text width.
export const TEXT_WIDTH = 9070;

function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${OFFICE_REL}"><w:body>${body}`
    + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1418" w:bottom="1440" w:left="1418" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
    + '</w:body></w:document>';
}

function stylesXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>`
    + `<w:rFonts w:ascii="${BODY_FONT.latin}" w:hAnsi="${BODY_FONT.latin}" w:eastAsia="${BODY_FONT.eastAsia}" w:cs="${BODY_FONT.latin}"/>`
    + '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>'
    + '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    + '</w:styles>';
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
  + '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
  + '</Types>';

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL}">`
  + `<Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL}">`
  + `<Relationship Id="rId1" Type="${OFFICE_REL}/styles" Target="styles.xml"/></Relationships>`;

/** Zips the body (paragraphs and tables) into a .docx. A fixed timestamp makes the same body give the same bytes. */
export function docxPackage(body: string): Uint8Array {
  const mtime = new Date(Date.UTC(2000, 0, 1));
  return zipSync({
    '[Content_Types].xml': [strToU8(CONTENT_TYPES), { mtime }],
    '_rels/.rels': [strToU8(PACKAGE_RELS), { mtime }],
    'word/document.xml': [strToU8(documentXml(body)), { mtime }],
    'word/_rels/document.xml.rels': [strToU8(DOCUMENT_RELS), { mtime }],
    'word/styles.xml': [strToU8(stylesXml()), { mtime }],
  }, { level: 6 });
}

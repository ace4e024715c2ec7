import JSZip from 'jszip';

// The few WordprocessingML pieces a template needs, written by hand so that every byte of a national template is
// reviewable: [Content_Types].xml, the package and document relationships, styles with the East Asian font slot,
// the document and an optional footer. Tests use the same writer to build hostile templates.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
// Fixed so that building twice gives identical files (JSZip writes the time in UTC).
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

export type StyleName = 'Title' | 'AgencyName' | 'DocNumber' | 'Body' | 'Plain' | 'Signature' | 'Note' | 'TableText' | 'Footer';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function run(text: string, bold = false): string {
  return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A paragraph; `**text**` becomes a bold run. */
export function paragraph(text: string, style: StyleName = 'Body'): string {
  const runs = text.split(/\*\*(.+?)\*\*/).map((piece, index) => (piece === '' ? '' : run(piece, index % 2 === 1)));
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs.join('')}</w:p>`;
}

export interface TableCell {
  text: string;
  span?: number;
}

/** A bordered table; `widths` in twentieths of a point, one per grid column; `\n` in a cell starts a new paragraph. */
export function table(widths: number[], rows: Array<Array<string | TableCell>>): string {
  const border = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const body = rows.map((cells) => {
    let column = 0;
    const tcs = cells.map((raw) => {
      const cell = typeof raw === 'string' ? { text: raw } : raw;
      const span = cell.span ?? 1;
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      const paragraphs = cell.text.split('\n').map((line) => paragraph(line, 'TableText')).join('');
      return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}<w:vAlign w:val="center"/></w:tcPr>${paragraphs}</w:tc>`;
    });
    return `<w:tr>${tcs.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>${border}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body.join('')}</w:tbl>`;
}

function paragraphStyle(id: string, name: string, pPr: string, rPr = ''): string {
  return `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>${pPr}</w:pPr>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}</w:style>`;
}

// Chinese text needs the East Asian slot: without w:eastAsia, Word falls back to a Latin font and shows boxes or a
// substitute. SimSun (宋体) is installed with every Chinese Windows and ships in fonts-noto-cjk's aliases.
export const STYLES_XML = `${HEAD}<w:styles xmlns:w="${W}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="440" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
${paragraphStyle('AgencyName', 'Agency name', '<w:spacing w:before="240" w:line="560" w:lineRule="exact"/><w:jc w:val="center"/>', '<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/>')}
${paragraphStyle('Title', 'Document title', '<w:spacing w:after="120" w:line="640" w:lineRule="exact"/><w:jc w:val="center"/>', '<w:b/><w:spacing w:val="20"/><w:sz w:val="44"/><w:szCs w:val="44"/>')}
${paragraphStyle('DocNumber', 'Document number', '<w:spacing w:after="240"/><w:jc w:val="right"/>')}
${paragraphStyle('Body', 'Body text', '<w:ind w:firstLineChars="200" w:firstLine="560"/>')}
${paragraphStyle('Plain', 'Plain text', '<w:ind w:firstLine="0"/>')}
${paragraphStyle('Signature', 'Signature block', '<w:spacing w:before="120"/><w:ind w:right="560"/><w:jc w:val="right"/>')}
${paragraphStyle('Note', 'Note', '<w:spacing w:before="240" w:line="360" w:lineRule="exact"/>', '<w:sz w:val="21"/><w:szCs w:val="21"/>')}
${paragraphStyle('TableText', 'Table text', '<w:spacing w:line="360" w:lineRule="exact"/><w:jc w:val="left"/>', '<w:sz w:val="24"/><w:szCs w:val="24"/>')}
${paragraphStyle('Footer', 'Footer text', '<w:jc w:val="center"/>', '<w:sz w:val="18"/><w:szCs w:val="18"/>')}
</w:styles>`;

export interface DocxContent {
  /** Body paragraphs and tables, in order. */
  body: string[];
  /** Footer paragraphs; the page number is appended. */
  footer?: string[];
}

/** A complete .docx, A4 with the margins of GB/T 9704 (official documents). */
export async function writeDocx({ body, footer }: DocxContent): Promise<Buffer> {
  const zip = new JSZip();
  const add = (name: string, text: string): void => {
    zip.file(name, text, { date: FIXED_DATE, createFolders: false });
  };
  add('[Content_Types].xml', `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>${footer ? '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' : ''}</Types>`);
  add('_rels/.rels', `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  add('word/_rels/document.xml.rels', `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${footer ? '<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' : ''}</Relationships>`);
  add('word/styles.xml', STYLES_XML);
  const section = `<w:sectPr>${footer ? '<w:footerReference w:type="default" r:id="rIdFooter1"/>' : ''}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`;
  add('word/document.xml', `${HEAD}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join('')}${section}</w:body></w:document>`);
  if (footer) {
    const page = '<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p>';
    add('word/footer1.xml', `${HEAD}<w:ftr xmlns:w="${W}" xmlns:r="${R}">${footer.join('')}${page}</w:ftr>`);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

import type { AnnualReport } from './annual-report.ts';
import { UNIT_LABEL } from './report-tables.ts';
import { docxPackage, HEADING_FONT, paragraph, table, type TableCell, TEXT_WIDTH } from './wordprocessingml.ts';

const yuanFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const countFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

export function formatValue(value: number, unit: 'CASES' | 'TIMES' | 'YUAN'): string {
  return unit === 'YUAN' ? yuanFormat.format(value) : countFormat.format(value);
}

// 项目 | 单位 | 数量 | 依据: the published document shows the agency's totals; the per-department view is in the .xlsx.
export const DOCX_COLUMN_WIDTHS = [3700, 700, 1670, TEXT_WIDTH - 3700 - 700 - 1670];

/** The report as a .docx for publication on the portal: a title, the six tables and the data notes. */
export function toDocx(report: AnnualReport): Uint8Array {
  const parts: string[] = [
    paragraph(report.title.zh, { bold: true, size: 36, font: HEADING_FONT, align: 'center', spaceAfter: 240 }),
  ];
  if (report.organisation) parts.push(paragraph(`填报单位：${report.organisation}`, { align: 'center' }));
  parts.push(paragraph(`统计期间：${report.year}年1月1日至${report.year}年12月31日（北京时间）　公开期限：${report.publicationDue}前`, { align: 'center', size: 21 }));
  parts.push(paragraph('计数规则：一个行政处罚决定只计一次，按其中最重的处罚种类统计（《行政处罚法》第九条）；罚没金额按全部处罚项合计；决定与其更正计为一个决定。', { size: 21 }));

  for (const reportTable of report.tables) {
    parts.push(paragraph(reportTable.title.zh, { bold: true, size: 28, font: HEADING_FONT, spaceAfter: 120 }));
    const header: TableCell[] = ['项目', '单位', '数量', '依据'].map((text) => ({ text, bold: true, align: 'center' }));
    const rows: TableCell[][] = reportTable.rows.map((row) => [
      { text: row.label.zh, bold: row.level === 0, ...(row.level === 1 ? { indent: 420 } : {}) },
      { text: UNIT_LABEL[row.unit].zh, align: 'center' },
      { text: formatValue(row.total, row.unit), align: 'right' },
      { text: row.basis },
    ]);
    parts.push(table(DOCX_COLUMN_WIDTHS, [header, ...rows]));
    parts.push(paragraph('', { spaceAfter: 120 }));
  }

  if (report.notes.length > 0) {
    parts.push(paragraph('数据提示', { bold: true, size: 28, font: HEADING_FONT }));
    for (const note of report.notes) parts.push(paragraph(`${note.caseNumber}：${note.text.zh}`, { size: 21 }));
    if (report.notesOmitted > 0) parts.push(paragraph(`另有 ${report.notesOmitted} 条提示未列出。`, { size: 21 }));
  }
  return docxPackage(parts.join(''));
}

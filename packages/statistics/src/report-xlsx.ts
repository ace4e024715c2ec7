import ExcelJS from 'exceljs';
import type { AnnualReport } from './annual-report.ts';
import { UNIT_LABEL } from './report-tables.ts';

// SimSun (宋体) is the face official statistical forms are printed in; Excel falls back sensibly where it is missing.
const FONT = '宋体';
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const YUAN_FORMAT = '#,##0.00';

/** Fixed columns before the department columns: 项目, 单位, 依据, 合计. */
const FIXED_COLUMNS = 4;

/**
 * The report as an .xlsx workbook: a cover sheet (说明) with the notes, then one sheet per table with a total column
 * and one column per department, so the judicial bureau can see where each number comes from.
 */
export async function toXlsx(report: AnnualReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sanxiang';
  // A fixed date keeps the file the same for the same report; the publication record holds the real time.
  workbook.created = new Date(Date.UTC(report.year + 1, 0, 1));
  workbook.modified = workbook.created;

  const cover = workbook.addWorksheet('说明');
  cover.columns = [{ width: 24 }, { width: 90 }];
  const coverRows: [string, string][] = [
    ['报告', report.title.zh],
    ['单位', report.organisation ?? ''],
    ['统计年度', String(report.year)],
    ['公开期限', `${report.publicationDue} 前（国办发〔2018〕118号；种子文件 001）`],
    ['计入案件数', String(report.casesConsidered)],
    ['计数规则', '一个处罚决定只计一次，按其中最重的处罚种类统计（《行政处罚法》第九条）；罚没金额按全部处罚项合计；决定及其更正计为一个决定；时间按北京时间划分年度。'],
  ];
  for (const [key, value] of coverRows) cover.addRow([key, value]);
  if (report.notes.length > 0) {
    cover.addRow([]);
    cover.addRow(['数据提示', '以下记录未能按原样计入，请核实：']);
    for (const note of report.notes) cover.addRow([note.caseNumber, note.text.zh]);
    if (report.notesOmitted > 0) cover.addRow(['……', `另有 ${report.notesOmitted} 条提示未列出`]);
  }
  cover.eachRow((row) => row.eachCell((cell) => { cell.font = { name: FONT, size: 11 }; cell.alignment = { wrapText: true, vertical: 'top' }; }));
  cover.getCell('B1').font = { name: FONT, size: 14, bold: true };

  for (const table of report.tables) {
    const sheet = workbook.addWorksheet(table.title.zh);
    const lastColumn = FIXED_COLUMNS + report.departments.length;
    sheet.columns = [{ width: 44 }, { width: 6 }, { width: 34 }, { width: 14 }, ...report.departments.map(() => ({ width: 14 }))];
    sheet.addRow([table.title.zh]);
    sheet.mergeCells(1, 1, 1, lastColumn);
    sheet.getCell(1, 1).font = { name: FONT, size: 14, bold: true };
    sheet.getCell(1, 1).alignment = { horizontal: 'center' };
    sheet.addRow([`${report.organisation ?? ''}  ${report.year}年度`.trim()]);
    sheet.mergeCells(2, 1, 2, lastColumn);
    const header = sheet.addRow(['项目', '单位', '依据', '合计', ...report.departments.map((department) => department.name)]);
    header.eachCell((cell) => { cell.font = { name: FONT, size: 11, bold: true }; cell.border = BORDER; cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; });
    for (const row of table.rows) {
      const added = sheet.addRow([
        row.level === 1 ? `　　${row.label.zh}` : row.label.zh,
        UNIT_LABEL[row.unit].zh,
        row.basis,
        row.total,
        ...report.departments.map((department) => row.byDepartment[department.id] ?? 0),
      ]);
      added.eachCell((cell, column) => {
        cell.font = { name: FONT, size: 11, bold: row.level === 0 };
        cell.border = BORDER;
        if (column > FIXED_COLUMNS - 1) cell.numFmt = row.unit === 'YUAN' ? YUAN_FORMAT : '0';
        if (column === 3) cell.alignment = { wrapText: true };
      });
    }
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 3 }];
  }

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

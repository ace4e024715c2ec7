import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { annualReport } from './annual-report.ts';
import { DEPARTMENTS, decision, reportCase } from './report-case-factory.ts';
import { DOCX_COLUMN_WIDTHS, toDocx } from './report-docx.ts';
import { toXlsx } from './report-xlsx.ts';
import { TEXT_WIDTH } from './wordprocessingml.ts';

const report = annualReport([
  reportCase({ departmentId: 'dept-scjg', decisions: [decision({ penalties: [{ kind: 'FINE', amount: 1234.5 }, { kind: 'LICENCE_REVOCATION' }] })] }),
  reportCase({ departmentId: 'dept-nyj', decisions: [decision({ penalties: [{ kind: 'WARNING' }] })] }),
  reportCase({ departmentId: 'dept-nyj', type: 'INSPECTION', actions: [{ type: 'RANDOM_INSPECTION', startedAt: '2025-05-01T09:00:00+08:00' }] }),
  reportCase({ number: 'ODD-1', decisions: [decision({ penalties: [{ kind: 'PUBLIC_APOLOGY' }] })] }),
], 2025, { departments: DEPARTMENTS, organisation: '邵阳市 <司法局> & 测试\u0001' });

function rowOf(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => { if (String(row.getCell(1).value).trim() === label) found = row; });
  if (!found) throw new Error(`no row ${label} in ${sheet.name}`);
  return found;
}

describe('the .xlsx file', () => {
  it('opens in exceljs with a cover sheet and the six tables, totals and department columns', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(report)).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '说明', '表一 行政许可实施情况', '表二 行政处罚实施情况', '表三 行政强制实施情况', '表四 行政征收实施情况', '表五 行政征用实施情况', '表六 行政检查实施情况',
    ]);
    const penalties = workbook.getWorksheet('表二 行政处罚实施情况');
    if (!penalties) throw new Error('no penalty sheet');
    expect(penalties.getRow(3).values).toEqual([undefined, '项目', '单位', '依据', '合计', '农业农村局', '市场监督管理局', '住房和城乡建设局']);
    const decisions = rowOf(penalties, '作出行政处罚决定');
    expect([decisions.getCell(4).value, decisions.getCell(5).value, decisions.getCell(6).value, decisions.getCell(7).value]).toEqual([3, 1, 2, 0]);
    expect(rowOf(penalties, '吊销许可证件').getCell(4).value).toBe(1);
    expect(rowOf(penalties, '其他行政处罚').getCell(4).value).toBe(1);
    const fines = rowOf(penalties, '罚款金额');
    expect(fines.getCell(4).value).toBe(1234.5);
    expect(fines.getCell(2).value).toBe('元');
    expect(fines.getCell(4).numFmt).toBe('#,##0.00');
    const inspections = workbook.getWorksheet('表六 行政检查实施情况');
    if (!inspections) throw new Error('no inspection sheet');
    expect(rowOf(inspections, '其中：“双随机、一公开”抽查').getCell(5).value).toBe(1);
    const cover = workbook.getWorksheet('说明');
    let notes = '';
    cover?.eachRow((row) => { notes += `${String(row.getCell(1).value)} ${String(row.getCell(2).value)}\n`; });
    expect(notes).toContain('ODD-1');
    expect(notes).toContain('2026-01-31');
  });
});

describe('the .docx file', () => {
  const files = unzipSync(toDocx(report));
  const document = strFromU8(files['word/document.xml'] ?? new Uint8Array());

  it('is a WordprocessingML package with its parts', () => {
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/styles.xml']);
    expect(strFromU8(files['[Content_Types].xml'] ?? new Uint8Array())).toContain('wordprocessingml.document.main+xml');
  });

  it('sets the East Asian font slot, in the styles and on the runs', () => {
    expect(strFromU8(files['word/styles.xml'] ?? new Uint8Array())).toContain('w:eastAsia="宋体"');
    expect(document).toContain('w:eastAsia="黑体"');
    expect(document.match(/<w:r>/gu)?.length).toBe(document.match(/w:eastAsia=/gu)?.length);
  });

  it('holds the six tables with the numbers of the report', () => {
    expect(document.match(/<w:tbl>/gu)).toHaveLength(6);
    expect(document).toContain('2025年度行政执法统计年报');
    const cellTexts = [...document.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/gu)].map((match) => match[1]);
    const after = (label: string, offset: number) => cellTexts[cellTexts.indexOf(label) + offset];
    expect(after('作出行政处罚决定', 2)).toBe('3');
    expect(after('罚款金额', 2)).toBe('1,234.50');
    expect(after('吊销许可证件', 2)).toBe('1');
    expect(after('警告', 2)).toBe('1');
    expect(after('其中：“双随机、一公开”抽查', 2)).toBe('1');
  });

  it('escapes what it is given and drops characters XML cannot hold', () => {
    expect(document).toContain('邵阳市 &lt;司法局&gt; &amp; 测试');
    expect(document).not.toContain('\u0001');
    for (const tag of ['w:p', 'w:tbl', 'w:tr', 'w:tc', 'w:r']) {
      expect(document.match(new RegExp(`<${tag}[ >]`, 'gu'))?.length, tag).toBe(document.match(new RegExp(`</${tag}>`, 'gu'))?.length);
    }
  });

  it('fits its tables to the page', () => {
    expect(DOCX_COLUMN_WIDTHS.reduce((sum, width) => sum + width, 0)).toBe(TEXT_WIDTH);
  });

  it('gives the same bytes for the same report', () => {
    expect(Buffer.from(toDocx(report)).equals(Buffer.from(toDocx(report)))).toBe(true);
  });
});

import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { NATIONAL_TEMPLATE_SPECS } from '../scripts/national/catalogue.ts';
import { buildTemplate } from '../scripts/template-blocks.ts';
import { DOCUMENT_KINDS, loadNationalTemplate } from './document-kinds.ts';
import type { PenaltyDecisionData } from './document-data.ts';
import { EXAMPLE_DATA } from './example-data.ts';
import { createRenderPool } from './render-pool.ts';

const pool = createRenderPool();
afterAll(() => pool.close());

/** The visible text of word/document.xml, read with JSZip: an independent reader of what we wrote. */
async function documentText(docx: Uint8Array): Promise<{ text: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(docx);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const paragraphs = xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  return { text: paragraphs.filter(Boolean).join('\n'), zip };
}

describe('行政处罚决定书 (PENALTY_DECISION)', () => {
  it('carries every item of art. 59, the three reasons and the amount in capitals', async () => {
    const data = EXAMPLE_DATA.PENALTY_DECISION;
    expect(data.party.type).toBe('ORGANISATION');
    expect(data.penalty.fineAmount).toBe(50000);
    const { docx } = await pool.render({ template: await loadNationalTemplate('PENALTY_DECISION'), data });
    const { text, zip } = await documentText(docx);
    for (const expected of [
      '行政处罚决定书',
      '邵市监处罚〔2025〕118号',
      '当事人：邵阳市湘味食品贸易有限公司',
      '当事人类型：法人或其他组织',
      '统一社会信用代码：91430500MA4T8Q2K3X',
      '住所（地址）：湖南省邵阳市大祥区宝庆路88号',
      '法定代表人（负责人）：李建国',
      '经查，2025年8月12日',
      '1．现场检查笔录及现场照片：',
      '4．对当事人法定代表人的询问笔录：',
      '陈述、申辩和要求听证的权利',
      `（一）关于证据的采信。${data.reasons.evidence}`,
      `（二）关于法律依据的适用。${data.reasons.basis}`,
      `（三）关于裁量基准的适用。${data.reasons.discretion}`,
      '违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定',
      '依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定',
      '处罚种类：没收违法所得、罚款。',
      '罚款金额：人民币伍万元整（¥50,000.00）。',
      '自收到本决定书之日起十五日内，持本决定书到中国工商银行邵阳分行营业部缴纳罚款',
      '每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额',
      '六十日内，依照《中华人民共和国行政复议法》的规定向邵阳市人民政府申请行政复议',
      '六个月内，依照《中华人民共和国行政诉讼法》的规定直接向邵阳市大祥区人民法院提起行政诉讼',
      '本处罚决定不停止执行',
      '邵阳市市场监督管理局\n（印章）\n二〇二五年十月十三日',
    ]) expect(text).toContain(expected);
    expect(text).not.toMatch(/undefined|null|NaN|\+\+\+/);
    expect(await zip.file('word/footer1.xml')?.async('string')).toContain('邵市监处罚〔2025〕118号');
    // Chinese needs the East Asian font slot in the document defaults, or Word substitutes a Latin font.
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="SimSun"/);
    expect(styles).toMatch(/w:ascii="Times New Roman" w:hAnsi="Times New Roman"/);
  });

  it('leaves out what does not apply: no fine, no representative, no hearing', async () => {
    const base = EXAMPLE_DATA.PENALTY_DECISION;
    const data: PenaltyDecisionData = {
      ...base,
      party: { type: 'INDIVIDUAL', name: '张三', idNumber: '430502199001010011', address: '湖南省邵阳市双清区1号', legalRepresentative: null },
      notice: { ...base.notice, hearingOffered: false },
      penalty: { types: ['警告'], description: '给予警告。', fineAmount: null, compliance: '本决定自送达之日起生效。' },
      payment: null,
    };
    const { text } = await documentText((await pool.render({ template: await loadNationalTemplate('PENALTY_DECISION'), data })).docx);
    expect(text).toContain('当事人类型：自然人');
    expect(text).toContain('公民身份号码：430502199001010011');
    expect(text).toContain('陈述、申辩的权利');
    expect(text).toContain('本决定自送达之日起生效。');
    expect(text).not.toMatch(/法定代表人（负责人）|罚款金额|缴纳罚款|要求听证/);
  });
});

describe('the national templates', () => {
  it.each(DOCUMENT_KINDS.map((entry) => [entry.kind, entry.name.zh]))('%s (%s) renders from its example data', async (kind, title) => {
    const { docx } = await pool.render({ template: await loadNationalTemplate(kind), data: EXAMPLE_DATA[kind] });
    const { text } = await documentText(docx);
    expect(text).toContain(title);
    expect(text).toContain('邵阳市市场监督管理局');
    expect(text).not.toMatch(/undefined|null|NaN|\+\+\+/);
  });

  it.each(DOCUMENT_KINDS.map((entry) => [entry.kind]))('%s keeps every table row whole (no cell dropped by an empty command)', async (kind) => {
    const { docx } = await pool.render({ template: await loadNationalTemplate(kind), data: EXAMPLE_DATA[kind] });
    const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
    for (const tableXml of xml.split('<w:tbl>').slice(1)) {
      const columns = tableXml.match(/<w:gridCol /g)?.length ?? 0;
      const rows = tableXml.split('</w:tbl>')[0]?.split('<w:tr>').slice(1) ?? [];
      for (const row of rows) {
        const covered = [...row.matchAll(/<w:tc>(?:<w:tcPr>.*?<\/w:tcPr>)?/g)].reduce((sum, cell) => sum + Number(/w:gridSpan w:val="(\d+)"/.exec(cell[0])?.[1] ?? 1), 0);
        expect(covered).toBe(columns);
      }
    }
  });

  it('repeats one table row per seized item', async () => {
    const { docx } = await pool.render({ template: await loadNationalTemplate('SEIZURE_INVENTORY'), data: EXAMPLE_DATA.SEIZURE_INVENTORY });
    const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
    const rows = xml.split('<w:tr>').slice(1).map((row) => [...(row.split('</w:tr>')[0] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|'));
    expect(rows).toEqual([
      '序号|名称|规格型号|数量|单位|状况|备注',
      '1|湘味辣酱|250克/瓶|46|瓶|包装完好，保质期至2025年7月30日|',
      '2|进货单据|A4|3|页|完好|复印件',
    ]);
  });

  it.each(DOCUMENT_KINDS.map((entry) => [entry.kind, entry.templateFile]))('%s: the committed %s is what scripts/build-templates.ts writes', async (kind) => {
    const built = await buildTemplate(NATIONAL_TEMPLATE_SPECS[kind], 'docx-templates');
    expect(Buffer.compare(built, await loadNationalTemplate(kind))).toBe(0);
  });
});

import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider, type Language } from '../i18n/index.ts';
import { ServiceGuideCard, type ServiceGuide } from './components/ServiceGuideCard.tsx';

const render = (node: ReactNode, language: Language = 'zh-CN') => renderToStaticMarkup(<I18nProvider initialLanguage={language}>{node}</I18nProvider>);

const remedies = (body: string | null): ServiceGuide['remedies'] => [
  { zh: `六十日内${body ? `向${body}` : ''}申请行政复议`, basis: '《中华人民共和国行政复议法》第二十条', body },
  { zh: '六个月内提起行政诉讼', basis: '《中华人民共和国行政诉讼法》第四十六条', body: null },
];
const bare: ServiceGuide = {
  itemCode: 'sthjj-cf-001', itemName: '对超标排放大气污染物的行政处罚', acceptingBody: '邵阳市生态环境局',
  legalBasis: [{ law: '《中华人民共和国大气污染防治法》', article: '第九十九条' }],
  timeLimit: null, supervision: [], officeHours: null, address: null, phone: null, remedies: remedies(null),
};
const full: ServiceGuide = {
  ...bare, itemCode: 'scjg-cf-001', itemName: '对无证从事食品生产经营的行政处罚', acceptingBody: '邵阳市市场监督管理局',
  timeLimit: { days: 90, unit: 'CALENDAR', basis: ['《中华人民共和国行政处罚法》第六十条'], note: '自立案之日起计算' },
  supervision: [{ body: '投诉举报中心', phone: '12315' }], officeHours: '工作日 8:00—12:00', address: '邵阳市示范路 1 号', phone: '0739-5201234',
  remedies: remedies('邵阳市人民政府'),
};

describe('a service guide on the portal', () => {
  it('prints the configured time limit with its basis, supervision, office hours, address and phone', () => {
    const html = render(<ServiceGuideCard guide={full} />);
    expect(html).toContain('90 日（《中华人民共和国行政处罚法》第六十条）');
    expect(html).toContain('自立案之日起计算');
    expect(html).toContain('投诉举报中心 <a href="tel:12315">12315</a>');
    expect(html).toContain('工作日 8:00—12:00');
    expect(html).toContain('邵阳市示范路 1 号');
    expect(html).toContain('<a href="tel:0739-5201234">0739-5201234</a>');
    expect(html).toContain('六十日内向邵阳市人民政府申请行政复议');
    expect(html).not.toContain('本单位尚未公布');
  });

  it('says "not yet published" for each of the five fields a body has not configured', () => {
    const html = render(<ServiceGuideCard guide={bare} />);
    expect(html.match(/本单位尚未公布/gu)).toHaveLength(5);
    expect(html).toContain('邵阳市生态环境局');
  });

  it('counts working days as working days, in the reader\'s language', () => {
    const html = render(<ServiceGuideCard guide={{ ...full, timeLimit: { days: 20, unit: 'WORKING', basis: [], note: null } }} />, 'en');
    expect(html).toContain('20 working days');
    expect(html).toContain('Office hours');
    expect(render(<ServiceGuideCard guide={bare} />, 'en').match(/Not yet published by this body/gu)).toHaveLength(5);
  });
});

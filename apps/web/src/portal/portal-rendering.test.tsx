import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider, type Language } from '../i18n/index.ts';
import { EntryTable } from './components/EntryTable.tsx';
import { FlowChartDiagram } from './components/FlowChartDiagram.tsx';
import type { FlowChartData, PortalEntry } from './portal-data.ts';

const render = (node: ReactNode, language: Language = 'zh-CN') => renderToStaticMarkup(<I18nProvider initialLanguage={language}>{node}</I18nProvider>);

const entry = (overrides: Partial<PortalEntry>): PortalEntry => ({
  id: '0199a', status: 'PUBLISHED', itemName: '行政处罚决定信息', decisionNumber: '邵市监罚〔2025〕1号', partyName: '邵阳市甲味商行', creditCode: null,
  itemCode: 'scjg-cf-001', caseType: 'PENALTY', decidedOn: '2025-09-26', publishedOn: '2025-09-26', displayUntil: null, agency: '邵阳市市场监督管理局',
  withdrawal: null, ...overrides,
});

describe('the result table', () => {
  it('links each decision to its own address and shows the published party', () => {
    const html = render(<EntryTable tenant="shaoyang" entries={[entry({})]} />);
    expect(html).toContain('href="/p/shaoyang/d/0199a"');
    expect(html).toContain('邵阳市甲味商行');
    expect(html).toContain('已公示');
  });

  it('never shows the party of a withdrawn entry, even if one were sent', () => {
    const html = render(<EntryTable tenant="shaoyang" entries={[entry({ status: 'WITHDRAWN', partyName: '不应出现的名称', withdrawal: { withdrawnAt: new Date(), reason: '撤销', basis: null } })]} />);
    expect(html).not.toContain('不应出现的名称');
    expect(html).toContain('已撤回');
  });
});

describe('a flow chart on the page', () => {
  const chart: FlowChartData = {
    caseType: 'PENALTY', procedure: 'GENERAL', mermaid: '',
    stages: [{ key: 'FILING', label: { zh: '立案', en: 'Filing' } }, { key: 'DECISION', label: { zh: '决定', en: 'Decision' } }],
    steps: [{ key: 'decide', label: { zh: '作出决定', en: 'Decide' }, from: ['FILING'], to: 'DECISION', basis: '《行政处罚法》第五十七条' }],
  };

  it('is an SVG drawn from the stages and steps, with the steps and their basis as a table', () => {
    const html = render(<FlowChartDiagram chart={chart} title="行政处罚 · 一般程序" />);
    expect(html).toMatch(/<svg[^>]+role="img"[^>]+aria-label="行政处罚 · 一般程序"/u);
    expect(html).toContain('>立案<');
    expect(html).toContain('>作出决定<');
    expect(html).toContain('《行政处罚法》第五十七条');
  });

  it('speaks the reader\'s language', () => {
    const html = render(<FlowChartDiagram chart={chart} title="Penalty" />, 'en');
    expect(html).toContain('>Filing<');
    expect(html).toContain('>Decide<');
    expect(html).not.toContain('>立案<');
  });
});

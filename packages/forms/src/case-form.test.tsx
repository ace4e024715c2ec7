// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseForm, type CaseFormProps } from './case-form.tsx';
import { nationalForm } from './fixtures/repository-forms.ts';

// React needs to be told it runs under a test harness to flush updates inside act().
Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);

const notice = nationalForm('penalty-notice');
const seizure = nationalForm('seizure-record');
const HEARING = { kind: 'penalty-notice', required: ['hearingRight', 'hearingRequestDeadline'], visible: ['hearingRight', 'hearingRequestDeadline'], reasons: {
  hearingRight: [{ ruleId: 'apl-63.hearing-notice-required', text: { zh: '因当事人享有听证权利，表单「penalty-notice」的 hearingRight、hearingRequestDeadline 为必填（《行政处罚法》第六十三条、第六十四条）', en: 'Because the party has a right to a hearing, hearingRight, hearingRequestDeadline of form "penalty-notice" are required (Administrative Penalty Law art. 63, art. 64).' } }],
} };

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

function render(props: Partial<CaseFormProps> = {}): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  const mounted = createRoot(host);
  root = mounted;
  act(() => mounted.render(<CaseForm schema={notice.schema} uiSchema={notice.uiSchema} language="zh-CN" onSubmit={() => undefined} {...props} />));
  return host;
}

function submit(container: HTMLElement): void {
  const button = container.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!button) throw new Error('no submit button');
  act(() => button.click());
}

describe('CaseForm', () => {
  it('renders the form with its Chinese titles and a Chinese submit button', () => {
    const container = render();
    expect(container.textContent).toContain('行政处罚事先告知书');
    expect(container.textContent).toContain('拟认定的违法事实');
    // antd spaces out a two-character Chinese button label ("提 交").
    expect(container.querySelector('button[type="submit"]')?.textContent?.replace(/\s/gu, '')).toBe('提交');
  });

  it('hides the hearing fields until the engine\'s overlay shows them, with the reason', () => {
    expect(render().textContent).not.toContain('要求听证的截止日期');
    act(() => root?.unmount());
    const shown = render({ overlay: HEARING });
    expect(shown.textContent).toContain('要求听证的截止日期');
    expect(shown.textContent).toContain('已告知当事人有要求听证的权利');
    expect(shown.textContent).toContain('必填：因当事人享有听证权利，表单「行政处罚事先告知书」的 已告知当事人有要求听证的权利、要求听证的截止日期 为必填');
  });

  it('refuses an empty submission with Chinese messages naming each field, and does not submit', () => {
    const onSubmit = vi.fn();
    const container = render({ overlay: HEARING, onSubmit });
    submit(container);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(container.textContent).toContain('「当事人姓名或者名称」未填写：这是必填项，请填写');
    expect(container.textContent).toContain('「要求听证的截止日期」未填写：这是必填项，请填写');
    expect(container.textContent).toContain('请修改以下问题');
    expect(container.textContent).not.toMatch(/must have required property/u);
  });

  it('speaks English when asked', () => {
    const container = render({ overlay: HEARING, language: 'en' });
    expect(container.textContent).toContain('Notice of intended penalty');
    expect(container.textContent).toContain('Deadline to ask for a hearing');
    submit(container);
    expect(container.textContent).toContain('"Name of the party" is empty: it is required, please fill it in');
  });

  it('submits the data once the form is complete', () => {
    const onSubmit = vi.fn();
    const formData = {
      documentNumber: '邵市监告〔2025〕12号', partyName: '某商贸有限公司', partyAddress: '邵阳市大祥区', facts: '销售过期食品', evidence: '现场笔录、询问笔录',
      legalBasis: '《中华人民共和国食品安全法》第一百二十四条', intendedPenalty: '罚款五万元', statementDeadline: '2025-04-03', agency: '邵阳市市场监督管理局', notifiedAt: '2025-03-31',
    };
    const container = render({ formData, onSubmit });
    submit(container);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject(formData);
  });

  it('shows the server\'s issues under their fields', () => {
    const container = render({ serverIssues: [{ pointer: '/partyName', keyword: 'maxLength', zh: '「当事人姓名或者名称」太长：最多 200 个字符，请删减', en: '"Name of the party" is too long' }] });
    expect(container.textContent).toContain('「当事人姓名或者名称」太长：最多 200 个字符，请删减');
  });

  it('never nests one antd Form.Item in another, so typing in a field re-renders that field alone', () => {
    // A Form.Item gives everything inside it a new context value on each render; nested, one keystroke re-rendered
    // all 311 Form.Items of the 300-field benchmark form. Groups and lists use a plain wrapper instead.
    const container = render({ schema: seizure.schema, uiSchema: seizure.uiSchema, formData: { inventory: [{ name: '白酒', quantity: 1, unit: '箱' }] } });
    expect(container.querySelectorAll('.ant-form-item').length).toBeGreaterThan(20);
    expect(container.querySelectorAll('.ant-form-item .ant-form-item')).toHaveLength(0);
  });

  it('shows a list\'s own error, such as an empty inventory the seizure overlay requires', () => {
    const container = render({ schema: seizure.schema, uiSchema: seizure.uiSchema, overlay: { required: ['inventory'], visible: [] }, formData: { inventory: [] } });
    submit(container);
    const group = container.querySelector('#root_inventory__error');
    expect(group?.textContent).toBe('「查封（扣押）清单」至少应填写 1 项，请添加');
  });

  it('keeps the summary of a refused submit short, and says how many more there are', () => {
    const names = Array.from({ length: 30 }, (_, index) => `f${index}`);
    const schema = { type: 'object', title: '三十个必填项', required: names, properties: Object.fromEntries(names.map((name, index) => [name, { type: 'string', title: `第 ${index + 1} 项` }])) };
    const container = render({ schema, uiSchema: {} });
    submit(container);
    const items = [...container.querySelectorAll('.sanxiang-error-list li')].map((item) => item.textContent ?? '');
    expect(items).toHaveLength(21);
    expect(items[0]).toBe('「第 1 项」未填写：这是必填项，请填写');
    expect(items.at(-1)).toBe('……另有 10 处，见各字段下方');
    expect(container.querySelectorAll('.ant-form-item-explain-error')).toHaveLength(30);
  });
});


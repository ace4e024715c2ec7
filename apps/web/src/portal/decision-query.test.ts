import { describe, expect, it } from 'vitest';
import { LAST_PAGE, PAGE_SIZE, queryFromForm, queryParams, readDecisionQuery, searchInput } from './decision-query.ts';

const read = (query: string) => readDecisionQuery(new URLSearchParams(query));

describe('the decision search in the address', () => {
  it('reads every filter the router takes', () => {
    const { query, ignored } = read('partyName=%20宝庆%20&creditCode=91430500MA4L2Q8X7X&decisionNumber=邵市监罚〔2025〕1号&itemCode=scjg-cf-001&caseType=PENALTY&from=2025-09-01&to=2025-09-30&page=2');
    expect(ignored).toEqual([]);
    expect(query).toEqual({
      partyName: '宝庆', creditCode: '91430500MA4L2Q8X7X', decisionNumber: '邵市监罚〔2025〕1号', itemCode: 'scjg-cf-001',
      caseType: 'PENALTY', decidedFrom: '2025-09-01', decidedTo: '2025-09-30', page: 2,
    });
    expect(searchInput('shaoyang', query)).toMatchObject({ tenantCode: 'shaoyang', partyName: '宝庆', decidedFrom: '2025-09-01', page: 2, pageSize: PAGE_SIZE });
  });

  it('drops and names what the router would refuse, keeping the rest', () => {
    const { query, ignored } = read(`partyName=${'甲'.repeat(101)}&caseType=FINE&from=2025-02-30&to=yesterday&page=${LAST_PAGE + 1}&decisionNumber=1号`);
    expect(ignored).toEqual(['partyName', 'caseType', 'from', 'to', 'page']);
    expect(query).toEqual({ decisionNumber: '1号', page: 1 });
  });

  it('carries the cursor of a page past the last numbered one, instead of a page number', () => {
    expect(read('caseType=PENALTY&after=MjAyNS0wOS0yNn4wMTk5&page=3')).toEqual({ query: { caseType: 'PENALTY', after: 'MjAyNS0wOS0yNn4wMTk5', page: 1 }, ignored: [] });
    expect(read('after=not%20a%20cursor').ignored).toEqual(['after']);
    expect(queryParams({ caseType: 'PENALTY', after: 'abc', page: 4 })).toEqual({ caseType: 'PENALTY', after: 'abc' });
  });

  it('ignores empty parameters without complaint', () => {
    expect(read('partyName=&caseType=&page=')).toEqual({ query: { page: 1 }, ignored: [] });
  });

  it('writes back only what is set, and the page only past the first', () => {
    expect(queryParams({ partyName: '宝庆', decidedFrom: '2025-09-01', page: 1 })).toEqual({ partyName: '宝庆', from: '2025-09-01' });
    expect(queryParams({ caseType: 'LICENCE', page: 3 })).toEqual({ caseType: 'LICENCE', page: '3' });
  });

  it('turns a submitted form into a new search at page 1', () => {
    const form = new FormData();
    form.set('partyName', '  李  ');
    form.set('creditCode', '');
    form.set('to', '2025-10-01');
    expect(queryFromForm(form).toString()).toBe('partyName=%E6%9D%8E&to=2025-10-01');
  });
});

import { describe, expect, it } from 'vitest';
import { contentRows } from './decision-content.ts';

describe('a published decision as rows', () => {
  it('puts known fields in document order and keeps extra text under its own name', () => {
    const rows = contentRows({
      penalty: '罚款 500 元', party: { kind: 'ORGANISATION', name: '某商行', creditCode: '91430500MA4L2Q8X7X' }, agency: '某局',
      decidedAt: '2025-09-26', decisionNumber: '某罚〔2025〕1号', remarks: '已缴纳', points: 3,
    });
    expect(rows.map((row) => row.path)).toEqual(['decisionNumber', 'party.kind', 'party.name', 'party.creditCode', 'agency', 'decidedAt', 'penalty', 'remarks', 'points']);
    expect(rows.find((row) => row.path === 'points')?.value).toBe('3');
  });

  it('reads odd JSON without failing: blanks, booleans, nulls and deep nesting are left out, lists joined', () => {
    const rows = contentRows({ facts: '  ', secret: true, nothing: null, tags: ['甲', 2, { x: 1 }], a: { b: { c: { d: 'too deep' } } } });
    expect(rows).toEqual([{ path: 'tags', value: '甲；2' }]);
    expect(contentRows(null)).toEqual([]);
  });
});

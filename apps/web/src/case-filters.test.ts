import { describe, expect, it } from 'vitest';
import { filterCases } from './case-filters.ts';
import { parseParticipants } from './participants.ts';
import type { CaseListItem } from './trpc.ts';

const item = (number: string, title: string, stage: string, type = 'PENALTY'): CaseListItem => ({
  id: number, number, title, type, procedure: 'GENERAL', stage, actDate: new Date('2026-11-23'), department: { code: 'scjg', name: '邵阳市市场监督管理局' },
});

describe('the case list filters', () => {
  const cases = [item('SCJG-2026-0001', '无证经营食品案', 'NOTICE'), item('SCJG-2026-0002', '超范围经营案', 'FILING'), item('Q-1', '查封冷库', 'IN_FORCE', 'COERCION')];

  it('matches the number, the title or the department, ignoring case', () => {
    expect(filterCases(cases, { text: 'scjg-2026-0002', stage: undefined, type: undefined }).map((each) => each.id)).toEqual(['SCJG-2026-0002']);
    expect(filterCases(cases, { text: '食品', stage: undefined, type: undefined }).map((each) => each.id)).toEqual(['SCJG-2026-0001']);
    expect(filterCases(cases, { text: '市场监督', stage: undefined, type: undefined })).toHaveLength(3);
  });

  it('narrows by stage and by type together', () => {
    expect(filterCases(cases, { text: '', stage: 'FILING', type: 'PENALTY' }).map((each) => each.id)).toEqual(['SCJG-2026-0002']);
    expect(filterCases(cases, { text: '', stage: 'FILING', type: 'COERCION' })).toEqual([]);
  });
});

describe('collective-discussion participants', () => {
  it('reads one person a line, with the position after a full-width or ASCII colon', () => {
    expect(parseParticipants('王强：局长\n 李华: 法制科长 \n\n赵敏')).toEqual([
      { name: '王强', role: '局长' }, { name: '李华', role: '法制科长' }, { name: '赵敏', role: '' },
    ]);
  });
});

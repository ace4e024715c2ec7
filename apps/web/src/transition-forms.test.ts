import { describe, expect, it } from 'vitest';
import { beijingInstant, beijingLocalNow, STEP_FIELDS, toDetail } from './transition-forms.ts';

describe('step forms', () => {
  it('gives local times their Beijing offset, which the server requires', () => {
    expect(beijingInstant('2026-11-23T10:00')).toBe('2026-11-23T10:00:00+08:00');
    expect(beijingInstant('2026-11-23T10:00:30')).toBe('2026-11-23T10:00:30+08:00');
    expect(() => beijingInstant('10:00')).toThrow(RangeError);
    expect(beijingLocalNow(new Date('2026-11-23T02:30:00Z'))).toBe('2026-11-23T10:30');
  });

  it('turns an on-site record into the detail the workflow reads, leaving out what was not filled in', () => {
    const detail = toDetail(STEP_FIELDS['record-inspection']!, { startedAt: '2026-11-23T09:00', endedAt: '2026-11-23T10:00', place: ' 宝庆路88号 ', partyPresent: undefined });
    expect(detail).toEqual({ startedAt: '2026-11-23T09:00:00+08:00', endedAt: '2026-11-23T10:00:00+08:00', place: '宝庆路88号' });
  });

  it('puts the fine on the FINE penalty and on the decision, and keeps only the reasons written', () => {
    const detail = toDetail(STEP_FIELDS['propose-decision']!, {
      penalties: ['WARNING', 'FINE'], amount: 50000, reasoning: { evidence: '证据相互印证', basis: '  ', discretion: '一般情节' },
    });
    expect(detail).toEqual({
      penalties: [{ kind: 'WARNING' }, { kind: 'FINE', amount: 50000 }],
      amount: 50000,
      reasoning: { evidence: '证据相互印证', discretion: '一般情节' },
    });
  });

  it('keeps only complete inventory rows of a seizure', () => {
    const detail = toDetail(STEP_FIELDS.seize!, { startedAt: '2026-11-23T09:00', endedAt: '2026-11-23T11:00', place: '仓库', inventory: [{ name: '奶粉', quantity: 3, unit: '罐' }, { name: '', quantity: 1 }, undefined] });
    expect(detail.inventory).toEqual([{ name: '奶粉', quantity: 3, unit: '罐' }]);
  });

  it('sends a licence grant bare, and a refusal with its reasons and remedies (行政许可法 第三十八条)', () => {
    const fields = STEP_FIELDS['decide-licence']!;
    expect(toDetail(fields, { number: '许1', licence: { outcome: 'GRANTED', reasons: '先前填写' } })).toEqual({ number: '许1', licence: { outcome: 'GRANTED' } });
    const remedies = { reconsideration: ' 六十日内向市政府申请复议 ', litigation: '六个月内向区法院起诉' };
    expect(toDetail(fields, { number: '许2', licence: { outcome: 'REFUSED', reasons: ' 条件不符 ', remedies } })).toEqual({
      number: '许2', licence: { outcome: 'REFUSED', reasons: '条件不符', remedies: { reconsideration: '六十日内向市政府申请复议', litigation: '六个月内向区法院起诉' } },
    });
    // Left blank, the refusal goes to the server without them, which names the missing field.
    expect(toDetail(fields, { licence: { outcome: 'REFUSED', reasons: ' ' } })).toEqual({ licence: { outcome: 'REFUSED' } });
  });

  it('asks nothing of a step that records nothing but itself', () => {
    expect(STEP_FIELDS['waive-defence']).toBeUndefined();
  });
});

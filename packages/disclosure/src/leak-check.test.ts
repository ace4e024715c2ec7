import { describe, expect, it } from 'vitest';
import type { DecisionSummary } from './decision-summary.ts';
import { verifyNoLeak } from './leak-check.ts';
import { DEFAULT_REDACTION_POLICY } from './redaction-policy.ts';

const original: DecisionSummary = {
  decisionNumber: '邵市监处罚〔2025〕123号',
  party: {
    kind: 'INDIVIDUAL',
    name: '张三',
    idNumber: '430502199003073215',
    phone: '13807391234',
    address: '邵阳市大祥区学院路1号',
    bankAccount: '6222021234567890128',
    health: '患有高血压',
  },
  otherPersons: [{ name: '李四', role: '证人' }],
  facts: '证人李四电话（0739）5201234。',
  basis: '《中华人民共和国食品安全法》第一百二十四条',
  penalty: '罚款50000元',
  agency: '邵阳市市场监督管理局',
  decidedAt: '2025-10-13',
};

describe('verifyNoLeak', () => {
  it('finds every private value when the original itself is published', () => {
    const leaks = verifyNoLeak(original, original, { policy: { ...DEFAULT_REDACTION_POLICY, naturalPersonName: 'HIDE' } });
    const kinds = leaks.map((l) => `${l.kind} ${l.source}`);
    // 李四 shows up twice (otherPersons and facts); every other value once.
    expect(kinds.filter((k) => k === 'NAME otherPersons.0.name')).toHaveLength(2);
    expect(new Set(kinds)).toEqual(
      new Set([
        'ID_NUMBER party.idNumber',
        'MOBILE party.phone',
        'ADDRESS party.address',
        'BANK_ACCOUNT party.bankAccount',
        'HEALTH party.health',
        'NAME party.name',
        'NAME otherPersons.0.name',
        'LANDLINE facts',
      ]),
    );
  });

  it('sees through full-width digits, any number of separators and line breaks', () => {
    const redacted = { decisionNumber: 'x', note: '号码：４３０５０２ 1990\n\n\n\n\n\n0307 32 15', other: '1 3 8 0 7 3 9 1 2 3 4' };
    expect(verifyNoLeak(original, redacted).map((l) => l.field)).toEqual(['note', 'other']);
  });

  it('treats the punished person’s name as public under KEEP and reports nothing for a withheld payload', () => {
    expect(verifyNoLeak(original, { name: '张三' })).toEqual([]);
    expect(verifyNoLeak(original, null)).toEqual([]);
  });

  it('checks values the caller knows are private', () => {
    const leaks = verifyNoLeak(original, { facts: '卡号 6217 0000 1111 2222 333' }, { knownValues: ['6217000011112222333'] });
    expect(leaks).toEqual([{ kind: 'KNOWN_VALUE', source: 'knownValues.0', field: 'facts', value: '6217000011112222333' }]);
  });
});

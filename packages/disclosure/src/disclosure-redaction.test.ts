import { isAppError } from '@sanxiang/errors';
import { describe, expect, it } from 'vitest';
import type { DecisionSummary } from './decision-summary.ts';
import { redactDisclosure } from './disclosure-redaction.ts';
import { verifyNoLeak } from './leak-check.ts';
import { DEFAULT_REDACTION_POLICY, type RedactionPolicy } from './redaction-policy.ts';

/** A decision a test overrides, in the manner of json-rules-engine's rule factory. */
function decision(overrides: Partial<DecisionSummary> = {}): DecisionSummary {
  return {
    decisionNumber: '邵市监处罚〔2025〕123号',
    party: {
      kind: 'INDIVIDUAL',
      name: '张三',
      idNumber: '430502199003073215',
      phone: '138 0739 1234',
      address: '邵阳市大祥区学院路1号',
      bankAccount: '6222 0212 3456 7890 128',
      health: '患有高血压',
    },
    otherPersons: [
      { name: '李四', role: '证人' },
      { name: '王五', role: '受害人' },
    ],
    facts: '当事人张三（身份证号４３０５０２１９９００３０７３２１５）在邵阳市大祥区学院路1号销售过期食品，证人李四（电话13907391234）证实，王五购买后就医。',
    basis: '《中华人民共和国食品安全法》第一百二十四条',
    penalty: '罚款50000元',
    agency: '邵阳市市场监督管理局',
    decidedAt: '2025-10-13',
    ...overrides,
  };
}

const policy = (overrides: Partial<RedactionPolicy> = {}): RedactionPolicy => ({ ...DEFAULT_REDACTION_POLICY, ...overrides });

function published(d: DecisionSummary, p: RedactionPolicy = DEFAULT_REDACTION_POLICY) {
  const result = redactDisclosure(d, p);
  if (result.withheld) throw new Error(`unexpectedly withheld: ${result.withheld.reason.en}`);
  return result;
}

describe('natural persons', () => {
  it('masks ID number, phone and bank account, hides address and health, in fields and in the facts', () => {
    const { payload, redactedFields } = published(decision());
    expect(payload.party).toEqual({
      kind: 'INDIVIDUAL',
      name: '张三',
      idNumber: '******************',
      phone: '*** **** ****',
      address: '***',
      bankAccount: '**** **** **** **** ***',
      health: '***',
    });
    expect(payload.facts).toBe('当事人张三（身份证号******************）在***销售过期食品，证人某甲（电话***********）证实，某乙购买后就医。');
    expect(redactedFields).toEqual([
      'facts',
      'otherPersons',
      'party.address',
      'party.bankAccount',
      'party.health',
      'party.idNumber',
      'party.phone',
    ]);
    expect(payload).not.toHaveProperty('otherPersons');
  });

  it.each([
    ['KEEP', '张三', '当事人张三'],
    ['SURNAME_ONLY', '张某某', '当事人张某某'],
    ['HIDE', '某某', '当事人某某'],
  ] as const)('shows the punished person’s name as %s', (naturalPersonName, name, factsStart) => {
    const { payload } = published(decision(), policy({ naturalPersonName }));
    expect(payload.party.name).toBe(name);
    expect(payload.facts?.startsWith(factsStart)).toBe(true);
  });

  it('keeps a compound surname whole', () => {
    const d = decision({ party: { kind: 'INDIVIDUAL', name: '欧阳修远' }, facts: '欧阳修远无证经营。' });
    const { payload } = published(d, policy({ naturalPersonName: 'SURNAME_ONLY' }));
    expect(payload.party.name).toBe('欧阳某某');
    expect(payload.facts).toBe('欧阳某某无证经营。');
  });

  it('does not mutate the decision it was given', () => {
    const d = decision();
    const copy = structuredClone(d);
    redactDisclosure(d, policy({ naturalPersonName: 'HIDE', privateFields: ['basis'] }));
    expect(d).toEqual(copy);
  });
});

describe('organisations', () => {
  const org = (): DecisionSummary =>
    decision({
      party: {
        kind: 'ORGANISATION',
        name: '邵阳市湘味食品有限公司',
        creditCode: '91430500MA4L000000',
        address: '邵阳市大祥区学院路1号',
        bankAccount: '4305 0160 3608 0500 0123',
      },
      otherPersons: [{ name: '赵六', role: '法定代表人' }],
      facts: '当事人邵阳市湘味食品有限公司（统一社会信用代码91430500MA4L000000）的员工赵六销售过期食品。',
    });

  it('keeps the name, credit code and address, and hides the bank account (art. 7(2))', () => {
    const { payload } = published(org());
    expect(payload.party).toEqual({
      kind: 'ORGANISATION',
      name: '邵阳市湘味食品有限公司',
      creditCode: '91430500MA4L000000',
      address: '邵阳市大祥区学院路1号',
      bankAccount: '**** **** **** **** ****',
    });
    expect(payload.facts).toBe('当事人邵阳市湘味食品有限公司（统一社会信用代码91430500MA4L000000）的员工某甲销售过期食品。');
  });

  it('keeps an all-digit credit code in the facts when the field holds it', () => {
    const d = org();
    d.party.creditCode = '914305001234567816';
    d.facts = '统一社会信用代码：914305001234567816。';
    expect(published(d).payload.facts).toBe(d.facts);
  });

  it('masks an ID number put in the credit code box', () => {
    const d = org();
    d.party.creditCode = '430502199003073215';
    expect(published(d).payload.party.creditCode).toBe('******************');
  });
});

describe('the policy', () => {
  it('removes private fields rather than masking them, and lists them', () => {
    const { payload, redactedFields } = published(decision({ inspector: { note: '内部意见' } }), policy({ privateFields: ['basis', 'party.address', 'inspector.note'] }));
    expect(payload).not.toHaveProperty('basis');
    expect(payload.party).not.toHaveProperty('address');
    expect(payload['inspector']).toEqual({});
    expect(redactedFields).toEqual(expect.arrayContaining(['basis', 'party.address', 'inspector.note']));
  });

  it('scans free text whatever the policy says, extra fields and numbers included', () => {
    const d = decision({ remarks: ['复核电话 0739-5201234', { mobile: 13807391234, amount: 50000 }] });
    const { payload } = published(d, policy({ naturalPersonName: 'KEEP' }));
    expect(payload['remarks']).toEqual(['复核电话 ****-*******', { mobile: '***********', amount: 50000 }]);
  });

  it('keeps the numbers it declares public', () => {
    const d = decision({ facts: '如有异议请拨打本局电话0739-5201234。' });
    expect(published(d, policy({ publicNumbers: ['0739-5201234'] })).payload.facts).toBe(d.facts);
    expect(published(d).payload.facts).toBe('如有异议请拨打本局电话****-*******。');
  });

  it('leaves nothing for verifyNoLeak to find', () => {
    for (const naturalPersonName of ['KEEP', 'SURNAME_ONLY', 'HIDE'] as const) {
      const p = policy({ naturalPersonName });
      expect(verifyNoLeak(decision(), published(decision(), p).payload, { policy: p })).toEqual([]);
    }
  });
});

describe('withheld decisions', () => {
  it.each([
    ['MINOR', decision({ party: { kind: 'INDIVIDUAL', name: '小明', minor: true } }), '未成年人'],
    ['SECRET', decision({ coreFactsSecret: true }), '秘密'],
    ['PRIVACY', decision({ privacyCore: true }), '个人隐私'],
  ] as const)('withholds %s with a bilingual reason and its basis', (code, d, zh) => {
    const result = redactDisclosure(d);
    expect(result.payload).toBeNull();
    expect(result.withheld?.code).toBe(code);
    expect(result.withheld?.reason.zh).toContain(zh);
    expect(result.withheld?.reason.en).toMatch(/not published/);
    expect(result.withheld?.basis).toContain('第五条');
  });

  it('fails closed on a flag that is not a clear false', () => {
    // As a form might send it, read from JSON without a schema.
    const d: DecisionSummary = JSON.parse(JSON.stringify({ ...decision(), privacyCore: 'false' }));
    expect(redactDisclosure(d).withheld?.code).toBe('PRIVACY');
    expect(redactDisclosure(decision({ privacyCore: false })).withheld).toBeUndefined();
  });
});

describe('bad input', () => {
  it('throws BAD_INPUT for a summary without a party', () => {
    const broken: DecisionSummary = JSON.parse(JSON.stringify({ ...decision(), party: null }));
    expect(() => redactDisclosure(broken)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    try {
      redactDisclosure(broken);
    } catch (error) {
      expect(isAppError(error)).toBe(true);
    }
  });
});

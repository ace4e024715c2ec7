/**
 * The acceptance test of issue 7: nothing unredacted reaches the published payload, for 10,000 generated
 * decisions whose numbers are spelled every way a clerk spells them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionSummary } from './decision-summary.ts';
import { CH_X, classifyCodePoint } from './digit-shadow.ts';
import { redactDisclosure } from './disclosure-redaction.ts';
import { verifyNoLeak } from './leak-check.ts';
import type { RedactionPolicy } from './redaction-policy.ts';
import {
  FILLERS,
  spelledBankCard,
  spelledLandline,
  spelledMobile,
  spelledResidentId,
  spelledSensitiveNumber,
  type SensitiveNumber,
} from './sensitive-number-arbitraries.ts';
import { redactText } from './text-redaction.ts';

const PARTY_NAMES = ['张三', '欧阳修远', '买买提·艾力', '王小明', '刘建国'];
const OTHER_NAMES = ['李四', '赵六', '孙七七', '周八', '钱多多'];

type Piece = { kind: 'filler'; text: string } | { kind: 'number'; number: SensitiveNumber } | { kind: 'name'; index: number };

const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FILLERS).map((text): Piece => ({ kind: 'filler', text })) },
  { weight: 3, arbitrary: spelledSensitiveNumber.map((number): Piece => ({ kind: 'number', number })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: OTHER_NAMES.length }).map((index): Piece => ({ kind: 'name', index })) },
);

interface ComposedText {
  text: string;
  /** UTF-16 ranges of the numbers in the text. */
  ranges: [number, number][];
  numbers: string[];
}

function compose(pieces: readonly Piece[], partyName: string): ComposedText {
  let text = '';
  const ranges: [number, number][] = [];
  const numbers: string[] = [];
  for (const p of pieces) {
    if (p.kind === 'filler') text += p.text;
    else if (p.kind === 'name') text += p.index === 0 ? partyName : (OTHER_NAMES[p.index - 1] ?? '');
    else {
      ranges.push([text.length, text.length + p.number.text.length]);
      numbers.push(p.number.digits);
      text += p.number.text;
    }
  }
  return { text, ranges, numbers };
}

const generatedDecision = fc.record({
  natural: fc.boolean(),
  partyName: fc.constantFrom(...PARTY_NAMES),
  id: spelledResidentId,
  phone: fc.oneof(spelledMobile, spelledLandline),
  card: spelledBankCard,
  address: fc.constantFrom('邵阳市大祥区学院路1号', '湖南省邵阳市双清区东风路88号3栋2单元'),
  health: fc.constantFrom('患有高血压', '三级伤残，长期服药'),
  others: fc.integer({ min: 0, max: OTHER_NAMES.length }),
  facts: fc.array(piece, { minLength: 1, maxLength: 8 }),
  remarks: fc.array(piece, { maxLength: 4 }),
  nameHandling: fc.constantFrom('KEEP', 'SURNAME_ONLY', 'HIDE'),
});

/** Every digit (and X) inside a generated number's range lies inside some finding. */
function uncoveredDigits(composed: ComposedText): string[] {
  const findings = redactText(composed.text).findings;
  const missed: string[] = [];
  for (const [from, to] of composed.ranges) {
    for (let i = from; i < to; i++) {
      const meaning = classifyCodePoint(composed.text.codePointAt(i) ?? 0);
      if (meaning > 9 && meaning !== CH_X) continue;
      if (!findings.some((f) => f.start <= i && i < f.end)) missed.push(`${composed.text.slice(from, to)} @${i - from}`);
    }
  }
  return missed;
}

describe('redaction property (issue 7)', () => {
  it('lets nothing unredacted reach the payload of 10,000 generated decisions', () => {
    let runs = 0;
    const started = performance.now();
    fc.assert(
      fc.property(generatedDecision, (g) => {
        runs++;
        const facts = compose(g.facts, g.partyName);
        const remarks = compose(g.remarks, g.partyName);
        expect(uncoveredDigits(facts)).toEqual([]);

        const policy: RedactionPolicy = { naturalPersonName: g.nameHandling, privateFields: [], publicNumbers: [], basis: [{ law: 'test' }] };
        const decision: DecisionSummary = {
          decisionNumber: '邵市监处罚〔2025〕123号',
          party: g.natural
            ? { kind: 'INDIVIDUAL', name: g.partyName, idNumber: g.id.text, phone: g.phone.text, address: g.address, bankAccount: g.card.text, health: g.health }
            : { kind: 'ORGANISATION', name: '邵阳市湘味食品有限公司', creditCode: '91430500MA4L000004', phone: g.phone.text, bankAccount: g.card.text },
          otherPersons: OTHER_NAMES.slice(0, g.others).map((name) => ({ name, role: '证人' })),
          facts: facts.text,
          basis: '《中华人民共和国食品安全法》第一百二十四条',
          penalty: '罚款50000元',
          agency: '邵阳市市场监督管理局',
          decidedAt: '2025-10-13',
          remarks: { note: remarks.text },
        };
        const result = redactDisclosure(decision, policy);
        expect(result.withheld).toBeUndefined();
        const knownValues = [...facts.numbers, ...remarks.numbers, g.phone.digits, g.card.digits, ...(g.natural ? [g.id.digits] : [])];
        expect(verifyNoLeak(decision, result.payload, { policy, knownValues })).toEqual([]);
        // Other persons' names are hidden whatever the policy; the check above covers them too.
        if (g.others > 0) expect(result.redactedFields).toContain('otherPersons');
      }),
      { numRuns: 10_000 },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`redaction property: ${runs} decisions in ${seconds.toFixed(1)} s`);
    expect(runs).toBe(10_000);
  }, 180_000); // about 7 s on a 2-core machine; the margin is for slower CI runners, not a speed check.

  const tricky = fc.constantFrom(
    '1', '3', '8', '0', '4', '9', '６', '９', 'Ｘ', 'X', 'x', '×', ' ', '-', '\n', '+', '.', '电', '话', '：', '身', '份',
    '证', '号', '卡', 'A', 'M', '·', '。', '\u200b', '*', '(', ')', '𝟏', '𝟑',
  );

  it('is idempotent and never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: tricky, maxLength: 120 })), (s) => {
        const once = redactText(s);
        const twice = redactText(once.text);
        expect(twice.text).toBe(once.text);
        expect(twice.findings).toEqual([]);
        let previousEnd = 0;
        for (const f of once.findings) {
          expect(f.start).toBeGreaterThanOrEqual(previousEnd);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(s.length);
          previousEnd = f.end;
        }
      }),
      { numRuns: 5_000 },
    );
  });

  it('changes nothing but digits, and only to "*"', () => {
    const bmpTricky = fc.string({ unit: fc.constantFrom('1', '3', '8', '0', '５', 'Ｘ', 'X', ' ', '-', '\n', '+', '电', '话', '：', 'A'), maxLength: 120 });
    fc.assert(
      fc.property(bmpTricky, (s) => {
        const out = redactText(s).text;
        expect(out.length).toBe(s.length);
        for (let i = 0; i < s.length; i++) {
          if (out[i] === s[i]) continue;
          expect(out[i]).toBe('*');
          const meaning = classifyCodePoint(s.charCodeAt(i));
          expect(meaning <= 9 || meaning === CH_X).toBe(true);
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it('never throws on decisions made of arbitrary strings, and leaks none of the numbers it finds', () => {
    const text = fc.string({ unit: 'binary', maxLength: 60 });
    fc.assert(
      fc.property(fc.record({ name: text, facts: text, basis: text, penalty: text, note: text, natural: fc.boolean() }), (g) => {
        const decision: DecisionSummary = {
          decisionNumber: '邵市监处罚〔2025〕1号',
          party: { kind: g.natural ? 'INDIVIDUAL' : 'ORGANISATION', name: g.name },
          facts: g.facts,
          basis: g.basis,
          penalty: g.penalty,
          agency: '邵阳市市场监督管理局',
          decidedAt: '2025-10-13',
          note: g.note,
        };
        const result = redactDisclosure(decision);
        expect(verifyNoLeak(decision, result.payload)).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  });
});

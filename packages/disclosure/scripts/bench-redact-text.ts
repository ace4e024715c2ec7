/**
 * Prints how fast the free-text scanner and the structured redaction run. Not a test: speed never passes or
 * fails a build. Run from packages/disclosure: `npx tsx scripts/bench-redact-text.ts`.
 */
import { redactDisclosure } from '../src/disclosure-redaction.ts';
import { redactText } from '../src/text-redaction.ts';

const block =
  '当事人张三，身份证号码４３０５０２１９９００３０７３２１５，电话138 0739 1234，银行卡6222-0212-3456-7890-128，' +
  '于2025年10月13日在邵阳市大祥区学院路1号销售过期食品，罚款50000元，邵市监处罚〔2025〕123号。\n';

function bench(name: string, text: string, rounds = 5): void {
  let best = Number.POSITIVE_INFINITY;
  let findings = 0;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    findings = redactText(text).findings.length;
    best = Math.min(best, performance.now() - started);
  }
  const mb = text.length / 1e6;
  console.log(`${name.padEnd(28)} ${mb.toFixed(2)} M chars  ${findings} findings  best ${best.toFixed(0)} ms  ${(mb / (best / 1000)).toFixed(1)} M chars/s`);
}

bench('decision text, 1 MB', block.repeat(Math.ceil(1e6 / block.length)));
bench('decision text, 10 MB', block.repeat(Math.ceil(1e7 / block.length)), 2);
bench('Chinese only, 1 MB', '当事人于二〇二五年十月十三日销售过期食品。'.repeat(50_000));
bench('one digit run, 1 MB', '1 '.repeat(500_000));
bench('ASCII digits and +, 1 MB', '+1-'.repeat(333_334));

const decision = {
  decisionNumber: '邵市监处罚〔2025〕123号',
  party: { kind: 'INDIVIDUAL' as const, name: '张三', idNumber: '430502199003073215', phone: '13807391234', address: '邵阳市大祥区学院路1号' },
  otherPersons: [{ name: '李四', role: '证人' }],
  facts: block.repeat(3),
  basis: '《中华人民共和国食品安全法》第一百二十四条',
  penalty: '罚款50000元',
  agency: '邵阳市市场监督管理局',
  decidedAt: '2025-10-13',
};
const rounds = 20_000;
const started = performance.now();
for (let i = 0; i < rounds; i++) redactDisclosure(decision);
const ms = performance.now() - started;
console.log(`redactDisclosure             ${rounds} decisions  ${(ms / rounds * 1000).toFixed(0)} µs each`);

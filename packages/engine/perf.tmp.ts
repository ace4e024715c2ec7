import { readFileSync } from 'node:fs';
import { loadCalendarYears, WorkingCalendar } from '@sanxiang/calendar';
import { compileEngine, evaluate } from './src/index.ts';
import { shaoyangConfig } from './src/fixtures/shaoyang-config.ts';
const { years } = loadCalendarYears('../../rulesets/national/calendar');
const compiled = compileEngine(shaoyangConfig(), WorkingCalendar.from(years));
const cases = [['shaoyang-organisation-fine-50000', 'DECIDE'], ['seizure-day-31-without-extension', 'INQUIRY'], ['simple-procedure-individual-150', 'SIMPLE_PROCEDURE_DECISION']].map(([f, a]) => [JSON.parse(readFileSync(`examples/${f}.json`, 'utf8')), a] as const);
const e0 = await evaluate({ config: compiled, case: cases[0]![0], action: cases[0]![1] });
console.log(e0.hearing.reason.zh); console.log(e0.recording.actions[0]?.reason.zh);
for (let i = 0; i < 3000; i++) for (const [c, a] of cases) await evaluate({ config: compiled, case: c, action: a });
for (const [c, a] of cases) {
  const t: number[] = [];
  for (let i = 0; i < 3000; i++) { const s = performance.now(); await evaluate({ config: compiled, case: c, action: a }); t.push(performance.now() - s); }
  t.sort((x, y) => x - y);
  console.log(a, 'p50', t[1500]!.toFixed(3), 'p99', t[2970]!.toFixed(3));
}

/**
 * Prints operations per second for the calendar's hot paths. Not a test: speed never passes or fails a build.
 * Run from packages/calendar: `npx tsx scripts/bench.ts`.
 */
import { fileURLToPath } from 'node:url';
import { loadCalendarYears } from '../src/calendar-files.ts';
import { formatIsoDate, parseIsoDate } from '../src/iso-date.ts';
import { WorkingCalendar } from '../src/working-calendar.ts';

const dir = fileURLToPath(new URL('../../../rulesets/national/calendar', import.meta.url));
const { years, issues } = loadCalendarYears(dir);
if (issues.length > 0) throw new Error(`calendar data has issues: ${JSON.stringify(issues)}`);
const calendar = WorkingCalendar.from(years);

// Every start day of 2019–2026, so holidays, make-up days and year ends are all exercised.
const starts: string[] = [];
for (let day = parseIsoDate('2019-01-01'); day <= parseIsoDate('2026-12-31'); day++) starts.push(formatIsoDate(day));

function bench(name: string, operation: (from: string) => unknown): void {
  let sink = 0;
  const run = (count: number): number => {
    const begin = performance.now();
    for (let i = 0; i < count; i++) if (operation(starts[i % starts.length] ?? '')) sink++;
    return performance.now() - begin;
  };
  run(20_000); // let the JIT settle before measuring
  let count = 50_000;
  let elapsed = run(count);
  while (elapsed < 500) {
    count *= 2;
    elapsed = run(count);
  }
  const perSecond = Math.round((count / elapsed) * 1000);
  console.log(`${name.padEnd(44)} ${perSecond.toLocaleString('en-US').padStart(12)} ops/s  (${sink > 0 ? 'ok' : '-'})`);
}

console.log(`node ${process.version}, ${years.length} national years loaded`);
bench('WorkingCalendar.from (8 years)', () => WorkingCalendar.from(years));
bench('isWorkingDay', (from) => calendar.isWorkingDay(from));
bench('addWorkingDays(from, 7)', (from) => calendar.addWorkingDays(from, 7));
bench('addWorkingDays(from, 20)', (from) => calendar.addWorkingDays(from, 20));
bench('addCalendarDays(from, 90)', (from) => calendar.addCalendarDays(from, 90));
bench("workingDaysBetween(from, '2027-06-30')", (from) => calendar.workingDaysBetween(from, '2027-06-30'));

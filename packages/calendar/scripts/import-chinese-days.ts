/**
 * Regenerates rulesets/national/calendar/cn-<year>.json from the `chinese-days` package.
 * Run from packages/calendar: `npx tsx scripts/import-chinese-days.ts`. The output is committed and reviewed
 * like any configuration; the engine never reads chinese-days at run time.
 *
 * Choices, so that every file follows the same rule:
 * - `holidays` holds every day of each arranged block, weekend days included. chinese-days is inconsistent for
 *   notices that say "X日放假，与周末连休": it lists the weekend for 2019 清明 (4/5–4/7) but not for 2024 元旦
 *   (2023-12-30/31) or 2024 端午 (6/8–6/9). We extend every block over the weekend days that touch it and are not
 *   make-up working days, which is exactly what "与周末连休" means. This changes no working day, only names and
 *   block boundaries; the extensions are printed when the script runs.
 * - Days are filed under the notice that arranged them, not under their calendar year: the 2019 notice moved
 *   2018-12-29 … 31, so they go to cn-2019.json. December days named 元旦 belong to the next year's notice.
 * - chinese-days' `inLieuDays` (which days off are swapped 调休 days) is not needed: a day off is a day off.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIsoDate, isWeekend, monthOf, parseIsoDate, yearOf } from '../src/iso-date.ts';

const FIRST_YEAR = 2019;
const LAST_YEAR = 2026;
const OUT_DIR = fileURLToPath(new URL('../../../rulesets/national/calendar/', import.meta.url));
const SCHEMA = '../../../packages/calendar/schemas/calendar-year.schema.json';

/** chinese-days' short names → the names the notices use. */
const NAMES: Record<string, string> = {
  元旦: '元旦',
  春节: '春节',
  清明: '清明节',
  劳动节: '劳动节',
  端午: '端午节',
  中秋: '中秋节',
  国庆节: '国庆节',
};

/** Notices amended after publication; chinese-days already carries the amended arrangement. */
const AMENDMENTS: Record<number, string> = {
  2019: '国务院办公厅关于调整2019年劳动节假期安排的通知',
  2020: '国务院办公厅关于延长2020年春节假期的通知',
};

interface ChineseDays {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('chinese-days/package.json'));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
const all = JSON.parse(readFileSync(join(packageDir, 'dist/chinese-days.json'), 'utf8')) as ChineseDays;

/** Values look like "Spring Festival,春节,4": English name, Chinese name, length of the block. */
function noticeName(value: string, date: string): string {
  const short = value.split(',')[1] ?? '';
  const name = NAMES[short];
  if (!name) throw new Error(`${date}: unknown holiday name ${JSON.stringify(value)}; add it to NAMES`);
  return name;
}

// The per-year files and the combined file are built separately upstream; refuse to import if they disagree.
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const perYear = JSON.parse(readFileSync(join(packageDir, `dist/years/${year}.json`), 'utf8')) as ChineseDays;
  for (const kind of ['holidays', 'workdays'] as const) {
    for (const [date, value] of Object.entries(perYear[kind])) {
      if (all[kind][date] !== value) throw new Error(`chinese-days ${version}: years/${year}.json ${kind} ${date} differs`);
    }
  }
}

// The first notice we import reaches back into the December before it.
const windowStart = parseIsoDate(`${FIRST_YEAR - 1}-12-01`);
const windowEnd = parseIsoDate(`${LAST_YEAR}-12-31`);
const inWindow = ([date]: [string, string]): boolean => {
  const day = parseIsoDate(date);
  return day >= windowStart && day <= windowEnd;
};

const holidays = new Map<number, string>();
const workdays = new Map<number, string>();
for (const [date, value] of Object.entries(all.holidays).filter(inWindow)) {
  holidays.set(parseIsoDate(date), noticeName(value, date));
}
for (const [date, value] of Object.entries(all.workdays).filter(inWindow)) {
  const day = parseIsoDate(date);
  if (holidays.has(day)) throw new Error(`${date} is both a holiday and a make-up working day`);
  workdays.set(day, `${noticeName(value, date)}调休`);
}

// "与周末连休": grow each block over the free weekend days that touch it.
const extended: string[] = [];
for (const [day, name] of [...holidays].sort(([a], [b]) => a - b)) {
  for (const step of [-1, 1]) {
    for (let next = day + step; isWeekend(next) && !holidays.has(next) && !workdays.has(next); next += step) {
      holidays.set(next, name);
      extended.push(`${formatIsoDate(next)} ${name}`);
    }
  }
}

function noticeYear(day: number, name: string): number {
  return monthOf(day) === 12 && name.startsWith('元旦') ? yearOf(day) + 1 : yearOf(day);
}

function entries(days: Map<number, string>, year: number): string {
  const lines = [...days]
    .filter(([day, name]) => noticeYear(day, name) === year)
    .sort(([a], [b]) => a - b)
    .map(([day, name]) => `    { "date": "${formatIsoDate(day)}", "name": ${JSON.stringify(name)} }`);
  return lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n  ]`;
}

for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const notices = [`国务院办公厅关于${year}年部分节假日安排的通知`, AMENDMENTS[year]].filter(Boolean).join('；');
  // Written by hand rather than JSON.stringify, so that each day is one line and a new notice reads as a small diff.
  const text = `{
  "$schema": "${SCHEMA}",
  "region": "CN",
  "year": ${year},
  "source": ${JSON.stringify(`${notices} (imported from chinese-days ${version})`)},
  "holidays": ${entries(holidays, year)},
  "workdays": ${entries(workdays, year)}
}
`;
  JSON.parse(text); // never commit a file we could not read back
  writeFileSync(join(OUT_DIR, `cn-${year}.json`), text);
  console.log(`wrote cn-${year}.json`);
}
console.log(`weekend days added to blocks ("与周末连休"), all years:\n  ${extended.sort().join('\n  ') || '(none)'}`);

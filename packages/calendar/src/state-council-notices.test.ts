import { describe, expect, it } from 'vitest';
import { loadNationalYears } from './fixtures/national-calendar.ts';
import { STATE_COUNCIL_NOTICES } from './fixtures/state-council-notices.ts';
import { formatIsoDate, isWeekend, parseIsoDate } from './iso-date.ts';
import { WorkingCalendar } from './working-calendar.ts';

// The committed files against the notices as written down by hand in fixtures/state-council-notices.ts.
const years = loadNationalYears();
const calendar = WorkingCalendar.from(years);

function daysOf(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = parseIsoDate(first); day <= parseIsoDate(last); day++) days.push(formatIsoDate(day));
  return days;
}

const nextDay = (date: string): string => formatIsoDate(parseIsoDate(date) + 1);
const previousDay = (date: string): string => formatIsoDate(parseIsoDate(date) - 1);

describe.each(Object.entries(STATE_COUNCIL_NOTICES))('State Council notice for %s', (yearKey, blocks) => {
  const file = years.find((year) => String(year.year) === yearKey);

  it('is committed, with exactly the days off of its holiday blocks', () => {
    expect(file).toBeDefined();
    const expected = blocks.flatMap(([, , first, last]) => daysOf(first, last));
    expect(file?.holidays.map((day) => day.date)).toEqual(expected);
  });

  it('has exactly the make-up working days of its holiday blocks', () => {
    const expected = blocks.flatMap(([, , , , makeUps]) => makeUps).sort();
    expect(file?.workdays.map((day) => day.date)).toEqual(expected);
  });

  it.each(blocks)('%s: every day of the block is off, under its own name', (_, names, first, last) => {
    for (const date of daysOf(first, last)) {
      expect(calendar.isWorkingDay(date), date).toBe(false);
      expect(names, date).toContain(calendar.holidayName(date));
    }
    // The block ends where the notice says: the days around it belong to no holiday.
    expect(calendar.holidayName(previousDay(first))).toBeUndefined();
    expect(calendar.holidayName(nextDay(last))).toBeUndefined();
  });

  it.each(blocks)('%s: every make-up working day is a weekend day that is worked', (_, __, ___, ____, makeUps) => {
    for (const date of makeUps) {
      expect(isWeekend(parseIsoDate(date)), date).toBe(true);
      expect(calendar.isWorkingDay(date), date).toBe(true);
      expect(calendar.holidayName(date), date).toBeUndefined();
    }
  });

  it('leaves every other weekday of the year a working day', () => {
    const off = new Set(blocks.flatMap(([, , first, last]) => daysOf(first, last)));
    for (const date of daysOf(`${yearKey}-01-01`, `${yearKey}-12-31`)) {
      if (isWeekend(parseIsoDate(date)) || off.has(date)) continue;
      expect(calendar.isWorkingDay(date), date).toBe(true);
    }
  });
});

describe('anchors quoted in DOMAIN.md and the brief', () => {
  it.each([
    ['2026 Spring Festival', '2026-02-15', '2026-02-23', ['2026-02-14', '2026-02-28']],
    ['2025 National Day and Mid-Autumn', '2025-10-01', '2025-10-08', ['2025-09-28', '2025-10-11']],
    ['2025 Spring Festival', '2025-01-28', '2025-02-04', ['2025-01-26', '2025-02-08']],
    ['2024 National Day', '2024-10-01', '2024-10-07', ['2024-09-29', '2024-10-12']],
    ['2020 National Day and Mid-Autumn', '2020-10-01', '2020-10-08', ['2020-09-27', '2020-10-10']],
    ['2019 May Day', '2019-05-01', '2019-05-04', ['2019-04-28', '2019-05-05']],
  ] as const)('%s', (_, first, last, makeUps) => {
    expect(daysOf(first, last).filter((date) => calendar.isWorkingDay(date))).toEqual([]);
    for (const date of makeUps) expect(calendar.isWorkingDay(date), date).toBe(true);
  });
});

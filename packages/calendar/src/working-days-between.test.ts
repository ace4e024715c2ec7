import { describe, expect, it } from 'vitest';
import { loadNationalYears, nationalCalendar, xinjiangOverlay } from './fixtures/national-calendar.ts';
import { formatIsoDate, parseIsoDate } from './iso-date.ts';
import { WorkingCalendar } from './working-calendar.ts';

const calendars = {
  national: nationalCalendar(),
  xinjiang: WorkingCalendar.from(loadNationalYears(), [xinjiangOverlay()]),
};

/** Walks the days one by one: slow and obviously right, to check the O(1) count and addWorkingDays against. */
function countByWalking(calendar: WorkingCalendar, from: string, to: string): number {
  let count = 0;
  for (let day = parseIsoDate(from) + 1; day <= parseIsoDate(to); day++) {
    if (calendar.isWorkingDay(formatIsoDate(day))) count++;
  }
  return count;
}

it('workingDaysBetween counts the days after `from` up to and including `to`, negative when reversed', () => {
  expect(calendars.national.workingDaysBetween('2025-09-26', '2025-10-13')).toBe(7);
  expect(calendars.national.workingDaysBetween('2025-09-26', '2025-09-26')).toBe(0);
  expect(calendars.national.workingDaysBetween('2025-10-13', '2025-09-26')).toBe(-7);
  expect(calendars.xinjiang.workingDaysBetween('2025-03-28', '2025-04-03')).toBe(3);
});

describe.each(Object.entries(calendars))('against a day-by-day walk (%s calendar)', (_, calendar) => {
  it('workingDaysBetween matches the walk for ranges starting every 11 days from 2018 to 2027', () => {
    for (let start = parseIsoDate('2018-11-01'); start <= parseIsoDate('2027-02-01'); start += 11) {
      const from = formatIsoDate(start);
      for (const length of [1, 6, 13, 40, 200]) {
        const to = formatIsoDate(start + length);
        expect(calendar.workingDaysBetween(from, to), `${from}→${to}`).toBe(countByWalking(calendar, from, to));
      }
    }
  });

  it('is the inverse of addWorkingDays, which always lands on a working day', () => {
    for (let start = parseIsoDate('2018-12-01'); start <= parseIsoDate('2027-01-31'); start += 3) {
      const from = formatIsoDate(start);
      for (const days of [1, 2, 3, 5, 7, 10, 20]) {
        const { date } = calendar.addWorkingDays(from, days);
        expect(calendar.isWorkingDay(date), `${from}+${days}`).toBe(true);
        expect(calendar.workingDaysBetween(from, date), `${from}+${days}`).toBe(days);
        // Nothing earlier would do: the day before the result still leaves one day to count.
        expect(calendar.workingDaysBetween(from, formatIsoDate(parseIsoDate(date) - 1))).toBe(days - 1);
      }
    }
  });

  it('rolls calendar periods only off days that are not worked', () => {
    for (let start = parseIsoDate('2019-01-01'); start <= parseIsoDate('2026-12-31'); start += 5) {
      const from = formatIsoDate(start);
      const nominal = start + 15;
      const end = parseIsoDate(calendar.addCalendarDays(from, 15).date);
      expect(calendar.isWorkingDay(formatIsoDate(end))).toBe(true);
      for (let day = nominal; day < end; day++) expect(calendar.isWorkingDay(formatIsoDate(day))).toBe(false);
    }
  });
});

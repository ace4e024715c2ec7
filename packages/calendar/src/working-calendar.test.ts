import { describe, expect, it } from 'vitest';
import type { CalendarYear } from './calendar-data.ts';
import { CalendarRangeError } from './calendar-errors.ts';
import { addPeriod } from './day-count.ts';
import { loadNationalYears, nationalCalendar, xinjiangOverlay } from './fixtures/national-calendar.ts';
import { formatIsoDate, parseIsoDate } from './iso-date.ts';
import { WorkingCalendar } from './working-calendar.ts';

const calendar = nationalCalendar();

describe('working-day deadlines (Administrative Penalty Law art. 85)', () => {
  it.each([
    // Sun 9/28 is a make-up day and counts: 9/28=1, 9/29=2, 9/30=3, 10/1–10/8 off, 10/9=4, 10/10=5,
    // Sat 10/11 make-up=6, 10/13=7. (Skipping 9/28 would give 10/14, one day too late.)
    ['7-day publication of a decision made Friday before National Day 2025', '2025-09-26', 7, '2025-10-13'],
    // Sun 9/29 make-up=1, 9/30=2, 10/1–10/7 off, 10/8=3 (art. 48 withdrawal within 3 days).
    ['3-day withdrawal across National Day 2024', '2024-09-27', 3, '2024-10-08'],
    // 9/16…9/26 = 9 days, Sun 9/28 make-up=10, 9/29, 9/30, 10/9, 10/10, Sat 10/11, 10/13…10/17 = 20.
    ['20-day publication of another decision across National Day 2025', '2025-09-15', 20, '2025-10-17'],
    // Told Wednesday 4/30; 5/1–5/5 off; 5/6, 5/7, 5/8, 5/9, 5/12 (art. 64 hearing request within 5 days).
    ['5-day hearing request across May Day 2025', '2025-04-30', 5, '2025-05-12'],
    // Told Thursday 2/12; 2/13=1, Sat 2/14 make-up=2, 2/15–2/23 off, 2/24, 2/25, 2/26.
    ['5-day hearing request across Spring Festival 2026', '2026-02-12', 5, '2026-02-26'],
    // Sat 2/14=1, 2/24–2/27=5, Sat 2/28 make-up=6, then 3/2…3/19 = 20 (Licensing Law art. 42, 82).
    ['20-day licensing decision across Spring Festival 2026', '2026-02-13', 20, '2026-03-19'],
    // 12/26, 12/29, 12/30, 12/31, 2026-01-01–03 off, Sun 1/4 make-up=5, 1/5, 1/6.
    ['7 days across New Year 2026', '2025-12-25', 7, '2026-01-06'],
    // 12/29, 12/30, then 12/31 (filed in cn-2023.json), 1/1, 1/2 off; 1/3, 1/4, 1/5.
    ['5 days across New Year 2023', '2022-12-28', 5, '2023-01-05'],
    ['a plain week', '2025-03-03', 5, '2025-03-10'],
  ])('%s', (_, from, days, expected) => {
    expect(calendar.addWorkingDays(from, days)).toEqual({ date: expected, provisional: false, missingYears: [] });
  });

  it('0 working days returns the start day itself, even a holiday', () => {
    expect(calendar.addWorkingDays('2025-10-03', 0)).toEqual({ date: '2025-10-03', provisional: false, missingYears: [] });
    expect(calendar.addWorkingDays('2025-09-26', 0).date).toBe('2025-09-26');
  });

  it('counts from a holiday as from any other day: the first working day after it is day 1', () => {
    expect(calendar.addWorkingDays('2025-10-01', 1).date).toBe('2025-10-09');
    expect(calendar.addWorkingDays('2026-02-15', 1).date).toBe('2026-02-24');
  });

  it('a make-up Saturday is a working day and a weekday inside a block is not', () => {
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-21')).toBe(false);
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false);
    expect(calendar.holidayName('2026-02-16')).toBe('春节');
    expect(calendar.holidayName('2026-03-07')).toBeUndefined();
  });
});

describe('calendar-day periods (Civil Code art. 201, 203; Civil Procedure Law art. 85)', () => {
  it.each([
    ['15 days ending on National Day 2025 run to the next working day', '2025-09-16', 15, '2025-10-09'],
    ['90 days (art. 60) ending on Spring Festival 2026 run past it', '2025-11-17', 90, '2026-02-24'],
    ['ending on an ordinary Saturday runs to Monday', '2025-03-07', 15, '2025-03-24'],
    ['ending on a make-up Saturday stays there', '2026-02-13', 15, '2026-02-28'],
    ['ending on a working day stays there', '2025-03-03', 15, '2025-03-18'],
    ['15 days to pay a fine (art. 67) across New Year', '2025-12-20', 15, '2026-01-04'],
    ['0 days is the start day, unmoved', '2025-10-01', 0, '2025-10-01'],
  ])('%s', (_, from, days, expected) => {
    expect(calendar.addCalendarDays(from, days).date).toBe(expected);
  });

  it('addPeriod dispatches on the unit', () => {
    expect(addPeriod(calendar, '2025-09-26', { days: 7, unit: 'WORKING' }).date).toBe('2025-10-13');
    expect(addPeriod(calendar, '2025-09-26', { days: 7, unit: 'CALENDAR' }).date).toBe('2025-10-09');
    const bad = JSON.parse('{"days": 7, "unit": "WEEKS"}') as Parameters<typeof addPeriod>[2];
    expect(() => addPeriod(calendar, '2025-09-26', bad)).toThrow(/WEEKS/);
  });
});

describe('years without a published arrangement', () => {
  it('10 working days from 2026-12-24 reach into 2027 and are provisional', () => {
    // 12/25, 12/28–12/31, then weekends only in 2027: 1/1, 1/4, 1/5, 1/6, 1/7.
    expect(calendar.addWorkingDays('2026-12-24', 10)).toEqual({ date: '2027-01-07', provisional: true, missingYears: [2027] });
  });

  it('10 working days from 2026-06-01 are final', () => {
    expect(calendar.addWorkingDays('2026-06-01', 10)).toEqual({ date: '2026-06-15', provisional: false, missingYears: [] });
  });

  it('a calendar period into 2027 is provisional too, and lists every year it crossed', () => {
    expect(calendar.addCalendarDays('2026-11-17', 90)).toMatchObject({ provisional: true, missingYears: [2027] });
    expect(calendar.addCalendarDays('2026-01-05', 2 * 365)).toMatchObject({ missingYears: [2027, 2028] });
  });

  it('uses what a later notice says about late December, but still flags the year', () => {
    // Sat 2018-12-29 was a make-up day under the 2019 notice; 12/30–1/1 off; 1/2 is day 2.
    expect(calendar.addWorkingDays('2018-12-28', 2)).toEqual({ date: '2019-01-02', provisional: true, missingYears: [2018] });
  });

  it('hasDataFor reports exactly the committed years', () => {
    expect([2018, 2019, 2026, 2027].map((year) => calendar.hasDataFor(year))).toEqual([false, true, true, false]);
  });
});

describe('regional overlays', () => {
  const xinjiang = WorkingCalendar.from(loadNationalYears(), [xinjiangOverlay()]);

  it('肉孜节 makes Monday 2025-03-31 a day off in Xinjiang only', () => {
    expect(calendar.isWorkingDay('2025-03-31')).toBe(true);
    expect(xinjiang.isWorkingDay('2025-03-31')).toBe(false);
    expect(xinjiang.holidayName('2025-03-31')).toBe('肉孜节');
  });

  it('moves a Xinjiang deadline past 肉孜节 and 古尔邦节', () => {
    expect(calendar.addWorkingDays('2025-03-28', 3).date).toBe('2025-04-02');
    expect(xinjiang.addWorkingDays('2025-03-28', 3).date).toBe('2025-04-03');
    // 6/5 Thursday: 6/6–6/10 off in Xinjiang, so day 1 is 6/11.
    expect(calendar.addWorkingDays('2025-06-05', 1).date).toBe('2025-06-06');
    expect(xinjiang.addWorkingDays('2025-06-05', 1).date).toBe('2025-06-11');
  });

  it('treats a year the overlay does not list as unpublished for that region', () => {
    expect(xinjiang.hasDataFor(2025)).toBe(true);
    expect(xinjiang.hasDataFor(2026)).toBe(false);
    expect(xinjiang.addWorkingDays('2026-06-01', 10)).toMatchObject({ provisional: true, missingYears: [2026] });
  });

  it('lets a later overlay add a make-up working day or cancel a day off', () => {
    const swap = {
      region: 'CN-XJ-TEST',
      extends: 'CN-XJ',
      years: { 2025: { holidays: [], workdays: [{ date: '2025-03-31', name: '调休' }, { date: '2025-06-07', name: '调休' }] } },
    };
    const city = WorkingCalendar.from(loadNationalYears(), [xinjiangOverlay(), swap]);
    expect(city.isWorkingDay('2025-03-31')).toBe(true);
    expect(city.holidayName('2025-03-31')).toBeUndefined();
    expect(city.isWorkingDay('2025-06-07')).toBe(true);
  });

  it('refuses an overlay that extends a calendar not applied before it', () => {
    const orphan = { region: 'CN-XJ-TEST', extends: 'CN-XJ', years: {} };
    expect(() => WorkingCalendar.from(loadNationalYears(), [orphan])).toThrow(CalendarRangeError);
  });

  it('refuses the same national year twice', () => {
    const years = loadNationalYears();
    const twice: CalendarYear[] = [...years, ...years.slice(0, 1)];
    expect(() => WorkingCalendar.from(twice)).toThrow(/2019/);
  });
});

describe('bad input', () => {
  it.each(['2025-02-29', '2025-2-3', '20250203', '2025-13-01', '2025-00-10', ' 2025-02-03', '', 'yesterday'])(
    'rejects the date %j in both languages, naming it',
    (date) => {
      const error = catchError(() => calendar.addWorkingDays(date, 1));
      expect(error).toBeInstanceOf(RangeError);
      expect(error.message).toContain(JSON.stringify(date));
      expect(error.message).toMatch(/日期.*无效/);
      expect(error.message).toMatch(/Invalid from date/);
    },
  );

  it.each([-1, 1.5, 3651, Number.NaN, Number.POSITIVE_INFINITY])('rejects the day count %s in both languages', (days) => {
    const error = catchError(() => calendar.addCalendarDays('2025-01-01', days));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toContain(`天数 ${days} 无效`);
    expect(error.message).toContain(`Invalid day count ${days}`);
  });

  it('accepts the longest period, 3650 days', () => {
    expect(calendar.addCalendarDays('2020-01-01', 3650).date).toBe('2029-12-31');
  });

  it('rejects a malformed date in every method', () => {
    expect(() => calendar.isWorkingDay('2025-04-31')).toThrow(RangeError);
    expect(() => calendar.holidayName('2025/01/01')).toThrow(RangeError);
    expect(() => calendar.workingDaysBetween('2025-01-01', '2025-1-2')).toThrow(/Invalid to date/);
  });

  it('stops instead of looping when an overlay leaves no working day', () => {
    const holidays = [];
    for (let day = parseIsoDate('2025-01-01'); day <= parseIsoDate('2026-12-31'); day++) {
      holidays.push({ date: formatIsoDate(day), name: '全年休息' });
    }
    const idle = WorkingCalendar.from([], [{ region: 'CN-IDLE', years: { 2025: { holidays, workdays: [] } } }]);
    expect(() => idle.addWorkingDays('2025-01-01', 1)).toThrow(/No working day in the 366 days/);
  });
});

function catchError(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected an error');
}

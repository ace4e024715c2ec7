import { describe, expect, it } from 'vitest';
import { dayOfWeek, formatIsoDate, isIsoDate, parseIsoDate, weekdayOrdinal, yearOf } from './iso-date.ts';

// `Date.UTC` is used here only as an independent oracle; the package itself never touches `Date`.
describe('iso-date', () => {
  it('agrees with Date.UTC on every day from 1900 to 2100', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2100, 11, 31) / 86_400_000;
    const wrong: string[] = [];
    for (let day = first; day <= last; day++) {
      const utc = new Date(day * 86_400_000);
      const iso = utc.toISOString().slice(0, 10);
      const ok =
        formatIsoDate(day) === iso &&
        parseIsoDate(iso) === day &&
        dayOfWeek(day) === utc.getUTCDay() &&
        yearOf(day) === utc.getUTCFullYear();
      if (!ok) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
    expect(last - first + 1).toBe(73_414);
  });

  it('knows leap years', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
  });

  it('rejects what is not a YYYY-MM-DD string', () => {
    for (const value of ['2025-1-01', '2025-01-01T00:00:00Z', '२०२५-०१-०१', 20250101, null, undefined]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });

  it('keeps four-digit years at both ends', () => {
    expect(formatIsoDate(parseIsoDate('0001-01-01'))).toBe('0001-01-01');
    expect(formatIsoDate(parseIsoDate('9999-12-31'))).toBe('9999-12-31');
    expect(() => formatIsoDate(parseIsoDate('9999-12-31') + 1)).toThrow(RangeError);
  });

  it('counts weekdays by difference of ordinals, also before 1970', () => {
    for (const [from, to, weekdays] of [
      ['2025-03-07', '2025-03-10', 1], // Fri → Mon: only Monday
      ['2025-03-08', '2025-03-09', 0],
      ['2025-03-02', '2025-03-31', 21],
      ['1969-12-26', '1970-01-05', 6], // Fri → Mon across the epoch: 29, 30, 31, 1, 2, 5
    ] as const) {
      expect(weekdayOrdinal(parseIsoDate(to)) - weekdayOrdinal(parseIsoDate(from)), `${from}→${to}`).toBe(weekdays);
    }
  });
});

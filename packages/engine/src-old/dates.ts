import { addPeriod, formatIsoDate, isIsoDate, parseIsoDate, type PeriodEnd, type WorkingCalendar } from '@sanxiang/calendar';
import type { DayCount } from './config-kinds.ts';

/**
 * Date arithmetic that never throws: a case file can hold any real date, including ones whose deadline would
 * fall past 9999-12-31, where the calendar throws. Such an answer is "unknown", reported, not a crash.
 */
export function dayNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const date = value.slice(0, 10);
  return isIsoDate(date) ? parseIsoDate(date) : undefined;
}

export function dateOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = value.slice(0, 10);
  return isIsoDate(date) ? date : undefined;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string | undefined, to: string | undefined): number | undefined {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

export function periodEnd(calendar: WorkingCalendar, from: string | undefined, period: DayCount): PeriodEnd | undefined {
  const start = dateOf(from);
  if (start === undefined) return undefined;
  try {
    return addPeriod(calendar, start, period);
  } catch {
    return undefined;
  }
}

/** The latest day that still lies `days` working days before `date` (art. 64: notice 7 days before the hearing). */
export function workingDaysBefore(calendar: WorkingCalendar, date: string | undefined, days: number): string | undefined {
  let day = dayNumber(date);
  if (day === undefined) return undefined;
  try {
    let counted = 0;
    // Counting back mirrors addWorkingDays: the hearing day itself counts if it is a working day.
    for (let guard = 0; counted < days && guard < 3660; guard++) {
      if (calendar.isWorkingDay(formatIsoDate(day))) counted += 1;
      day -= 1;
    }
    return counted === days ? formatIsoDate(day) : undefined;
  } catch {
    return undefined;
  }
}

export function workingDaysBetween(calendar: WorkingCalendar, from: string | undefined, to: string | undefined): number | undefined {
  const a = dateOf(from);
  const b = dateOf(to);
  if (a === undefined || b === undefined) return undefined;
  try {
    return calendar.workingDaysBetween(a, b);
  } catch {
    return undefined;
  }
}

/** Minutes after midnight of a `YYYY-MM-DDTHH:mm` time, or undefined for a bare date. */
export function minuteOfDay(value: string | undefined): number | undefined {
  if (value === undefined || value.length < 16 || value[10] !== 'T') return undefined;
  const hours = Number(value.slice(11, 13));
  const minutes = Number(value.slice(14, 16));
  return Number.isInteger(hours) && Number.isInteger(minutes) ? hours * 60 + minutes : undefined;
}

/** The earlier of two ISO dates, either possibly missing. */
export function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a <= b ? a : b;
}

import { CalendarRangeError, describeValue } from './calendar-errors.ts';

/**
 * Dates are `YYYY-MM-DD` strings at the edges and whole day numbers (days since 1970-01-01) inside.
 * `Date` is never used: a legal deadline is a civil date, and going through `Date` invites the local
 * time zone (a server in UTC, an officer's browser in UTC+8) to shift it by a day. The conversions are
 * Howard Hinnant's `days_from_civil` / `civil_from_days`, exact for the proleptic Gregorian calendar.
 */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Four-digit years only, so that every date we return is again a valid `YYYY-MM-DD`. */
const LAST_DAY: DayNumber = daysFromCivil(9999, 12, 31);
const FIRST_DAY: DayNumber = daysFromCivil(0, 1, 1);

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

interface CivilDate {
  year: number;
  month: number;
  day: number;
}

function civilFromDays(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True for a real calendar date written `YYYY-MM-DD` (so 2025-02-29 and 2025-2-1 are not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const month = Number(m);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(y), month);
}

/** `label` names the argument in the error, so a caller with two dates knows which one was wrong. */
export function parseIsoDate(value: unknown, label = 'date'): DayNumber {
  if (!isIsoDate(value)) {
    throw new CalendarRangeError({
      zh: `参数 ${label} 的日期 ${describeValue(value)} 无效：应为真实存在的日期，格式为 YYYY-MM-DD。`,
      en: `Invalid ${label} date ${describeValue(value)}: expected a real calendar date written YYYY-MM-DD.`,
    });
  }
  return daysFromCivil(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
}

export function formatIsoDate(dayNumber: DayNumber): string {
  if (!Number.isInteger(dayNumber) || dayNumber < FIRST_DAY || dayNumber > LAST_DAY) {
    throw new CalendarRangeError({
      zh: `日期超出可表示的范围（0000-01-01 至 9999-12-31）：第 ${dayNumber} 天。`,
      en: `Date out of the representable range 0000-01-01 to 9999-12-31: day number ${dayNumber}.`,
    });
  }
  const { year, month, day } = civilFromDays(dayNumber);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function yearOf(dayNumber: DayNumber): number {
  return civilFromDays(dayNumber).year;
}

export function monthOf(dayNumber: DayNumber): number {
  return civilFromDays(dayNumber).month;
}

/** 0 = Sunday … 6 = Saturday. Day 0 (1970-01-01) was a Thursday. */
export function dayOfWeek(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: DayNumber): boolean {
  const dow = dayOfWeek(dayNumber);
  return dow === 0 || dow === 6;
}

/**
 * Monday–Friday count in (−∞, dayNumber], up to a constant: only differences are meaningful. Lets
 * `workingDaysBetween` count any range in O(1) plus the special days inside it.
 */
export function weekdayOrdinal(dayNumber: DayNumber): number {
  const sinceMonday = dayNumber + 3; // 1969-12-29 (day −3) was a Monday
  const weeks = Math.floor(sinceMonday / 7);
  const dayInWeek = sinceMonday - weeks * 7; // 0 = Monday … 6 = Sunday
  return weeks * 5 + Math.min(dayInWeek + 1, 5);
}

/** Longest period we accept: ten years of days covers every statutory period in DOMAIN.md (the longest is 5 years). */
export const MAX_DAY_COUNT = 3650;

export function assertDayCount(days: unknown): asserts days is number {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > MAX_DAY_COUNT) {
    throw new CalendarRangeError({
      zh: `天数 ${describeValue(days)} 无效：应为 0 至 ${MAX_DAY_COUNT} 之间的整数。`,
      en: `Invalid day count ${describeValue(days)}: expected an integer from 0 to ${MAX_DAY_COUNT}.`,
    });
  }
}

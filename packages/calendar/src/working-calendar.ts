import type { CalendarOverlay, CalendarYear, DatedName, PeriodEnd } from './calendar-data.ts';
import { CalendarRangeError, describeValue } from './calendar-errors.ts';
import {
  assertDayCount,
  dayOfWeek,
  type DayNumber,
  formatIsoDate,
  isWeekend,
  parseIsoDate,
  weekdayOrdinal,
  yearOf,
} from './iso-date.ts';

/**
 * A run of days off longer than this means the data is wrong (an overlay that marks every day a holiday),
 * not that the law suspends work for a year; stop instead of looping. The longest real run, Spring Festival
 * 2020 after its extension, was 10 days.
 */
const MAX_DAYS_WITHOUT_WORK = 366;

/** Count of sorted values ≤ x. */
function countUpTo(sorted: readonly number[], x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? Infinity) <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Working days for one region: the national State Council arrangements plus the region's overlays.
 * All special days are precomputed into a map and a set of day numbers, so a question about one day is two
 * hash lookups and a weekday check, and walking 20 working days allocates nothing until the answer is formatted.
 */
export class WorkingCalendar {
  /** Holiday days off that fall on Monday–Friday, sorted, for counting ranges without walking them. */
  private readonly weekdayHolidays: number[];
  /** Make-up working days that fall on a weekend, sorted, likewise. */
  private readonly weekendWorkdays: number[];

  private constructor(
    private readonly daysOff: ReadonlyMap<DayNumber, string>,
    private readonly makeUpDays: ReadonlySet<DayNumber>,
    private readonly coveredYears: ReadonlySet<number>,
  ) {
    this.weekdayHolidays = [...daysOff.keys()].filter((day) => !isWeekend(day)).sort((a, b) => a - b);
    this.weekendWorkdays = [...makeUpDays].filter(isWeekend).sort((a, b) => a - b);
  }

  /**
   * Build from national years plus zero or more overlays applied in order: a later entry wins over an
   * earlier one for the same day, so an overlay can both add days off and declare make-up working days.
   * An overlay's `extends` must name the national region or an overlay applied before it, so a city's
   * overlay cannot silently sit on the wrong province.
   */
  static from(years: readonly CalendarYear[], overlays: readonly CalendarOverlay[] = []): WorkingCalendar {
    const daysOff = new Map<DayNumber, string>();
    const makeUpDays = new Set<DayNumber>();
    const apply = (holidays: readonly DatedName[], workdays: readonly DatedName[], where: string): void => {
      for (const { date, name } of holidays) {
        const day = parseIsoDate(date, `${where} holiday`);
        makeUpDays.delete(day);
        daysOff.set(day, name);
      }
      for (const { date } of workdays) {
        const day = parseIsoDate(date, `${where} workday`);
        daysOff.delete(day);
        makeUpDays.add(day);
      }
    };

    const regions = new Set<string>();
    const national = new Set<number>();
    for (const year of years) {
      if (national.has(year.year)) {
        throw new CalendarRangeError({
          zh: `年份 ${year.year} 的全国节假日安排出现了两次。`,
          en: `The national arrangement for ${year.year} was given twice.`,
        });
      }
      national.add(year.year);
      regions.add(year.region);
      apply(year.holidays, year.workdays, `${year.region} ${year.year}`);
    }
    if (regions.size > 1) {
      throw new CalendarRangeError({
        zh: `全国节假日数据混合了多个地区：${[...regions].join('、')}。`,
        en: `The national years mix several regions: ${[...regions].join(', ')}.`,
      });
    }

    // A year is settled only when the national notice and every regional overlay speak for it.
    const covered = new Set(national);
    for (const overlay of overlays) {
      if (overlay.extends !== undefined && !regions.has(overlay.extends)) {
        const overlayRegion = describeValue(overlay.region);
        const base = describeValue(overlay.extends);
        throw new CalendarRangeError({
          zh: `地区日历 ${overlayRegion} 继承的 ${base} 不在其之前加载的日历中（${[...regions].join('、') || '无'}）。`,
          en: `Overlay ${overlayRegion} extends ${base}, which is not among the calendars applied before it (${
            [...regions].join(', ') || 'none'
          }).`,
        });
      }
      regions.add(overlay.region);
      for (const year of covered) if (!Object.hasOwn(overlay.years, String(year))) covered.delete(year);
      for (const [year, days] of Object.entries(overlay.years)) {
        apply(days.holidays, days.workdays, `${overlay.region} ${year}`);
      }
    }
    return new WorkingCalendar(daysOff, makeUpDays, covered);
  }

  /** Monday–Friday not in holidays, or any make-up working day (调休上班). */
  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(parseIsoDate(date));
  }

  /**
   * Whether the year's arrangement is published: the national notice and, for a regional calendar, every
   * overlay's entry for that year. Without it a date in that year is judged by weekends alone.
   */
  hasDataFor(year: number): boolean {
    return this.coveredYears.has(year);
  }

  /** The holiday a day off belongs to (春节, 国庆节…), or undefined for a working day or an ordinary weekend. */
  holidayName(date: string): string | undefined {
    return this.daysOff.get(parseIsoDate(date));
  }

  /**
   * The day `days` working days after `from`. The first day is not counted (Civil Code art. 201: a period in
   * days starts the next day); counting starts on the next working day, because in the Administrative Penalty
   * Law (art. 85), the Administrative Coercion Law (art. 69, periods of 10 days or less) and the Administrative
   * Licensing Law (art. 82) such periods are working days, statutory holidays excluded.
   * `days = 0` returns `from` itself, even on a holiday: nothing is counted, so there is no last day to move.
   */
  addWorkingDays(from: string, days: number): PeriodEnd {
    const start = parseIsoDate(from, 'from');
    assertDayCount(days);
    let day = start;
    let counted = 0;
    let restRun = 0;
    while (counted < days) {
      day += 1;
      if (this.isWorkingDayNumber(day)) {
        counted += 1;
        restRun = 0;
      } else if (++restRun > MAX_DAYS_WITHOUT_WORK) {
        this.throwNoWorkingDay(start);
      }
    }
    return this.periodEnd(start, day);
  }

  /**
   * Calendar-day periods (15 days, 90 days…): the first day is not counted (Civil Code art. 201); if the last
   * day is a statutory holiday or rest day, the period ends on the next working day (Civil Code art. 203,
   * Civil Procedure Law art. 85). A make-up Saturday is a working day, so a period ending on one stays there.
   * `days = 0` returns `from` unchanged, as for working days.
   */
  addCalendarDays(from: string, days: number): PeriodEnd {
    const start = parseIsoDate(from, 'from');
    assertDayCount(days);
    let day = start + days;
    if (days > 0) {
      let restRun = 0;
      while (!this.isWorkingDayNumber(day)) {
        day += 1;
        if (++restRun > MAX_DAYS_WITHOUT_WORK) this.throwNoWorkingDay(start);
      }
    }
    return this.periodEnd(start, day);
  }

  /**
   * Working days strictly after `from` up to and including `to`: how many working days of a period have run.
   * Negative when `to` is before `from` (−(working days after `to` up to and including `from`)), so an overdue
   * count keeps its sign. O(1) for the weekdays plus a binary search over the special days.
   */
  workingDaysBetween(from: string, to: string): number {
    const a = parseIsoDate(from, 'from');
    const b = parseIsoDate(to, 'to');
    if (b < a) return -this.countWorkingDays(b, a);
    return this.countWorkingDays(a, b);
  }

  private countWorkingDays(after: DayNumber, upTo: DayNumber): number {
    const weekdays = weekdayOrdinal(upTo) - weekdayOrdinal(after);
    const holidays = countUpTo(this.weekdayHolidays, upTo) - countUpTo(this.weekdayHolidays, after);
    const makeUps = countUpTo(this.weekendWorkdays, upTo) - countUpTo(this.weekendWorkdays, after);
    return weekdays - holidays + makeUps;
  }

  private isWorkingDayNumber(day: DayNumber): boolean {
    if (this.makeUpDays.has(day)) return true;
    if (this.daysOff.has(day)) return false;
    const dow = dayOfWeek(day);
    return dow !== 0 && dow !== 6;
  }

  /** Years are checked from the day after `from` through the result: the days the computation looked at. */
  private periodEnd(start: DayNumber, end: DayNumber): PeriodEnd {
    const date = formatIsoDate(end);
    const missingYears: number[] = [];
    if (end > start) {
      const last = yearOf(end);
      for (let year = yearOf(start + 1); year <= last; year++) {
        if (!this.coveredYears.has(year)) missingYears.push(year);
      }
    }
    return { date, provisional: missingYears.length > 0, missingYears };
  }

  private throwNoWorkingDay(start: DayNumber): never {
    throw new CalendarRangeError({
      zh: `自 ${formatIsoDate(start)} 起连续 ${MAX_DAYS_WITHOUT_WORK} 天没有工作日，请检查日历数据。`,
      en: `No working day in the ${MAX_DAYS_WITHOUT_WORK} days after ${formatIsoDate(start)}; check the calendar data.`,
    });
  }
}

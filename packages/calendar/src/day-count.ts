import type { PeriodEnd } from './calendar-data.ts';
import { CalendarRangeError, describeValue } from './calendar-errors.ts';
import type { WorkingCalendar } from './working-calendar.ts';

/**
 * A statutory period as a rule declares it. The unit is written into each rule, never guessed from the number,
 * because the laws disagree:
 * - WORKING: Administrative Penalty Law art. 85 ("2, 3, 5, 7 days" are working days), Administrative Coercion Law
 *   art. 69 (periods of 10 days or less), Administrative Licensing Law art. 82 (all its periods), and the
 *   publication deadlines of 国办发〔2018〕118号 (7 and 20 working days).
 * - CALENDAR: everything else (15 days to pay a fine, 30 days of seizure, 90 days to decide), with the last day
 *   moved off a holiday (Civil Code art. 203, Civil Procedure Law art. 85).
 */
export type DayCount = { days: number; unit: 'WORKING' | 'CALENDAR' };

/**
 * One entry point for deadline rules. The returned date is the last day on which the act is still in time:
 * "within 5 days" (五日内) includes the fifth day (以内 includes the number, Civil Code art. 1259).
 */
export function addPeriod(calendar: WorkingCalendar, from: string, period: DayCount): PeriodEnd {
  // Rules arrive as JSON, so the unit is checked at run time even though the type already forbids others.
  const unit: string = period.unit;
  switch (period.unit) {
    case 'WORKING':
      return calendar.addWorkingDays(from, period.days);
    case 'CALENDAR':
      return calendar.addCalendarDays(from, period.days);
    default:
      throw new CalendarRangeError({
        zh: `期间单位 ${describeValue(unit)} 无效：应为 WORKING（工作日）或 CALENDAR（自然日）。`,
        en: `Invalid period unit ${describeValue(unit)}: expected WORKING or CALENDAR.`,
      });
  }
}

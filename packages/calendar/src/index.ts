export type { CalendarIssue, CalendarOverlay, CalendarOverlayYear, CalendarYear, DatedName, PeriodEnd } from './calendar-data.ts';
export { CalendarRangeError, type LocalText } from './calendar-errors.ts';
export { loadCalendarOverlay, loadCalendarYears } from './calendar-files.ts';
export { parseCalendarOverlay, parseCalendarYear } from './calendar-json.ts';
export { addPeriod, type DayCount } from './day-count.ts';
export { formatIsoDate, isIsoDate, MAX_DAY_COUNT, parseIsoDate } from './iso-date.ts';
export { WorkingCalendar } from './working-calendar.ts';

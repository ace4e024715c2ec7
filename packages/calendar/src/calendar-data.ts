import type { LocalText } from './calendar-errors.ts';

/** One day in a calendar file: `2026-02-15` 春节. */
export interface DatedName {
  date: string;
  name: string;
}

/**
 * One State Council notice (国务院办公厅关于<year>年部分节假日安排的通知), as committed in
 * rulesets/national/calendar/cn-<year>.json.
 * - `holidays`: every day of each arranged holiday block, weekend days inside or adjoining the block included
 *   (a notice's "与周末连休" makes the weekend part of the block).
 * - `workdays`: 调休 make-up working days, always a Saturday or Sunday.
 * Dates belong to the notice, not to the calendar year: the 2019 notice moved 2018-12-29 … 2018-12-31,
 * so those days live in cn-2019.json.
 */
export interface CalendarYear {
  region: string;
  year: number;
  holidays: DatedName[];
  workdays: DatedName[];
  source?: string;
}

export interface CalendarOverlayYear {
  holidays: DatedName[];
  workdays: DatedName[];
}

/**
 * A region's own days off and make-up days on top of the national calendar, e.g. Xinjiang's 肉孜节 and 古尔邦节,
 * which move every year with the Islamic calendar. A year the overlay does not list is a year it knows nothing
 * about (see `WorkingCalendar.hasDataFor`).
 */
export interface CalendarOverlay {
  region: string;
  extends?: string;
  years: Record<string, CalendarOverlayYear>;
  name?: { zh: string; en?: string };
  source?: string;
}

/** One problem found in a calendar file. `pointer` is the RFC 6901 JSON pointer of the value ("" = whole file). */
export interface CalendarIssue {
  file: string;
  pointer: string;
  message: LocalText;
}

/** The end of a period, and whether it rests on a year whose holiday arrangement has not been published. */
export interface PeriodEnd {
  date: string;
  provisional: boolean;
  missingYears: number[];
}

import type { CollectionSpec } from '../collection-spec.ts';

/** The tenant's calendar region and regional holiday overlay; the arithmetic lives in @sanxiang/calendar. */
export interface CalendarConfig {
  region: string;
  overlay?: string;
}

export interface CalendarFile extends CalendarConfig {
  $schema?: string;
}

/** One day of a regional overlay: `{ "date": "2026-03-20", "name": "肉孜节" }`. */
export interface OverlayDay {
  date: string;
  name: string;
}

/**
 * The regional overlay file calendar.json names, as schemas/calendar-overlay.schema.json describes it. The format is
 * @sanxiang/calendar's (it reads the file); the loader checks it so that a broken overlay is found before it is used.
 */
export interface CalendarOverlayFile {
  $schema?: string;
  region: string;
  name?: { zh: string; en?: string };
  extends?: string;
  years: Record<string, { holidays: OverlayDay[]; workdays: OverlayDay[] }>;
  source?: string;
}

/** Only a tenant has a calendar, so there is never a layer above to compare with. */
export const calendarSpec: CollectionSpec<CalendarConfig> = {
  label: { zh: '日历', en: 'calendar' },
  file: 'calendar.json',
  listPointer: '',
  idField: '',
  idOf: () => 'calendar',
  conditions: [],
  compare() {},
};

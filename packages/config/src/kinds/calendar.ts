import type { CollectionSpec } from '../collection-spec.ts';

/** The tenant's calendar region and regional holiday overlay; the arithmetic lives in @sanxiang/calendar. */
export interface CalendarConfig {
  region: string;
  overlay?: string;
}

export interface CalendarFile extends CalendarConfig {
  $schema?: string;
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

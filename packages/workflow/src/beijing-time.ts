/** Dates and times as the engine reads them: Beijing local time (UTC+8, no daylight saving). */
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of the Beijing calendar day. A `@db.Date` column comes back as midnight UTC, 08:00 the same day in Beijing. */
export function beijingDate(value: Date): string {
  return new Date(value.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DDTHH:mm:ss+08:00`. */
export function beijingDateTime(value: Date): string {
  return `${new Date(value.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** A `YYYY-MM-DD` day as the Date a `@db.Date` column stores. */
export function dateColumn(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

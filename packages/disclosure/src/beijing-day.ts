/** Calendar days as the law counts them here: Beijing time (UTC+8, no daylight saving). */
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of the Beijing day an instant falls on. A `@db.Date` column (midnight UTC) gives its own day. */
export function beijingDay(value: Date): string {
  return new Date(value.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` day as the Date a `@db.Date` column stores. */
export function dayColumn(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * The last day of a period of `months` months starting on `day`: the corresponding day of the last month, or that
 * month's last day when it has no such day (民法典 第二百零二条; the start day itself is not counted, 第二百零一条).
 */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastOfMonth));
  return target.toISOString().slice(0, 10);
}

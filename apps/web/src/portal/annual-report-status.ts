/**
 * Whether last year's enforcement statistics went up by 31 January (国办发〔2018〕118号; seed 001's task list): the
 * portal lists the reports published, and says so plainly when the one now due is missing.
 */
export interface PublishedYear {
  year: number;
}

export type MissingReport = { year: number; deadline: string; overdue: boolean } | null;

/** The report for the year before `today` (YYYY-MM-DD, Beijing) when it has not been published; null when it has. */
export function missingReport(published: readonly PublishedYear[], today: string): MissingReport {
  const year = Number(today.slice(0, 4)) - 1;
  if (!Number.isInteger(year) || published.some((report) => report.year === year)) return null;
  const deadline = `${year + 1}-01-31`;
  return { year, deadline, overdue: today > deadline };
}

/** Today on the Beijing calendar, whatever the reader's time zone. */
export function beijingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

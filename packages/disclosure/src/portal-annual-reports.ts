/**
 * The annual enforcement statistics on the portal: each year's report, when it first went up, and whether that was
 * by 31 January of the next year (国办发〔2018〕118号; seed 001's task list). A correction keeps the first date.
 */
import { beijingDay } from './beijing-day.ts';
import type { Portal } from './portal-view.ts';

export interface PortalAnnualReport {
  year: number;
  /** When the first report for the year was published. */
  firstPublishedAt: Date;
  /** The last day allowed: 31 January of the next year. */
  deadline: string;
  onTime: boolean;
  /** The report now in force (the latest correction, if any). */
  latest: { publishedAt: Date; xlsxSha256: string; docxSha256: string; corrections: number };
}

export async function portalAnnualReports(portal: Portal): Promise<PortalAnnualReport[]> {
  const rows = await portal.db.annualReport.findMany({ orderBy: [{ year: 'desc' }, { publishedAt: 'asc' }], take: 500 });
  const byYear = new Map<number, typeof rows>();
  for (const row of rows) byYear.set(row.year, [...(byYear.get(row.year) ?? []), row]);
  return [...byYear.entries()].map(([year, reports]) => {
    const first = reports[0]!;
    const latest = reports.at(-1)!;
    const deadline = `${year + 1}-01-31`;
    return {
      year, firstPublishedAt: first.publishedAt, deadline, onTime: beijingDay(first.publishedAt) <= deadline,
      latest: { publishedAt: latest.publishedAt, xlsxSha256: latest.xlsxSha256, docxSha256: latest.docxSha256, corrections: reports.length - 1 },
    };
  });
}

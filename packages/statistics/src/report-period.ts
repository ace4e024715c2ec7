import type { LocalText } from '@sanxiang/errors';

// Agencies count and publish by the calendar year in China Standard Time: a decision signed at 00:30 on 1 January
// in Beijing belongs to the new year even though it is still 31 December in UTC. China has no daylight saving time.
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** The Beijing calendar year of an instant (ISO with offset) or a date (YYYY-MM-DD); null when it is not one. */
export function beijingYear(value: string | null | undefined): number | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) return Number(dateOnly[1]);
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  return new Date(time + BEIJING_OFFSET_MS).getUTCFullYear();
}

/**
 * The report on a year is due by 31 January of the next year (seed 001, 二、（一）4; 国办发〔2018〕118号). The date is
 * fixed: unlike the working-day periods of 行政处罚法 第八十五条, it does not move when it falls on a holiday.
 */
export function publicationDue(year: number): string {
  return `${year + 1}-01-31`;
}

/** The last instant that still counts as "by 31 January": the end of that day in Beijing. */
export function publicationDeadline(year: number): Date {
  // 1 February 00:00 in Beijing; month 1 is February in Date.UTC.
  return new Date(Date.UTC(year + 1, 1, 1) - BEIJING_OFFSET_MS);
}

export type PublicationState = 'ON_TIME' | 'LATE' | 'NOT_YET_DUE' | 'OVERDUE';

export interface PublicationStatus {
  year: number;
  due: string;
  state: PublicationState;
  publishedAt: string | null;
  label: LocalText;
}

/** What the portal shows for a year's report: published by 31 January, late, not yet, or missing past the deadline. */
export function publicationStatus(year: number, publishedAt: Date | null, now: Date): PublicationStatus {
  const deadline = publicationDeadline(year);
  const due = publicationDue(year);
  const state: PublicationState = publishedAt
    ? (publishedAt.getTime() < deadline.getTime() ? 'ON_TIME' : 'LATE')
    : (now.getTime() < deadline.getTime() ? 'NOT_YET_DUE' : 'OVERDUE');
  const labels: Record<PublicationState, LocalText> = {
    ON_TIME: { zh: `已于 ${due} 前按时公开`, en: `Published on time, by ${due}` },
    LATE: { zh: `逾期公开（应于 ${due} 前公开）`, en: `Published late (due by ${due})` },
    NOT_YET_DUE: { zh: `尚未公开，应于 ${due} 前公开`, en: `Not yet published; due by ${due}` },
    OVERDUE: { zh: `逾期未公开（应于 ${due} 前公开）`, en: `Overdue: not published by ${due}` },
  };
  return { year, due, state, publishedAt: publishedAt ? publishedAt.toISOString() : null, label: labels[state] };
}

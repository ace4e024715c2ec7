import { preview, type ConfigIssue, type LocalText } from './issues.ts';
import { issueAt, locate, readJsonSource, type JsonSource } from './json-source.ts';
import type { CalendarOverlayFile } from './kinds/calendar.ts';
import { checkWith, validators } from './schemas.ts';

/**
 * A tenant's regional holiday overlay (the file its calendar.json names). @sanxiang/calendar reads it, and drops a
 * broken one with a warning, so that its year silently counts as unpublished; checked here, a broken overlay is
 * reported like any other configuration file and blocks the compile. The checks are the calendar's own: the shape of
 * @sanxiang/calendar's schemas/calendar-overlay.schema.json (with its messages), then what a schema cannot say: real dates, inside their year, no day twice, no blank name.
 */
export function calendarOverlayIssues(file: string): ConfigIssue[] {
  const read = readJsonSource(file);
  return read.source ? checkCalendarOverlay(read.source) : read.issues;
}

export function checkCalendarOverlay(source: JsonSource): ConfigIssue[] {
  const checked = checkWith(validators.calendarOverlay, source);
  if (!checked.value) return checked.issues;
  const overlay = checked.value;
  const issues: ConfigIssue[] = [];
  const blank = (pointer: string, value: string | undefined): void => {
    if (value !== undefined && value.trim() === '') issues.push(issueAt(source, pointer, 'SHAPE', BLANK_TEXT));
  };
  blank('/source', overlay.source);
  blank('/name/zh', overlay.name?.zh);
  blank('/name/en', overlay.name?.en);

  for (const [key, year] of Object.entries(overlay.years)) {
    // A day may be a day off or a working day, not both: the calendar would apply whichever came last.
    const seen = new Map<string, string>();
    for (const list of ['holidays', 'workdays'] as const) {
      year[list].forEach((day, index) => {
        const at = `/years/${key}/${list}/${index}`;
        blank(`${at}/name`, day.name);
        const date = day.date;
        if (!isRealDate(date)) {
          issues.push(issueAt(source, `${at}/date`, 'CALENDAR_DATE', {
            zh: `日期应为真实存在的日期（YYYY-MM-DD），实际为 ${preview(date)}`,
            en: `expected a real calendar date (YYYY-MM-DD), found ${preview(date)}`,
          }));
          return;
        }
        if (!inNoticeYear(date, Number(key))) issues.push(issueAt(source, `${at}/date`, 'CALENDAR_DATE', outsideYear(key, date)));
        const first = seen.get(date);
        if (first === undefined) {
          seen.set(date, `${at}/date`);
          return;
        }
        const line = locate(source, first).line;
        issues.push(issueAt(source, `${at}/date`, 'CALENDAR_DATE', {
          zh: `同一年中每个日期应只出现一次，实际 ${date} 重复（第一次在第 ${line} 行）`,
          en: `expected each date once in a year, found ${date} again (first on line ${line})`,
        }));
      });
    }
  }
  return issues;
}

const BLANK_TEXT: LocalText = { zh: '应为非空文本，实际只有空白', en: 'expected some text, found only white space' };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The schema has already fixed the form YYYY-MM-DD with a month of 01–12 and a day of 01–31. */
function isRealDate(date: string): boolean {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= last;
}

/** A year's days fall in that year, or in the December before it: a New Year block can start there. */
function inNoticeYear(date: string, year: number): boolean {
  const dateYear = Number(date.slice(0, 4));
  return dateYear === year || (dateYear === year - 1 && date.slice(5, 7) === '12');
}

function outsideYear(year: string, date: string): LocalText {
  return {
    zh: `${year} 年的日期应在该年内（或为上一年 12 月的元旦假期），实际为 ${date}`,
    en: `expected a date in ${year} (or in the December before it, for a New Year block), found ${date}`,
  };
}

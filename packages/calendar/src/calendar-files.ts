import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CalendarIssue, CalendarOverlay, CalendarYear } from './calendar-data.ts';
import { parseCalendarOverlay, parseCalendarYear } from './calendar-json.ts';

/** A notice file is a few kilobytes; anything near this is not one, and reading it whole would be unwise. */
const MAX_FILE_BYTES = 1_000_000;

function readJson(file: string, issues: CalendarIssue[]): unknown {
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      issues.push({
        file,
        pointer: '',
        message: { zh: `文件过大（${size} 字节）。`, en: `File too large (${size} bytes).` },
      });
      return undefined;
    }
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    issues.push({
      file,
      pointer: '',
      message: { zh: `无法读取或解析 JSON：${reason}`, en: `Cannot read or parse the JSON: ${reason}` },
    });
    return undefined;
  }
}

/**
 * Loads every `<region>-<year>.json` in `dir` (the committed national data is rulesets/national/calendar).
 * A file with any issue contributes no year: a calendar built from the rest then treats that year as
 * unpublished and flags its deadlines provisional, instead of computing them from half a notice.
 * The caller passes the folder, so there is no hidden global path and tests can point at a temporary folder.
 */
export function loadCalendarYears(dir: string): { years: CalendarYear[]; issues: CalendarIssue[] } {
  const issues: CalendarIssue[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      years: [],
      issues: [
        {
          file: dir,
          pointer: '',
          message: { zh: `无法读取日历文件夹：${reason}`, en: `Cannot read the calendar folder: ${reason}` },
        },
      ],
    };
  }

  const byYear = new Map<number, CalendarYear>();
  for (const name of names) {
    const file = join(dir, name);
    const fileIssues: CalendarIssue[] = [];
    const json = readJson(file, fileIssues);
    const parsed = json === undefined ? { issues: [] } : parseCalendarYear(json, file);
    fileIssues.push(...parsed.issues);
    const year = parsed.year;
    if (year) {
      const expected = `${year.region.toLowerCase()}-${year.year}.json`;
      if (basename(file) !== expected) {
        fileIssues.push({
          file,
          pointer: '',
          message: {
            zh: `文件名应为 ${expected}，与其中的地区和年份一致。`,
            en: `The file should be named ${expected}, after its region and year.`,
          },
        });
      }
      if (byYear.has(year.year)) {
        fileIssues.push({
          file,
          pointer: '/year',
          message: { zh: `年份 ${year.year} 已由另一个文件提供。`, en: `Year ${year.year} is already given by another file.` },
        });
      }
    }
    issues.push(...fileIssues);
    if (year && fileIssues.length === 0) byYear.set(year.year, year);
  }
  return { years: [...byYear.values()].sort((a, b) => a.year - b.year), issues };
}

/** Loads one tenant's regional overlay file (the tenant loader decides where it lives). */
export function loadCalendarOverlay(file: string): { overlay?: CalendarOverlay; issues: CalendarIssue[] } {
  const issues: CalendarIssue[] = [];
  const json = readJson(file, issues);
  if (json === undefined) return { issues };
  return parseCalendarOverlay(json, file);
}

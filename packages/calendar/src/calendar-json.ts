import type { CalendarIssue, CalendarOverlay, CalendarOverlayYear, CalendarYear, DatedName } from './calendar-data.ts';
import { describeValue, type LocalText } from './calendar-errors.ts';
import { isIsoDate, isWeekend, monthOf, parseIsoDate, yearOf } from './iso-date.ts';

/*
 * Hand-written checks that mirror schemas/calendar-year.schema.json and schemas/calendar-overlay.schema.json
 * (calendar-json.test.ts keeps the two in step). A validator library would be a runtime dependency for two small
 * shapes; and some checks are beyond JSON Schema anyway: a real date, a date inside its year, no day twice.
 */

export const REGION_PATTERN = '^[A-Z]{2}(-[A-Z0-9]{1,10})*$';
export const CALENDAR_YEAR_KEYS = ['$schema', 'region', 'year', 'source', 'holidays', 'workdays'] as const;
export const CALENDAR_OVERLAY_KEYS = ['$schema', 'region', 'name', 'extends', 'years', 'source'] as const;
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2999;
const REGION = new RegExp(REGION_PATTERN);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects issues for one file; every check reports and carries on, so an admin sees all problems at once. */
class IssueList {
  readonly issues: CalendarIssue[] = [];
  constructor(private readonly file: string) {}
  add(pointer: string, message: LocalText): void {
    this.issues.push({ file: this.file, pointer, message });
  }
  object(value: unknown, pointer: string, allowed: readonly string[], required: readonly string[]): value is Json {
    if (!isObject(value)) {
      this.add(pointer, {
        zh: `应为对象，实际为 ${describeValue(value)}。`,
        en: `Expected an object, got ${describeValue(value)}.`,
      });
      return false;
    }
    for (const key of Object.keys(value)) {
      if (allowed.includes(key)) continue;
      this.add(`${pointer}/${key}`, { zh: `未知字段 "${key}"。`, en: `Unknown field "${key}".` });
    }
    for (const key of required) {
      if (!(key in value)) this.add(pointer, { zh: `缺少必填字段 "${key}"。`, en: `Missing required field "${key}".` });
    }
    return true;
  }
  text(value: unknown, pointer: string, optional = false): value is string {
    if (value === undefined && optional) return false;
    if (typeof value === 'string' && value.trim() !== '') return true;
    if (value !== undefined) {
      this.add(pointer, {
        zh: `应为非空字符串，实际为 ${describeValue(value)}。`,
        en: `Expected a non-empty string, got ${describeValue(value)}.`,
      });
    }
    return false;
  }
  region(value: unknown, pointer: string): value is string {
    if (typeof value === 'string' && REGION.test(value)) return true;
    if (value !== undefined) {
      this.add(pointer, {
        zh: `地区代码 ${describeValue(value)} 无效：应如 "CN" 或 "CN-XJ"。`,
        en: `Invalid region code ${describeValue(value)}: expected e.g. "CN" or "CN-XJ".`,
      });
    }
    return false;
  }
  year(value: unknown, pointer: string): value is number {
    if (typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) return true;
    this.add(pointer, {
      zh: `年份 ${describeValue(value)} 无效：应为 ${MIN_YEAR} 至 ${MAX_YEAR} 之间的整数。`,
      en: `Invalid year ${describeValue(value)}: expected an integer from ${MIN_YEAR} to ${MAX_YEAR}.`,
    });
    return false;
  }

  /**
   * A list of days for one notice year. A date may fall in that year or in the December before it, because a
   * notice's New Year block can start there (the 2019 notice made 2018-12-29 a working day).
   */
  days(
    value: unknown,
    pointer: string,
    year: number | undefined,
    seen: Map<string, string>,
    makeUpDays = false,
  ): DatedName[] {
    if (!Array.isArray(value)) {
      if (value !== undefined) this.add(pointer, { zh: '应为数组。', en: 'Expected an array.' });
      return [];
    }
    const days: DatedName[] = [];
    value.forEach((entry: unknown, index) => {
      const at = `${pointer}/${index}`;
      if (!this.object(entry, at, ['date', 'name'], ['date', 'name'])) return;
      const { date, name } = entry;
      const named = this.text(name, `${at}/name`);
      if (!isIsoDate(date)) {
        if (date !== undefined) {
          this.add(`${at}/date`, {
            zh: `日期 ${describeValue(date)} 无效：应为真实存在的日期，格式为 YYYY-MM-DD。`,
            en: `Invalid date ${describeValue(date)}: expected a real calendar date written YYYY-MM-DD.`,
          });
        }
        return;
      }
      const day = parseIsoDate(date);
      if (year !== undefined && !(yearOf(day) === year || (yearOf(day) === year - 1 && monthOf(day) === 12))) {
        this.add(`${at}/date`, {
          zh: `日期 ${date} 不属于 ${year} 年（允许上一年 12 月的元旦假期）。`,
          en: `Date ${date} is outside ${year} (only the December before may appear, for a New Year block).`,
        });
      }
      if (makeUpDays && !isWeekend(day)) {
        // A national make-up working day on Monday–Friday changes nothing, so it can only be a typo.
        this.add(`${at}/date`, {
          zh: `调休上班日 ${date} 不是周六或周日。`,
          en: `Make-up working day ${date} is not a Saturday or Sunday.`,
        });
      }
      const earlier = seen.get(date);
      if (earlier !== undefined) {
        this.add(`${at}/date`, { zh: `日期 ${date} 已出现在 ${earlier}。`, en: `Date ${date} already appears at ${earlier}.` });
      } else {
        seen.set(date, at);
      }
      if (named) days.push({ date, name });
    });
    return days;
  }
}

/** Checks one parsed cn-<year>.json. Returns the year only when the file has no issue: half a notice is worse than none. */
export function parseCalendarYear(value: unknown, file: string): { year?: CalendarYear; issues: CalendarIssue[] } {
  const list = new IssueList(file);
  const required = ['region', 'year', 'holidays', 'workdays'];
  if (!list.object(value, '', CALENDAR_YEAR_KEYS, required)) return { issues: list.issues };
  const { region, year, source } = value;
  list.region(region, '/region');
  const yearOk = list.year(year, '/year');
  const hasSource = list.text(source, '/source', true);
  const seen = new Map<string, string>();
  const holidays = list.days(value.holidays, '/holidays', yearOk ? year : undefined, seen);
  const workdays = list.days(value.workdays, '/workdays', yearOk ? year : undefined, seen, true);
  if (list.issues.length > 0 || typeof region !== 'string' || typeof year !== 'number') return { issues: list.issues };
  return { year: { region, year, holidays, workdays, ...(hasSource ? { source } : {}) }, issues: [] };
}

/** Checks one parsed regional overlay. Returns the overlay only when the file has no issue. */
export function parseCalendarOverlay(
  value: unknown,
  file: string,
): { overlay?: CalendarOverlay; issues: CalendarIssue[] } {
  const list = new IssueList(file);
  if (!list.object(value, '', CALENDAR_OVERLAY_KEYS, ['region', 'years'])) return { issues: list.issues };
  const { region, extends: base, name, source } = value;
  list.region(region, '/region');
  if (base !== undefined) list.region(base, '/extends');
  list.text(source, '/source', true);
  let localName: CalendarOverlay['name'];
  if (name !== undefined && list.object(name, '/name', ['zh', 'en'], ['zh'])) {
    const { zh, en } = name;
    if (list.text(zh, '/name/zh')) localName = { zh };
    if (list.text(en, '/name/en', true) && localName) localName.en = en;
  }
  const years: Record<string, CalendarOverlayYear> = {};
  // Any key is allowed by the object check; the four-digit rule below gives the clearer message.
  if (list.object(value.years, '/years', Object.keys(isObject(value.years) ? value.years : {}), [])) {
    for (const [key, entry] of Object.entries(value.years)) {
      const at = `/years/${key}`;
      const year = /^\d{4}$/.test(key) ? Number(key) : undefined;
      if (year === undefined) {
        list.add(at, { zh: `年份键 "${key}" 无效：应为四位数字。`, en: `Invalid year key "${key}": expected four digits.` });
      }
      if (!list.object(entry, at, ['holidays', 'workdays'], ['holidays', 'workdays'])) continue;
      const seen = new Map<string, string>();
      years[key] = {
        holidays: list.days(entry.holidays, `${at}/holidays`, year, seen),
        workdays: list.days(entry.workdays, `${at}/workdays`, year, seen),
      };
    }
  }
  if (list.issues.length > 0 || typeof region !== 'string') return { issues: list.issues };
  const overlay: CalendarOverlay = { region, years };
  if (typeof base === 'string') overlay.extends = base;
  if (localName) overlay.name = localName;
  if (typeof source === 'string') overlay.source = source;
  return { overlay, issues: [] };
}

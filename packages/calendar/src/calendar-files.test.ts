import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCalendarOverlay, loadCalendarYears } from './calendar-files.ts';
import { NATIONAL_DIR, XINJIANG_OVERLAY_FILE } from './fixtures/national-calendar.ts';

const folders: string[] = [];
function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sanxiang-calendar-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const committed2026 = readFileSync(join(NATIONAL_DIR, 'cn-2026.json'), 'utf8');

describe('loadCalendarYears', () => {
  it('loads the eight committed years 2019–2026 without an issue', () => {
    const { years, issues } = loadCalendarYears(NATIONAL_DIR);
    expect(issues).toEqual([]);
    expect(years.map((year) => year.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(years.every((year) => year.region === 'CN' && year.source?.includes('国务院办公厅'))).toBe(true);
  });

  it('names a file with broken JSON and still loads the others', () => {
    const dir = folderWith({ 'cn-2025.json': '{ "region": "CN", "year": 2025,', 'cn-2026.json': committed2026 });
    const { years, issues } = loadCalendarYears(dir);
    expect(years.map((year) => year.year)).toEqual([2026]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.file).toBe(join(dir, 'cn-2025.json'));
    expect(issues[0]?.message.en).toMatch(/Cannot read or parse the JSON/);
    expect(issues[0]?.message.zh).toMatch(/无法读取或解析 JSON/);
  });

  it('leaves out a year whose file has any problem, pointing at each one', () => {
    const broken = JSON.parse(committed2026) as { holidays: { date: string; name: string }[]; workdays: unknown[] };
    broken.holidays.push({ date: '2026-02-30', name: '春节' }, { date: '2025-06-01', name: '端午节' });
    broken.holidays.push({ date: '2026-02-15', name: '春节' });
    broken.workdays.unshift({ date: '2026-03-07' }, { date: '2026-03-02', name: '调休' });
    const { years, issues } = loadCalendarYears(folderWith({ 'cn-2026.json': JSON.stringify(broken) }));
    expect(years).toEqual([]);
    const count = broken.holidays.length;
    expect(issues.map((issue) => issue.pointer)).toEqual([
      `/holidays/${count - 3}/date`, // 2026-02-30 does not exist
      `/holidays/${count - 2}/date`, // 2025-06-01 is outside the 2026 notice
      `/holidays/${count - 1}/date`, // 2026-02-15 twice
      '/workdays/0', // no name
      '/workdays/1/date', // a make-up day on a Monday
    ]);
  });

  it('checks the file name against the region and year inside', () => {
    const { years, issues } = loadCalendarYears(folderWith({ 'cn-2025.json': committed2026 }));
    expect(years).toEqual([]);
    expect(issues[0]?.message.en).toContain('cn-2026.json');
  });

  it('reports unknown fields and a missing folder instead of throwing', () => {
    const extra = committed2026.replace('"region": "CN",', '"region": "CN", "regoin": "CN",');
    expect(loadCalendarYears(folderWith({ 'cn-2026.json': extra })).issues.map((issue) => issue.pointer)).toEqual([
      '/regoin',
    ]);
    const missing = loadCalendarYears(join(tmpdir(), 'sanxiang-calendar-does-not-exist'));
    expect(missing.years).toEqual([]);
    expect(missing.issues[0]?.message.en).toMatch(/Cannot read the calendar folder/);
  });
});

describe('loadCalendarOverlay', () => {
  it('loads the Xinjiang fixture', () => {
    const { overlay, issues } = loadCalendarOverlay(XINJIANG_OVERLAY_FILE);
    expect(issues).toEqual([]);
    expect(overlay?.region).toBe('CN-XJ');
    expect(overlay?.name).toEqual({ zh: '新疆维吾尔自治区', en: 'Xinjiang' });
    expect(overlay?.years['2025']?.holidays).toHaveLength(8);
  });

  it('reports a bad region, year key and date', () => {
    const dir = folderWith({
      'xj.json': JSON.stringify({
        region: 'xinjiang',
        extends: 'CN',
        years: { '25': { holidays: [{ date: '2025-3-29', name: '肉孜节' }], workdays: [] } },
      }),
    });
    const { overlay, issues } = loadCalendarOverlay(join(dir, 'xj.json'));
    expect(overlay).toBeUndefined();
    expect(issues.map((issue) => issue.pointer)).toEqual(['/region', '/years/25', '/years/25/holidays/0/date']);
  });
});

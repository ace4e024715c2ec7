import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileTenant, formatIssue, validatePath } from './index.ts';
import { standardFixture, writeFixture } from './test-layer-folders.ts';
import { makeTempRoot } from './test-tenant-folders.ts';

const temp = makeTempRoot();
afterAll(() => temp.remove());

/** An overlay whose 2025 entry holds `holidays` (line 3 onwards, one day per line). */
function overlayText(holidays: string[], extra = ''): string {
  return ['{', `  "region": "CN-XJ",${extra} "years": { "2025": { "workdays": [], "holidays": [`, ...holidays.map((day, index) => `    ${day}${index < holidays.length - 1 ? ',' : ''}`), '  ] } }', '}'].join('\n');
}

let counter = 0;
function compileWithOverlay(text: string) {
  counter += 1;
  const root = join(temp.root, `overlay-${counter}`);
  const fixture = standardFixture();
  fixture['tenant-configs/tt/calendar.json'] = '{ "region": "CN-XJ", "overlay": "calendar/region.overlay.json" }\n';
  fixture['tenant-configs/tt/calendar/region.overlay.json'] = text;
  writeFixture(root, fixture);
  const result = compileTenant({ rulesetsDir: join(root, 'rulesets'), tenantsDir: join(root, 'tenant-configs'), tenantCode: 'tt' });
  return { ...result, lines: result.issues.map((issue) => `${issue.line}:${issue.column} ${issue.pointer} ${issue.code} ${issue.message.en}`) };
}

describe('the regional holiday overlay a tenant calendar.json names', () => {
  it('compiles when sound, a leap day and the December before the year included', () => {
    const result = compileWithOverlay(overlayText([
      '{ "date": "2024-12-31", "name": "元旦" }', '{ "date": "2025-03-31", "name": "肉孜节" }',
    ]));
    expect(result.lines).toEqual([]);
    expect(result.config?.kinds.calendar[0]?.value).toEqual({ region: 'CN-XJ', overlay: 'calendar/region.overlay.json' });
    expect(compileWithOverlay(overlayText([]).replace('"2025"', '"2024"')).lines).toEqual([]);
    expect(compileWithOverlay(overlayText([]).replace('"2025": { "workdays": []', '"2024": { "workdays": [{ "date": "2024-02-29", "name": "调休" }]')).lines).toEqual([]);
  });

  it('refuses 29 February outside a leap year, and names left blank', () => {
    expect(compileWithOverlay(overlayText(['{ "date": "2025-02-29", "name": "肉孜节" }', '{ "date": "2025-06-06", "name": "  " }'])).lines).toEqual([
      '3:15 /years/2025/holidays/0/date CALENDAR_DATE expected a real calendar date (YYYY-MM-DD), found "2025-02-29"',
      '4:37 /years/2025/holidays/1/name SHAPE expected some text, found only white space',
    ]);
  });

  it('points at the field or value the calendar schema refuses, with the hint the schema gives', () => {
    expect(compileWithOverlay(overlayText(['{ "date": "2025-3-31", "name": "肉孜节" }'], ' "region2": "x",')).lines).toEqual([
      '2:22 /region2 SCHEMA_UNKNOWN_FIELD unknown field "region2": expected one of $schema, region, name, extends, years, source',
      '3:15 /years/2025/holidays/0/date SCHEMA_PATTERN wrong format (a date written YYYY-MM-DD, e.g. 2026-03-20), found the string "2025-3-31"',
    ]);
  });

  it('is checked on its own by validatePath, through the schema it names', () => {
    const file = join(temp.root, 'standalone.overlay.json');
    writeFileSync(file, overlayText(['{ "date": "2025-04-31", "name": "肉孜节" }'], ' "$schema": "../calendar/schemas/calendar-overlay.schema.json",'));
    expect(validatePath(file).map(formatIssue)).toEqual([
      `${file}:3:15 /years/2025/holidays/0/date 日期应为真实存在的日期（YYYY-MM-DD），实际为 "2025-04-31" / expected a real calendar date (YYYY-MM-DD), found "2025-04-31"`,
    ]);
  });

  it('reports a missing overlay once, where calendar.json names it', () => {
    counter += 1;
    const root = join(temp.root, `overlay-${counter}`);
    const fixture = standardFixture();
    fixture['tenant-configs/tt/calendar.json'] = '{ "region": "CN-XJ", "overlay": "calendar/missing.json" }\n';
    writeFixture(root, fixture);
    const issues = compileTenant({ rulesetsDir: join(root, 'rulesets'), tenantsDir: join(root, 'tenant-configs'), tenantCode: 'tt' }).issues;
    expect(issues.map((issue) => `${issue.file.slice(root.length)} ${issue.pointer} ${issue.code}`)).toEqual(['/tenant-configs/tt/calendar.json /overlay FILE_REFERENCE_MISSING']);
  });
});

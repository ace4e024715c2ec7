import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALENDAR_OVERLAY_KEYS, CALENDAR_YEAR_KEYS, MAX_YEAR, MIN_YEAR, REGION_PATTERN } from './calendar-json.ts';

// The validator is written by hand; these tests keep it in step with the JSON Schemas editors use.
const readSchema = (name: string) =>
  JSON.parse(readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8')) as {
    required: string[];
    properties: Record<string, { pattern?: string; minimum?: number; maximum?: number }>;
    definitions: Record<string, { required?: string[]; properties?: Record<string, { pattern?: string }> }>;
  };

describe('JSON Schemas and the validator agree', () => {
  const year = readSchema('calendar-year.schema.json');
  const overlay = readSchema('calendar-overlay.schema.json');

  it('on the fields of a year file', () => {
    expect(Object.keys(year.properties).sort()).toEqual([...CALENDAR_YEAR_KEYS].sort());
    expect(year.required.sort()).toEqual(['holidays', 'region', 'workdays', 'year']);
    expect(year.properties['region']?.pattern).toBe(REGION_PATTERN);
    expect([year.properties['year']?.minimum, year.properties['year']?.maximum]).toEqual([MIN_YEAR, MAX_YEAR]);
    expect(year.definitions['day']?.required).toEqual(['date', 'name']);
  });

  it('on the fields of an overlay', () => {
    expect(Object.keys(overlay.properties).sort()).toEqual([...CALENDAR_OVERLAY_KEYS].sort());
    expect(overlay.required.sort()).toEqual(['region', 'years']);
    expect(overlay.properties['region']?.pattern).toBe(REGION_PATTERN);
    expect(overlay.properties['extends']?.pattern).toBe(REGION_PATTERN);
    expect(overlay.definitions['day']?.properties?.['date']?.pattern).toBe(
      year.definitions['day']?.properties?.['date']?.pattern,
    );
  });

  it('the committed files name the schema, relative to where they sit', () => {
    const text = readFileSync(new URL('../../../rulesets/national/calendar/cn-2026.json', import.meta.url), 'utf8');
    const schemaPath = (JSON.parse(text) as { $schema: string }).$schema;
    const resolved = new URL(schemaPath, new URL('../../../rulesets/national/calendar/cn-2026.json', import.meta.url));
    expect(resolved.href).toBe(new URL('../schemas/calendar-year.schema.json', import.meta.url).href);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseJson } from './case-file.ts';
import { CASE_SCHEMA } from './case-schema.ts';
import { formatCaseIssue, validateCase } from './case-validator.ts';

const examples = new URL('../examples/', import.meta.url);

describe('the case schema', () => {
  it('is published as schemas/case.schema.json, generated from case-schema.ts', () => {
    const published: unknown = JSON.parse(readFileSync(new URL('../schemas/case.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual(CASE_SCHEMA);
  });

  it.each(readdirSync(examples).filter((file) => file.endsWith('.json')))('accepts examples/%s', (file) => {
    expect(parseCaseJson(readFileSync(new URL(file, examples), 'utf8')).issues).toEqual([]);
  });
});

describe('validateCase', () => {
  it('reports a wrong type with its pointer, in both languages', () => {
    const result = validateCase({ party: { kind: 'PERSON' }, facts: { intendedFine: '5万' }, officers: [{ certificate: { number: 'A1', domain: 'x', area: 'y', status: 'VALID', validUntil: '2025-02-30' } }] });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/party/kind', 'ENUM'],
      ['/officers/0/certificate/validUntil', 'FORMAT'],
    ]);
    expect(result.issues[0]?.message).toEqual({ zh: '应为以下之一：INDIVIDUAL, ORGANISATION，实际为 "PERSON"', en: 'expected one of INDIVIDUAL, ORGANISATION, found "PERSON"' });
    expect(formatCaseIssue(result.issues[1]!)).toBe('/officers/0/certificate/validUntil "2025-02-30" 不是真实存在的日期或时间 / "2025-02-30" is not a real date or time');
  });

  it('names unknown fields and missing required ones', () => {
    const result = validateCase({ seizure: {}, actions: [{ type: 'SEIZURE' }], surprise: 1 });
    expect(result.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/seizure/startedAt', 'REQUIRED'],
      ['/actions/0/startedAt', 'REQUIRED'],
      ['/surprise', 'UNKNOWN_FIELD'],
    ]);
  });

  it('checks fact names and values, and escapes pointers', () => {
    const result = validateCase({ facts: { 'bad/name': 1, good: { nested: true }, list: [1] } });
    expect(result.issues.map((issue) => issue.pointer)).toEqual(['/facts/bad~1name', '/facts/good', '/facts/list/0']);
  });

  it('reports bad JSON as a syntax issue, not an exception', () => {
    expect(parseCaseJson('{"type": ').issues[0]?.code).toBe('SYNTAX');
  });

  it('caps the number of issues', () => {
    const result = validateCase({ facts: Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`f${index}`, {}])) });
    expect(result.issues).toHaveLength(101);
    expect(result.issues.at(-1)?.code).toBe('TOO_MANY_ISSUES');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }), (value) => {
      const result = validateCase(value);
      return result.ok || result.issues.length > 0;
    }), { numRuns: 500 });
  });
});

import { AppError } from '@sanxiang/errors';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REDACTION_POLICY,
  parseRedactionPolicy,
  REDACTION_POLICY_JSON_SCHEMA,
  REQUIRED_PUBLIC_FIELDS,
} from './redaction-policy.ts';

function problemsOf(json: unknown): string[] {
  try {
    parseRedactionPolicy(json);
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFIG_INVALID') {
      const details: unknown = error.details;
      if (typeof details === 'object' && details !== null && 'problems' in details && Array.isArray(details.problems)) {
        return details.problems.map(String);
      }
    }
    throw error;
  }
  return [];
}

describe('parseRedactionPolicy', () => {
  it('accepts the default policy as it would be written to JSON', () => {
    const json: unknown = JSON.parse(JSON.stringify(DEFAULT_REDACTION_POLICY));
    expect(parseRedactionPolicy(json)).toEqual(DEFAULT_REDACTION_POLICY);
  });

  it('cites its basis, the Zhejiang measures first', () => {
    expect(DEFAULT_REDACTION_POLICY.basis[0]?.law).toContain('浙江省行政处罚结果信息网上公开暂行办法');
    expect(Object.isFrozen(DEFAULT_REDACTION_POLICY.privateFields)).toBe(true);
  });

  it('lists every problem of a broken file at once, bilingually', () => {
    const problems = problemsOf({
      naturalPersonName: 'FULL',
      privateFields: ['decisionNumber', 'party.kind', 'bad path', 3],
      publicNumbers: ['1'],
      basis: [],
      extra: true,
    });
    expect(problems).toEqual([
      '/extra: unknown property',
      '/naturalPersonName: must be KEEP, SURNAME_ONLY or HIDE',
      '/privateFields/3: must be a string',
      '/privateFields/0: decisionNumber must stay public',
      '/privateFields/1: party.kind must stay public',
      '/privateFields/2: not a dotted field path',
      '/publicNumbers/0: too short to be a number',
      '/basis: must cite at least one law and article',
    ]);
    expect(() => parseRedactionPolicy(null)).toThrow(/技术处理规则有误.*The redaction policy is invalid/);
  });
});

describe('REDACTION_POLICY_JSON_SCHEMA', () => {
  it('requires the same properties the parser does and forbids removing the identifying fields', () => {
    expect([...REDACTION_POLICY_JSON_SCHEMA.required].sort()).toEqual(['basis', 'naturalPersonName', 'privateFields', 'publicNumbers']);
    expect(REDACTION_POLICY_JSON_SCHEMA.properties.privateFields.items.not.enum).toEqual([...REQUIRED_PUBLIC_FIELDS]);
    expect(REDACTION_POLICY_JSON_SCHEMA.properties.naturalPersonName.enum).toEqual(['KEEP', 'SURNAME_ONLY', 'HIDE']);
  });
});

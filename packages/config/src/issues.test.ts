import { describe, expect, it } from 'vitest';
import { formatIssue, type ConfigIssue } from './index.ts';

describe('formatIssue', () => {
  it('prints file, position, pointer and both languages on one line', () => {
    const issue: ConfigIssue = {
      file: 'tenant-configs/shaoyang/tenant.json', line: 5, column: 12, pointer: '/level', code: 'SCHEMA_ENUM',
      message: { zh: '取值应为以下之一：PROVINCE', en: 'expected one of PROVINCE' },
    };
    expect(formatIssue(issue)).toBe('tenant-configs/shaoyang/tenant.json:5:12 /level 取值应为以下之一：PROVINCE / expected one of PROVINCE');
  });

  it('leaves the pointer empty for the whole document', () => {
    const issue: ConfigIssue = { file: 'a/tenant.json', line: 1, column: 1, pointer: '', code: 'FILE_MISSING', message: { zh: '甲', en: 'A' } };
    expect(formatIssue(issue)).toBe('a/tenant.json:1:1  甲 / A');
  });
});

// Test support: builds tenant folders in a temporary directory. Not exported from the package.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function makeTempRoot(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'sanxiang-config-'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export function writeTenantFolder(root: string, folder: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(root, folder);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/**
 * A valid tenant.json with one line per department, so that tests can point at exact lines:
 * line 2 is "code", 4 "region", 5 "level", 8 to 10 the three departments.
 */
export function tenantJson(code: string, edit: (lines: string[]) => void = () => {}): string {
  const lines = [
    '{',
    `  "code": "${code}",`,
    '  "name": { "zh": "测试市", "en": "Test City" },',
    '  "region": "测试省测试市",',
    '  "level": "PREFECTURE",',
    '  "extends": ["national"],',
    '  "departments": [',
    '    { "code": "sfj", "name": { "zh": "市司法局" }, "type": "JUDICIAL_BUREAU" },',
    '    { "code": "scjg", "name": { "zh": "市市场监督管理局" }, "type": "ENFORCEMENT_AGENCY", "domain": "market-regulation" },',
    '    { "code": "scjg-fgk", "name": { "zh": "法规科" }, "type": "LEGAL_REVIEW_BODY", "parent": "scjg" }',
    '  ]',
    '}',
  ];
  edit(lines);
  return `${lines.join('\n')}\n`;
}

/** A valid enforcement-items.json; line 3 is the first item, line 4 the second. */
export function itemsJson(edit: (lines: string[]) => void = () => {}): string {
  const lines = [
    '{',
    '  "items": [',
    '    { "code": "scjg-cf-001", "name": "对未取得食品生产经营许可从事食品生产经营活动的行政处罚", "category": "PENALTY", "department": "scjg", "legalBasis": [{ "law": "《中华人民共和国食品安全法》", "article": "第一百二十二条" }] },',
    '    { "code": "scjg-cf-002", "name": "对生产、销售不符合国家标准的产品的行政处罚", "category": "PENALTY", "department": "scjg", "legalBasis": [{ "law": "《中华人民共和国产品质量法》", "article": "第四十九条" }] }',
    '  ]',
    '}',
  ];
  edit(lines);
  return `${lines.join('\n')}\n`;
}

/** Replaces the first occurrence of `find` on a 1-based line, failing loudly if the fixture drifted. */
export function replaceOnLine(lines: string[], lineNumber: number, find: string, replacement: string): void {
  const line = lines[lineNumber - 1];
  if (line === undefined || !line.includes(find)) throw new Error(`fixture line ${lineNumber} has no "${find}"`);
  lines[lineNumber - 1] = line.replace(find, replacement);
}

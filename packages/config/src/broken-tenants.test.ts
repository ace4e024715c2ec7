import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIssue, loadTenantFolder, loadTenantFolders, type ConfigIssueCode } from './index.ts';
import { itemsJson, makeTempRoot, replaceOnLine, tenantJson, writeTenantFolder } from './test-tenant-folders.ts';

interface BrokenCase {
  folder: string;
  files: Record<string, string | Uint8Array>;
  /** The one issue the folder must produce. */
  expected: { file: string; line: number; column: number; pointer: string; code: ConfigIssueCode; zh: string; en: string };
}

const validItems = { 'enforcement-items.json': itemsJson() };
const sixtyThreeZeros = '/0'.repeat(63);

const corpus: BrokenCase[] = [
  {
    folder: 'bad-json',
    files: { 'tenant.json': tenantJson('bad-json', (l) => replaceOnLine(l, 2, '",', '"')) },
    expected: { file: 'tenant.json', line: 3, column: 3, pointer: '/name', code: 'JSON_SYNTAX', zh: '应为逗号 ","，实际为 `"name"`', en: 'expected a comma ",", found `"name"`' },
  },
  {
    folder: 'trailing-comma',
    files: { 'tenant.json': tenantJson('trailing-comma', (l) => replaceOnLine(l, 10, '"scjg" }', '"scjg" },')) },
    expected: { file: 'tenant.json', line: 10, column: 99, pointer: '/departments', code: 'JSON_SYNTAX', zh: '最后一项之后不能有逗号', en: 'found a trailing ","' },
  },
  {
    folder: 'comment',
    files: { 'tenant.json': tenantJson('comment', (l) => replaceOnLine(l, 1, '{', '{\n  // 邵阳市')) },
    expected: { file: 'tenant.json', line: 2, column: 3, pointer: '', code: 'JSON_SYNTAX', zh: 'JSON 中不允许注释', en: 'comments are not allowed in JSON, found `// 邵阳市`' },
  },
  {
    folder: 'full-width-comma',
    files: { 'tenant.json': tenantJson('full-width-comma', (l) => replaceOnLine(l, 2, '",', '"，')) },
    expected: { file: 'tenant.json', line: 2, column: 29, pointer: '/code', code: 'JSON_SYNTAX', zh: '请改用英文半角标点', en: 'found `，` (use ASCII punctuation' },
  },
  {
    folder: 'wrong-type',
    files: { 'tenant.json': tenantJson('wrong-type', (l) => replaceOnLine(l, 4, '"测试省测试市"', '42')) },
    expected: { file: 'tenant.json', line: 4, column: 13, pointer: '/region', code: 'SCHEMA_TYPE', zh: '类型应为字符串，实际为数字 42', en: 'expected a string, found the number 42' },
  },
  {
    folder: 'unknown-field',
    files: { 'tenant.json': tenantJson('unknown-field', (l) => replaceOnLine(l, 9, '"domain"', '"colour": "red", "domain"')) },
    expected: { file: 'tenant.json', line: 9, column: 83, pointer: '/departments/1/colour', code: 'SCHEMA_UNKNOWN_FIELD', zh: '未知字段 "colour"：应为以下字段之一：code、name、type、domain、parent', en: 'unknown field "colour": expected one of code, name, type, domain, parent' },
  },
  {
    folder: 'bad-enum',
    files: { 'tenant.json': tenantJson('bad-enum', (l) => replaceOnLine(l, 5, 'PREFECTURE', 'CITY')) },
    expected: { file: 'tenant.json', line: 5, column: 12, pointer: '/level', code: 'SCHEMA_ENUM', zh: '取值应为以下之一：PROVINCE、PREFECTURE、COUNTY、DEPARTMENT，实际为字符串 "CITY"', en: 'expected one of PROVINCE, PREFECTURE, COUNTY, DEPARTMENT, found the string "CITY"' },
  },
  {
    folder: 'missing-field',
    files: { 'tenant.json': tenantJson('missing-field', (l) => l.splice(3, 1)) },
    expected: { file: 'tenant.json', line: 1, column: 1, pointer: '', code: 'SCHEMA_MISSING_FIELD', zh: '应有必填字段 "region"', en: 'expected the required field "region", found it missing' },
  },
  {
    folder: 'missing-tenant-json',
    files: validItems,
    expected: { file: 'tenant.json', line: 1, column: 1, pointer: '', code: 'FILE_MISSING', zh: '实际找不到', en: 'found nothing there' },
  },
  {
    folder: 'oversize',
    files: { 'tenant.json': `{"code": "oversize", "padding": "${'x'.repeat(5 * 1024 * 1024)}"}` },
    expected: { file: 'tenant.json', line: 1, column: 1, pointer: '', code: 'FILE_TOO_LARGE', zh: '文件大小应不超过 5 MB（5,242,880 字节），实际为 5,242,915 字节', en: 'expected a file of at most 5 MB (5,242,880 bytes), found 5,242,915 bytes' },
  },
  {
    folder: 'deep-nesting',
    files: { 'tenant.json': `{"departments": ${'['.repeat(10_000)}${']'.repeat(10_000)}}` },
    expected: { file: 'tenant.json', line: 1, column: 80, pointer: `/departments${sixtyThreeZeros}`, code: 'JSON_TOO_DEEP', zh: '嵌套层数应不超过 64 层', en: 'expected at most 64 levels of nesting' },
  },
  {
    folder: 'not-utf8',
    files: {
      'tenant.json': Buffer.concat([
        Buffer.from(tenantJson('not-utf8').split('测试省测试市')[0] ?? ''),
        Buffer.from([0xb2, 0xe2, 0xca, 0xd4]), // 测试 in GBK
        Buffer.from(tenantJson('not-utf8').split('测试省测试市')[1] ?? ''),
      ]),
    },
    expected: { file: 'tenant.json', line: 4, column: 14, pointer: '', code: 'FILE_NOT_UTF8', zh: '文件编码应为 UTF-8', en: 'save the file as UTF-8' },
  },
  {
    folder: 'duplicate-key',
    files: { 'tenant.json': tenantJson('duplicate-key', (l) => replaceOnLine(l, 5, '"PREFECTURE",', '"PREFECTURE", "level": "COUNTY",')) },
    expected: { file: 'tenant.json', line: 5, column: 26, pointer: '/level', code: 'JSON_DUPLICATE_KEY', zh: '字段 "level" 应只出现一次', en: 'found it again (first at line 5, column 3)' },
  },
  {
    folder: 'folder-differs',
    files: { 'tenant.json': tenantJson('shaoyang') },
    expected: { file: 'tenant.json', line: 2, column: 11, pointer: '/code', code: 'FOLDER_CODE_MISMATCH', zh: '租户代码应与文件夹名 "folder-differs" 相同，实际为 "shaoyang"', en: 'expected the tenant code to equal the folder name "folder-differs", found "shaoyang"' },
  },
  {
    folder: 'duplicate-department',
    files: {
      'tenant.json': tenantJson('duplicate-department', (l) =>
        replaceOnLine(l, 10, '"scjg" }', '"scjg" },\n    { "code": "sfj", "name": { "zh": "重复的司法局" }, "type": "JUDICIAL_BUREAU" }')),
    },
    expected: { file: 'tenant.json', line: 11, column: 15, pointer: '/departments/3/code', code: 'DUPLICATE_DEPARTMENT_CODE', zh: '部门代码应唯一，实际 "sfj" 重复（第一次在第 8 行）', en: 'expected a unique department code, found "sfj" again (first on line 8)' },
  },
  {
    folder: 'bad-parent',
    files: { 'tenant.json': tenantJson('bad-parent', (l) => replaceOnLine(l, 10, '"parent": "scjg"', '"parent": "zfj"')) },
    expected: { file: 'tenant.json', line: 10, column: 91, pointer: '/departments/2/parent', code: 'UNKNOWN_PARENT_DEPARTMENT', zh: '实际为不存在的 "zfj"', en: "expected the parent to be one of this tenant's department codes (sfj, scjg, scjg-fgk), found the unknown \"zfj\"" },
  },
  {
    folder: 'parent-cycle',
    files: { 'tenant.json': tenantJson('parent-cycle', (l) => replaceOnLine(l, 9, '"domain"', '"parent": "scjg-fgk", "domain"')) },
    expected: { file: 'tenant.json', line: 9, column: 93, pointer: '/departments/1/parent', code: 'DEPARTMENT_PARENT_CYCLE', zh: '实际形成循环：scjg → scjg-fgk → scjg', en: 'found a loop: scjg → scjg-fgk → scjg' },
  },
  {
    folder: 'duplicate-item',
    files: { 'tenant.json': tenantJson('duplicate-item'), 'enforcement-items.json': itemsJson((l) => replaceOnLine(l, 4, 'scjg-cf-002', 'scjg-cf-001')) },
    expected: { file: 'enforcement-items.json', line: 4, column: 15, pointer: '/items/1/code', code: 'DUPLICATE_ITEM_CODE', zh: '事项编码应唯一，实际 "scjg-cf-001" 重复（第一次在第 3 行）', en: 'expected a unique item code, found "scjg-cf-001" again (first on line 3)' },
  },
  {
    folder: 'unknown-department',
    files: { 'tenant.json': tenantJson('unknown-department'), 'enforcement-items.json': itemsJson((l) => replaceOnLine(l, 3, '"department": "scjg"', '"department": "hbj"')) },
    expected: { file: 'enforcement-items.json', line: 3, column: 106, pointer: '/items/0/department', code: 'UNKNOWN_DEPARTMENT', zh: '实际为不存在的 "hbj"', en: 'expected a department from tenant.json (sfj, scjg), found the unknown "hbj"' },
  },
  {
    folder: 'item-on-review-body',
    files: { 'tenant.json': tenantJson('item-on-review-body'), 'enforcement-items.json': itemsJson((l) => replaceOnLine(l, 3, '"department": "scjg"', '"department": "scjg-fgk"')) },
    expected: { file: 'enforcement-items.json', line: 3, column: 106, pointer: '/items/0/department', code: 'ITEM_DEPARTMENT_NOT_ENFORCING', zh: '实际 "scjg-fgk" 是法制审核机构', en: 'found "scjg-fgk", a legal-review body' },
  },
  {
    folder: 'no-legal-basis',
    files: { 'tenant.json': tenantJson('no-legal-basis'), 'enforcement-items.json': itemsJson((l) => replaceOnLine(l, 4, '[{ "law": "《中华人民共和国产品质量法》", "article": "第四十九条" }]', '[]')) },
    expected: { file: 'enforcement-items.json', line: 4, column: 122, pointer: '/items/1/legalBasis', code: 'SCHEMA_ITEMS', zh: '应至少有 1 项，实际为 0 项', en: 'expected at least 1 entry, found 0' },
  },
  {
    folder: 'law-without-title-marks',
    files: { 'tenant.json': tenantJson('law-without-title-marks'), 'enforcement-items.json': itemsJson((l) => replaceOnLine(l, 3, '"《中华人民共和国食品安全法》"', '"食品安全法"')) },
    expected: { file: 'enforcement-items.json', line: 3, column: 138, pointer: '/items/0/legalBasis/0/law', code: 'SCHEMA_PATTERN', zh: '应为带书名号的全称', en: 'found the string "食品安全法"' },
  },
  {
    folder: 'items-trailing-comma',
    files: { 'tenant.json': tenantJson('items-trailing-comma'), 'enforcement-items.json': itemsJson((l) => replaceOnLine(l, 4, '}] }', '}] },')) },
    expected: { file: 'enforcement-items.json', line: 4, column: 173, pointer: '/items', code: 'JSON_SYNTAX', zh: '最后一项之后不能有逗号', en: 'expected no comma after the last entry' },
  },
];

describe('a corpus of broken tenant folders', () => {
  const temp = makeTempRoot();
  beforeAll(() => {
    for (const { folder, files } of corpus) writeTenantFolder(temp.root, folder, files);
  });
  afterAll(() => temp.remove());

  it('holds at least 12 distinct cases', () => {
    expect(new Set(corpus.map((c) => c.folder)).size).toBe(corpus.length);
    expect(corpus.length).toBeGreaterThanOrEqual(12);
  });

  it.each(corpus)('$folder: one issue, located exactly, and the tenant is left out', ({ folder, expected }) => {
    const dir = join(temp.root, folder);
    const result = loadTenantFolder(dir);
    expect(result.tenant).toBeUndefined();
    expect(result.issues.map(formatIssue)).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue).toMatchObject({
      file: join(dir, expected.file),
      line: expected.line,
      column: expected.column,
      pointer: expected.pointer,
      code: expected.code,
    });
    expect(issue?.message.zh).toContain(expected.zh);
    expect(issue?.message.en).toContain(expected.en);
  });

  it('loads none of them as a whole, and names every folder in an issue', () => {
    const result = loadTenantFolders(temp.root);
    expect(result.tenants).toEqual([]);
    const files = new Set(result.issues.map((issue) => issue.file));
    for (const { folder, expected } of corpus) expect(files).toContain(join(temp.root, folder, expected.file));
  });
});

import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileTenant, formatIssue, loadTenantFolder } from './index.ts';
import { itemsWithGuideDefaults } from './kinds/enforcement-items.ts';
import { itemsJson, makeTempRoot, replaceOnLine, tenantJson, writeTenantFolder } from './test-tenant-folders.ts';

// Service guides (服务指南, seed 004): department defaults in "serviceGuides", per-item additions in "serviceGuide".
const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const DEFAULTS = '  "serviceGuides": [{ "department": "scjg", "officeHours": "工作日 8:30—17:30", "address": "测试市测试路 1 号", "phone": "0739-5201234", "supervision": [{ "body": "12315 投诉举报中心", "phone": "12315" }] }],';
const OWN_GUIDE = '"serviceGuide": { "phone": "13907391234", "timeLimit": { "days": 20, "unit": "WORKING", "basis": [{ "law": "《中华人民共和国行政许可法》", "article": "第四十二条" }] } }, "legalBasis"';

let root: string;
let remove: () => void;
beforeAll(() => ({ root, remove } = makeTempRoot()));
afterAll(() => remove());

/** The tenant fixture with the defaults on line 2 of enforcement-items.json, and the first item on line 4. */
function folder(name: string, edit: (lines: string[]) => void = () => {}) {
  const items = itemsJson((lines) => {
    lines.splice(1, 0, DEFAULTS);
    edit(lines);
  });
  return loadTenantFolder(writeTenantFolder(root, name, { 'tenant.json': tenantJson(name), 'enforcement-items.json': items }));
}

describe('service guides in enforcement-items.json', () => {
  it('accepts department defaults and an item\'s own guide', () => {
    const { tenant, issues } = folder('guides-ok', (lines) => replaceOnLine(lines, 4, '"legalBasis"', OWN_GUIDE));
    expect(issues).toEqual([]);
    expect(tenant?.items[0]?.serviceGuide?.timeLimit).toEqual({ days: 20, unit: 'WORKING', basis: [{ law: '《中华人民共和国行政许可法》', article: '第四十二条' }] });
  });

  it('refuses a malformed phone with file, line, column, pointer and the accepted forms in both languages', () => {
    const { issues } = folder('guides-bad-phone', (lines) => replaceOnLine(lines, 2, '"0739-5201234"', '"0739 520 1234"'));
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue).toMatchObject({ line: 2, pointer: '/serviceGuides/0/phone', code: 'SCHEMA_PATTERN' });
    expect(formatIssue(issue!)).toMatch(/enforcement-items\.json:2:\d+ \/serviceGuides\/0\/phone .*0739-5201234.*12315.* \/ .*landline such as 0739-5201234/u);
    expect(formatIssue(issue!)).toContain('0739 520 1234');
  });

  it('refuses a bad complaints phone, a time limit without its basis, and an unknown field', () => {
    const badComplaints = folder('guides-bad-supervision', (lines) => replaceOnLine(lines, 2, '"12315" }', '"12315-" }'));
    expect(badComplaints.issues.map((issue) => [issue.pointer, issue.code])).toEqual([['/serviceGuides/0/supervision/0/phone', 'SCHEMA_PATTERN']]);
    const noBasis = folder('guides-no-basis', (lines) => replaceOnLine(lines, 4, '"legalBasis"', '"serviceGuide": { "timeLimit": { "days": 20, "unit": "WORKING" } }, "legalBasis"'));
    expect(noBasis.issues.map((issue) => [issue.pointer, issue.code])).toEqual([['/items/0/serviceGuide/timeLimit', 'SCHEMA_MISSING_FIELD']]);
    const unknown = folder('guides-unknown-field', (lines) => replaceOnLine(lines, 2, '"address"', '"email": "a@b.cn", "address"'));
    expect(unknown.issues.map((issue) => [issue.pointer, issue.code])).toEqual([['/serviceGuides/0/email', 'SCHEMA_UNKNOWN_FIELD']]);
  });

  it('refuses defaults for a department tenant.json does not have, and a department given twice', () => {
    const unknown = folder('guides-unknown-department', (lines) => replaceOnLine(lines, 2, '"department": "scjg"', '"department": "scgj"'));
    expect(unknown.issues.map((issue) => [issue.line, issue.pointer, issue.code])).toEqual([[2, '/serviceGuides/0/department', 'UNKNOWN_DEPARTMENT']]);
    expect(unknown.issues[0]?.message.en).toContain('found the unknown "scgj"');
    const twice = folder('guides-twice', (lines) => replaceOnLine(lines, 2, '}],', '}, { "department": "scjg", "phone": "12315" }],'));
    expect(twice.issues.map((issue) => [issue.pointer, issue.code])).toEqual([['/serviceGuides/1/department', 'DUPLICATE_DEPARTMENT_CODE']]);
  });
});

describe('department defaults', () => {
  const item = { code: 'a-1', name: '事项', category: 'PENALTY' as const, department: 'scjg', legalBasis: [{ law: '《某法》', article: '第一条' }] };

  it('fill what an item leaves out, and the item\'s own field wins', () => {
    const [filled, own, other] = itemsWithGuideDefaults({
      serviceGuides: [{ department: 'scjg', phone: '12315', address: '测试路 1 号' }],
      items: [item, { ...item, code: 'a-2', serviceGuide: { phone: '0739-5201234' } }, { ...item, code: 'b-1', department: 'sthjj' }],
    });
    expect(filled?.serviceGuide).toEqual({ phone: '12315', address: '测试路 1 号' });
    expect(own?.serviceGuide).toEqual({ phone: '0739-5201234', address: '测试路 1 号' });
    expect(other?.serviceGuide).toBeUndefined();
  });

  it('reach the effective configuration of shaoyang: every market-regulation item has contact, supervision and remedies', () => {
    const { config, issues } = compileTenant({ rulesetsDir: repo('rulesets'), tenantsDir: repo('tenant-configs'), tenantCode: 'shaoyang' });
    expect(issues).toEqual([]);
    const scjg = config!.kinds.enforcementItems.filter((entry) => entry.value.department === 'scjg');
    expect(scjg.length).toBeGreaterThan(0);
    for (const { value } of scjg) {
      expect(value.serviceGuide).toMatchObject({ phone: expect.any(String), address: expect.any(String), officeHours: expect.any(String) });
      expect(value.serviceGuide?.remedies?.reconsideration?.body).toBe('邵阳市人民政府');
    }
    expect(config!.kinds.enforcementItems.find((entry) => entry.id === 'scjg-cf-001')?.value.serviceGuide?.timeLimit).toMatchObject({ days: 90, unit: 'CALENDAR' });
    expect(config!.kinds.enforcementItems.find((entry) => entry.id === 'sthjj-cf-001')?.value.serviceGuide).toBeUndefined();
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue, loadTenantFolder, loadTenantFolders } from './index.ts';
import { itemsJson, makeTempRoot, replaceOnLine, tenantJson, writeTenantFolder } from './test-tenant-folders.ts';

const tenantConfigs = fileURLToPath(new URL('../../../tenant-configs', import.meta.url));

describe('the Shaoyang tenant (seed 001)', () => {
  const loaded = loadTenantFolder(join(tenantConfigs, 'shaoyang'));

  it('loads with no issues', () => {
    expect(loaded.issues.map(formatIssue)).toEqual([]);
    expect(loaded.tenant?.tenant.code).toBe('shaoyang');
  });

  it('loads from the tenant root with no issues', () => {
    const result = loadTenantFolders(tenantConfigs);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.tenants.map((tenant) => tenant.tenant.code)).toContain('shaoyang');
  });

  it('has the judicial bureau, at least four agencies, and a review body under an agency', () => {
    const departments = loaded.tenant?.tenant.departments ?? [];
    expect(departments.find((d) => d.code === 'sfj')?.type).toBe('JUDICIAL_BUREAU');
    const agencies = departments.filter((d) => d.type === 'ENFORCEMENT_AGENCY');
    expect(agencies.length).toBeGreaterThanOrEqual(4);
    expect(agencies.every((agency) => agency.domain !== undefined)).toBe(true);
    expect(departments.find((d) => d.code === 'scjg')).toMatchObject({ type: 'ENFORCEMENT_AGENCY', domain: 'market-regulation' });
    const agencyCodes = new Set(agencies.map((agency) => agency.code));
    const reviewBodies = departments.filter((d) => d.type === 'LEGAL_REVIEW_BODY');
    expect(reviewBodies.length).toBeGreaterThan(0);
    for (const body of reviewBodies) expect(agencyCodes).toContain(body.parent);
  });

  it('has 8 to 15 items, at least two penalties for market regulation, each citing a law and article', () => {
    const items = loaded.tenant?.items ?? [];
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.length).toBeLessThanOrEqual(15);
    expect(items.filter((item) => item.department === 'scjg' && item.category === 'PENALTY').length).toBeGreaterThanOrEqual(2);
    expect(new Set(items.map((item) => item.department)).size).toBeGreaterThanOrEqual(4);
    for (const item of items) {
      expect(item.legalBasis.length).toBeGreaterThan(0);
      for (const basis of item.legalBasis) {
        expect(basis.law).toMatch(/^《.+》$/);
        expect(basis.article).toMatch(/^第.+条/);
      }
    }
  });

  it('leaves the editor-only "$schema" path out of the loaded configuration', () => {
    expect(loaded.tenant?.tenant).not.toHaveProperty('$schema');
    expect(loaded.tenant?.dir).toBe(join(tenantConfigs, 'shaoyang'));
  });
});

describe('loadTenantFolders', () => {
  let remove = (): void => {};
  afterEach(() => remove());

  it('returns the good tenant and an issue naming the broken folder', () => {
    const temp = makeTempRoot();
    remove = temp.remove;
    writeTenantFolder(temp.root, 'good', { 'tenant.json': tenantJson('good'), 'enforcement-items.json': itemsJson() });
    const broken = writeTenantFolder(temp.root, 'broken', {
      'tenant.json': tenantJson('broken', (lines) => replaceOnLine(lines, 5, 'PREFECTURE', 'CITY')),
    });

    const result = loadTenantFolders(temp.root);

    expect(result.tenants.map((tenant) => tenant.tenant.code)).toEqual(['good']);
    expect(result.tenants[0]?.items.map((item) => item.code)).toEqual(['scjg-cf-001', 'scjg-cf-002']);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.file).toBe(join(broken, 'tenant.json'));
    expect(formatIssue(result.issues[0]!)).toBe(
      `${join(broken, 'tenant.json')}:5:12 /level 取值应为以下之一：PROVINCE、PREFECTURE、COUNTY、DEPARTMENT，实际为字符串 "CITY"` +
        ' / expected one of PROVINCE, PREFECTURE, COUNTY, DEPARTMENT, found the string "CITY"',
    );
  });

  it('skips hidden folders and loose files, and loads a tenant that has no item list yet', () => {
    const temp = makeTempRoot();
    remove = temp.remove;
    writeTenantFolder(temp.root, 'fresh', { 'tenant.json': tenantJson('fresh') });
    mkdirSync(join(temp.root, '.vscode'));
    writeFileSync(join(temp.root, 'README.md'), '# tenants\n');

    const result = loadTenantFolders(temp.root);

    expect(result.issues).toEqual([]);
    expect(result.tenants).toEqual([{ dir: join(temp.root, 'fresh'), tenant: expect.objectContaining({ code: 'fresh' }), items: [] }]);
  });

  it('reports every issue of a folder at once, ordered by file and position', () => {
    const temp = makeTempRoot();
    remove = temp.remove;
    const dir = writeTenantFolder(temp.root, 'many', {
      'tenant.json': tenantJson('many', (lines) => {
        replaceOnLine(lines, 5, 'PREFECTURE', 'CITY');
        replaceOnLine(lines, 4, '"测试省测试市"', 'true');
      }),
      'enforcement-items.json': itemsJson((lines) => replaceOnLine(lines, 4, '"PENALTY"', '"FINE"')),
    });

    const issues = loadTenantFolder(dir).issues;

    expect(issues.map((issue) => [issue.file, issue.line, issue.pointer, issue.code])).toEqual([
      [join(dir, 'enforcement-items.json'), 4, '/items/1/category', 'SCHEMA_ENUM'],
      [join(dir, 'tenant.json'), 4, '/region', 'SCHEMA_TYPE'],
      [join(dir, 'tenant.json'), 5, '/level', 'SCHEMA_ENUM'],
    ]);
  });

  it('lists the first 100 issues of a file and summarises the rest', () => {
    const temp = makeTempRoot();
    remove = temp.remove;
    const unknownFields = Array.from({ length: 50_000 }, (_, index) => `"x${index}": 0`).join(', ');
    const dir = writeTenantFolder(temp.root, 'flood', {
      'tenant.json': tenantJson('flood', (lines) => replaceOnLine(lines, 1, '{', `{ ${unknownFields},`)),
    });

    const issues = loadTenantFolder(dir).issues;

    expect(issues).toHaveLength(101);
    expect(issues.slice(0, 100).every((issue) => issue.code === 'SCHEMA_UNKNOWN_FIELD' && issue.line === 1)).toBe(true);
    expect(issues[100]).toMatchObject({ code: 'TOO_MANY_ISSUES', message: { en: '49900 more issues not listed; fix the ones above first' } });
  });

  it('throws only when the root itself cannot be read', () => {
    const temp = makeTempRoot();
    remove = temp.remove;
    expect(() => loadTenantFolders(join(temp.root, 'no-such-root'))).toThrow(/ENOENT/);
  });
});

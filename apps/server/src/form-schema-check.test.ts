import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileTenantFromDisk } from './config-sources.ts';
import { repoRoot } from './env.ts';
import { formSchemaFileProblems } from './form-schema-check.ts';

const dir = mkdtempSync(join(tmpdir(), 'sanxiang-form-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('the server\'s check of tenant form schemas', () => {
  it('refuses a remote $ref, $data and a catastrophic pattern, each at its pointer', () => {
    expect(formSchemaFileProblems(file('remote.json', JSON.stringify({ type: 'object', properties: { party: { $ref: 'https://example.org/party.json' } } }))))
      .toEqual([expect.objectContaining({ pointer: '/properties/party/$ref' })]);
    expect(formSchemaFileProblems(file('data.json', JSON.stringify({ type: 'object', properties: { a: { type: 'number', maximum: { $data: '1/b' } } } }))).length).toBeGreaterThan(0);
    const redos = formSchemaFileProblems(file('redos.json', JSON.stringify({ type: 'object', properties: { a: { type: 'string', maxLength: 100, pattern: '^(a+)+$' } } })));
    expect(redos).toEqual([expect.objectContaining({ pointer: '/properties/a/pattern' })]);
    expect(redos[0]?.zh).toMatch(/\p{Script=Han}/u);
  });

  it('refuses a file that is not JSON, or too large, without reading it whole', () => {
    expect(formSchemaFileProblems(file('broken.json', '{ "type": '))).toEqual([expect.objectContaining({ pointer: '', en: expect.stringMatching(/^not valid JSON/u) })]);
    expect(formSchemaFileProblems(file('huge.json', `{"description":"${'x'.repeat(3 * 1024 * 1024)}"}`))).toEqual([expect.objectContaining({ en: expect.stringMatching(/too large/u) })]);
  });

  it('accepts every form schema of every tenant in the repository', async () => {
    const sources = { rulesetsDir: join(repoRoot, 'rulesets'), tenantsDir: join(repoRoot, 'tenant-configs') };
    const tenants = readdirSync(sources.tenantsDir).filter((name) => existsSync(join(sources.tenantsDir, name, 'tenant.json')));
    expect(tenants.length).toBeGreaterThanOrEqual(5);
    for (const code of tenants.filter((name) => name !== 'zhongshan')) {
      const { issues, config } = await compileTenantFromDisk(sources, code);
      expect(issues.filter((issue) => issue.code === 'FORM_SCHEMA_REFUSED'), code).toEqual([]);
      expect(config, code).toBeDefined();
    }
  });
});

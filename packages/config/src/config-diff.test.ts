import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson, compileTenant, diffEffectiveConfigs, formatIssue, hashEffectiveConfig, type EffectiveConfig } from './index.ts';
import { standardFixture, writeFixture } from './test-layer-folders.ts';
import { makeTempRoot } from './test-tenant-folders.ts';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const temp = makeTempRoot();
afterAll(() => temp.remove());

/** Copies the real national and hunan rulesets and the Shaoyang tenant, so edits never touch the repository. */
function copyOfShaoyang(name: string): string {
  const root = join(temp.root, name);
  cpSync(join(repo, 'rulesets', 'national'), join(root, 'rulesets', 'national'), { recursive: true });
  cpSync(join(repo, 'rulesets', 'hunan'), join(root, 'rulesets', 'hunan'), { recursive: true });
  cpSync(join(repo, 'tenant-configs', 'shaoyang'), join(root, 'tenant-configs', 'shaoyang'), { recursive: true });
  return root;
}

function compiled(root: string, tenantCode = 'shaoyang'): EffectiveConfig {
  const result = compileTenant({ rulesetsDir: join(root, 'rulesets'), tenantsDir: join(root, 'tenant-configs'), tenantCode });
  expect(result.issues.map(formatIssue)).toEqual([]);
  if (!result.config) throw new Error('did not compile');
  return result.config;
}

/** The same value with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, entry]) => [key, reversedKeys(entry)]));
}

describe('diffEffectiveConfigs', () => {
  it('finds exactly a changed threshold and an added rule, and nothing else', () => {
    const root = copyOfShaoyang('diff');
    const before = compiled(root);

    const thresholdsFile = join(root, 'rulesets', 'hunan', 'thresholds.json');
    writeFileSync(thresholdsFile, readFileSync(thresholdsFile, 'utf8').replace('"amount": 1000,', '"amount": 800,'));
    writeFileSync(join(root, 'tenant-configs', 'shaoyang', 'rules.json'), JSON.stringify({
      $schema: '../../packages/config/schemas/rules.schema.json',
      rules: [{ id: 'shaoyang.night-inspection-warning', kind: 'WARNING', actions: ['ON_SITE_INSPECTION'], condition: { fact: 'atNight', operator: 'equal', value: true }, message: { zh: '夜间检查须说明理由', en: 'Give reasons for inspecting at night' }, basis: [{ seed: '001', section: '二、（一）3' }] }],
    }, null, 2));
    const after = compiled(root);

    expect(diffEffectiveConfigs(before, after)).toEqual([
      { kind: 'thresholds', id: 'hearing-large-fine', change: 'changed', fields: ['individual'] },
      { kind: 'rules', id: 'shaoyang.night-inspection-warning', change: 'added' },
    ]);
    expect(diffEffectiveConfigs(after, before)).toEqual([
      { kind: 'thresholds', id: 'hearing-large-fine', change: 'changed', fields: ['individual'] },
      { kind: 'rules', id: 'shaoyang.night-inspection-warning', change: 'removed' },
    ]);
    expect(diffEffectiveConfigs(before, before)).toEqual([]);
  });

  it("lists a department's own changes with its code, and not the tenant's changes again", () => {
    const root = copyOfShaoyang('diff-department');
    const before = compiled(root);
    const catalogue = join(root, 'tenant-configs', 'shaoyang', 'departments', 'scjg', 'review-catalogue.json');
    writeFileSync(catalogue, readFileSync(catalogue, 'utf8').replaceAll('"workingDays": 5,', '"workingDays": 4,'));
    const after = compiled(root);

    expect(diffEffectiveConfigs(before, after)).toEqual([
      { kind: 'reviewCatalogue', id: 'major-decision', change: 'changed', fields: ['timeLimit'], department: 'scjg' },
      { kind: 'reviewCatalogue', id: 'scjg.major-penalty', change: 'changed', fields: ['timeLimit'], department: 'scjg' },
      { kind: 'reviewCatalogue', id: 'major-decision', change: 'changed', fields: ['timeLimit'], department: 'scjg-fgk' },
      { kind: 'reviewCatalogue', id: 'scjg.major-penalty', change: 'changed', fields: ['timeLimit'], department: 'scjg-fgk' },
    ]);
  });
});

describe('hashEffectiveConfig and canonicalJson', () => {
  it('writes sorted keys without whitespace and leaves out absent values', () => {
    expect(canonicalJson({ b: [2, { d: 1, c: '中' }], a: null, skipped: undefined })).toBe('{"a":null,"b":[2,{"c":"中","d":1}]}');
  });

  it('is the same whatever the key order, and a SHA-256 in hex', () => {
    const config = compiled(join(repo), 'shaoyang');
    const hash = hashEffectiveConfig(config);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const shuffled: unknown = reversedKeys(config);
    expect(canonicalJson(shuffled)).toBe(canonicalJson(config));
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(config));
    expect(hashEffectiveConfig(compiled(join(repo), 'shaoyang'))).toBe(hash);
  });

  it('changes with any value, but not when an item only moves within its file', () => {
    const first = join(temp.root, 'order-a');
    const second = join(temp.root, 'order-b');
    const fixture = standardFixture();
    writeFixture(first, fixture);
    const rules = fixture['rulesets/national/rules.json'];
    if (!Array.isArray(rules)) throw new Error('fixture changed');
    // Lines 3 and 4 are the first two rules; swapping them (and their commas) moves them within the file.
    const swapped = [...rules];
    [swapped[2], swapped[3]] = [rules[3] ?? '', rules[2] ?? ''];
    writeFixture(second, { ...fixture, 'rulesets/national/rules.json': swapped });
    const a = compiled(first, 'tt');
    const b = compiled(second, 'tt');
    expect(a.kinds.rules.find((rule) => rule.id === 'hearing.large-fine')?.provenance.pointer).toBe('/rules/1');
    expect(b.kinds.rules.find((rule) => rule.id === 'hearing.large-fine')?.provenance.pointer).toBe('/rules/0');
    expect(hashEffectiveConfig(b)).toBe(hashEffectiveConfig(a));
    expect(diffEffectiveConfigs(a, b)).toEqual([]);

    const changed = structuredClone(a);
    const limit = changed.kinds.thresholds.find((item) => item.id === 'simple-procedure-limit');
    if (limit?.value.individual) limit.value.individual.amount = 199;
    expect(hashEffectiveConfig(changed)).not.toBe(hashEffectiveConfig(a));
  });
});

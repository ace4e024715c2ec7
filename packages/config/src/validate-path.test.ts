import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defineOperator, ExtensionRegistry, formatIssue, validatePath } from './index.ts';
import { standardFixture, writeFixture } from './test-layer-folders.ts';
import { makeTempRoot } from './test-tenant-folders.ts';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const temp = makeTempRoot();
afterAll(() => temp.remove());

describe('validatePath on the repository', () => {
  it.each([
    'rulesets', 'rulesets/national', 'rulesets/hunan', 'rulesets/hunan/golden', 'tenant-configs', 'tenant-configs/shaoyang',
    'tenant-configs/shaoyang/departments/scjg', 'rulesets/national/rules.json', 'rulesets/hunan/thresholds.json',
    'tenant-configs/shaoyang/tenant.json', 'tenant-configs/shaoyang/golden/scjg-organisation-fine-100001.json',
    'tenant-configs/shaoyang/departments/scjg/forms.json',
  ])('finds no issue in %s', (path) => {
    expect(validatePath(join(repo, path)).map(formatIssue)).toEqual([]);
  });

  it('names files the way the caller wrote the path', () => {
    const relativeRoot = relative(process.cwd(), join(temp.root, 'relative'));
    const fixture = standardFixture();
    fixture['tenant-configs/tt/rules.json'] = '{ "rules": [{ "id": "x.y", "kind": "GATE" }] }';
    writeFixture(join(temp.root, 'relative'), fixture);
    const issues = validatePath(join(relativeRoot, 'tenant-configs', 'tt'), { rulesetsDir: join(relativeRoot, 'rulesets') });
    expect(issues.length).toBeGreaterThan(0);
    expect([...new Set(issues.map((issue) => issue.file))]).toEqual([join(relativeRoot, 'tenant-configs', 'tt', 'rules.json')]);
  });
});

describe('validatePath on single files and odd paths', () => {
  it('checks a file by the schema it names, whatever it is called', () => {
    const file = join(temp.root, 'draft-thresholds.json');
    writeFileSync(file, '{\n  "$schema": "../schemas/thresholds.schema.json",\n  "thresholds": [{ "id": "x.limit", "kind": "REVIEW_TRIGGER", "basis": [{ "seed": "001" }] }]\n}\n');
    expect(validatePath(file).map((issue) => `${issue.line} ${issue.pointer} ${issue.code}`)).toEqual(['3 /thresholds/0 SHAPE']);
  });

  it('checks conditions in a single file, allowing any registered vendor operator', () => {
    const file = join(temp.root, 'rules.json');
    writeFileSync(file, JSON.stringify({ rules: [{ id: 'v.rule', kind: 'WARNING', actions: ['DECIDE'], condition: { fact: 'intendedFine', operator: 'acme.roundedAbove', value: 1000 }, message: { zh: '提醒', en: 'Warn' }, basis: [{ seed: '001' }] }] }));
    expect(validatePath(file).map((issue) => issue.code)).toEqual(['UNKNOWN_OPERATOR']);
    const extensions = new ExtensionRegistry({ operators: [defineOperator<number, number>({ name: 'acme.roundedAbove', description: { zh: '取整后大于', en: 'above, once rounded' }, valueType: 'number', factTypes: ['number'], evaluate: (fact, value) => Math.round(fact) > value })] });
    expect(validatePath(file, { extensions })).toEqual([]);
  });

  it('reports a file of no known kind, a folder that holds no configuration, and a path that does not exist', () => {
    const notes = join(temp.root, 'notes.json');
    writeFileSync(notes, '{ "title": "会议纪要" }');
    expect(validatePath(notes).map((issue) => issue.code)).toEqual(['UNKNOWN_SCHEMA']);
    const empty = join(temp.root, 'empty-folder');
    mkdirSync(empty);
    expect(validatePath(empty).map((issue) => issue.code)).toEqual(['UNKNOWN_SCHEMA']);
    expect(validatePath(join(temp.root, 'nowhere')).map((issue) => `${issue.code} ${issue.line}:${issue.column}`)).toEqual(['FILE_MISSING 1:1']);
  });

  it('validates the owning tenant when given a department folder', () => {
    const root = join(temp.root, 'department');
    const fixture = standardFixture();
    fixture['tenant-configs/tt/departments/scjg/rules.json'] = '{ "rules": [{ "id": "officers.two-certified", "disabled": true, "override": { "reason": "仅作测试之用" } }] }';
    writeFixture(root, fixture);
    const issues = validatePath(join(root, 'tenant-configs', 'tt', 'departments', 'scjg'));
    expect(issues.map((issue) => `${issue.pointer} ${issue.code}`)).toEqual(['/rules/0/disabled MANDATORY_REMOVED']);
  });
});

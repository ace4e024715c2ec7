import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileRuleset, compileTenant, FACT_CATALOGUE, formatIssue, loadGoldenCases, type LoadedGoldenCase } from './index.ts';
import { makeTempRoot } from './test-tenant-folders.ts';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const rulesetsDir = join(repo, 'rulesets');

function rulesetCases(name: string): LoadedGoldenCase[] {
  const { config } = compileRuleset({ rulesetsDir, name });
  if (!config) throw new Error(`${name} did not compile`);
  const { cases, issues } = loadGoldenCases(join(rulesetsDir, name), config);
  expect(issues.map(formatIssue)).toEqual([]);
  return cases;
}

function shaoyangCases(): LoadedGoldenCase[] {
  const { config } = compileTenant({ rulesetsDir, tenantsDir: join(repo, 'tenant-configs'), tenantCode: 'shaoyang' });
  if (!config) throw new Error('shaoyang did not compile');
  const { cases, issues } = loadGoldenCases(join(repo, 'tenant-configs', 'shaoyang'), config);
  expect(issues.map(formatIssue)).toEqual([]);
  return cases;
}

const byFile = (cases: readonly LoadedGoldenCase[], name: string): LoadedGoldenCase['golden'] => {
  const found = cases.find((one) => one.file.endsWith(name));
  if (!found) throw new Error(`no golden case ${name}`);
  return found.golden;
};

describe('the golden cases in the repository', () => {
  const national = rulesetCases('national');
  const hunan = rulesetCases('hunan');
  const shaoyang = shaoyangCases();

  it('are valid and number at least six for national, hunan and shaoyang together', () => {
    expect(national.length).toBeGreaterThanOrEqual(6);
    expect(hunan.length).toBeGreaterThanOrEqual(4);
    expect(shaoyang.length).toBeGreaterThanOrEqual(6);
    const known = new Set(FACT_CATALOGUE.map((fact) => fact.name));
    for (const { golden } of [...national, ...hunan, ...shaoyang]) {
      for (const fact of Object.keys(golden.facts)) expect(known).toContain(fact);
    }
  });

  it('test an inclusive bound (以上/以下) just below, at and just above it', () => {
    expect(byFile(national, 'simple-procedure-individual-200.json')).toMatchObject({ facts: { intendedFine: 200 }, expect: { gates: [] } });
    expect(byFile(national, 'simple-procedure-individual-201.json')).toMatchObject({ facts: { intendedFine: 201 }, expect: { gates: ['simple-procedure.limit'] } });
    expect(byFile(hunan, 'hearing-individual-999.json')).toMatchObject({ facts: { intendedFine: 999 }, expect: { hearingRight: false } });
    expect(byFile(hunan, 'hearing-individual-1000.json')).toMatchObject({ facts: { intendedFine: 1000 }, expect: { hearingRight: true } });
    expect(byFile(hunan, 'hearing-organisation-20000.json')).toMatchObject({ facts: { partyType: 'ORGANISATION', intendedFine: 20000 }, expect: { hearingRight: true } });
  });

  it('test an exclusive bound (不含本数) at and just above it, for both party types', () => {
    expect(byFile(shaoyang, 'scjg-organisation-fine-100000.json')).toMatchObject({ department: 'scjg', facts: { partyType: 'ORGANISATION', intendedFine: 100000 }, expect: { reviewRequired: false, reviewEntries: [] } });
    expect(byFile(shaoyang, 'scjg-organisation-fine-100001.json')).toMatchObject({ facts: { intendedFine: 100001 }, expect: { reviewRequired: true, reviewEntries: ['scjg.major-penalty'] } });
    expect(byFile(shaoyang, 'scjg-individual-fine-10000.json')).toMatchObject({ facts: { partyType: 'INDIVIDUAL', intendedFine: 10000 }, expect: { reviewRequired: false } });
    expect(byFile(shaoyang, 'scjg-individual-fine-10001.json')).toMatchObject({ facts: { partyType: 'INDIVIDUAL', intendedFine: 10001 }, expect: { reviewRequired: true } });
  });
});

describe('loadGoldenCases on broken cases', () => {
  const temp = makeTempRoot();
  afterAll(() => temp.remove());

  it('locates unknown facts, ill-typed values and expectations that name nothing', () => {
    const dir = join(temp.root, 'national');
    mkdirSync(join(dir, 'golden'), { recursive: true });
    const lines = [
      '{',
      '  "description": "坏用例", "action": "DECIDE", "department": "scjg",',
      '  "facts": { "intendedFines": 100, "partyType": "COMPANY", "hearingHeld": "yes" },',
      '  "expect": { "reviewEntries": ["major-decisions"], "gates": ["decision.within-90-days"] }',
      '}',
    ];
    writeFileSync(join(dir, 'golden', 'bad.json'), lines.join('\n'));
    writeFileSync(join(dir, 'golden', 'not-json.json'), '{ "description": ');
    const { config } = compileRuleset({ rulesetsDir, name: 'national' });
    if (!config) throw new Error('national did not compile');
    const at = (index: number, text: string): number => (lines[index] ?? '').indexOf(text) + 1;

    const { cases, issues } = loadGoldenCases(dir, config);

    expect(cases).toEqual([]);
    const file = join(dir, 'golden', 'bad.json');
    expect(issues.map((issue) => [issue.file === file ? 'bad' : 'not-json', issue.line, issue.column, issue.pointer, issue.code])).toEqual([
      ['bad', 2, at(1, '"scjg"'), '/department', 'UNKNOWN_REFERENCE'],
      ['bad', 3, at(2, '"intendedFines"'), '/facts/intendedFines', 'UNKNOWN_FACT'],
      ['bad', 3, at(2, '"COMPANY"'), '/facts/partyType', 'CONDITION_VALUE'],
      ['bad', 3, at(2, '"yes"'), '/facts/hearingHeld', 'CONDITION_VALUE'],
      ['bad', 4, at(3, '"major-decisions"'), '/expect/reviewEntries/0', 'UNKNOWN_REFERENCE'],
      ['bad', 4, at(3, '"decision.within-90-days"'), '/expect/gates/0', 'UNKNOWN_REFERENCE'],
      ['not-json', 1, '{ "description": '.length + 1, '/description', 'JSON_SYNTAX'],
    ]);
    expect(issues[1]?.message.en).toContain('(did you mean intendedFine?)');
    expect(issues[5]?.message.zh).toContain('闸口（GATE）规则编号');
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { compileRuleset, compileTenant, loadGoldenCases as loadConfigGolden, formatIssue } from '@sanxiang/config';
import { describe, expect, it } from 'vitest';
import { compileTenantEngines } from './effective-config.ts';
import { evaluate } from './evaluate.ts';
import { nationalCalendar, REPO_ROOT } from './fixtures/test-tenant.ts';
import { runGoldenCases, type GoldenReport } from './golden-cases.ts';

const rulesetsDir = `${REPO_ROOT}rulesets`;
const tenantsDir = `${REPO_ROOT}tenant-configs`;

function describeFailures(report: GoldenReport): string {
  return report.results.filter((result) => !result.passed).map((result) => `${result.description}: ${JSON.stringify(result.failures)}`).join('\n');
}

describe('the repository\'s configuration, compiled by @sanxiang/config', () => {
  const compiled = compileTenant({ rulesetsDir, tenantsDir, tenantCode: 'shaoyang' });

  it('compiles shaoyang without issues, and the engine accepts every condition', () => {
    expect(compiled.issues.map(formatIssue)).toEqual([]);
    const engines = compileTenantEngines(compiled.config!, nationalCalendar());
    expect(engines.tenant.issues).toEqual([]);
    expect(engines.departments).toContain('scjg');
    expect(engines.forDepartment('scjg')).toBe(engines.forDepartment('scjg'));
    expect(engines.forDepartment('scjg')).not.toBe(engines.tenant);
  });

  // Every ruleset and tenant in the repository: each must compile, and pass its golden cases through the engine.
  const rulesets = readdirSync(rulesetsDir).filter((name) => existsSync(`${rulesetsDir}/${name}/ruleset.json`)).map((name) => ({ name, compiled: compileRuleset({ rulesetsDir, name }), dir: `${rulesetsDir}/${name}` }));
  const tenants = readdirSync(tenantsDir).filter((name) => existsSync(`${tenantsDir}/${name}/tenant.json`)).map((name) => ({ name, compiled: compileTenant({ rulesetsDir, tenantsDir, tenantCode: name }), dir: `${tenantsDir}/${name}` }));

  it.each([...rulesets, ...tenants].map((layer) => [layer.dir.slice(REPO_ROOT.length), layer] as const))('passes the golden cases of %s', async (_, layer) => {
    expect(layer.compiled.issues.map(formatIssue)).toEqual([]);
    if (!layer.compiled.config) throw new Error(`${layer.dir} does not compile`);
    const golden = loadConfigGolden(layer.dir, layer.compiled.config);
    expect(golden.cases.length, `${layer.dir}/golden`).toBeGreaterThan(0);
    expect(golden.issues.map(formatIssue)).toEqual([]);
    const engines = compileTenantEngines(layer.compiled.config, nationalCalendar());
    expect(engines.tenant.issues).toEqual([]);
    const report = await runGoldenCases(engines, golden.cases.map((each) => each.golden));
    expect(report.failed, describeFailures(report)).toBe(0);
  });

  it('explains the 50,000-yuan Shaoyang market-regulation penalty with the provenance of every rule', async () => {
    const engines = compileTenantEngines(compiled.config!, nationalCalendar());
    const snapshot: unknown = JSON.parse(readFileSync(new URL('../examples/shaoyang-organisation-fine-50000.json', import.meta.url), 'utf8'));
    const evaluation = await evaluate({ config: engines.forDepartment('scjg'), case: snapshot, action: 'DECIDE' });
    expect(evaluation.valid).toBe(true);
    expect(evaluation.hearing.right).toBe(true);
    expect(evaluation.hearing.reason.zh).toMatch(/^因罚款金额 50,000 元 ≥ 湖南省较大数额标准（单位 20,000 元），.+听证.+（《行政处罚法》第六十三条/u);
    const hearingRule = evaluation.hearing.rules.find((rule) => rule.fired);
    expect(hearingRule?.provenance).toMatchObject({ layer: 'national', file: 'rulesets/national/rules.json' });
    expect(hearingRule?.provenance.version).toMatch(/^[0-9a-f]{64}$/u);
    expect(evaluation.configVersion).toMatch(/^[0-9a-f]{64}$/u);
    for (const rule of evaluation.trace.rules) expect(rule.basis.length, rule.ruleId).toBeGreaterThan(0);
  });

  it.each([
    ['2025-03-03', 'the last day of the two years', []],
    ['2025-03-04', 'the day after', ['limitation.expired']],
  ])('art. 36 with the national ruleset: a violation ended 2023-03-03, discovered %s (%s)', async (discoveredAt, _, expected) => {
    const engines = compileTenantEngines(compiled.config!, nationalCalendar());
    const snapshot = {
      type: 'PENALTY', procedure: 'GENERAL', department: 'scjg', filedAt: '2025-03-05',
      violation: { occurredAt: '2023-03-03', discoveredAt }, party: { kind: 'ORGANISATION', business: true },
    };
    const evaluation = await evaluate({ config: engines.forDepartment('scjg'), case: snapshot, action: 'FILE', at: '2025-03-05' });
    expect(evaluation.gates.warnings.map((warning) => warning.code).filter((code) => code.includes('limitation'))).toEqual(expected);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { compileRuleset, formatIssue, loadGoldenCases } from '@sanxiang/config';
import { compileTenantEngines, evaluate, formatCaseIssue, loadCaseFile, runGoldenCases } from '@sanxiang/engine';
import { compileTenantFromDisk, type ConfigSources, configSourcesOf, loadVendorExtensions, tenantCalendar } from '../config-sources.ts';
import { readEnv } from '../env.ts';
import { type Command, parseArgs, usageError } from './command.ts';

const EVALUATE_USAGE = 'evaluate --tenant <code> --case <file.json> [--action <action>] [--at YYYY-MM-DD]';
const TEST_USAGE = 'config test [--tenant <code> | --ruleset <name>]';

/** Compiles a tenant's engines, or prints its configuration issues and returns null. */
async function tenantEngines(sources: ConfigSources, code: string) {
  const { config, issues } = await compileTenantFromDisk(sources, code);
  if (!config) {
    for (const issue of issues) console.log(formatIssue(issue));
    return null;
  }
  const extensions = await loadVendorExtensions(sources.rulesetsDir);
  return { config, engines: compileTenantEngines(config, tenantCalendar(sources, code), { extensions }) };
}

export const evaluateCommands: Record<string, Command> = {
  evaluate: {
    usage: EVALUATE_USAGE,
    summary: '按租户配置评估案件：审核、听证、记录、公示、裁量、关卡 / evaluate a case against a tenant\'s configuration',
    async run(args) {
      const { options } = parseArgs(args, ['tenant', 'case', 'action', 'at'], EVALUATE_USAGE);
      if (!options.tenant || !options.case) throw usageError(EVALUATE_USAGE);
      const validation = loadCaseFile(options.case);
      if (!validation.ok) {
        for (const issue of validation.issues) console.log(`${options.case} ${formatCaseIssue(issue)}`);
        return 1;
      }
      const compiled = await tenantEngines(configSourcesOf(readEnv()), options.tenant);
      if (!compiled) return 1;
      const evaluation = await evaluate({
        config: compiled.engines.forDepartment(validation.case.department),
        case: validation.case,
        action: options.action,
        at: options.at,
      });
      console.log(JSON.stringify(evaluation, null, 2));
      return 0;
    },
  },
};

/** `config test`: the golden cases beside each ruleset and tenant, evaluated by the engine. */
export async function runConfigTest(options: Record<string, string>): Promise<number> {
  const sources = configSourcesOf(readEnv());
  const extensions = await loadVendorExtensions(sources.rulesetsDir);
  const targets: Array<{ kind: 'tenant' | 'ruleset'; name: string }> = options.tenant
    ? [{ kind: 'tenant', name: options.tenant }]
    : options.ruleset
      ? [{ kind: 'ruleset', name: options.ruleset }]
      : [
          ...fs.readdirSync(sources.rulesetsDir).filter((n) => fs.existsSync(path.join(sources.rulesetsDir, n, 'ruleset.json'))).map((name) => ({ kind: 'ruleset' as const, name })),
          ...fs.readdirSync(sources.tenantsDir).filter((n) => fs.existsSync(path.join(sources.tenantsDir, n, 'tenant.json'))).map((name) => ({ kind: 'tenant' as const, name })),
        ];
  let failed = 0;
  let passed = 0;
  for (const target of targets) {
    const dir = path.join(target.kind === 'tenant' ? sources.tenantsDir : sources.rulesetsDir, target.name);
    const compiled = target.kind === 'tenant'
      ? await compileTenantFromDisk(sources, target.name)
      : compileRuleset({ rulesetsDir: sources.rulesetsDir, name: target.name, extensions });
    if (!compiled.config) {
      for (const issue of compiled.issues) console.log(formatIssue(issue));
      failed += 1;
      continue;
    }
    const golden = loadGoldenCases(dir, compiled.config, extensions);
    for (const issue of golden.issues) console.log(formatIssue(issue));
    failed += golden.issues.length;
    const calendar = tenantCalendar(sources, target.kind === 'tenant' ? target.name : undefined);
    const engines = compileTenantEngines(compiled.config, calendar, { extensions });
    const report = await runGoldenCases(engines, golden.cases.map((each) => each.golden));
    for (const [index, result] of report.results.entries()) {
      const file = golden.cases[index]?.file ?? '';
      console.log(`${result.passed ? 'ok    ' : 'FAILED'} ${target.kind} ${target.name} ${path.basename(file)}: ${result.description}`);
      for (const failure of result.failures) console.log(`         ${JSON.stringify(failure)}`);
    }
    passed += report.passed;
    failed += report.failed;
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

export const CONFIG_TEST_USAGE = TEST_USAGE;
